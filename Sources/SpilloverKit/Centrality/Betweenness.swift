internal import SpilloverIGraph

/// How tie weights enter path-based measures (betweenness, closeness, harmonic).
public enum WeightInterpretation: String, Sendable, CaseIterable {
    /// Weights are tie strengths; a tie's length is 1 / weight (the default).
    case strength
    /// Weights are lengths (costs, distances) and used as they are.
    case distance
}

/// Centrality measures of firms.
public enum Centrality {
    /// Edge lengths for shortest paths: `nil` when unweighted.
    static func lengths(_ graph: ClusterGraph, weightAs: WeightInterpretation) -> [Double]? {
        guard graph.isWeighted else { return nil }
        switch weightAs {
        case .strength: return graph.edges.weights.map { 1 / $0 }
        case .distance: return graph.edges.weights
        }
    }

    /// Betweenness centrality (Brandes 2001): for each firm, the sum over pairs of other
    /// firms of the share of shortest paths between them that pass through it.
    ///
    /// Undirected graphs count each unordered pair once (as igraph, and NetworkX with
    /// `normalized=False`). Normalised values are scaled as NetworkX does: by
    /// 2 / ((n−1)(n−2)) when undirected and 1 / ((n−1)(n−2)) when directed (0 when n < 3).
    /// Path lengths compare with igraph's tolerance, so tied weighted paths (0.1 + 0.2 vs
    /// 0.3) are all counted.
    ///
    /// - Parameters:
    ///   - graph: the cluster.
    ///   - normalized: scale to [0, 1] as above.
    ///   - weightAs: weights as tie strengths (length 1/w, the default) or as lengths.
    ///   - diagnostics: receives igraph's warnings, if any.
    /// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted.
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// The corresponding igraph function is `igraph_betweenness`.
    ///
    /// References: U. Brandes (2001), A faster algorithm for betweenness centrality,
    /// *J. Math. Sociol.* 25(2):163–177, doi:10.1080/0022250X.2001.9990249.
    public static func betweenness(
        _ graph: ClusterGraph, normalized: Bool = false, weightAs: WeightInterpretation = .strength,
        diagnostics: Diagnostics? = nil
    ) throws -> [Double] {
        let (raw, warnings) = try IGraphGateway.betweenness(graph.igraphEdges, lengths: lengths(graph, weightAs: weightAs))
        diagnostics?.record(warnings, from: "igraph_betweenness")
        guard normalized else { return raw }
        let scale = betweennessNormalization(graph)
        return raw.map { $0 * scale }
    }

    /// The factor that normalises raw betweenness as NetworkX does: 2 / ((n−1)(n−2))
    /// undirected, 1 / ((n−1)(n−2)) directed, 0 when n < 3.
    static func betweennessNormalization(_ graph: ClusterGraph) -> Double {
        let n = Double(graph.nodeCount)
        guard graph.nodeCount > 2 else { return 0 }
        return (graph.isDirected ? 1 : 2) / ((n - 1) * (n - 2))
    }
}
