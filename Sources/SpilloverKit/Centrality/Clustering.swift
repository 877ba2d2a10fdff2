internal import SpilloverIGraph

extension Centrality {
    /// Local clustering coefficient (local transitivity, Watts & Strogatz 1998): the share of
    /// pairs of a firm's contacts that are tied to each other, t_i / (k_i (k_i − 1) / 2);
    /// 0 for firms with fewer than two contacts.
    ///
    /// Directed graphs are read as undirected simple graphs (a pair tied in either or both
    /// directions is one tie), as NetworkX and python-igraph do after collapsing. Weights are
    /// ignored.
    ///
    /// - Complexity: O(Σ_i k_i²) in the worst case.
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: D. J. Watts, S. H. Strogatz (1998), Collective dynamics of 'small-world'
    /// networks, *Nature* 393:440–442, doi:10.1038/30918.
    ///
    /// The corresponding igraph function is `igraph_transitivity_local_undirected`.
    public static func clustering(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.localTransitivity(nodeCount: graph.nodeCount, pairs: graph.collapsedUndirectedPairs().pairs)
        diagnostics?.record(warnings, from: "igraph_transitivity_local_undirected")
        return values
    }
}
