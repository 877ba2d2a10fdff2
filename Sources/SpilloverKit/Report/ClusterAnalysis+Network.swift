/// The analysed cluster as a network file for Gephi, Cytoscape, yEd or NetworkX: every
/// node column, the metrics, the focal score and role, the reach probability and mean
/// arrival step, and (in GEXF) the picture of `cluster.svg`: its layout, its colours by
/// arrival step and sizes by strength.
extension ClusterAnalysis {
    /// - Parameters:
    ///   - renderer: GraphViz for the positions; `nil` leaves them out, as do clusters above
    ///     ``GraphvizLayout/automaticLimit`` firms.
    ///   - ties: the ties to write (``ClusterSource/channelTies()`` keeps a pair's ties in
    ///     two channels apart); by default the graph's.
    /// - Throws: ``RenderError`` when GraphViz fails.
    public func networkExport(renderer: GraphvizRenderer?, ties: EdgeList? = nil) throws -> GraphExport {
        let n = graph.nodeCount
        var extra = metrics.columns.map { GraphExport.Column(name: $0.name, numbers: $0.values) }
        var score = [Double](repeating: .nan, count: n)
        var role = [String](repeating: "", count: n)
        for row in ranking.rows {
            score[row.node] = row.score
            role[row.node] = row.role.rawValue
        }
        extra += [
            GraphExport.Column(name: "score", numbers: score), GraphExport.Column(name: "role", texts: role),
            GraphExport.Column(name: "reach_probability", numbers: diffusion.reachProbability),
            GraphExport.Column(name: "mean_arrival_step", numbers: diffusion.meanArrivalStep),
        ]
        var look: GraphExport.Look?
        if let renderer, n > 0, n <= GraphvizLayout.automaticLimit {
            // The positions of every firm: the full picture's layout, whichever picture was drawn.
            let full = DOTWriter(options: drawing)
            let (x, y) = try GraphvizLayout.positions(
                picture == .full ? dot : try full.dot(for: graph), nodeCount: n, layout: full.layout(for: graph), renderer: renderer)
            var drawing = DOTOptions()
            drawing.color = .values(NodeValues(name: "mean arrival step", values: diffusion.meanArrivalStep))
            look = .standard(graph: graph, x: x, y: y)
            look?.colors = DOTStyling(graph: graph, options: drawing, large: n > DOTWriter.largeGraphThreshold).fills
        }
        return GraphExport(graph: graph, ties: ties, extra: extra, look: look)
    }
}
