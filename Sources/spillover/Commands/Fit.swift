import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover fit`: estimate the diffusion from observed adoption times.
struct Fit: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Fit the diffusion to observed adoption: exposure, hazard model, cascade model (ε and p per channel).",
        discussion: """
            The node table's adoption column (--time-column, default adopted_at) holds each \
            firm's adoption period (an integer) or date (YYYY-MM-DD, grouped by --period); empty \
            = not adopted by the end of observation (--observed-until, default the last \
            adoption). First-period adopters are the seeds. Knowledge flows from source to \
            target: a firm's exposure counts its in-neighbours (all neighbours when undirected). \
            Survey nominations ("a names b as an advisor") point the other way: add --directed \
            --reverse.

            Reports adopters, cumulative adopters and hazard rate per period; exposure at \
            adoption (pooled and per channel) and a permutation test of structural dependence; a \
            discrete-time logit hazard model (lagged exposure, --covariates, period effects or \
            --time linear); the cascade model P(adopt in t) = 1 − (1−ε)·Π(1−p_c) over ties from \
            firms that adopted in t−1, fitted by maximum likelihood with profile-likelihood 95% \
            intervals (Wald where interior; --bootstrap B adds parametric-bootstrap intervals), \
            compared by log-likelihood and AIC with the hazard model and an ε-only model; with \
            --by-channel one p per tie type and a likelihood-ratio test of equal channels; and \
            observed against simulated cumulative adoption (--runs cascades, --figure FILE.svg). \
            Replicate r draws from its own generator seeded from (--seed, r): results are \
            identical for any --threads.

            Examples:
              spillover fit data/medinnovations/edges.csv --nodes data/medinnovations/nodes.csv --directed --reverse
              spillover fit edges.csv --nodes nodes.csv --by-channel --covariates absorptive_capacity -f json
              spillover fit edges.csv --nodes nodes.csv --period quarter --observed-until 2024-12-31 --write-params fitted.json
              spillover diffuse edges.csv --nodes nodes.csv --model ic --params fitted.json --seeds focal:5
            """)

    enum Section: String, ExpressibleByArgument, CaseIterable { case all, periods, exposure, hazard, cascade, models, check }
    enum ExposureMode: String, ExpressibleByArgument, CaseIterable { case binary, weighted }

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("time-column"), help: "Node-table column of adoption times (integer periods or YYYY-MM-DD dates).")
    var timeColumn = "adopted_at"

    @Option(name: .long, help: "Group dates by month, quarter or year (default month).")
    var period: PeriodUnit?

    @Option(name: .customLong("observed-until"), help: "End of observation, a period or date like the column's (default: the last adoption).")
    var observedUntil: String?

    @Option(name: .long, help: "Exposure: binary (share of in-neighbours) or weighted (share of in-tie weight).")
    var exposure: ExposureMode = .binary

    @Option(name: .long, help: "Numeric node-table columns to add to the hazard model, comma-separated.")
    var covariates: String?

    @Option(name: .long, help: "Hazard-model time: period (fixed effects) or linear.")
    var time: HazardTime = .period

    @Flag(name: .customLong("by-channel"), help: "One exposure term and one p per tie type, and the test of equal channels.")
    var byChannel = false

    @Option(name: .long, parsing: .unconditional, help: "Permutations of the structural-dependence test (0 skips it).")
    var permutations = 1000

    @Option(name: .long, parsing: .unconditional, help: "Parametric-bootstrap replicates of the cascade model (0: none).")
    var bootstrap = 0

    // Not ``SimulationOptions``: here 0 runs is allowed (it skips the check).
    @Option(name: .customLong("runs"), parsing: .unconditional, help: "\(SimulationOptions.runsHelp): cascades simulated for the goodness-of-fit check; 0 skips it.")
    var givenRuns: Int?
    var runs: Int { givenRuns ?? SimulationOptions.defaultRuns }

    @OptionGroup var seedOption: SeedOption
    var randomSeed: UInt64 { seedOption.seed }

    @Option(name: .customLong("write-params"), help: "Write the fitted cascade model to this JSON file (for diffuse --params).")
    var writeParams: String?

    @Option(name: .long, help: "Write the goodness-of-fit figure (SVG) to this file.")
    var figure: String?

    @Option(name: .long, help: "Part to write: all, periods, exposure, hazard, cascade, models or check (csv default: periods).")
    var section: Section?

    @Flag(name: .long, help: "Report on standard error the time of each stage.")
    var verbose = false

    func validate() throws {
        guard input.nodes != nil else { throw ValidationError("fit needs the node table with the adoption times: give --nodes FILE") }
        if permutations < 0 { throw ValidationError("--permutations must be ≥ 0, not \(permutations)") }
        if bootstrap < 0 { throw ValidationError("--bootstrap must be ≥ 0, not \(bootstrap)") }
        if runs < 0 { throw ValidationError("--runs must be ≥ 0, not \(runs)") }
        if figure != nil, runs == 0 { throw ValidationError("--figure needs the simulated cascades: give --runs > 0") }
        if section == .check, runs == 0 { throw ValidationError("--section check needs --runs > 0") }
    }

    var covariateNames: [String] {
        (covariates ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() async throws {
        try output.emit(try await produce())
    }

    /// The fit in the chosen format; writes --write-params and --figure when asked.
    func produce() async throws -> String {
        let clock = ContinuousClock()
        var stageStart = clock.now
        func stage(_ name: String) {
            guard verbose else { return }
            let now = clock.now
            Terminal.note("\(name): \(formatSignificant((now - stageStart) / .seconds(1), digits: 3)) s")
            stageStart = now
        }
        let nodes = input.nodes!
        // The rows (after --reverse, --layer, --drop-layer, in any format) keep every
        // (pair, type) tie; the graph merges the channels of a pair.
        let (source, graph) = try input.loadSource()
        let table: AdoptionTable
        do {
            table = try AdoptionTableReader.read(
                path: nodes, timeColumn: timeColumn, covariates: covariateNames, period: period,
                observedUntil: observedUntil, delimiter: input.read.edgeListOptions.delimiter)
        } catch let error as FitError {
            throw Self.cliError(error)
        } catch let error as FitOptionError {
            throw CLIError.usage(error.description(naming: \.flag))
        }
        if period != nil, table.calendar == .integer {
            throw CLIError.usage("--period groups dates, but '\(timeColumn)' in \(nodes) holds integer periods")
        }
        let record: AdoptionRecord
        do { record = try table.record(on: graph.ids, index: { graph.node(id: $0) }) } catch {
            throw Self.cliError(error, file: nodes)
        }
        let listed = Set(table.ids)
        let missing = graph.ids.filter { !listed.contains($0) }.count
        if missing > 0 { Terminal.note("\(missing) firm\(missing == 1 ? "" : "s") of \(input.edges) missing from \(nodes) counted as not adopted") }
        let pooled = AdoptionArcs.pooled(graph), channels = AdoptionArcs.channels(graph: graph, ties: source.edges)
        stage("load")
        var options = AdoptionFitOptions()
        options.byChannel = byChannel
        options.weightedExposure = exposure == .weighted
        options.time = time
        options.covariates = covariateNames.indices.map { c in
            Covariate(name: covariateNames[c], values: table.covariate(c, nodeCount: graph.nodeCount, index: { graph.node(id: $0) }))
        }
        options.permutations = permutations
        options.bootstrap = bootstrap
        options.checkRuns = runs
        options.seed = randomSeed
        options.threads = WorkerPool.threads
        let analysis: AdoptionAnalysis
        do { analysis = try AdoptionAnalysis(pooled: pooled, channels: channels, record: record, options: options) } catch let error as FitError {
            throw Self.cliError(error, file: nodes)
        }
        stage("fit")
        if let failure = analysis.hazardFailure {
            Terminal.warning("\(failure.description(naming: \.flag)); it is left out of the output (hazard_model is null)")
        }
        if !analysis.hazardDroppedTerms.isEmpty {
            Terminal.note("no firm at risk was ever exposed through \(analysis.hazardDroppedTerms.joined(separator: ", ")); left out of the hazard model")
        }
        if analysis.hazardDroppedFirms > 0 {
            Terminal.note("\(analysis.hazardDroppedFirms) firm\(analysis.hazardDroppedFirms == 1 ? "" : "s") with a missing covariate left out of the hazard model")
        }
        if byChannel, channels.classNames.count == 1 {
            Terminal.note("--by-channel: the ties have one type only, so the per-channel model is the pooled one")
        }
        let text = try render(analysis, ids: graph.ids)
        if let writeParams {
            try AtomicFile.write(FittedParameters(fit: analysis.cascade, periods: record.periodCount).json, to: writeParams)
        }
        if let figure, let svg = analysis.checkFigure { try AtomicFile.write(svg, to: figure) }
        stage("output")
        return text
    }

    /// The exit status of each fit failure: a column the options name is a usage error, data
    /// that cannot be fitted a data error, non-convergence a runtime failure.
    static func cliError(_ error: FitError, file: String? = nil) -> CLIError {
        let message = error.description(naming: \.flag)
        switch error {
        case .missingColumn: return .usage("\(message) (--time-column, --covariates)")
        case .nonConvergence: return CLIError(message: message)
        case .noAdopters, .allSeeds, .neverExposed, .separation:
            return .data((file.map { "\($0): " } ?? "") + message)
        }
    }

    func render(_ a: AdoptionAnalysis, ids: [String]) throws -> String {
        if output.format == .json { return a.json.serialized() + "\n" }
        let chosen = section ?? (output.format == .csv ? .periods : .all)
        func one(_ s: Section) -> DataTable {
            switch s {
            case .periods, .all: a.periodsTable
            case .exposure: a.exposureTable(ids: ids)
            case .hazard: a.hazardTable
            case .cascade: a.cascadeTable
            case .models: a.modelsTable
            case .check: a.checkTable
            }
        }
        guard chosen == .all else { return try output.render(one(chosen)) }
        var parts: [(String, DataTable)] = [
            (
                "Adoption per period (\(a.record.nodeCount) firms; \(a.record.time.filter { $0 < 0 }.count) not adopted by \(a.record.label(a.record.periodCount - 1)))",
                a.periodsTable
            ),
            (
                "Hazard model (logit, \(a.hazard.map { "\($0.rows) firm-periods at risk, \($0.events) adoptions" } ?? "not estimable: quasi-complete separation"); \(time == .period ? "period fixed effects" : "linear time"))",
                a.hazardTable
            ),
            ("Cascade model (\(byChannel ? "p per channel" : "pooled p"); 95% intervals from the profile likelihood)", a.cascadeTable),
            ("Model comparison (same firm-periods)", a.modelsTable),
        ]
        if a.check != nil { parts.append(("Observed and simulated cumulative adopters (\(runs) cascades)", a.checkTable)) }
        var exposureLine = "Exposure at adoption: mean \(formatSignificant(a.meanExposureAtAdoption, digits: 4))"
        exposureLine += a.meanExposureAtAdoptionByChannel.map { "; \($0.channel) \(formatSignificant($0.mean, digits: 4))" }.joined()
        if let s = a.structuralTest {
            exposureLine +=
                "\nStructural dependence: p = \(formatSignificant(s.pValue, digits: 4)) (\(s.permutations) permutations of adoption times; permuted mean \(formatSignificant(s.permutedMean, digits: 4)))"
        }
        let markdown = output.format == .markdown
        var text = ""
        for (k, (title, t)) in parts.enumerated() {
            text += markdown ? "## \(title)\n\n" : "\(title)\n"
            text += try output.render(t)
            text += "\n"
            if k == 0 { text += exposureLine + "\n\n" }
            if k == 3, let line = a.equalChannelsLine { text += line + "\n\n" }
        }
        return text
    }
}

extension PeriodUnit: ExpressibleByArgument {}
extension HazardTime: ExpressibleByArgument {}
