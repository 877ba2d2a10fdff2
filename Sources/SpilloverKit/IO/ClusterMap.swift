/// The cluster map: a picture of a cluster of any size with one circle per group of firms.
///
/// Each group is one node, its area proportional to its number of firms and its fill the
/// mean of the colour key over its firms (the firms with a value: for arrival steps, the
/// firms that knowledge reaches); for a categorical key, the category most of its firms
/// have. A line joins two groups with a width linear in the number of ties between them.
/// The focal firms (``DOTOptions/highlighted``) are drawn on their own, labelled, each tied
/// to its group's node. Only the largest groups are drawn one by one; the rest are merged
/// into one "other groups" node, so that the map reads at any size.
///
/// - Complexity: O(n + m) for n firms and m ties, plus sorting the groups.
struct ClusterMap {
    /// The map as a graph: the group nodes first (largest first, "other groups" last), then
    /// the focal firms.
    let graph: ClusterGraph
    /// The options that draw ``graph`` (sizes, colours, labels, tooltips, legend notes).
    let options: DOTOptions

    /// The name of the ties that join a focal firm to its group.
    static let membershipTie = "focal firm – its group"

    /// - Parameters:
    ///   - cluster: the cluster.
    ///   - groups: each firm's group (`""` for none; such firms form a group of their own).
    ///   - options: the options of the full picture; the map takes its colour key, focal
    ///     firms, title and layout.
    ///   - maxGroups: how many group nodes to draw at most (at least 2).
    init(cluster: ClusterGraph, groups: NodeCategories, options full: DOTOptions, maxGroups: Int) {
        let n = cluster.nodeCount
        let names = groups.values.map { $0.isEmpty ? "no \(groups.name)" : $0 }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        let order = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
        let kept = order.count <= max(maxGroups, 2) ? order : Array(order.prefix(max(maxGroups, 2) - 1))
        let merged = order.count - kept.count
        var index: [String: Int] = [:]
        for (k, name) in kept.enumerated() { index[name] = k }
        let groupCount = kept.count + (merged > 0 ? 1 : 0)
        let groupOf = names.map { index[$0] ?? kept.count }
        let focal = full.highlighted.sorted()
        let nodeCount = groupCount + focal.count

        // Ties inside each group and between each pair of groups.
        var inside = [Int](repeating: 0, count: groupCount)
        var between: [Int: Int] = [:]
        let edges = cluster.edges
        for e in 0..<edges.count {
            let a = groupOf[Int(edges.tails[e])], b = groupOf[Int(edges.heads[e])]
            if a == b { inside[a] += 1 } else { between[min(a, b) * groupCount + max(a, b), default: 0] += 1 }
        }
        var pairs = between.map { (tail: $0.key / groupCount, head: $0.key % groupCount, ties: $0.value) }
        let thinnest = Double(pairs.map(\.ties).min() ?? 1)
        pairs += focal.enumerated().map { (tail: groupOf[$0.element], head: groupCount + $0.offset, ties: 0) }
        pairs.sort { ($0.tail, $0.head) < ($1.tail, $1.head) }
        let mapEdges = EdgeList(
            tails: pairs.map { Int32($0.tail) }, heads: pairs.map { Int32($0.head) },
            weights: pairs.map { $0.ties == 0 ? thinnest : Double($0.ties) }, types: pairs.map { $0.ties == 0 ? 1 : 0 })

        // Firms per group, and the colour key per group.
        var firms = [Int](repeating: 0, count: groupCount)
        for g in groupOf { firms[g] += 1 }
        var o = DOTOptions()
        o.title = full.title
        o.layout = full.layout
        o.showsLegend = full.showsLegend
        o.labels = .label
        o.weightName = "ties between groups"
        o.highlightCaption = full.highlightCaption
        o.highlighted = Set(groupCount..<nodeCount)
        o.size = NodeValues(name: "firms", values: firms.map(Double.init) + focal.map { _ in 1 })
        var colourLine: [String] = []
        switch full.color {
        case .values(let key)?:
            var sum = [Double](repeating: 0, count: groupCount), valued = [Int](repeating: 0, count: groupCount)
            for v in 0..<n where key.values[v].isFinite {
                sum[groupOf[v]] += key.values[v]
                valued[groupOf[v]] += 1
            }
            let means = (0..<groupCount).map { valued[$0] > 0 ? sum[$0] / Double(valued[$0]) : .nan }
            o.color = .values(NodeValues(name: "\(key.name) (group mean)", values: means + focal.map { key.values[$0] }))
            colourLine = (0..<groupCount).map { "\(key.name), mean over \(valued[$0]) firms: \(DOTText.significant(means[$0]))" }
        case .categories(let key)?:
            var tally = [[String: Int]](repeating: [:], count: groupCount)
            for v in 0..<n where !key.values[v].isEmpty { tally[groupOf[v]][key.values[v], default: 0] += 1 }
            let modes = tally.map { t in t.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "" }
            o.color = .categories(NodeCategories(name: "\(key.name) (most firms)", values: modes + focal.map { key.values[$0] }))
            colourLine = modes.map { $0.isEmpty ? "" : "\(key.name) of most firms: \($0)" }
        case nil:
            break
        }

        let otherName = "\(merged) other \(groups.name)s"
        let groupNames = kept + (merged > 0 ? [otherName] : [])
        let labels = (0..<groupCount).map { "\(groupNames[$0]) (\(firms[$0]))" } + focal.map { cluster.label(of: $0) }
        let writer = DOTWriter(options: full)
        o.tooltips =
            (0..<groupCount).map { g in
                ([g < kept.count ? "\(groups.name) \(groupNames[g])" : otherName, "\(firms[g]) firms, \(inside[g]) ties inside"]
                    + (colourLine.isEmpty || colourLine[g].isEmpty ? [] : [colourLine[g]])).joined(separator: "\n")
            } + focal.map { writer.tooltip($0, graph: cluster) }

        let drawnGroups = merged > 0 ? "the \(kept.count) largest of \(order.count), the other \(merged) merged into one" : "all \(order.count)"
        o.notes = [
            "Cluster map: one circle per \(groups.name) (\(drawnGroups)), area by its firms",
            focal.isEmpty
                ? "\(n) firms, none drawn one by one"
                : "\(focal.count) focal firm\(focal.count == 1 ? "" : "s") drawn one by one beside \(focal.count == 1 ? "its" : "their") \(groups.name); \(n - focal.count) firms left out",
        ]
        options = o
        graph = ClusterGraph(
            ids: (0..<groupCount).map { "group \($0)" } + focal.map { cluster.ids[$0] },
            attributes: NodeAttributes(
                columnNames: ["label"], columns: [labels], hasNodeTable: true,
                absorptiveCapacity: [Double](repeating: 1, count: nodeCount)),
            isDirected: false, isWeighted: true, edges: mapEdges, tieTypes: ["", Self.membershipTie], buildReport: BuildReport())
    }
}
