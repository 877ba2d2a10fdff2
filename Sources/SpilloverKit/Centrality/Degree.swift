extension Centrality {
    /// Degree: the number of ties of each firm; for a directed graph in-degree plus
    /// out-degree (a mutual pair of arcs counts twice), as igraph's `IGRAPH_ALL`.
    ///
    /// - Complexity: O(n), from the CSR offsets.
    public static func degree(_ graph: ClusterGraph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            Double(
                graph.isDirected
                    ? graph.outAdjacency.degree(v) + graph.inAdjacency.degree(v)
                    : graph.outAdjacency.degree(v))
        }
    }

    /// In-degree (arcs received); for an undirected graph the degree.
    ///
    /// - Complexity: O(n).
    public static func inDegree(_ graph: ClusterGraph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.inAdjacency.degree($0)) }
    }

    /// Out-degree (arcs sent); for an undirected graph the degree.
    ///
    /// - Complexity: O(n).
    public static func outDegree(_ graph: ClusterGraph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.outAdjacency.degree($0)) }
    }

    /// Strength: the summed weight of each firm's ties, in and out (Barrat et al. 2004);
    /// the degree when the graph is unweighted.
    ///
    /// s_i = Σ_j (a_ij + a_ji) for directed graphs, Σ_j a_ij for undirected ones.
    ///
    /// - Complexity: O(n + m).
    ///
    /// References: A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani (2004), The
    /// architecture of complex weighted networks, *PNAS* 101(11):3747–3752,
    /// doi:10.1073/pnas.0400087101.
    public static func strength(_ graph: ClusterGraph) -> [Double] {
        var s = [Double](repeating: 0, count: graph.nodeCount)
        for e in 0..<graph.edgeCount {
            let w = graph.edges.weights[e]
            s[Int(graph.edges.tails[e])] += w
            s[Int(graph.edges.heads[e])] += w
        }
        return s
    }

    /// Tie weights as strengths for igraph (`nil` when unweighted).
    static func strengths(_ graph: ClusterGraph) -> [Double]? {
        graph.isWeighted ? graph.edges.weights : nil
    }
}
