internal import CIgraph

extension IGraphGateway {
    /// Louvain communities of the collapsed undirected graph, with igraph's RNG seeded.
    ///
    /// The corresponding igraph function is `igraph_community_multilevel`.
    static func louvain(_ graph: ClusterGraph, seed: UInt64, resolution: Double) throws -> (value: [Int], warnings: [IGraphWarning]) {
        let (pairs, weights) = graph.collapsedUndirectedPairs()
        return try withIGraph { session in
            try session.seedRandom(seed)
            return try session.withGraph(nodeCount: graph.nodeCount, pairs: pairs, directed: false) { g in
                try session.withVector(graph.isWeighted ? weights : nil) { w in
                    try session.resultIntVector { membership in
                        try session.check(
                            igraph_community_multilevel(g, w, resolution, membership, nil, nil),
                            "igraph_community_multilevel")
                    }
                }
            }
        }
    }
}
