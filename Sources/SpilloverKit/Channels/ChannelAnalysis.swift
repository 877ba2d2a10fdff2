/// The learning channels of a cluster, measured: each channel's structure and that of the
/// whole cluster (`all`), the overlap of every pair of channels, each firm's participation
/// across them (and its cognitive role when the node table has `external_ties`), and
/// optionally the diffusion experiments (``ChannelExperiments``). What `spillover channels`
/// writes.
public struct ChannelAnalysis: Sendable {
    /// The channels (tie types), in order of first appearance in the rows.
    public var channelTypes: [String]
    /// One row per channel, then the aggregate graph as `all`.
    public var channels: [ChannelStructure]
    /// Every pair of channels, in channel order.
    public var overlap: [ChannelOverlap]
    /// Per firm (node number of the cluster's graph), over ``degreeTypes``.
    public var participation: [ChannelParticipation]
    /// The layers of ``participation``'s degrees: the channels, or `all` alone when the edge
    /// list has no tie types (every firm's degree, participation null).
    public var degreeTypes: [String]
    /// Per firm, when the node table has an `external_ties` column; else `nil`.
    public var cognitiveRoles: [CognitiveRole?]?
    /// The diffusion experiments on the channels (cut and alone), when they were run; else `nil`.
    public var experiments: ChannelExperiments?

    /// Measures the channels of `source`, whose graph is `cluster`. Channel graphs are built
    /// one at a time (``ClusterSource/keeping(types:)``) and dropped once measured.
    /// - Parameters:
    ///   - source: the rows of the cluster.
    ///   - cluster: the graph built from `source` (``ClusterSource/graph()``).
    ///   - top: how many focal firms to list per channel.
    ///   - ranker: the focal-firm ranking, applied to each channel's graph alone.
    ///   - clusterRanking: `ranker`'s ranking of `cluster`, when the caller has it already.
    /// - Throws: what the ranking throws (``IGraphError``, ``MetricsError``).
    /// - Complexity: one ranking per channel and one of the cluster (unless given), plus
    ///   O(C (n + m log m)) for C channels.
    ///
    /// With a ``ResultCache`` bound and a ``FocalRanker``, the analysis of equal rows
    /// (compared by a digest of their content) with the same `top` and ranking options is
    /// computed once: a report's `spillover channels` commands take the analysis's. The
    /// channels' own measures and rankings are then not stored (about 260 MB a channel at
    /// 10^6 firms): nothing asks for them again.
    public static func measure(
        source: ClusterSource, cluster: ClusterGraph, top: Int, ranker: any FirmRanker, clusterRanking: [Int]? = nil
    ) throws -> ChannelAnalysis {
        guard let cache = ResultCache.current, let focal = ranker as? FocalRanker else {
            return try measureNow(source: source, cluster: cluster, top: top, ranker: ranker, clusterRanking: clusterRanking)
        }
        let key = MeasureKey(source: SourceKey(source), top: top, criteria: focal.criteria, method: focal.method, metrics: focal.metricsForRanking)
        return try cache.value(for: key) { _ in
            try measureNow(source: source, cluster: cluster, top: top, ranker: ranker, clusterRanking: clusterRanking)
        }
    }

    private struct MeasureKey: Equatable, Sendable {
        let source: SourceKey
        let top: Int
        let criteria: [FocalCriterion]
        let method: FocalMethod
        let metrics: MetricsOptions
    }

    /// ``measure(source:cluster:top:ranker:clusterRanking:)`` without its own cache entry.
    /// The channel layers are ranked with no cache bound; the cluster's own ranking uses it.
    private static func measureNow(
        source: ClusterSource, cluster: ClusterGraph, top: Int, ranker: any FirmRanker, clusterRanking: [Int]?
    ) throws -> ChannelAnalysis {
        func focal(_ g: ClusterGraph, ranked: [Int]? = nil) throws -> [String] {
            guard g.edgeCount > 0, top > 0 else { return [] }
            let order = try ranked ?? ranker.rankedFirms(in: g)
            return order.filter { g.degree(of: $0) > 0 }.prefix(top).map { g.ids[$0] }
        }
        var rows: [ChannelStructure] = [], layers: [ChannelLayer] = []
        for type in source.channels {
            let g = source.keeping(types: [type]).graph()
            let named = try ResultCache.$current.withValue(nil) { try focal(g) }
            rows.append(ChannelStructure(type: type, graph: g, focal: named))
            layers.append(ChannelLayer(type: type, graph: g, in: cluster))
        }
        rows.append(ChannelStructure(type: "all", graph: cluster, focal: try focal(cluster, ranked: clusterRanking)))
        var overlap: [ChannelOverlap] = []
        for i in layers.indices {
            for j in layers.indices where j > i { overlap.append(ChannelOverlap(layers[i], layers[j])) }
        }
        let degreeLayers = layers.isEmpty ? [ChannelLayer(type: "all", graph: cluster, in: cluster)] : layers
        return ChannelAnalysis(
            channelTypes: layers.map(\.type), channels: rows, overlap: overlap,
            participation: ChannelParticipation.of(degreeLayers, firmCount: cluster.nodeCount), degreeTypes: degreeLayers.map(\.type),
            cognitiveRoles: CognitiveRole.classify(cluster), experiments: nil)
    }
}
