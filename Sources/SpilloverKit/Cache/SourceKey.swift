/// The rows of a cluster (``ClusterSource``) as a ``ResultCache`` key: equal when the two
/// have the same rows (firms, ends, weights, tie types, in order), node table, direction and
/// merge rule. The file names are left out, as in ``ClusterKey``: they only name things in
/// messages.
///
/// Results made from the rows rather than from the graph — channel layers, cuts,
/// knockouts — need this key: two edge lists can build the same graph and not the same
/// channels (a pair tied once in each of two channels, or once with the summed weight).
/// The graph built from the rows (``ClusterSource/graph()``) is a function of them, so the
/// key stands for it too. A ``ContentDigest``, made in O(n + m) on each use (a report's
/// channels command at 10^6 firms makes two and takes under a second in all): a
/// ``ClusterSource`` can be changed inside the library, so it keeps no memo.
struct SourceKey: Hashable, Sendable {
    let digest: ContentDigest
    let rowCount: Int
    let firmCount: Int

    init(_ source: ClusterSource) {
        let rows = source.edges
        digest = ContentDigest { h in
            h.combine(source.directed)
            h.combine(source.merge)
            h.combine(rows.hasWeights)
            h.combine(rows.ids)
            h.combine(rows.tails)
            h.combine(rows.heads)
            h.combine(rows.weights)
            h.combine(rows.types)
            h.combine(rows.tieTypes)
            h.combine(source.nodes != nil)
            if let nodes = source.nodes {
                h.combine(nodes.ids)
                h.combine(nodes.columnNames)
                h.combine(nodes.columns)
                h.combine(nodes.absorptiveCapacity)
            }
        }
        rowCount = rows.tails.count
        firmCount = rows.ids.count
    }
}
