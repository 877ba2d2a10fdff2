internal import CIgraph

/// Building an `igraph_t` from the ties of a `ClusterGraph` (``IGraphEdges``) and moving vectors across the boundary in
/// bulk: views over Swift arrays going in, one `copy_to` coming out.
extension IGraphSession {
    /// Builds an igraph graph with the ties of `graph` (igraph edge k = tie k), runs `body` on it and destroys it; inside
    /// `IGraphGateway.reusingGraphs(_:)` the graph is built once and kept for later calls.
    ///
    /// `igraph_create` silently grows the vertex count to the largest id; ties of a
    /// `ClusterGraph` are validated when it is built, so that cannot happen here.
    ///
    /// - Parameter directed: overrides the graph's own directedness (e.g. to run an
    ///   undirected algorithm on a directed graph's ties).
    func withGraph<T>(_ graph: IGraphEdges, directed: Bool? = nil, _ body: (UnsafePointer<igraph_t>) throws -> T) throws -> T {
        let isDirected = directed ?? graph.isDirected
        if let store = IGraphGateway.graphStore {
            if let kept = store.find(graph, directed: isDirected) { return try body(UnsafePointer(kept)) }
            let g = try makeGraph(graph, directed: isDirected)
            store.entries.append(
                .init(
                    tails: graph.tails, heads: graph.heads, nodeCount: graph.nodeCount, directed: isDirected, graph: g))
            return try body(UnsafePointer(g))
        }
        let g = try makeGraph(graph, directed: isDirected)
        defer {
            igraph_destroy(g)
            g.deallocate()
        }
        return try body(UnsafePointer(g))
    }

    /// A new `igraph_t` with the ties of `graph`; the caller destroys and deallocates it.
    private func makeGraph(_ graph: IGraphEdges, directed: Bool) throws -> UnsafeMutablePointer<igraph_t> {
        let m = graph.tails.count
        var pairs = [igraph_integer_t](repeating: 0, count: 2 * m)
        graph.tails.withUnsafeBufferPointer { tails in
            graph.heads.withUnsafeBufferPointer { heads in
                for e in 0..<m {
                    pairs[2 * e] = igraph_integer_t(tails[e])
                    pairs[2 * e + 1] = igraph_integer_t(heads[e])
                }
            }
        }
        let g = UnsafeMutablePointer<igraph_t>.allocate(capacity: 1)
        do {
            try pairs.withUnsafeBufferPointer { buffer in
                var view = igraph_vector_int_t()
                let edges = igraph_vector_int_view(&view, buffer.baseAddress, igraph_integer_t(buffer.count))
                try check(igraph_create(g, edges, igraph_integer_t(graph.nodeCount), directed), "igraph_create")
            }
        } catch {
            g.deallocate()
            throw error
        }
        return g
    }

    /// Calls `body` with a read-only igraph vector viewing `values` (no copy), or with `nil`
    /// when `values` is `nil`.
    func withVector<T>(_ values: [Double]?, _ body: (UnsafePointer<igraph_vector_t>?) throws -> T) rethrows -> T {
        guard let values else { return try body(nil) }
        return try values.withUnsafeBufferPointer { buffer in
            var view = igraph_vector_t()
            let v = igraph_vector_view(&view, buffer.baseAddress, igraph_integer_t(buffer.count))
            return try body(v)
        }
    }

    /// Gives `body` an initialised, empty result vector and returns its contents, copied
    /// out in one step.
    func resultVector(_ body: (UnsafeMutablePointer<igraph_vector_t>) throws -> Void) throws -> [Double] {
        var result = igraph_vector_t()
        try check(igraph_vector_init(&result, 0), "igraph_vector_init")
        defer { igraph_vector_destroy(&result) }
        try body(&result)
        let count = Int(igraph_vector_size(&result))
        // Not for 0: `unsafeUninitializedCapacity: 0` writes the count into the storage that all
        // empty arrays share, which ThreadSanitizer reported as a race with another thread
        // reading an empty array (the intermittent report of the CI runs).
        guard count > 0 else { return [] }
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            igraph_vector_copy_to(&result, buffer.baseAddress)
            initialized = count
        }
    }

    /// Like ``resultVector(_:)`` for integer results.
    func resultIntVector(_ body: (UnsafeMutablePointer<igraph_vector_int_t>) throws -> Void) throws -> [Int] {
        var result = igraph_vector_int_t()
        try check(igraph_vector_int_init(&result, 0), "igraph_vector_int_init")
        defer { igraph_vector_int_destroy(&result) }
        try body(&result)
        let count = Int(igraph_vector_int_size(&result))
        guard count > 0 else { return [] }  // see resultVector
        return [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.baseAddress!.withMemoryRebound(to: igraph_integer_t.self, capacity: count) {
                igraph_vector_int_copy_to(&result, $0)
            }
            initialized = count
        }
    }
}
