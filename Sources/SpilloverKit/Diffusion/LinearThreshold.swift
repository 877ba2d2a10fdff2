/// The linear threshold model as the engine runs it.
///
/// Each firm v weighs its in-neighbours by b_uv = w_uv / Σ_u w_uv (tie strengths normalised
/// per receiver, so they sum to 1) and draws a threshold θ_v ~ U[0, 1) once per run; v is
/// reached at t + 1 when the weights of its reached in-neighbours, up to step t, add up to
/// θ_v or more. Seeds are reached at step 0. Thresholds are drawn when a firm is first
/// touched, which has the same distribution as drawing all of them up front.
/// Live-edge view: each v keeps at most one in-arc, u → v with probability b_uv.
/// (NDlib's "Threshold" model is a different, fixed-threshold rule.)
///
/// - Complexity: O(n_reached + arcs out of reached firms) per run; no allocation.
/// - References: D. Kempe, J. Kleinberg, É. Tardos, KDD 2003, doi:10.1145/956750.956769;
///   M. Granovetter, "Threshold models of collective behavior", Am. J. Sociol. 83(6), 1978,
///   doi:10.1086/226707.
struct LinearThresholdKernel: DiffusionKernel {
    let offsets: [Int]
    let neighbors: [Int32]
    /// b_uv per entry of the out-adjacency.
    let influence: [Double]

    var reportsCapability: Bool { false }

    init(graph: ClusterGraph) {
        let out = graph.outAdjacency, inn = graph.inAdjacency
        var strength = [Double](repeating: 0, count: graph.nodeCount)
        for v in 0..<graph.nodeCount {
            for i in inn.range(v) { strength[v] += graph.edges.weights[Int(inn.edgeIDs[i])] }
        }
        var b = [Double](repeating: 0, count: out.neighbors.count)
        for u in 0..<graph.nodeCount {
            for i in out.range(u) {
                let v = Int(out.neighbors[i])
                b[i] = graph.edges.weights[Int(out.edgeIDs[i])] / strength[v]
            }
        }
        offsets = out.offsets
        neighbors = out.neighbors
        influence = b
    }

    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar) {
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                influence.withUnsafeBufferPointer { b in
                    let epoch = scratch.epoch
                    let active = scratch.mark0, touched = scratch.mark1
                    let weight = scratch.realA, theta = scratch.realB
                    let order = scratch.order, step = scratch.step
                    for s in seeds { scratch.reach(Int(s), at: 0) }
                    var head = 0, examined = 0
                    while head < scratch.count {
                        let u = Int(order[head])
                        head += 1
                        let next = step[u] &+ 1
                        for i in off[u]..<off[u &+ 1] {
                            let v = Int(nb[i])
                            guard active[v] != epoch else { continue }
                            examined &+= 1
                            if touched[v] != epoch {
                                touched[v] = epoch
                                weight[v] = 0
                                theta[v] = rng.uniform()
                            }
                            weight[v] += b[i]
                            if weight[v] >= theta[v] { scratch.reach(v, at: next) }
                        }
                    }
                    scratch.examinations &+= examined
                }
            }
        }
    }
}
