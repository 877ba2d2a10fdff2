extension Centrality {
    /// Eigenvector centrality (Bonacich 1972): x_i ∝ Σ_j a_ji x_j, the leading eigenvector of
    /// the (weighted) adjacency matrix, scaled so that the largest value is 1 (igraph's
    /// `scale = true`).
    ///
    /// Directed graphs use in-ties (a firm is central when central firms point to it). igraph
    /// returns zeros, with a warning recorded in `diagnostics`, for directed acyclic graphs and
    /// graphs without ties. Weights are tie strengths.
    ///
    /// - Complexity: a few sparse matrix–vector products per ARPACK iteration, O(m) each.
    /// - Throws: ``IGraphError`` when igraph fails (e.g. ARPACK does not converge).
    ///
    /// References: P. Bonacich (1972), Factoring and weighting approaches to status scores and
    /// clique identification, *J. Math. Sociol.* 2(1):113–120, doi:10.1080/0022250X.1972.9989806.
    ///
    /// The corresponding igraph function is `igraph_eigenvector_centrality`.
    public static func eigenvector(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.eigenvector(graph, weights: strengths(graph))
        diagnostics?.record(warnings, from: "igraph_eigenvector_centrality")
        return values
    }
}
