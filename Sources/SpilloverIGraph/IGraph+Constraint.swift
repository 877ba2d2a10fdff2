internal import CIgraph

extension IGraphGateway {
    /// The corresponding igraph function is `igraph_constraint`.
    package static func constraint(_ graph: IGraphEdges, weights: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(weights) { w in
                    try session.resultVector { res in
                        try session.check(igraph_constraint(g, res, igraph_vss_all(), w), "igraph_constraint")
                    }
                }
            }
        }
    }
}
