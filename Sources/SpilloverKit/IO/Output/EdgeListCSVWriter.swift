/// Writes a cluster as spillover's own CSV: the edge list (`source,target,weight[,type]`)
/// and the node table (`id` and every column), RFC 4180 quoted.
public enum EdgeListCSVWriter {
    /// The edge list of `export` as CSV: `source,target,weight`, and `type` when any tie has one.
    public static func edges(_ export: GraphExport) -> String {
        let graph = export.graph
        let typed = export.hasTieTypes
        var table = DataTable(columns: ["source", "target", "weight"] + (typed ? ["type"] : []))
        let edges = export.ties
        table.rows.reserveCapacity(edges.count)
        for e in 0..<edges.count {
            var row: [Cell] = [.text(graph.ids[Int(edges.tails[e])]), .text(graph.ids[Int(edges.heads[e])]), .number(edges.weights[e])]
            if typed { row.append(.text(export.tieType(e))) }
            table.rows.append(row)
        }
        return table.csv()
    }

    /// The node table, or `nil` when there is no column to write.
    public static func nodes(_ export: GraphExport) -> String? {
        guard !export.columns.isEmpty else { return nil }
        var table = DataTable(columns: ["id"] + export.columns.map(\.name))
        let values = export.columns.map(\.values)  // made once: a numeric column makes its text when asked
        for v in 0..<export.graph.nodeCount {
            table.rows.append([.text(export.graph.ids[v])] + values.map { .text($0[v]) })
        }
        return table.csv()
    }
}
