/// A picture of a cluster that says something at any size: every firm (``DOTWriter``), the
/// cluster map (one circle per group) or the focal neighbourhood (the focal firms and their
/// partners), chosen by ``kind``.
///
/// The options are those of the full picture; the map and the neighbourhood take from them
/// what they can show (the colour key, the focal firms, the title, the tooltips) and add
/// legend notes that say which picture it is and how many firms it leaves out.
public struct ClusterPicture: Sendable {
    /// Which picture: every firm, the cluster map or the focal neighbourhood.
    public var kind: PictureKind
    /// The options of the full picture.
    public var options: DOTOptions
    /// Each firm's group, for the cluster map (a node table's group column, or communities).
    public var groups: NodeCategories?
    /// The map draws at most this many group nodes: the largest groups, the rest merged into
    /// one.
    public var maxGroups = 50
    /// The neighbourhood draws at most this many partners of each focal firm.
    public var partnersPerFocalFirm = 20

    /// A picture of kind `kind` drawn with `options`; `groups` is needed by the cluster map.
    public init(kind: PictureKind, options: DOTOptions, groups: NodeCategories? = nil) {
        self.kind = kind
        self.options = options
        self.groups = groups
    }

    /// The DOT text of the picture and the layout program that draws it.
    ///
    /// - Throws: ``DOTError`` when a per-node array does not have one entry per firm, the map
    ///   has no groups, or the neighbourhood no focal firms.
    public func draw(_ graph: ClusterGraph) throws(DOTError) -> (dot: String, layout: DOTOptions.Layout) {
        try DOTWriter(options: options).validate(graph)
        let (drawn, drawing): (ClusterGraph, DOTOptions)
        switch kind {
        case .full:
            (drawn, drawing) = (graph, options)
        case .map:
            guard let groups else { throw .mapNeedsGroups }
            guard groups.values.count == graph.nodeCount else {
                throw .valueCount(input: .groups(name: groups.name), count: groups.values.count, firmCount: graph.nodeCount)
            }
            let map = ClusterMap(cluster: graph, groups: groups, options: options, maxGroups: maxGroups)
            (drawn, drawing) = (map.graph, map.options)
        case .focal:
            guard !options.highlighted.isEmpty else { throw .neighbourhoodNeedsFocalFirms }
            let neighbourhood = FocalNeighbourhood(cluster: graph, options: options, partnersPerFocalFirm: max(partnersPerFocalFirm, 1))
            (drawn, drawing) = (neighbourhood.graph, neighbourhood.options)
        }
        let writer = DOTWriter(options: drawing)
        return (try writer.dot(for: drawn), writer.layout(for: drawn))
    }
}
