public import SpilloverIGraph

/// An error reported by igraph (see `IGraphGateway` in the `SpilloverIGraph` target, the
/// only code that calls igraph), thrown instead of igraph's default abort.
public typealias IGraphError = SpilloverIGraph.IGraphError

/// A warning igraph raised during a call; the measures record it in ``Diagnostics``.
public typealias IGraphWarning = SpilloverIGraph.IGraphWarning

extension ClusterGraph {
    /// The ties as the igraph gateway builds its graphs from them (igraph edge k = tie k).
    var igraphEdges: IGraphEdges {
        IGraphEdges(nodeCount: nodeCount, tails: edges.tails, heads: edges.heads, isDirected: isDirected)
    }
}
