/// The susceptible–infected–recovered model in discrete time, as the engine runs it.
///
/// Seeds are infected at step 0. In each step every infected firm infects each susceptible
/// out-neighbour with probability β (infections take effect at the next step), then
/// recovers with probability γ. A firm is "reached" when first infected. Along one tie the
/// transmissibility is T = β / (β + γ − βγ) = β Σ_k ((1−β)(1−γ))^k; with γ = 1 the model is
/// the independent cascade with p = β. (igraph's `igraph_sir` is the continuous-time model,
/// with T = β / (β + γ).)
///
/// - Complexity: O(Σ_t (infected_t · degree)) per run; no allocation.
/// - References: W. O. Kermack, A. G. McKendrick, Proc. R. Soc. A 115, 1927,
///   doi:10.1098/rspa.1927.0118; M. E. J. Newman, "Spread of epidemic disease on networks",
///   Phys. Rev. E 66, 016128 (2002), doi:10.1103/PhysRevE.66.016128.
struct SIRKernel: DiffusionKernel {
    let offsets: [Int]
    let neighbors: [Int32]
    let infection: UInt64
    let recovery: UInt64

    var reportsCapability: Bool { false }

    /// - Precondition: 0 < γ ≤ 1 (checked by ``DiffusionModel/validate()``), so every run ends.
    init(graph: ClusterGraph, beta: Double, gamma: Double) {
        offsets = graph.outAdjacency.offsets
        neighbors = graph.outAdjacency.neighbors
        infection = Bernoulli.threshold(beta)
        recovery = Bernoulli.threshold(gamma)
    }

    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar) {
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                let epoch = scratch.epoch
                let ever = scratch.mark0
                let infected = scratch.listA, fresh = scratch.listB
                var nInfected = 0, examined = 0
                for s in seeds {
                    scratch.reach(Int(s), at: 0)
                    infected[nInfected] = s
                    nInfected += 1
                }
                var t: Int32 = 0
                while nInfected > 0 {
                    var nFresh = 0
                    for k in 0..<nInfected {
                        let u = Int(infected[k])
                        for i in off[u]..<off[u &+ 1] {
                            let v = Int(nb[i])
                            if ever[v] != epoch {
                                examined &+= 1
                                if rng.bernoulli(infection) {
                                    scratch.reach(v, at: t &+ 1)
                                    fresh[nFresh] = Int32(truncatingIfNeeded: v)
                                    nFresh += 1
                                }
                            }
                        }
                    }
                    var kept = 0
                    for k in 0..<nInfected where !rng.bernoulli(recovery) {
                        infected[kept] = infected[k]
                        kept += 1
                    }
                    for k in 0..<nFresh { infected[kept + k] = fresh[k] }
                    nInfected = kept + nFresh
                    t &+= 1
                }
                scratch.examinations &+= examined
            }
        }
    }
}
