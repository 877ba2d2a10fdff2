internal import CIgraph

extension IGraphGateway {
    /// Louvain communities of an undirected simple graph given as node pairs (a directed
    /// graph's ties collapsed, `ClusterGraph.collapsedUndirectedPairs()`) with their weights
    /// (`nil`: unweighted), with igraph's RNG seeded.
    ///
    /// The corresponding igraph function is `igraph_community_multilevel`.
    package static func louvain(
        nodeCount: Int, pairs: [Int32], weights: [Double]?, seed: UInt64, resolution: Double
    ) throws -> (value: [Int], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.seedRandom(seed)
            return try session.withGraph(nodeCount: nodeCount, pairs: pairs, directed: false) { g in
                try session.withVector(weights) { w in
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
