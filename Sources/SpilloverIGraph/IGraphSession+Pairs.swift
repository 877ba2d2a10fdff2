internal import CIgraph

/// Building an igraph graph from a plain list of node pairs, for measures that need another
/// graph than the one a `ClusterGraph` stores (e.g. the collapsed undirected version of a
/// directed graph for local transitivity and community detection).
extension IGraphSession {
    /// Builds an igraph graph on `nodeCount` vertices with one edge per pair
    /// (`pairs[2k]`, `pairs[2k+1]`), runs `body` on it and destroys it.
    ///
    /// The pairs must be valid node numbers below `nodeCount` (callers derive them from a
    /// validated `ClusterGraph`).
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
