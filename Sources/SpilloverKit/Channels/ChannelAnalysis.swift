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
    /// Per firm (node number of the cluster's graph).
    public var participation: [ChannelParticipation]
    /// Per firm, when the node table has an `external_ties` column; else `nil`.
    public var cognitiveRoles: [CognitiveRole?]?
    public var experiments: ChannelExperiments?

    /// Measures the channels of `source`, whose graph is `cluster`.
    /// - Parameters:
    ///   - top: how many focal firms to list per channel.
    ///   - ranker: the focal-firm ranking, applied to each channel's graph alone.
    /// - Throws: what the ranking throws (``IGraphError``, ``MetricsError``).
    public static func measure(
        source: ClusterSource, cluster: ClusterGraph, top: Int, ranker: any FirmRanker
    ) throws -> ChannelAnalysis {
        let layers = ChannelLayer.layers(of: source, cluster: cluster)
        func focal(_ g: ClusterGraph) throws -> [String] {
            guard g.edgeCount > 0, top > 0 else { return [] }
            let active = (0..<g.nodeCount).filter { g.outAdjacency.degree($0) + g.inAdjacency.degree($0) > 0 }
            let isActive = Set(active)
            return try ranker.rankedFirms(in: g).filter(isActive.contains).prefix(top).map { g.ids[$0] }
        }
        var rows = try layers.map { ChannelStructure(type: $0.type, graph: $0.graph, focal: try focal($0.graph)) }
        rows.append(ChannelStructure(type: "all", graph: cluster, focal: try focal(cluster)))
        var overlap: [ChannelOverlap] = []
        for i in layers.indices {
            for j in layers.indices where j > i { overlap.append(ChannelOverlap(layers[i], layers[j])) }
        }
        return ChannelAnalysis(
            channelTypes: layers.map(\.type), channels: rows, overlap: overlap,
            participation: ChannelParticipation.of(layers, firmCount: cluster.nodeCount),
            cognitiveRoles: CognitiveRole.classify(cluster), experiments: nil)
    }
}
