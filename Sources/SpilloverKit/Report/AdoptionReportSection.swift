/// The report's "Adoption" section (issue 15, item 6): when the node table records when each
/// firm adopted, the adoption curve, the hazard-model and cascade-fit tables and the
/// goodness-of-fit figure, each with the `spillover fit` command that reproduces it.
///
/// Kept apart from ``ClusterReport`` so that the report only needs to append these blocks:
/// ``ClusterReport/adoption`` holds the fit when there is one.
public struct AdoptionReportSection: Sendable {
    /// The fit the section reports.
    public let analysis: AdoptionAnalysis
    /// The section number in the report.
    public var number = 7
    /// The `spillover fit` commands that reproduce the tables and the figure
    /// (``ClusterReport/Part/adoptionPeriods`` …), from the caller; a part without one is
    /// shown from ``analysis`` with no command.
    public var reproductions: [ClusterReport.Part: Reproduction] = [:]
    /// How the section names a setting in its messages (the hazard model's failure, say):
    /// as the library's API does unless the caller, a command line tool for instance, names
    /// them its own way (by its flags).
    public var settingName: @Sendable (Setting) -> String = { $0.description }

    /// The section for `analysis`, numbered 7, with no reproduce commands.
    public init(analysis: AdoptionAnalysis) {
        self.analysis = analysis
    }

    /// The section's blocks: prose, the adoption curve, the model tables and the check figure.
    package var blocks: [ReportDocument.Block] {
        let a = analysis, r = a.record
        let adopters = r.time.filter { $0 >= 0 }.count
        var blocks: [ReportDocument.Block] = []
        var intro = """
            ## \(number). Adoption

            The node table records when \(adopters) of the \(r.nodeCount) firms adopted (periods \
            \(r.label(0))–\(r.label(r.periodCount - 1)); the others had not adopted by the end of \
            observation). The \(r.seeds.count) firms of the first period are the seeds. A firm's \
            exposure is the share of its in-neighbours that had adopted; its mean at adoption is \
            \(formatSignificant(a.meanExposureAtAdoption, digits: 3)).
            """
        if let s = a.structuralTest {
            intro +=
                " Permuting adoption times among adopters \(s.permutations) times gives a mean at least as high in a share p = \(formatSignificant(s.pValue, digits: 3)) of the permutations (structural dependence)."
        }
        blocks.append(.markdown(intro))
        blocks += reproductions.blocks(.adoptionPeriods) { [.table(a.periodsTable, caption: "Adopters, cumulative adopters and hazard rate per period", command: nil)] }
        if a.hazard != nil {
            blocks.append(
                .markdown(
                    """
                    The discrete-time hazard model (logit; Allison 1982) relates adopting in a period to \
                    the previous period's exposure\(a.options.covariates.isEmpty ? "" : " and the covariates"), with \
                    \(a.options.time == .period ? "period fixed effects" : "a linear time trend").
                    """))
            blocks += reproductions.blocks(.adoptionHazard) { [.table(a.hazardTable, caption: "Hazard model coefficients", command: nil)] }
        } else if let failure = a.hazardFailure {
            blocks.append(.markdown("*The hazard model could not be estimated: \(failure.description(naming: settingName)).*"))
        }
        let p = a.cascade.p.map { "\($0.name) \(formatSignificant($0.estimate, digits: 3))" }.joined(separator: ", ")
        blocks.append(
            .markdown(
                """
                The cascade model says a firm adopts in a period with probability 1 − (1 − ε)·Π(1 − p) \
                over its ties from firms that adopted in the period before: ε = \
                \(formatSignificant(a.cascade.epsilon.estimate, digits: 3)) per period from outside the \
                network; p: \(p). Intervals are profile-likelihood 95% intervals.
                """))
        blocks += reproductions.blocks(.adoptionCascade) { [.table(a.cascadeTable, caption: "Cascade model estimates", command: nil)] }
        blocks += reproductions.blocks(.adoptionModels) {
            [.table(a.modelsTable, caption: "Log-likelihood and AIC of the models on the same firm-periods", command: nil)]
        }
        if let line = a.equalChannelsLine { blocks.append(.markdown(line + ".")) }
        blocks.append(
            .markdown(
                """
                The diffusion from the focal firms above runs on this fitted cascade \
                (\(AdoptionAnalysis.describe(a.fittedDiffusionModel))); its parameters are in \
                `fitted-params.json` beside this report, which the diffusion commands above read.
                """))
        if let svg = a.checkFigure {
            blocks += reproductions.blocks(.adoptionCheck) {
                [.figure(svg: svg, name: "adoption-fit.svg", caption: "Observed cumulative adopters against cascades simulated from the fit", command: nil)]
            }
        }
        return blocks
    }
}

extension AdoptionAnalysis {
    /// The fitted cascade in words: "p = 0.019 per tie, ε = 0.112 per period from outside the
    /// network, 16 periods".
    public static func describe(_ rule: CascadeProbability, epsilon: Double, steps: Int) -> String {
        let p: String =
            switch rule {
            case .uniform(let q): "p = \(formatSignificant(q, digits: 3)) per tie"
            case let .byType(table, _): "p by tie type " + table.sorted { $0.key < $1.key }.map { "\($0.key) \(formatSignificant($0.value, digits: 3))" }.joined(separator: ", ")
            case .weight(let scale): "p = min(1, \(formatSignificant(scale, digits: 3))·weight)"
            case .weightedCascade: "p = 1/in-degree"
            }
        return "fitted cascade: \(p), ε = \(formatSignificant(epsilon, digits: 3)) per period from outside the network, \(steps) periods"
    }

    /// ``describe(_:epsilon:steps:)`` of a fitted model; the model's name otherwise.
    public static func describe(_ model: DiffusionModel) -> String {
        if case let .externalCascade(rule, epsilon, steps) = model { return describe(rule, epsilon: epsilon, steps: steps) }
        return "\(model)"
    }
}
