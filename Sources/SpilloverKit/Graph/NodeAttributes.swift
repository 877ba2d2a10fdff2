/// Per-firm attributes: the columns of the node table, aligned with the graph's node numbers.
///
/// Every column of the node table except `id` is kept as text, in table order. Firms that
/// appear in the edge list but not in the node table get empty strings. Two columns have a
/// meaning of their own: `label` (a display name; the id when empty) and
/// `absorptive_capacity` (a number in [0, 1], parsed and checked at load; 1 when missing).
public struct NodeAttributes: Sendable {
    /// Column names in table order (without `id`), as written in the header.
    public let columnNames: [String]
    /// Column values, `columns[c][v]` for column `c` and node `v`; `""` when missing.
    public let columns: [[String]]
    /// Whether a node table was given.
    public let hasNodeTable: Bool
    /// Absorptive capacity A_v in [0, 1] per node; 1 where the table gives none.
    public let absorptiveCapacity: [Double]

    /// Attributes for `count` nodes with no node table.
    public static func empty(count: Int) -> NodeAttributes {
        NodeAttributes(
            columnNames: [], columns: [], hasNodeTable: false,
            absorptiveCapacity: [Double](repeating: 1, count: count))
    }

    /// Attributes from their columns, aligned with node numbers; nothing is checked, so every
    /// column and `absorptiveCapacity` must have one entry per node.
    public init(columnNames: [String], columns: [[String]], hasNodeTable: Bool, absorptiveCapacity: [Double]) {
        self.columnNames = columnNames
        self.columns = columns
        self.hasNodeTable = hasNodeTable
        self.absorptiveCapacity = absorptiveCapacity
    }

    /// The values of the column named `name` (case-insensitive), or `nil` when absent.
    public func column(named name: String) -> [String]? {
        let key = name.lowercased()
        guard let c = columnNames.firstIndex(where: { $0.lowercased() == key }) else { return nil }
        return columns[c]
    }

    /// The `label` column, or `nil` when the table has none.
    public var labels: [String]? { column(named: "label") }

    /// The `group` column, or `nil` when the table has none.
    public var groups: [String]? { column(named: "group") }
}

extension ClusterGraph {
    /// The display label of node `v`: its `label` attribute, or its id when that is empty.
    public func label(of v: Int) -> String {
        if let labels = attributes.labels, !labels[v].isEmpty { return labels[v] }
        return ids[v]
    }

    /// ``label(of:)`` of every node, with the `label` column looked up once (not per node).
    public var displayLabels: [String] {
        guard let labels = attributes.labels else { return ids }
        return zip(labels, ids).map { $0.isEmpty ? $1 : $0 }
    }
}
