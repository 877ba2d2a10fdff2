extension MetricsTable {
    /// The table for writing: `id`, `label`, `group`, then the computed measures, one row per
    /// firm. Rows follow node order, or `sortBy` descending (ties and NaN by id, NaN last).
    package func dataTable(sortBy: Measure? = nil) -> DataTable {
        var order = Array(ids.indices)
        if let sortBy, let key = self[sortBy] {
            order.sort { a, b in
                let x = key[a], y = key[b]
                if x.isNaN != y.isNaN { return y.isNaN }
                if !x.isNaN && x != y { return x > y }
                return ids[a] < ids[b]
            }
        }
        let rows: [[Cell]] = order.map { v in
            [.text(ids[v]), .text(labels[v]), .text(groups[v])]
                + columns.map { column in
                    let x = column.values[v]
                    if x.isNaN { return .missing }
                    return column.isInteger ? .integer(Int(x)) : .number(x)
                }
        }
        return DataTable(columns: ["id", "label", "group"] + columns.map(\.name), rows: rows)
    }

    /// The dyadic constraint rows (`source`, `target`, `local_constraint`), or `nil` when
    /// they were not computed.
    package func dyadTable() -> DataTable? {
        dyads.map { list in
            DataTable(
                columns: ["source", "target", "local_constraint"],
                rows: list.map {
                    [.text(ids[$0.source]), .text(ids[$0.target]), .number($0.localConstraint)]
                })
        }
    }

    /// The `graph` object of the JSON output:
    /// `{"nodes", "edges", "directed", "weighted", "groups": {"source", "count"}}`, with
    /// `"sampling": {"betweenness": {...}, "closeness": {...}}` (``PathSampling/json``) when
    /// path-based measures were sampled. Groups that no measure needed are
    /// `{"source": null, "count": 0}`.
    package func graphJSON(_ graph: ClusterGraph) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("nodes", .integer(graph.nodeCount)),
            ("edges", .integer(graph.edgeCount)),
            ("directed", .bool(graph.isDirected)),
            ("weighted", .bool(graph.isWeighted)),
            (
                "groups",
                .object([
                    ("source", groupSource.map { .string($0.rawValue) } ?? .null),
                    ("count", .integer(groupSource == nil ? 0 : groupCount)),
                ])
            ),
        ]
        if !sampling.isEmpty {
            fields.append(("sampling", .object(sampling.map { ($0.measures.contains(.harmonic) || $0.measures.contains(.closeness) ? "closeness" : "betweenness", $0.json) })))
        }
        return .object(fields)
    }
}
