extension ClusterGraph {
    /// The graph with every tie of `firms` deleted: the firms stay, numbered as before, as
    /// isolates. A model built on it computes every neighbourhood-dependent parameter (linear
    /// threshold weights w_uv / Σ_u w_uv, weighted-cascade probabilities 1 / in-degree) as if
    /// the firms had never been in the cluster. ``DiffusionSimulation`` builds its model on
    /// this graph for the firms it removes.
    ///
    /// The other firms keep their numbers, so the random draws of a run follow the same ties
    /// as on a graph built without the firms *when that graph numbers the other firms in the
    /// same order*; ``ClusterSource/removing(firms:types:)`` rebuilds the graph from the rows,
    /// numbered exactly as a file without the firms' rows would be.
    ///
    /// - Complexity: O(n + m).
    public func isolating(_ firms: [Int]) -> ClusterGraph {
        guard !firms.isEmpty else { return self }
        var gone = [Bool](repeating: false, count: nodeCount)
        for f in firms { gone[f] = true }
        var kept = EdgeList()
        for e in 0..<edgeCount where !gone[Int(edges.tails[e])] && !gone[Int(edges.heads[e])] {
            kept.tails.append(edges.tails[e])
            kept.heads.append(edges.heads[e])
            kept.weights.append(edges.weights[e])
            kept.types.append(edges.types[e])
        }
        return ClusterGraph(
            ids: ids, attributes: attributes, isDirected: isDirected, isWeighted: isWeighted,
            edges: kept, tieTypes: tieTypes, buildReport: buildReport)
    }
}
