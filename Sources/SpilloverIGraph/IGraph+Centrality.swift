internal import CIgraph

/// The igraph calls behind the centrality measures other than betweenness. Each returns the
/// values and igraph's warnings; the public wrappers record the warnings in ``Diagnostics``.
extension IGraphGateway {
    /// The corresponding igraph function is `igraph_closeness` (normalised; out-paths when
    /// directed, all paths when undirected).
    package static func closeness(_ graph: IGraphEdges, lengths: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(lengths) { weights in
                    try session.resultVector { res in
                        try session.check(
                            igraph_closeness(g, res, nil, nil, igraph_vss_all(), graph.isDirected ? IGRAPH_OUT : IGRAPH_ALL, weights, true),
                            "igraph_closeness")
                    }
                }
            }
        }
    }

    /// The corresponding igraph function is `igraph_harmonic_centrality` (normalised by n − 1).
    package static func harmonic(_ graph: IGraphEdges, lengths: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(lengths) { weights in
                    try session.resultVector { res in
                        try session.check(
                            igraph_harmonic_centrality(g, res, igraph_vss_all(), graph.isDirected ? IGRAPH_OUT : IGRAPH_ALL, weights, true),
                            "igraph_harmonic_centrality")
                    }
                }
            }
        }
    }

    /// ARPACK's stopping tolerance for eigenvector centrality (relative residual).
    package static let eigenvectorTolerance = 1e-10

    /// The seed of ARPACK's start vector for eigenvector centrality (any fixed value).
    package static let eigenvectorStartSeed: UInt64 = 20_051_001

    /// The corresponding igraph function is `igraph_eigenvector_centrality` (scaled, max = 1;
    /// in-ties when directed). SpilloverKit calls it for directed graphs only; undirected
    /// ones go through ``leadingEigenpair(dimension:start:tolerance:product:)``.
    package static func eigenvector(_ graph: IGraphEdges, weights: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        // The scaled centrality does not change when all weights are multiplied by one
        // factor, but ARPACK fails (error 29) on weights near the top of Double's range
        // (3e306, say): weights beyond 1e100 are divided by the largest first. Other weights
        // are passed as they are, so ordinary results stay digit for digit.
        let weights = weights.map { w -> [Double] in
            let largest = w.max() ?? 1
            return largest > 1e100 ? w.map { $0 / largest } : w
        }
        return try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(weights) { w in
                    try session.resultVector { res in
                        var options = igraph_arpack_options_t()
                        igraph_arpack_options_init(&options)
                        // igraph's default tol = 0 iterates to machine precision: most of the
                        // time of the whole metrics table at 10^6 firms. A residual of 1e-10
                        // relative to the eigenvalue keeps values well inside the 1e-6
                        // tolerance of the reference fixtures.
                        options.tol = eigenvectorTolerance
                        // On directed graphs ARPACK starts from a random vector drawn from
                        // igraph's global generator, whose state depends on every earlier
                        // igraph call in the process: where the eigenvector is not unique (a
                        // cluster that is not strongly connected) the values, and the focal
                        // firms, then differed between one command and the same command run
                        // after others (a report's commands run in-process). A fixed seed
                        // makes every call start alike.
                        try session.seedRandom(eigenvectorStartSeed)
                        var value: igraph_real_t = 0
                        try session.check(
                            igraph_eigenvector_centrality(g, res, &value, graph.isDirected, true, w, &options),
                            "igraph_eigenvector_centrality")
                    }
                }
            }
        }
    }

    /// The corresponding igraph function is `igraph_pagerank` (PRPACK).
    package static func pagerank(_ graph: IGraphEdges, damping: Double, weights: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(weights) { w in
                    try session.resultVector { res in
                        var value: igraph_real_t = 0
                        try session.check(
                            igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, res, &value, igraph_vss_all(), graph.isDirected, damping, w, nil),
                            "igraph_pagerank")
                    }
                }
            }
        }
    }

    /// The corresponding igraph function is `igraph_coreness` (mode `IGRAPH_ALL`).
    package static func coreness(_ graph: IGraphEdges) throws -> (value: [Int], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.resultIntVector { res in
                    try session.check(igraph_coreness(g, res, IGRAPH_ALL), "igraph_coreness")
                }
            }
        }
    }

    /// Local transitivity of an undirected simple graph given as node pairs (a directed
    /// graph's ties collapsed, `ClusterGraph.collapsedUndirectedPairs()`); 0 for degree < 2.
    ///
    /// The corresponding igraph function is `igraph_transitivity_local_undirected`
    /// (mode `IGRAPH_TRANSITIVITY_ZERO`).
    package static func localTransitivity(nodeCount: Int, pairs: [Int32]) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(nodeCount: nodeCount, pairs: pairs, directed: false) { g in
                try session.resultVector { res in
                    try session.check(
                        igraph_transitivity_local_undirected(g, res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO),
                        "igraph_transitivity_local_undirected")
                }
            }
        }
    }

    /// Betweenness counting only shortest paths that start at `sources` (and end anywhere).
    ///
    /// The corresponding igraph function is `igraph_betweenness_subset`.
    static func betweennessSubset(_ graph: IGraphEdges, sources: [Int], lengths: [Double]?) throws -> (value: [Double], warnings: [IGraphWarning]) {
        try withIGraph { session in
            try session.withGraph(graph) { g in
                try session.withVector(lengths) { weights in
                    try session.withIntVector(sources) { sourceVector in
                        try session.resultVector { res in
                            try session.check(
                                igraph_betweenness_subset(
                                    g, res, igraph_vss_all(), graph.isDirected, igraph_vss_vector(sourceVector), igraph_vss_all(), weights),
                                "igraph_betweenness_subset")
                        }
                    }
                }
            }
        }
    }
}
