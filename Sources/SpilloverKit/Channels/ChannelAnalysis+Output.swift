/// The tables and the JSON document of `spillover channels` (and the cut section of
/// `spillover diffuse --cut-channels`). Missing values (NaN) are empty in CSV, `null` in JSON.
extension ChannelAnalysis {
    /// One row per channel, then `all`.
    package var channelsTable: DataTable {
        DataTable(
            columns: [
                "type", "firms", "ties", "density", "components", "largest_component_share", "mean_degree",
                "transitivity", "degree_centralization", "focal",
            ],
            rows: channels.map { c in
                [
                    .text(c.type), .integer(c.firms), .integer(c.ties), .number(c.density), .integer(c.components),
                    .number(c.largestComponentShare), .number(c.meanDegree), .number(c.transitivity),
                    .number(c.degreeCentralization), .text(c.focal.joined(separator: " ")),
                ]
            })
    }

    /// One row per pair of channels (``overlap``): the two channel types, the Jaccard overlap of
    /// their tied pairs and the Spearman correlation of their firms' degrees (NaN as a missing value).
    package var overlapTable: DataTable {
        DataTable(
            columns: ["a", "b", "jaccard", "degree_spearman"],
            rows: overlap.map { o in
                [.text(o.a), .text(o.b), .number(o.jaccard), .number(o.degreeSpearman)]
            })
    }

    /// Firms by participation (highest first, firms without ties last), then overlapping
    /// degree (highest first), then id.
    public func firmOrder(in graph: ClusterGraph) -> [Int] {
        (0..<graph.nodeCount).sorted { a, b in
            let pa = participation[a].participation, pb = participation[b].participation
            if pa.isNaN != pb.isNaN { return pb.isNaN }
            if !pa.isNaN, pa != pb { return pa > pb }
            let oa = participation[a].overlappingDegree, ob = participation[b].overlappingDegree
            return oa != ob ? oa > ob : graph.ids[a] < graph.ids[b]
        }
    }

    /// id, degree_<type> per channel, overlapping_degree, participation, cognitive_role;
    /// the first `limit` firms of ``firmOrder(in:)`` (all when `nil`).
    package func firmsTable(in graph: ClusterGraph, limit: Int? = nil) -> DataTable {
        let order = firmOrder(in: graph).prefix(limit ?? graph.nodeCount)
        return DataTable(
            columns: ["id"] + degreeTypes.map { "degree_\($0)" } + ["overlapping_degree", "participation", "cognitive_role"],
            rows: order.map { v in
                let p = participation[v]
                return [.text(graph.ids[v])] + p.degreeByChannel.map { .integer($0) }
                    + [.integer(p.overlappingDegree), .number(p.participation), role(v).map { .text($0.rawValue) } ?? .missing]
            })
    }

    /// The cognitive role of firm `v`, if known.
    public func role(_ v: Int) -> CognitiveRole? { cognitiveRoles.flatMap { $0[v] } }

    /// variant (base, cut, alone), type, mean, its 95% interval, and for cuts the spread lost
    /// with its paired 95% interval.
    package var experimentsTable: DataTable? {
        guard let e = experiments else { return nil }
        var rows: [[Cell]] = [
            [
                .text("base"), .text("all"), .number(e.base.spread.mean), .number(e.base.spread.ci95.lower),
                .number(e.base.spread.ci95.upper), .missing, .missing, .missing,
            ]
        ]
        rows += e.cut.map { Self.cutRow($0, variant: "cut") }
        rows += e.alone.map { Self.cutRow($0, variant: "alone") }
        return DataTable(columns: ["variant", "type", "mean", "ci95_low", "ci95_high", "lost", "lost_ci95_low", "lost_ci95_high"], rows: rows)
    }

    static func cutRow(_ v: ChannelExperiments.Variant, variant: String) -> [Cell] {
        let s = v.result.spread
        var row: [Cell] = [.text(variant), .text(v.type), .number(s.mean), .number(s.ci95.lower), .number(s.ci95.upper)]
        if let lost = v.lost {
            row += [.number(lost.mean), .number(lost.ci95.lower), .number(lost.ci95.upper)]
        } else {
            row += [.missing, .missing, .missing]
        }
        return row
    }

    /// The cut rows alone (`spillover diffuse --cut-channels`).
    package static func cutTable(_ cuts: [ChannelExperiments.Variant]) -> DataTable {
        DataTable(
            columns: ["type", "spread", "ci95_low", "ci95_high", "lost", "lost_ci95_low", "lost_ci95_high"],
            rows: cuts.map { Array(cutRow($0, variant: "cut").dropFirst()) })
    }

    /// `{"type", "mean", "ci95", "lost", "lost_ci95"}` (no lost keys for `alone`).
    package static func cutJSON(_ v: ChannelExperiments.Variant) -> JSONValue {
        let s = v.result.spread
        var fields: [(String, JSONValue)] = [
            ("type", .string(v.type)), ("mean", .finite(s.mean)), ("ci95", .array([.finite(s.ci95.lower), .finite(s.ci95.upper)])),
        ]
        if let lost = v.lost {
            fields += [("lost", .finite(lost.mean)), ("lost_ci95", .array([.finite(lost.ci95.lower), .finite(lost.ci95.upper)]))]
        }
        return .object(fields)
    }

    /// The documented document: `channels`, `overlap`, `firms`, and `experiments` when run
    /// (`experimentsHeader` gives its `model`, then runs, seed, seeds, base, cut, alone).
    package func json(in graph: ClusterGraph, model: JSONValue = .null) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            (
                "channels",
                .array(
                    channels.map { c in
                        .object([
                            ("type", .string(c.type)), ("firms", .integer(c.firms)), ("ties", .integer(c.ties)),
                            ("density", .finite(c.density)), ("components", .integer(c.components)),
                            ("largest_component_share", .finite(c.largestComponentShare)), ("mean_degree", .finite(c.meanDegree)),
                            ("transitivity", .finite(c.transitivity)), ("degree_centralization", .finite(c.degreeCentralization)),
                            ("focal", .array(c.focal.map { .string($0) })),
                        ])
                    })
            ),
            (
                "overlap",
                .array(
                    overlap.map { o in
                        .object([("a", .string(o.a)), ("b", .string(o.b)), ("jaccard", .finite(o.jaccard)), ("degree_spearman", .finite(o.degreeSpearman))])
                    })
            ),
            (
                "firms",
                .array(
                    firmOrder(in: graph).map { v in
                        let p = participation[v]
                        return .object([
                            ("id", .string(graph.ids[v])),
                            ("degree_by_channel", .object(zip(degreeTypes, p.degreeByChannel).map { ($0, .integer($1)) })),
                            ("overlapping_degree", .integer(p.overlappingDegree)),
                            ("participation", .finite(p.participation)),
                            ("cognitive_role", role(v).map { .string($0.rawValue) } ?? .null),
                        ])
                    })
            ),
        ]
        if let e = experiments {
            fields.append(
                (
                    "experiments",
                    .object([
                        ("model", model), ("runs", .integer(e.runs)),
                        ("seed", e.seed <= UInt64(Int.max) ? .integer(Int(e.seed)) : .string(String(e.seed))),
                        ("seeds", .array(e.seeds.map { .string($0) })),
                        (
                            "base",
                            .object([
                                ("mean", .finite(e.base.spread.mean)),
                                ("ci95", .array([.finite(e.base.spread.ci95.lower), .finite(e.base.spread.ci95.upper)])),
                            ])
                        ),
                        ("cut", .array(e.cut.map(Self.cutJSON))),
                        ("alone", .array(e.alone.map(Self.cutJSON))),
                    ])
                ))
        }
        return .object(fields)
    }
}
