/// `spillover fit`'s results as JSON and tables.
extension AdoptionAnalysis {
    /// A period as JSON: the integer for integer periods, the label for dates.
    func periodJSON(_ t: Int) -> JSONValue {
        record.calendar == .integer ? .integer(record.firstKey + t) : .string(record.label(t))
    }

    static func interval(_ i: ClosedInterval?) -> JSONValue {
        guard let i else { return .null }
        return .array([.finite(i.lower), .finite(i.upper)])
    }

    /// The documented JSON shape (issue 15): periods, exposure_at_adoption, structural_test,
    /// hazard_model, cascade_model, fit_check; a few fields beyond it (odds ratios, Wald and
    /// bootstrap intervals, the no-network model) are added inside those objects.
    package var json: JSONValue {
        let periods = JSONValue.array(
            curve.periods.enumerated().map { t, p in
                .object([("t", periodJSON(t)), ("adopters", .integer(p.adopters)), ("cumulative", .integer(p.cumulative)), ("hazard", .finite(p.hazard))])
            })
        let exposure = JSONValue.object([
            ("mean", .finite(meanExposureAtAdoption)),
            ("by_channel", .object(meanExposureAtAdoptionByChannel.map { ($0.channel, .finite($0.mean)) })),
        ])
        let structural: JSONValue =
            structuralTest.map {
                .object([("statistic", .finite($0.statistic)), ("p_value", .finite($0.pValue)), ("permutations", .integer($0.permutations))])
            } ?? .null
        let hazardJSON: JSONValue =
            hazard.map { hazard in
                JSONValue.object([
                    ("rows", .integer(hazard.rows)), ("loglik", .finite(hazard.logLikelihood)), ("aic", .finite(hazard.aic)),
                    ("time", .string(options.time.rawValue)),
                    (
                        "coefficients",
                        .array(
                            hazard.coefficients.map { c in
                                .object([
                                    ("term", .string(c.term)), ("estimate", .finite(c.estimate)), ("se", .finite(c.se)), ("z", .finite(c.z)),
                                    ("p", .finite(c.p)), ("ci95", .array([.finite(c.ci95.lower), .finite(c.ci95.upper)])),
                                    ("odds_ratio", .finite(c.oddsRatio)),
                                ])
                            })
                    ),
                ])
            } ?? .null
        func parameter(_ p: CascadeParameter, key: String) -> JSONValue {
            var fields: [(String, JSONValue)] = []
            if key == "type" { fields.append(("type", .string(p.name))) }
            fields += [("estimate", .finite(p.estimate)), ("ci95", Self.interval(p.profile95))]
            if let se = p.se { fields.append(("se", .finite(se))) }
            if let w = p.wald95 { fields.append(("wald_ci95", Self.interval(w))) }
            if let b = p.bootstrap95 { fields.append(("bootstrap_ci95", Self.interval(b))) }
            return .object(fields)
        }
        let equal: JSONValue =
            equalChannels.map {
                .object([("statistic", .finite($0.statistic)), ("df", .integer($0.df)), ("p_value", .finite($0.pValue))])
            } ?? .null
        let cascadeJSON = JSONValue.object([
            ("loglik", .finite(cascade.logLikelihood)), ("aic", .finite(cascade.aic)),
            ("epsilon", parameter(cascade.epsilon, key: "epsilon")),
            ("p", .array(cascade.p.map { parameter($0, key: "type") })),
            ("equal_channels_test", equal),
            (
                "no_network_model",
                .object([
                    ("epsilon", .finite(noNetwork.epsilon)), ("loglik", .finite(noNetwork.logLikelihood)), ("aic", .finite(noNetwork.aic)),
                ])
            ),
        ])
        let checkJSON: JSONValue =
            check.map { c in
                .array(
                    c.periods.enumerated().map { t, p in
                        .object([
                            ("t", periodJSON(t)), ("observed", .integer(p.observed)), ("simulated_median", .finite(p.median)),
                            ("simulated_p05", .finite(p.p05)), ("simulated_p95", .finite(p.p95)),
                        ])
                    })
            } ?? .null
        return .object([
            ("periods", periods), ("exposure_at_adoption", exposure), ("structural_test", structural),
            ("hazard_model", hazardJSON), ("cascade_model", cascadeJSON), ("fit_check", checkJSON),
        ])
    }

    /// Adopters, cumulative adopters and hazard rate per period.
    package var periodsTable: DataTable {
        DataTable(
            columns: ["t", "adopters", "cumulative", "hazard"],
            rows: curve.periods.map {
                [.text($0.label), .integer($0.adopters), .integer($0.cumulative), .number($0.hazard)]
            })
    }

    /// Every firm's exposure per period (pooled and per channel) and its threshold.
    package func exposureTable(ids: [String]) -> DataTable {
        let channels = channelExposure.classNames
        var table = DataTable(columns: ["id", "t", "adopted_at", "exposure"] + channels.map { "exposure_" + $0 } + ["threshold"])
        let thresholds = pooledExposure.thresholds(record: record)
        for i in 0..<record.nodeCount {
            let ti = Int(record.time[i])
            for t in 0..<record.periodCount {
                var row: [Cell] = [
                    .text(ids[i]), .text(record.label(t)), ti >= 0 ? .text(record.label(ti)) : .missing,
                    .number(pooledExposure.exposure(i, t)),
                ]
                for c in channels.indices { row.append(.number(channelExposure.exposure(i, t, class: c))) }
                row.append(t == ti ? .number(thresholds[i]) : .missing)
                table.rows.append(row)
            }
        }
        return table
    }

    /// Hazard-model coefficients.
    package var hazardTable: DataTable {
        DataTable(
            columns: ["term", "estimate", "se", "z", "p", "ci95_lower", "ci95_upper", "odds_ratio"],
            rows: (hazard?.coefficients ?? []).map {
                [
                    .text($0.term), .number($0.estimate), .number($0.se), .number($0.z), .number($0.p),
                    .number($0.ci95.lower), .number($0.ci95.upper), .number($0.oddsRatio),
                ]
            })
    }

    /// Cascade-model parameters with their intervals.
    package var cascadeTable: DataTable {
        var columns = ["parameter", "estimate", "ci95_lower", "ci95_upper", "se", "wald_lower", "wald_upper"]
        if bootstrap != nil { columns += ["bootstrap_lower", "bootstrap_upper"] }
        return DataTable(
            columns: columns,
            rows: ([cascade.epsilon] + cascade.p).enumerated().map { j, p in
                var row: [Cell] = [
                    .text(j == 0 ? "epsilon" : "p_" + p.name), .number(p.estimate), .number(p.profile95.lower), .number(p.profile95.upper),
                    p.se.map(Cell.number) ?? .missing, p.wald95.map { .number($0.lower) } ?? .missing, p.wald95.map { .number($0.upper) } ?? .missing,
                ]
                if bootstrap != nil { row += [p.bootstrap95.map { .number($0.lower) } ?? .missing, p.bootstrap95.map { .number($0.upper) } ?? .missing] }
                return row
            })
    }

    /// Log-likelihood and AIC of the cascade, hazard and no-network models (same rows).
    package var modelsTable: DataTable {
        let hazardRow: [Cell] = hazard.map { [.integer($0.coefficients.count), .number($0.logLikelihood), .number($0.aic)] } ?? [.missing, .missing, .missing]
        return DataTable(
            columns: ["model", "parameters", "loglik", "aic"],
            rows: [
                [
                    .text(options.byChannel ? "cascade (per-channel p)" : "cascade (pooled p)"), .integer(cascade.parameterCount), .number(cascade.logLikelihood),
                    .number(cascade.aic),
                ],
                [.text("hazard (logit, \(options.time == .period ? "period effects" : "linear time"))")] + hazardRow,
                [.text("no network (ε only)"), .integer(1), .number(noNetwork.logLikelihood), .number(noNetwork.aic)],
            ])
    }

    /// The equal-channels test in words, when it was run.
    public var equalChannelsLine: String? {
        equalChannels.map {
            "All channels transmit equally (likelihood-ratio test against one p per channel): χ² = \(formatSignificant($0.statistic, digits: 4)), df = \($0.df), p = \(formatSignificant($0.pValue, digits: 4))"
        }
    }

    /// Observed and simulated cumulative adoption per period.
    package var checkTable: DataTable {
        DataTable(
            columns: ["t", "observed", "simulated_median", "simulated_p05", "simulated_p95"],
            rows: (check?.periods ?? []).map {
                [.text($0.label), .integer($0.observed), .number($0.median), .number($0.p05), .number($0.p95)]
            })
    }

    /// The goodness-of-fit figure: observed cumulative adopters against the simulated median
    /// and 5–95% band.
    public var checkFigure: String? {
        guard let check else { return nil }
        let x = check.periods.indices.map { Double(record.calendar == .integer ? record.firstKey + $0 : $0 + 1) }
        var chart = SVGChart(
            title: "Observed and simulated adoption (\(check.runs) cascades)", xLabel: record.calendar == .integer ? "period" : "period (1 = \(record.label(0)))",
            yLabel: "cumulative adopters")
        chart.width = 640
        return chart.lines([
            .init(name: "simulated median, 5–95%", x: x, y: check.periods.map(\.median), lower: check.periods.map(\.p05), upper: check.periods.map(\.p95), color: "#4C72B0"),
            .init(name: "observed", x: x, y: check.periods.map { Double($0.observed) }, color: "#C44E52"),
        ])
    }
}
