internal import CIgraph

extension IGraphGateway {
    /// Weakly connected components: a component number per node and the component sizes.
    ///
    /// The corresponding igraph function is `igraph_connected_components` (mode `IGRAPH_WEAK`).
    package static func connectedComponents(_ graph: IGraphEdges) throws -> (membership: [Int], sizes: [Int]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                var sizes: [Int] = []
                let membership = try session.resultIntVector { membership in
                    sizes = try session.resultIntVector { csize in
                        var count: igraph_integer_t = 0
                        try session.check(
                            igraph_connected_components(g, membership, csize, &count, IGRAPH_WEAK),
                            "igraph_connected_components")
                    }
                }
                return (membership, sizes)
            }
        }.value
    }
}
