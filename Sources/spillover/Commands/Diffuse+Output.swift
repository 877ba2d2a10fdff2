import SpilloverKit

/// What `spillover diffuse` writes, in every format.
struct DiffuseReport {
    var graph: ClusterGraph
    var seeds: [Int]
    var result: DiffusionResult
    var knockouts: [(firm: Int, result: DiffusionResult)]
    var modelJSON: JSONValue
    var seed: UInt64
    /// With --cut-channels: the spread with each channel removed.
    var cuts: [ChannelExperiments.Variant] = []

    /// Firms by reach probability descending, then id.
    var firmOrder: [Int] { result.firmOrder(in: graph) }

    static func estimate(_ e: SpreadEstimate) -> JSONValue {
        .object([("mean", .finite(e.mean)), ("share", .finite(e.share)), ("ci95", .array([.finite(e.ci95.lower), .finite(e.ci95.upper)]))])
    }

    /// The documented JSON shape: model, runs, seed, seeds, spread, curve, firms; then
    /// capability (knowledge model) and knockout (with --knockout).
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("model", modelJSON),
            ("runs", .integer(result.runs)),
            ("seed", seedJSON),
            ("seeds", .array(seeds.map { .string(graph.ids[$0]) })),
            ("spread", Self.estimate(result.spread)),
            (
                "curve",
                .array(
                    result.curve.map {
                        .object([("step", .integer($0.step)), ("mean", .finite($0.mean)), ("p05", .finite($0.p05)), ("p95", .finite($0.p95))])
                    })
            ),
            (
                "firms",
                .array(
                    firmOrder.map { v in
                        var f: [(String, JSONValue)] = [("id", .string(graph.ids[v]))]
                        if graph.attributes.labels != nil { f.append(("label", .string(graph.label(of: v)))) }
                        f += [
                            ("reach_probability", .finite(result.reachProbability[v])),
                            ("mean_arrival_step", .finite(result.meanArrivalStep[v])),
                        ]
                        if let c = result.capabilityProbability { f.append(("capability_probability", .finite(c[v]))) }
                        return .object(f)
                    })
            ),
        ]
        if let c = result.capability { fields.append(("capability", Self.estimate(c))) }
        if !knockouts.isEmpty {
            fields.append(
                (
                    "knockout",
                    .array(
                        knockouts.map { k in
                            .object([
                                ("id", .string(graph.ids[k.firm])),
                                ("spread", Self.estimate(k.result.spread)),
                                ("drop", .finite(result.spread.mean - k.result.spread.mean)),
                            ])
                        })
                ))
        }
        if !cuts.isEmpty { fields.append(("cut_channels", .array(cuts.map(ChannelAnalysis.cutJSON)))) }
        return .object(fields)
    }

    /// The seed as a JSON integer (it fits when below 2^63; larger seeds are written as text).
    var seedJSON: JSONValue { seed <= UInt64(Int.max) ? .integer(Int(seed)) : .string(String(seed)) }

    var summaryTable: DataTable { result.summaryTable() }
    var curveTable: DataTable { result.curveTable() }
    var firmsTable: DataTable { result.firmsTable(in: graph) }

    var knockoutTable: DataTable {
        DataTable(
            columns: ["id", "spread", "ci95_low", "ci95_high", "drop"],
            rows: knockouts.map { k in
                [
                    .text(graph.ids[k.firm]), .number(k.result.spread.mean), .number(k.result.spread.ci95.lower),
                    .number(k.result.spread.ci95.upper), .number(result.spread.mean - k.result.spread.mean),
                ]
            })
    }
}

extension Diffuse {
    func modelJSON(_ k: KnowledgeParameters) -> JSONValue { modelOptions.json(k, steps: steps) }

    func render(_ report: DiffuseReport) throws -> String {
        if output.format == .json { return report.json.serialized() }
        let chosen = chosenSection
        func one(_ s: Section) -> DataTable {
            switch s {
            case .summary: report.summaryTable
            case .curve: report.curveTable
            case .knockout: report.knockoutTable
            case .channels: ChannelAnalysis.cutTable(report.cuts)
            case .firms, .all:
                top.map { DataTable(columns: report.firmsTable.columns, rows: Array(report.firmsTable.rows.prefix($0))) } ?? report.firmsTable
            }
        }
        if chosen != .all { return try output.render(one(chosen)) }
        var parts: [(String, Section)] = [("Spread", .summary), ("Curve (firms reached by step)", .curve), ("Firms", .firms)]
        if !report.knockouts.isEmpty { parts.append(("Knockout (spread without the firm)", .knockout)) }
        if !report.cuts.isEmpty { parts.append(("Channel cuts (spread without the channel; lost = base − cut, paired 95% CI)", .channels)) }
        let runs = model == .level ? "deterministic, \(steps ?? ModelOptions.defaultLevelSteps) steps" : "\(report.result.runs) runs, seed \(report.seed)"
        let header = "model \(model.rawValue); \(runs); seeds \(report.seeds.map { report.graph.ids[$0] }.joined(separator: ", "))"
        var text = output.format == .markdown ? "_\(header)_\n" : header + "\n"
        for (title, s) in parts {
            text += output.format == .markdown ? "\n### \(title)\n\n" : "\n\(title)\n"
            text += try output.render(one(s))
        }
        return text
    }
}
