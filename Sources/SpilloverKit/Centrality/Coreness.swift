internal import SpilloverIGraph

extension Centrality {
    /// Coreness (k-core number, Seidman 1983): the largest k such that the firm belongs to a
    /// subgraph in which every firm has at least k ties. Directed graphs count in- plus
    /// out-ties (igraph's `IGRAPH_ALL`); weights are ignored.
    ///
    /// - Complexity: O(n + m) (Batagelj & Zaveršnik).
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: S. B. Seidman (1983), Network structure and minimum degree, *Social
    /// Networks* 5(3):269–287, doi:10.1016/0378-8733(83)90028-X.
    ///
    /// The corresponding igraph function is `igraph_coreness`.
    public static func coreness(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.coreness(graph.igraphEdges)
        diagnostics?.record(warnings, from: "igraph_coreness")
        return values.map(Double.init)
    }
}
