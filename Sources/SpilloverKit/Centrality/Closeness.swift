internal import SpilloverIGraph

extension Centrality {
    /// Closeness centrality over reachable firms, as igraph computes it:
    /// C_i = (r_i) / Σ_{j reachable from i} d(i, j), where r_i is the number of firms i
    /// reaches; null (NaN) for a firm that reaches none (an isolate, or a sink of a directed
    /// graph).
    ///
    /// Directed graphs use out-paths (distances from i). Weighted path lengths are 1/weight by
    /// default (`weightAs: .distance` uses weights as lengths). On a disconnected graph the
    /// value describes each firm's own component only; ``harmonic(_:weightAs:diagnostics:)``
    /// does not have that problem.
    ///
    /// - Complexity: O(n(n + m)) unweighted, O(n m log n) weighted.
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: L. C. Freeman (1979), Centrality in social networks conceptual
    /// clarification, *Social Networks* 1(3):215–239, doi:10.1016/0378-8733(78)90021-7.
    ///
    /// The corresponding igraph function is `igraph_closeness`.
    public static func closeness(
        _ graph: ClusterGraph, weightAs: WeightInterpretation = .strength, diagnostics: Diagnostics? = nil
    ) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.closeness(graph.igraphEdges, lengths: lengths(graph, weightAs: weightAs))
        diagnostics?.record(warnings, from: "igraph_closeness")
        return values
    }

    /// Harmonic centrality: H_i = (1 / (n − 1)) Σ_{j ≠ i} 1 / d(i, j), with 1/∞ = 0, so it is
    /// defined on disconnected graphs (0 for an isolate).
    ///
    /// Directed graphs use out-paths; weighted lengths as in ``closeness(_:weightAs:diagnostics:)``.
    ///
    /// - Complexity: as closeness.
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: M. Marchiori, V. Latora (2000), Harmony in the small-world, *Physica A*
    /// 285(3–4):539–546, doi:10.1016/S0378-4371(00)00311-3.
    ///
    /// The corresponding igraph function is `igraph_harmonic_centrality`.
    public static func harmonic(
        _ graph: ClusterGraph, weightAs: WeightInterpretation = .strength, diagnostics: Diagnostics? = nil
    ) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.harmonic(graph.igraphEdges, lengths: lengths(graph, weightAs: weightAs))
        diagnostics?.record(warnings, from: "igraph_harmonic_centrality")
        return values
    }
}
