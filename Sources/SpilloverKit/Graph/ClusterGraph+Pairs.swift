extension ClusterGraph {
    /// The ties as an undirected simple graph: one pair (u, v), u < v, per pair of firms tied
    /// in either direction, with the summed weight of the ties between them (a_uv + a_vu).
    /// For an undirected graph these are just its ties.
    func collapsedUndirectedPairs() -> (pairs: [Int32], weights: [Double]) {
        let m = edgeCount
        if !isDirected {
            var pairs = [Int32](repeating: 0, count: 2 * m)
            for e in 0..<m {
                pairs[2 * e] = edges.tails[e]
                pairs[2 * e + 1] = edges.heads[e]
            }
            return (pairs, edges.weights)
        }
        var keyed: [(key: UInt64, weight: Double)] = []
        keyed.reserveCapacity(m)
        for e in 0..<m {
            let a = UInt64(UInt32(min(edges.tails[e], edges.heads[e])))
            let b = UInt64(UInt32(max(edges.tails[e], edges.heads[e])))
            keyed.append(((a << 32) | b, edges.weights[e]))
        }
        keyed.sort { $0.key < $1.key }
        var pairs: [Int32] = []
        var weights: [Double] = []
        pairs.reserveCapacity(2 * m)
        weights.reserveCapacity(m)
        var k = 0
        while k < keyed.count {
            let key = keyed[k].key
            var w = 0.0
            while k < keyed.count && keyed[k].key == key {
                w += keyed[k].weight
                k += 1
            }
            pairs.append(Int32(truncatingIfNeeded: key >> 32))
            pairs.append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
            weights.append(w)
        }
        return (pairs, weights)
    }
}
