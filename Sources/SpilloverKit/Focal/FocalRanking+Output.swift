extension FocalRanking {
    /// The ranking as a table: `rank, id, label, group, score, role, reason`, one
    /// `<criterion>_pct` per criterion, and with stability `top_k_share, median_rank`.
    ///
    /// - Parameter top: keep the first `top` rows (all when `nil`).
    package func table(top: Int? = nil) -> DataTable {
        var columns = ["rank", "id", "label", "group", "score", "role", "reason"]
        columns += criteria.map { "\($0.name)_pct" }
        if stabilityTopK != nil { columns += ["top_k_share", "median_rank"] }
        let shown = top.map { Array(rows.prefix($0)) } ?? rows
        func cells(_ row: Row) -> [Cell] {
            var cells: [Cell] = [
                .integer(row.rank), .text(row.id), .text(row.label), .text(row.group), .number(row.score),
                .text(row.role.rawValue), .text(row.reason),
            ]
            cells += row.percentiles.map { .number($0) }
            if stabilityTopK != nil {
                cells.append(row.topKShare.map { .number($0) } ?? .missing)
                cells.append(row.medianRank.map { .number($0) } ?? .missing)
            }
            return cells
        }
        // Blocks of rows on the worker pool: each row writes its reason sentence (about 10 µs).
        let block = 4096
        let blocks = WorkerPool.mapToEnd((shown.count + block - 1) / block) { b in
            shown[(b * block)..<Swift.min(shown.count, (b + 1) * block)].map(cells)
        }
        return DataTable(columns: columns, rows: Array(blocks.joined()))
    }

    /// `{"method": …, "criteria": {name: weight}, "ranking": [row, …]}` (plus `"top_k"`
    /// with stability).
    package func json(top: Int? = nil) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("method", .string(method.rawValue)),
            ("criteria", .object(criteria.map { ($0.name, .number($0.weight)) })),
        ]
        if let k = stabilityTopK { fields.append(("top_k", .integer(k))) }
        fields.append(("ranking", table(top: top).jsonRows()))
        return .object(fields)
    }
}
