internal import CIgraph

/// Building an igraph graph from a plain list of node pairs, for measures that need another
/// graph than the one a ``ClusterGraph`` stores (e.g. the collapsed undirected version of a
/// directed graph for local transitivity and community detection).
extension IGraphSession {
    /// Builds an igraph graph on `nodeCount` vertices with one edge per pair
    /// (`pairs[2k]`, `pairs[2k+1]`), runs `body` on it and destroys it.
    ///
    /// The pairs must be valid node numbers below `nodeCount` (callers derive them from a
    /// validated ``ClusterGraph``).
    func withGraph<T>(
        nodeCount: Int, pairs: [Int32], directed: Bool, _ body: (UnsafePointer<igraph_t>) throws -> T
    ) throws -> T {
        let flat = pairs.map { igraph_integer_t($0) }
        let g = UnsafeMutablePointer<igraph_t>.allocate(capacity: 1)
        defer { g.deallocate() }
        try flat.withUnsafeBufferPointer { buffer in
            var view = igraph_vector_int_t()
            let edges = igraph_vector_int_view(&view, buffer.baseAddress, igraph_integer_t(buffer.count))
            try check(igraph_create(g, edges, igraph_integer_t(nodeCount), directed), "igraph_create")
        }
        defer { igraph_destroy(g) }
        return try body(UnsafePointer(g))
    }

    /// Calls `body` with a read-only igraph integer vector viewing `values` (no copy).
    func withIntVector<T>(_ values: [Int], _ body: (UnsafePointer<igraph_vector_int_t>?) throws -> T) rethrows -> T {
        let converted = values.map { igraph_integer_t($0) }
        return try converted.withUnsafeBufferPointer { buffer in
            var view = igraph_vector_int_t()
            let v = igraph_vector_int_view(&view, buffer.baseAddress, igraph_integer_t(buffer.count))
            return try body(v)
        }
    }
}

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
