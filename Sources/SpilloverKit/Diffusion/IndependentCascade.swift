/// How the independent cascade gives each tie u → v its probability p_uv.
public enum CascadeProbability: Sendable, Equatable {
    /// The same probability p on every tie (`--p`).
    case uniform(Double)
    /// p_uv = min(1, scale · w_uv) from the tie strength (`--probability weight --scale`).
    case weight(scale: Double)
    /// Weighted cascade: p_uv = 1 / in-degree(v) (Kempe, Kleinberg & Tardos 2003), each
    /// firm equally likely to be convinced by each of its sources.
    case weightedCascade
    /// p_uv by the tie's type (`--probability type --p-by-type vertical=0.2,…`, or a fitted
    /// cascade model); types not listed get `other`. A pair tied under several types keeps the
    /// graph's one type for it (the first in the file).
    case byType([String: Double], other: Double)

    /// p_uv of tie `e` whose head is `v`.
    @inline(__always)
    func probability(edge e: Int, head v: Int, in graph: ClusterGraph) -> Double {
        switch self {
        case .uniform(let q): q
        case .weight(let scale): Swift.min(1, scale * graph.edges.weights[e])
        case .weightedCascade: 1 / Double(graph.inAdjacency.degree(v))
        case let .byType(table, other): table[graph.tieTypes[Int(graph.edges.types[e])]] ?? other
        }
    }

    /// p_uv for every entry of `graph.outAdjacency`, aligned with its `neighbors`.
    func probabilities(in graph: ClusterGraph) -> [Double] {
        let adj = graph.outAdjacency
        var p = [Double](repeating: 0, count: adj.neighbors.count)
        for u in 0..<graph.nodeCount {
            for i in adj.range(u) {
                p[i] = probability(edge: Int(adj.edgeIDs[i]), head: Int(adj.neighbors[i]), in: graph)
            }
        }
        return p
    }
}

/// The independent cascade model as the engine runs it.
///
/// Seeds are reached at step 0. A firm reached at step t tries once, at t + 1, to pass the
/// knowledge to each out-neighbour not yet reached, succeeding with probability p_uv.
/// Equivalently (live-edge view) each arc is kept with probability p_uv and the final set is
/// what the seeds reach; for undirected ties with symmetric p this is bond percolation.
///
/// - Complexity: O(n_reached + arcs out of reached firms) per run; one random draw per
///   examined arc; no allocation.
/// - References: D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the spread of influence
///   through a social network", KDD 2003, doi:10.1145/956750.956769.
struct IndependentCascadeKernel: DiffusionKernel {
    let offsets: [Int]
    let neighbors: [Int32]
    /// ``Bernoulli/threshold(_:)`` of p_uv per adjacency entry; empty when
    /// ``uniformThreshold`` holds the one threshold of every entry.
    let thresholds: [UInt64]
    /// The threshold of every tie under a uniform probability: the inner loop then compares
    /// each draw with a constant instead of loading a threshold per examined tie (the same
    /// draws, the same comparisons, so the same runs).
    let uniformThreshold: UInt64?

    var reportsCapability: Bool { false }

    init(graph: ClusterGraph, probability: CascadeProbability) {
        offsets = graph.outAdjacency.offsets
        neighbors = graph.outAdjacency.neighbors
        if case .uniform(let p) = probability {
            uniformThreshold = Bernoulli.threshold(p)
            thresholds = []
        } else {
            uniformThreshold = nil
            thresholds = probability.probabilities(in: graph).map(Bernoulli.threshold)
        }
    }

    init(offsets: [Int], neighbors: [Int32], probabilities: [Double]) {
        self.offsets = offsets
        self.neighbors = neighbors
        thresholds = probabilities.map(Bernoulli.threshold)
        uniformThreshold = nil
    }

    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar) {
        if let t = uniformThreshold {
            spread(seeds: seeds, scratch: scratch, rng: &rng) { _ in t }
        } else {
            thresholds.withUnsafeBufferPointer { th in
                spread(seeds: seeds, scratch: scratch, rng: &rng) { th[$0] }
            }
        }
    }

    /// One cascade; `threshold(i)` is the threshold of adjacency entry i (inlined, so the
    /// uniform case compiles to a compare with a register).
    @inline(__always)
    private func spread(
        seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar,
        threshold: (Int) -> UInt64
    ) {
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                let epoch = scratch.epoch
                let mark = scratch.mark0, order = scratch.order, step = scratch.step
                for s in seeds { scratch.reach(Int(s), at: 0) }
                // Locals, not the scratch's stored properties, in the hot loop: no
                // exclusivity checks on class properties per examined tie.
                var count = scratch.count, head = 0, examined = 0
                while head < count {
                    let u = Int(order[head])
                    head &+= 1
                    let next = step[u] &+ 1
                    var i = off[u]
                    let end = off[u &+ 1]
                    while i < end {
                        let v = Int(nb[i])
                        if mark[v] != epoch {
                            examined &+= 1
                            if rng.bernoulli(threshold(i)) {
                                mark[v] = epoch
                                step[v] = next
                                order[count] = Int32(truncatingIfNeeded: v)
                                count &+= 1
                            }
                        }
                        i &+= 1
                    }
                }
                scratch.count = count
                scratch.examinations &+= examined
            }
        }
    }
}
