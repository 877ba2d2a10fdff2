internal import SpilloverIGraph

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
        if !graph.isDirected { return try undirectedEigenvector(graph, diagnostics: diagnostics) }
        let (values, warnings) = try IGraphGateway.eigenvector(graph.igraphEdges, weights: strengths(graph))
        // igraph 0.10 warns "Weighted directed graph in eigenvector centrality" on every
        // directed weighted graph: it still computes the weighted in-tie eigenvector, whose
        // leading eigenvalue need not be unique where the cluster is not strongly connected.
        // Said here in a sentence a user can act on, instead of igraph's raw message.
        let (caution, others) = (
            warnings.filter { $0.message.contains("Weighted directed graph") },
            warnings.filter { !$0.message.contains("Weighted directed graph") }
        )
        if !caution.isEmpty {
            diagnostics?.warn(Self.directedWeightedEigenvectorNote)
        }
        diagnostics?.record(others, from: "igraph_eigenvector_centrality")
        return values
    }

    /// What eigenvector centrality means on a directed weighted cluster, said once.
    public static let directedWeightedEigenvectorNote =
        "eigenvector centrality of a directed weighted cluster is computed from in-ties weighted by strength (igraph's method); "
        + "it is well defined only where the cluster is strongly connected (firms that no central firm points to get 0), so compare it with pagerank, which is defined on every directed graph"
}
