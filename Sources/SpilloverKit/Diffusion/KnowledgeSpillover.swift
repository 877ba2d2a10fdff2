import Foundation

/// The cluster knowledge-spillover model as the engine runs it (spillover's own
/// formalisation of the factors of interactive learning in clusters; not a published model).
///
/// Each firm may hold tacit (T) and codified (C) knowledge. Per arc u → v and channel:
///
///     p^S_uv = clamp01(β^S[type] · w_uv^κS · A_v)     socialisation, tacit → tacit
///     p^C_uv = clamp01(β^C[type] · w_uv^κC · A_v)     combination, codified → codified
///
/// A firm that acquires a form at step t tries that form's channel once on each arc to a
/// firm lacking it, at t + 1 (as in the independent cascade). Inside a firm, each round,
/// T ∧ ¬C becomes C with probability ε (externalisation) and C ∧ ¬T becomes T with
/// probability ι·A_v (internalisation), taking effect at t + 1. A_v is the absorptive
/// capacity (`absorptive_capacity`, default 1); A_v = 0 blocks v. A firm is aware when it
/// holds either form (the reach of this model) and capable when it holds tacit knowledge.
///
/// Exact cases: with ε = ι = 0 and tacit-only seeds it is the independent cascade with
/// p = p^S; on a path with both forms seeded, ε = ι = 1 and uniform p^S = a, p^C = b,
/// P(firm k aware) = q^k with q = 1 − (1 − a)(1 − b).
///
/// - Complexity: O(arcs out of firms reached + rounds · firms holding one form) per run.
/// - References: I. Nonaka, H. Takeuchi, *The Knowledge-Creating Company*, OUP 1995 (SECI);
///   W. M. Cohen, D. A. Levinthal, Adm. Sci. Q. 35(1), 1990, doi:10.2307/2393553;
///   M. T. Hansen, Adm. Sci. Q. 44(1), 1999, doi:10.2307/2667032;
///   R. Boschma, Reg. Stud. 39(1), 2005, doi:10.1080/0034340052000320887;
///   E. Giuliani, M. Bell, Res. Policy 34(1), 2005, doi:10.1016/j.respol.2004.10.008.
struct KnowledgeSpilloverKernel: DiffusionKernel {
    let offsets: [Int]
    let neighbors: [Int32]
    let tacitThresholds: [UInt64]
    let codifiedThresholds: [UInt64]
    /// ι·A_v per firm, as a threshold.
    let internalisation: [UInt64]
    let externalisation: UInt64
    let seedForms: SeedForms

    var reportsCapability: Bool { true }

    init(graph: ClusterGraph, parameters p: KnowledgeParameters) {
        let adj = graph.outAdjacency
        let a = graph.attributes.absorptiveCapacity
        var tacit = [UInt64](repeating: 0, count: adj.neighbors.count)
        var codified = tacit
        for u in 0..<graph.nodeCount {
            for i in adj.range(u) {
                let e = Int(adj.edgeIDs[i]), v = Int(adj.neighbors[i])
                let w = graph.edges.weights[e], type = graph.tieTypes[Int(graph.edges.types[e])]
                tacit[i] = Bernoulli.threshold(clamp01(p.tacit.beta(for: type) * pow(w, p.tacit.kappa) * a[v]))
                codified[i] = Bernoulli.threshold(clamp01(p.codified.beta(for: type) * pow(w, p.codified.kappa) * a[v]))
            }
        }
        offsets = adj.offsets
        neighbors = adj.neighbors
        tacitThresholds = tacit
        codifiedThresholds = codified
        internalisation = a.map { Bernoulli.threshold(p.internalisation * $0) }
        externalisation = Bernoulli.threshold(p.externalisation)
        seedForms = p.seedForms
    }

    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch s: DiffusionScratch, rng: inout Xoshiro256StarStar) {
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                tacitThresholds.withUnsafeBufferPointer { pS in
                    codifiedThresholds.withUnsafeBufferPointer { pC in
                        internalisation.withUnsafeBufferPointer { intern in
                            let epoch = s.epoch
                            let aware = s.mark0, hasT = s.mark1, hasC = s.mark2
                            let tList = s.listA, cList = s.listB, single = s.listC
                            let eps = externalisation
                            var tCount = 0, cCount = 0, nSingle = 0, examined = 0

                            func acquireTacit(_ v: Int, _ t: Int32) {
                                hasT[v] = epoch
                                tList[tCount] = Int32(truncatingIfNeeded: v); tCount += 1
                                if aware[v] != epoch { s.reach(v, at: t) }
                                if hasC[v] != epoch, eps > 0 { single[nSingle] = Int32(truncatingIfNeeded: v); nSingle += 1 }
                            }
                            func acquireCodified(_ v: Int, _ t: Int32) {
                                hasC[v] = epoch
                                cList[cCount] = Int32(truncatingIfNeeded: v); cCount += 1
                                if aware[v] != epoch { s.reach(v, at: t) }
                                if hasT[v] != epoch, intern[v] > 0 { single[nSingle] = Int32(truncatingIfNeeded: v); nSingle += 1 }
                            }

                            for seed in seeds {
                                let v = Int(seed)
                                if seedForms != .codified { acquireTacit(v, 0) }
                                if seedForms != .tacit { acquireCodified(v, 0) }
                            }
                            var t: Int32 = 0, tHead = 0, cHead = 0
                            while true {
                                let tEnd = tCount, cEnd = cCount, singleEnd = nSingle
                                if tHead == tEnd, cHead == cEnd, singleEnd == 0 { break }
                                let next = t &+ 1
                                for k in tHead..<tEnd {
                                    let u = Int(tList[k])
                                    for i in off[u]..<off[u &+ 1] {
                                        let v = Int(nb[i])
                                        if hasT[v] != epoch {
                                            examined &+= 1
                                            if rng.bernoulli(pS[i]) { acquireTacit(v, next) }
                                        }
                                    }
                                }
                                for k in cHead..<cEnd {
                                    let u = Int(cList[k])
                                    for i in off[u]..<off[u &+ 1] {
                                        let v = Int(nb[i])
                                        if hasC[v] != epoch {
                                            examined &+= 1
                                            if rng.bernoulli(pC[i]) { acquireCodified(v, next) }
                                        }
                                    }
                                }
                                // Conversions of firms that held one form at the start of this round; firms
                                // that got their first form in this round wait for the next one.
                                var kept = 0
                                for k in 0..<singleEnd {
                                    let v = Int(single[k])
                                    let t0 = hasT[v] == epoch, c0 = hasC[v] == epoch
                                    if t0 && c0 { continue }
                                    if t0 {
                                        if rng.bernoulli(eps) { acquireCodified(v, next) } else { single[kept] = single[k]; kept += 1 }
                                    } else {
                                        if rng.bernoulli(intern[v]) { acquireTacit(v, next) } else { single[kept] = single[k]; kept += 1 }
                                    }
                                }
                                for k in singleEnd..<nSingle { single[kept] = single[k]; kept += 1 }
                                nSingle = kept
                                tHead = tEnd; cHead = cEnd
                                t = next
                            }
                            s.capableCount = tCount
                            s.examinations &+= examined
                        }
                    }
                }
            }
        }
    }
}

@inline(__always)
func clamp01(_ x: Double) -> Double { x.isNaN ? 0 : Swift.min(1, Swift.max(0, x)) }
