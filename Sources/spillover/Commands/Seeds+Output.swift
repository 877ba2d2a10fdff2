import SpilloverKit

/// What `spillover seeds` writes, in every format.
struct SeedsReport {
    struct Entry {
        var method: String
        var seeds: [Int]
        /// Per seed, the engine's marginal gain (empty in comparisons).
        var gains: [Double]
        var spread: SpreadEstimate
        var seconds: Double
    }

    var graph: ClusterGraph
    var k: Int
    var entries: [Entry]
    var header: String

    static func spreadJSON(_ e: SpreadEstimate) -> JSONValue {
        .object([("mean", .finite(e.mean)), ("ci95", .array([.finite(e.ci95.lower), .finite(e.ci95.upper)]))])
    }

    /// One method: `{"method", "k", "seeds": [{"id", "marginal_gain"}], "spread": {"mean", "ci95"}}`;
    /// otherwise a table of the seeds with their gains and the cumulative spread.
    func single(_ output: OutputOptions) throws -> String {
        let e = entries[0]
        if output.format == .json {
            return JSONValue.object([
                ("method", .string(e.method)),
                ("k", .integer(k)),
                (
                    "seeds",
                    .array(
                        zip(e.seeds, e.gains).map { v, g in
                            .object([("id", .string(graph.ids[v])), ("marginal_gain", .finite(g))])
                        })
                ),
                ("spread", Self.spreadJSON(e.spread)),
            ]).serialized()
        }
        var cumulative = 0.0
        let rows: [[Cell]] = zip(e.seeds, e.gains).enumerated().map { i, pair in
            cumulative += pair.1
            let label: [Cell] = graph.attributes.labels == nil ? [] : [.text(graph.label(of: pair.0))]
            return [.integer(i + 1), .text(graph.ids[pair.0])] + label + [.number(pair.1), .number(cumulative)]
        }
        let columns = ["rank", "id"] + (graph.attributes.labels == nil ? [] : ["label"]) + ["marginal_gain", "spread"]
        let table = try output.render(DataTable(columns: columns, rows: rows))
        guard output.format != .csv else { return table }
        let line =
            "method \(e.method); \(header); expected spread \(formatSignificant(e.spread.mean, digits: 6)) "
            + "(95% CI \(formatSignificant(e.spread.ci95.lower, digits: 6))–\(formatSignificant(e.spread.ci95.upper, digits: 6)))"
        return (output.format == .markdown ? "_\(line)_\n\n" : line + "\n\n") + table
    }

    /// `--method all`: `{"comparison": [{"method", "seeds": [ids], "spread": {"mean", "ci95"}, "seconds"}]}`;
    /// otherwise one row per method.
    func comparison(_ output: OutputOptions) throws -> String {
        if output.format == .json {
            return JSONValue.object([
                (
                    "comparison",
                    .array(
                        entries.map { e in
                            .object([
                                ("method", .string(e.method)),
                                ("seeds", .array(e.seeds.map { .string(graph.ids[$0]) })),
                                ("spread", Self.spreadJSON(e.spread)),
                                ("seconds", .finite(e.seconds)),
                            ])
                        })
                )
            ]).serialized()
        }
        let rows: [[Cell]] = entries.map { e in
            [
                .text(e.method), .text(e.seeds.map { graph.ids[$0] }.joined(separator: " ")),
                .number(e.spread.mean), .number(e.spread.ci95.lower), .number(e.spread.ci95.upper), .number(e.seconds),
            ]
        }
        let table = try output.render(DataTable(columns: ["method", "seeds", "spread", "ci95_low", "ci95_high", "seconds"], rows: rows))
        guard output.format != .csv else { return table }
        return (output.format == .markdown ? "_\(header)_\n\n" : header + "\n\n") + table
    }
}
