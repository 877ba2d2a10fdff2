import SpilloverLock

/// A cluster as a ``ResultCache`` key: equal when the two clusters have the same firms,
/// ties, weights, types, direction and node table.
///
/// The key is a ``ContentDigest`` of that content with the firm and tie counts. It holds no
/// part of the graph: a key that held the graph (to compare content in full) kept every
/// cluster the cache had seen alive, and at 10^6 firms the channel layers and cut graphs of
/// a report's commands grew the process by 5 GB. Made in O(n + m), once per graph value
/// (``ClusterGraph/cacheKey``).
struct ClusterKey: Hashable, Sendable {
    let digest: ContentDigest
    let nodeCount: Int
    let edgeCount: Int

    init(_ graph: ClusterGraph) {
        digest = ContentDigest { h in
            h.combine(graph.isDirected)
            h.combine(graph.isWeighted)
            h.combine(graph.ids)
            h.combine(graph.edges.tails)
            h.combine(graph.edges.heads)
            h.combine(graph.edges.weights)
            h.combine(graph.edges.types)
            h.combine(graph.tieTypes)
            h.combine(graph.attributes.columnNames)
            h.combine(graph.attributes.columns)
            h.combine(graph.attributes.absorptiveCapacity)
        }
        nodeCount = graph.nodeCount
        edgeCount = graph.edgeCount
    }

    /// A graph's key, made when first asked for. A ``ClusterGraph`` is immutable, so copies
    /// of it share the one memo and its key.
    final class Memo: Sendable {
        private let stored = Locked<ClusterKey?>(nil)

        func key(of graph: ClusterGraph) -> ClusterKey {
            if let known = stored.withLock({ $0 }) { return known }
            let key = ClusterKey(graph)
            stored.withLock { $0 = key }
            return key
        }
    }
}
