internal import CIgraph

/// Reusing one `igraph_t` across the igraph calls of a computation, so that a metrics run
/// that asks igraph for several measures builds the graph once, not once per measure.
///
/// Inside `IGraphGateway.reusingGraphs(_:)` (a task-local scope: it covers the calling
/// task and its child tasks, nothing else), ``IGraphSession/withGraph(_:directed:_:)`` keeps
/// each graph it builds and hands the same one to later calls on the same `ClusterGraph`
/// with the same directedness; the graphs are destroyed when the scope ends. Outside such a
/// scope every call builds and destroys its own graph, as before.
///
/// A graph is recognised by the storage of its tail and head arrays (which the scope retains,
/// so their addresses cannot be reused by another graph while it lasts), its node count and
/// the directedness asked for. igraph functions take the graph as `const igraph_t *`; the
/// cache igraph keeps inside an `igraph_t` (its property cache) is updated consistently by
/// igraph itself.
extension IGraphGateway {
    /// The graphs kept by the innermost ``reusingGraphs(_:)`` scope; touched only under the
    /// gateway's lock.
    final class GraphStore: @unchecked Sendable {
        struct Entry {
            let tails: [Int32]
            let heads: [Int32]
            let nodeCount: Int
            let directed: Bool
            let graph: UnsafeMutablePointer<igraph_t>
        }
        var entries: [Entry] = []

        func find(_ graph: IGraphEdges, directed: Bool) -> UnsafeMutablePointer<igraph_t>? {
            for e in entries
            where e.directed == directed && e.nodeCount == graph.nodeCount
                && e.tails.withUnsafeBufferPointer({ $0.baseAddress }) == graph.tails.withUnsafeBufferPointer({ $0.baseAddress })
                && e.heads.withUnsafeBufferPointer({ $0.baseAddress }) == graph.heads.withUnsafeBufferPointer({ $0.baseAddress })
                && e.tails.count == graph.tails.count
            {
                return e.graph
            }
            return nil
        }

        func destroyAll() {
            for e in entries {
                igraph_destroy(e.graph)
                e.graph.deallocate()
            }
            entries = []
        }
    }

    @TaskLocal static var graphStore: GraphStore?

    /// Runs `body` with igraph graphs reused across its igraph calls (see the extension's
    /// discussion); they are destroyed when `body` returns or throws.
    ///
    /// - Complexity: saves one O(m log m) `igraph_create` per igraph-backed call after the
    ///   first on the same graph; keeps one `igraph_t` (about 32 bytes a tie) alive meanwhile.
    package static func reusingGraphs<T>(_ body: () throws -> T) rethrows -> T {
        if graphStore != nil { return try body() }
        let store = GraphStore()
        defer { lock.withLock { store.destroyAll() } }
        return try $graphStore.withValue(store) { try body() }
    }
}

extension IGraphGateway {
    /// The igraph graphs the current task reuses (its ``reusingGraphs(_:)`` scope, if any),
    /// as a value another thread working for the task can adopt with ``reusing(_:_:)``.
    package struct GraphReuse: @unchecked Sendable {
        // Touched only under the gateway's lock, like the store itself.
        fileprivate let store: GraphStore?
    }

    /// The current task's reuse scope.
    package static var currentGraphReuse: GraphReuse { GraphReuse(store: graphStore) }

    /// Runs `body` in the reuse scope `reuse` (taken with ``currentGraphReuse`` by the task
    /// this thread works for, whose scope outlives `body`).
    package static func reusing<T>(_ reuse: GraphReuse, _ body: () throws -> T) rethrows -> T {
        try $graphStore.withValue(reuse.store) { try body() }
    }
}
