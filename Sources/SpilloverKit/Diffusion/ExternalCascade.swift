import Foundation

/// The independent cascade with adoption from outside the network, as `spillover fit`
/// estimates it (``CascadeModel``): the seeds are reached at step 0; at each step t =
/// 1 … `steps` a firm not yet reached is reached through each arc from a firm reached at
/// t − 1 with that arc's p_uv, or from outside with probability ε:
///
///     P(v reached at t | not before) = 1 − (1 − ε) Π_{u reached at t−1, u → v} (1 − p_uv)
///
/// With ε = 0 and enough steps this is the independent cascade, run for run. With ε > 0 the
/// spread grows with the horizon, so runs stop after `steps` steps (the fitted number of
/// periods after the seeds'). Outside adoptions are drawn by geometric skips over the firms
/// not yet reached, in node order.
///
/// - Complexity: O(n + arcs out of reached firms + ε·n) per step and run.
struct ExternalCascadeKernel: DiffusionKernel {
    let offsets: [Int]
    let neighbors: [Int32]
    let thresholds: [UInt64]
    let epsilon: Double
    let steps: Int

    var reportsCapability: Bool { false }

    init(graph: ClusterGraph, probability: CascadeProbability, epsilon: Double, steps: Int) {
        offsets = graph.outAdjacency.offsets
        neighbors = graph.outAdjacency.neighbors
        thresholds = probability.probabilities(in: graph).map(Bernoulli.threshold)
        self.epsilon = epsilon
        self.steps = steps
    }

    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar) {
        let n = scratch.nodeCount, epoch = scratch.epoch, mark = scratch.mark0
        for s in seeds { scratch.reach(Int(s), at: 0) }
        let logSurvive = log1p(-epsilon)
        var head = 0, examined = 0
        for t in 1...Swift.max(1, steps) where steps >= 1 {
            let step = Int32(t)
            let frontierEnd = scratch.count
            while head < frontierEnd {
                let u = Int(scratch.order[head])
                head += 1
                for i in offsets[u]..<offsets[u + 1] {
                    let v = Int(neighbors[i])
                    if mark[v] != epoch {
                        examined += 1
                        if rng.bernoulli(thresholds[i]) { scratch.reach(v, at: step) }
                    }
                }
            }
            if epsilon >= 1 {
                for v in 0..<n where mark[v] != epoch { scratch.reach(v, at: step) }
            } else if epsilon > 0 {
                // Positions 0..<n, each chosen with probability ε; reached or blocked firms
                // at a chosen position are passed over.
                var i = -1
                while true {
                    i += 1 + rng.geometricGap(logSurvival: logSurvive)
                    guard i < n else { break }
                    if mark[i] != epoch { scratch.reach(i, at: step) }
                }
            }
        }
        scratch.examinations &+= examined
    }
}
