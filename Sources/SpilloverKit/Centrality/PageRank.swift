internal import SpilloverIGraph

extension Centrality {
    /// PageRank (Brin & Page 1998): the stationary distribution of a random walk that follows a
    /// tie with probability `damping` (chosen in proportion to tie weight) and jumps to a
    /// uniformly chosen firm otherwise; values sum to 1.
    ///
    /// PR_i = (1 − d)/n + d Σ_j a_ji PR_j / s_j^out, with dangling firms (no out-ties) spreading
    /// their rank uniformly. Directed graphs follow arcs; undirected ties go both ways.
    ///
    /// - Parameters:
    ///   - graph: the cluster.
    ///   - damping: d, 0.85 by default.
    ///   - diagnostics: receives igraph's warnings, if any.
    /// - Complexity: O(m) per power iteration (PRPACK).
    /// - Throws: ``IGraphError`` when igraph fails (e.g. damping outside [0, 1]).
    ///
    /// References: S. Brin, L. Page (1998), The anatomy of a large-scale hypertextual Web search
    /// engine, *Computer Networks and ISDN Systems* 30(1–7):107–117,
    /// doi:10.1016/S0169-7552(98)00110-X.
    ///
    /// The corresponding igraph function is `igraph_pagerank` (algorithm PRPACK).
    public static func pagerank(_ graph: ClusterGraph, damping: Double = 0.85, diagnostics: Diagnostics? = nil) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.pagerank(graph.igraphEdges, damping: damping, weights: strengths(graph))
        diagnostics?.record(warnings, from: "igraph_pagerank")
        return values
    }
}
