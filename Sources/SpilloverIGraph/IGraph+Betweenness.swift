internal import CIgraph

extension IGraphGateway {
    /// Vertex betweenness with explicit edge lengths (`nil`: unweighted), as igraph
    /// computes it. Shared by ``Centrality/betweenness(_:normalized:weightAs:)`` and the
    /// gateway tests, which pass lengths of the wrong size on purpose.
    ///
    /// The corresponding igraph function is `igraph_betweenness`.
    package static func betweenness(_ graph: IGraphEdges, lengths: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(lengths) { weights in
                    try session.resultVector { res in
                        try session.check(
                            igraph_betweenness(g, res, igraph_vss_all(), graph.isDirected, weights),
                            "igraph_betweenness")
                    }
                }
            }
        }
    }
}
