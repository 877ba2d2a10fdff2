/// Gould–Fernandez role counts of every firm without visiting each pair of a broker's
/// neighbours: all ordered pairs per role counted from per-group neighbour counts, minus the
/// pairs that are tied (transitive triples), which degree-ordered triangle listing finds.
///
/// For broker j with in-neighbours I and out-neighbours O, a of I and b of O in j's group g_j,
/// A = |I|, B = |O|, S = Σ_{g≠g_j} |I_g|·|O_g| (= Σ over k ∈ O outside g_j of |I_{g_k}|), and
/// M_same, M_other the firms of I ∩ O inside and outside g_j (the pairs i = k), the ordered
/// pairs (i, k) ∈ I × O with i ≠ k are, per role:
///
/// | role | all pairs |
/// |---|---|
/// | coordinator w_I | a·b − M_same |
/// | representative b_IO | a·(B − b) |
/// | gatekeeper b_OI | (A − a)·b |
/// | itinerant w_O | S − M_other |
/// | liaison b_O | (A − a)(B − b) − S |
///
/// j brokers every such pair except the closed ones, with an arc i → k. Each closed (i, j, k)
/// lies on a triangle {i, j, k} of the undirected skeleton; every triangle is listed once
/// (``ForwardSkeleton``) and each of its six orderings whose three arcs exist is subtracted
/// from its middle firm's role. The result equals the definition counted pair by pair
/// (Σ_j d_in(j)·d_out(j) tie look-ups) exactly: integer counts throughout.
///
/// - Complexity: O(n + m) for the pair counts, O(m·√m) worst case (O(m·a) with arboricity a)
///   for the triangles; both parallel over firms, with O(n + g) scratch and O(n) accumulators
///   per core.
///
/// References: R. V. Gould, R. M. Fernandez (1989), *Sociological Methodology* 19:89–126,
/// doi:10.2307/270949. N. Chiba, T. Nishizeki (1985), *SIAM J. Comput.* 14(1):210–223,
/// doi:10.1137/0214017. M. Latapy (2008), *Theor. Comput. Sci.* 407:458–473,
/// doi:10.1016/j.tcs.2008.07.017.
enum BrokerageCounting {
    /// Roles counted, in ``BrokerageRole/allCases`` order without the total.
    static let roleCount = 5

    /// Raw role counts: six arrays over firms (the five roles of ``BrokerageRole`` and the
    /// total), as `Double`.
    static func count(_ graph: ClusterGraph, classes: [Int], classCount: Int) throws(CancellationError) -> [[Double]] {
        let n = graph.nodeCount
        guard n > 0 else { return [[Double]](repeating: [], count: 6) }
        let groups = classes.map { Int32(truncatingIfNeeded: $0) }
        let skeleton = ForwardSkeleton(graph)
        // Pass 1: every firm's pair counts (disjoint writes, role-major) and the closed pairs
        // of the triangles it is the lowest-ranked corner of (per-worker accumulators: the
        // other two corners can be any firm). Counts are integers below 2^53: exact as Double.
        var flat = [Double](repeating: 0, count: 6 * n)
        let workers = try flat.withDisjointWrites { sink throws(CancellationError) in
            try ParallelChunks.withWorkers(count: n, makeState: { Scratch(nodeCount: n, classCount: classCount) }) { scratch, range in
                pairCounts(graph, groups: groups, nodes: range, scratch: scratch, into: sink)
                closedPairs(skeleton, directed: graph.isDirected, groups: groups, nodes: range, scratch: scratch)
            }
        }
        // Pass 2: brokered = all pairs − closed pairs, and the total.
        let closed = workers.map(\.closed)
        flat.withDisjointWrites { sink in
            ParallelChunks.forEach(count: n) { range in
                for j in range {
                    var total = 0.0
                    for r in 0..<roleCount {
                        var c = 0
                        for w in closed { c += w[roleCount * j + r] }
                        let brokered = sink.base[r * n + j] - Double(c)
                        sink.set(r * n + j, brokered)
                        total += brokered
                    }
                    sink.set(5 * n + j, total)
                }
            }
        }
        return (0..<6).map { Array(flat[$0 * n..<($0 + 1) * n]) }
    }

    /// The role of broker j for the ordered pair (i, k), from the three groups: 0 coordinator,
    /// 1 itinerant, 2 representative, 3 gatekeeper, 4 liaison.
    @inline(__always)
    static func role(_ gi: Int32, _ gj: Int32, _ gk: Int32) -> Int {
        if gi == gj { return gj == gk ? 0 : 2 }
        if gj == gk { return 3 }
        return gi == gk ? 1 : 4
    }

    /// One core's scratch (stamps need no reset: firm u stamps u + 1) and its closed-pair
    /// accumulators.
    final class Scratch {
        /// `inMark[i] == j + 1`: i is an in-neighbour of broker j.
        var inMark: [Int32]
        /// `inGroup[g]`: in-neighbours of the current broker in group g (zero between brokers).
        var inGroup: [Int]
        /// `forwardMark[w] == u + 1`: w is a forward neighbour of u, with `forwardBits[w]` the
        /// directions of the tie u ~ w.
        var forwardMark: [Int32]
        var forwardBits: [UInt8]
        /// Closed pairs per firm and role, `closed[5 j + r]`.
        var closed: [Int]

        init(nodeCount n: Int, classCount: Int) {
            inMark = [Int32](repeating: 0, count: n)
            inGroup = [Int](repeating: 0, count: Swift.max(classCount, 1))
            forwardMark = [Int32](repeating: 0, count: n)
            forwardBits = [UInt8](repeating: 0, count: n)
            closed = [Int](repeating: 0, count: roleCount * n)
        }
    }

    /// All ordered pairs (i, k) ∈ I(j) × O(j), i ≠ k, per role, for the brokers in `nodes`,
    /// written role-major (`out[r · n + j]`).
    private static func pairCounts(
        _ graph: ClusterGraph, groups: [Int32], nodes: Range<Int>, scratch: Scratch, into out: DisjointWrites<Double>
    ) {
        let n = graph.nodeCount
        let outAdj = graph.outAdjacency, inAdj = graph.inAdjacency
        groups.withUnsafeBufferPointer { group in
            outAdj.offsets.withUnsafeBufferPointer { oOff in
                outAdj.neighbors.withUnsafeBufferPointer { oNb in
                    inAdj.offsets.withUnsafeBufferPointer { iOff in
                        inAdj.neighbors.withUnsafeBufferPointer { iNb in
                            scratch.inMark.withUnsafeMutableBufferPointer { mark in
                                scratch.inGroup.withUnsafeMutableBufferPointer { inGroup in
                                    for j in nodes {
                                        let gj = group[j]
                                        let stamp = Int32(truncatingIfNeeded: j + 1)
                                        let inRow = iOff[j]..<iOff[j + 1], outRow = oOff[j]..<oOff[j + 1]
                                        for e in inRow {
                                            let i = Int(iNb[e])
                                            inGroup[Int(group[i])] += 1
                                            mark[i] = stamp
                                        }
                                        let a = inGroup[Int(gj)]
                                        var b = 0, s = 0, mutualSame = 0, mutualOther = 0
                                        for e in outRow {
                                            let k = Int(oNb[e])
                                            let gk = group[k]
                                            let mutual = mark[k] == stamp ? 1 : 0
                                            if gk == gj {
                                                b += 1
                                                mutualSame += mutual
                                            } else {
                                                s += inGroup[Int(gk)]
                                                mutualOther += mutual
                                            }
                                        }
                                        for e in inRow { inGroup[Int(group[Int(iNb[e])])] = 0 }
                                        let bigA = inRow.count, bigB = outRow.count
                                        out.set(j, Double(a * b - mutualSame))
                                        out.set(n + j, Double(s - mutualOther))
                                        out.set(2 * n + j, Double(a * (bigB - b)))
                                        out.set(3 * n + j, Double((bigA - a) * b))
                                        out.set(4 * n + j, Double((bigA - a) * (bigB - b) - s))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Lists the skeleton triangles whose lowest-ranked corner is in `nodes` and adds each of
    /// their closed ordered triples (i → j, j → k, i → k) to `scratch.closed` at (j, role).
    private static func closedPairs(
        _ skeleton: ForwardSkeleton, directed: Bool, groups: [Int32], nodes: Range<Int>, scratch: Scratch
    ) {
        let outward = ForwardSkeleton.outward, inward = ForwardSkeleton.inward
        groups.withUnsafeBufferPointer { group in
            skeleton.offsets.withUnsafeBufferPointer { off in
                skeleton.neighbors.withUnsafeBufferPointer { nb in
                    skeleton.directions.withUnsafeBufferPointer { dir in
                        scratch.forwardMark.withUnsafeMutableBufferPointer { mark in
                            scratch.forwardBits.withUnsafeMutableBufferPointer { bits in
                                scratch.closed.withUnsafeMutableBufferPointer { closed in
                                    @inline(__always) func add(_ i: Int, _ j: Int, _ k: Int) {
                                        closed[roleCount * j + role(group[i], group[j], group[k])] += 1
                                    }
                                    for u in nodes {
                                        let row = off[u]..<off[u + 1]
                                        guard row.count > 1 else { continue }
                                        let stamp = Int32(truncatingIfNeeded: u + 1)
                                        for e in row {
                                            let v = Int(nb[e])
                                            mark[v] = stamp
                                            if directed { bits[v] = dir[e] }
                                        }
                                        for e in row {
                                            let v = Int(nb[e])
                                            for f in off[v]..<off[v + 1] {
                                                let w = Int(nb[f])
                                                guard mark[w] == stamp else { continue }
                                                if !directed {
                                                    // All six orderings are closed: two per corner.
                                                    add(v, u, w); add(w, u, v)
                                                    add(u, v, w); add(w, v, u)
                                                    add(u, w, v); add(v, w, u)
                                                    continue
                                                }
                                                // Arcs among u, v, w from the direction bits of the three ties.
                                                let uv = dir[e], uw = bits[w], vw = dir[f]
                                                let uToV = uv & outward != 0, vToU = uv & inward != 0
                                                let uToW = uw & outward != 0, wToU = uw & inward != 0
                                                let vToW = vw & outward != 0, wToV = vw & inward != 0
                                                if vToU && uToW && vToW { add(v, u, w) }
                                                if wToU && uToV && wToV { add(w, u, v) }
                                                if uToV && vToW && uToW { add(u, v, w) }
                                                if wToV && vToU && wToU { add(w, v, u) }
                                                if uToW && wToV && uToV { add(u, w, v) }
                                                if vToW && wToU && vToU { add(v, w, u) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
