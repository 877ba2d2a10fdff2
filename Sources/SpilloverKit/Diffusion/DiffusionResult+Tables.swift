/// A diffusion result as tables, shared by `spillover diffuse`, `analyze` and the report.
extension DiffusionResult {
    /// Firms by reach probability descending, then id.
    public func firmOrder(in graph: ClusterGraph) -> [Int] {
        (0..<graph.nodeCount).sorted {
            let a = reachProbability[$0], b = reachProbability[$1]
            return a != b ? a > b : graph.ids[$0] < graph.ids[$1]
        }
    }

    /// `estimate, mean, ci95_low, ci95_high`: firms and share reached (and capable, for the
    /// knowledge model).
    package func summaryTable() -> DataTable {
        let n = Double(firmCount)
        var rows: [[Cell]] = [
            [.text("firms reached"), .number(spread.mean), .number(spread.ci95.lower), .number(spread.ci95.upper)],
            [.text("share reached"), .number(spread.share), .number(spread.ci95.lower / n), .number(spread.ci95.upper / n)],
        ]
        if let c = capability {
            rows.append([.text("firms capable"), .number(c.mean), .number(c.ci95.lower), .number(c.ci95.upper)])
            rows.append([.text("share capable"), .number(c.share), .number(c.ci95.lower / n), .number(c.ci95.upper / n)])
        }
        return DataTable(columns: ["estimate", "mean", "ci95_low", "ci95_high"], rows: rows)
    }

    /// `step, mean, p05, p95`: firms reached by each step.
    package func curveTable() -> DataTable {
        DataTable(
            columns: ["step", "mean", "p05", "p95"],
            rows: curve.map {
                [.integer($0.step), .number($0.mean), .number($0.p05), .number($0.p95)]
            })
    }

    /// `id, label, reach_probability, mean_arrival_step` (and `capability_probability`), by
    /// reach; `label` only when the node table has that column.
    package func firmsTable(in graph: ClusterGraph) -> DataTable {
        let labels = graph.attributes.labels.map { _ in graph.displayLabels }
        var columns = ["id"] + (labels == nil ? [] : ["label"]) + ["reach_probability", "mean_arrival_step"]
        if capabilityProbability != nil { columns.append("capability_probability") }
        return DataTable(
            columns: columns,
            rows: firmOrder(in: graph).map { v in
                var row: [Cell] = [.text(graph.ids[v])] + (labels.map { [.text($0[v])] } ?? [])
                row += [.number(reachProbability[v]), .number(meanArrivalStep[v])]
                if let c = capabilityProbability { row.append(.number(c[v])) }
                return row
            })
    }
}
