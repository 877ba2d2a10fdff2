import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover diffuse`: how far knowledge spreads from seed firms, by Monte Carlo.
struct Diffuse: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Estimate how knowledge spreads from seed firms (independent cascade, linear threshold, SIR, knowledge model).",
        discussion: """
            Runs the model --runs times (or until the 95% confidence half-width of the mean \
            spread is below --precision) and reports the expected number and share of firms \
            reached with a 95% interval, the per-step curve (mean, 5th and 95th percentile) and \
            per firm the probability of being reached and the mean step of arrival. Run r draws \
            from its own generator seeded from (--seed, r): results are identical for any --threads.

            Knowledge model parameters (all defaults are illustrative assumptions, not calibrated): \
            tacit beta vertical=0.6,horizontal=0.3,institutional=0.4,other=0.4, kappa 2; codified \
            beta vertical=0.4,horizontal=0.2,institutional=0.6,other=0.4, kappa 0.5; \
            externalisation 0.1; internalisation 0.2. Set them in a JSON file (--params) and/or \
            with the options below (options win).

            Examples:
              spillover diffuse edges.csv --model ic --p 0.1 --seeds degree:5
              spillover diffuse edges.csv --model ic --probability weight --scale 0.2 --seeds Acme,Bolt -f json
              spillover diffuse edges.csv --nodes nodes.csv --model knowledge --params knowledge.json --precision 0.05
              spillover diffuse edges.csv --model sir --beta 0.2 --gamma 0.5 --knockout 3
              spillover diffuse edges.csv --nodes nodes.csv --model level --steps 20
              spillover diffuse edges.csv --model ic --probability type --p-by-type vertical=0.2,horizontal=0.05 --external 0.01 --steps 12
              spillover diffuse edges.csv --nodes nodes.csv --model ic --params fitted.json --seeds focal:5
            """)

    typealias ModelName = ModelOptions.ModelName
    enum Section: String, ExpressibleByArgument, CaseIterable { case all, summary, curve, firms, knockout, channels }

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var measureOptions: MeasureOptions

    @OptionGroup var modelOptions: ModelOptions
    var model: ModelName { modelOptions.model }

    @Option(
        name: .long,
        help:
            "Seed firms: focal:K (top K of the default focal ranking), degree:K, random:K, or comma-separated ids (default focal:\(SimulationOptions.defaultSeedFirms), or every firm of a smaller cluster)."
    )
    var seeds: String?

    @OptionGroup var simulation: SimulationOptions
    /// `--runs` as given (`nil`: the default, or `--precision`).
    var runs: Int? { simulation.runs }
    var randomSeed: UInt64 { simulation.seed }

    @Option(name: .long, parsing: .unconditional, help: "Run until the 95% half-width of the mean spread is below this (instead of --runs).")
    var precision: Double?

    @Option(name: .long, parsing: .unconditional, help: "level: number of steps (default \(ModelOptions.defaultLevelSteps)).")
    var steps: Int?

    @Option(name: .long, parsing: .unconditional, help: "For each of the top K focal firms, the spread with that firm removed from the cluster.")
    var knockout = 0

    @Flag(name: .customLong("cut-channels"), help: "Also run the model with each channel (tie type) removed: the spread lost, with a paired 95% interval.")
    var cutChannels = false

    @Flag(name: .long, help: "Report on standard error the simulation time and ties examined per second.")
    var verbose = false

    @Option(name: .long, help: "Part to write: all, summary, curve, firms, knockout or channels (csv default: firms).")
    var section: Section?

    @Option(name: .long, parsing: .unconditional, help: TopOption.help("by reach probability to list in the firms section", "default: all"))
    var top: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also draw a chart (SVG) in FILE: the curve (--section summary, curve or all) or the distribution of reach probabilities (--section firms).", valueName: "FILE"))
    var chart: String?

    func validate() throws {
        try measureOptions.validate(nodes: input.nodes)
        if let precision, !(precision > 0 && precision.isFinite) { throw ValidationError("--precision must be a number > 0") }
        if runs != nil, precision != nil { throw ValidationError("give --runs or --precision, not both") }
        if knockout < 0 { throw ValidationError("--knockout must be ≥ 0, not \(knockout)") }
        if let steps, steps < 0 { throw ValidationError("--steps must be ≥ 0, not \(steps)") }
        try modelOptions.check()
        let only = modelOptions.only
        if !(model == .ic && (modelOptions.external != nil || modelOptions.params != nil)) {
            try only(steps != nil, "--steps", [.level])
        }
        try only(knockout > 0, "--knockout", [.ic, .lt, .sir, .knowledge])
        try only(cutChannels, "--cut-channels", [.ic, .lt, .sir, .knowledge])
        try only(runs != nil || precision != nil, "--runs/--precision", [.ic, .lt, .sir, .knowledge])
        if section == .knockout, knockout == 0 { throw ValidationError("--section knockout needs --knockout K") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        if top != nil, output.format == .json || ![.firms, .all].contains(chosenSection) {
            throw ValidationError("--top limits the firms section of table, csv or markdown output (--section firms or all)")
        }
        let chosen = chosenSection
        if output.columns != nil, chosen == .all { throw ValidationError("--columns goes with one --section (summary, curve, firms or knockout)") }
        if chart != nil, chosen == .knockout || model == .level {
            throw ValidationError(
                "--chart draws the curve or the reach distribution of ic, lt, sir and knowledge runs, not \(model == .level ? "--model level" : "--section knockout")")
        }
        if chart != nil, output.format == .json { throw ValidationError("--chart goes with table, csv or markdown output (json carries the curve and the firms)") }
        if section == .channels, !cutChannels { throw ValidationError("--section channels needs --cut-channels") }
    }

    /// The default focal ranking (as `spillover rank` with its defaults), for `focal:K`
    /// seeds and `--knockout`.
    /// The section written: `--section`, else the firms for csv and everything otherwise.
    var chosenSection: Section { section ?? (output.format == .csv ? .firms : .all) }

    var focalRanker: FocalRanker {
        FocalRanker(metrics: measureOptions.metricsOptions(seed: randomSeed))
    }

    func run() async throws {
        try output.emit(try await produce())
    }

    /// The estimate in the chosen format, and the chart when asked for.
    func produce() async throws -> String {
        let (source, graph) = try input.loadSource()
        let selection: SeedSelection
        let ranker = focalRanker
        if let seeds {
            selection = try SeedRules.parse(seeds, focalRanking: ranker)
        } else {
            let k = FirmCount.clampDefault(SimulationOptions.defaultSeedFirms, option: "--seeds", firms: graph.nodeCount, file: input.edges) { "focal:\($0)" }
            selection = .focal(k, ranker)
        }
        if knockout > 0 { _ = try FirmCount.check(knockout, option: "--knockout", firms: graph.nodeCount, file: input.edges) }
        let seedNodes: [Int]
        do {
            // A focal ranking's failure (a group column the node table lacks) is reported as
            // every command reports it, not as a fault of --seeds.
            seedNodes = try await measureOptions.mapErrors(nodes: input.nodes) { try selection.resolve(in: graph, seed: randomSeed) }
        } catch let error as DiffusionError {
            throw CLIError(error, seeds: seeds.map { SeedsAsked(option: "--seeds", value: $0, graph: graph, file: input.edges) })
        }
        let parameters = try modelOptions.knowledgeParameters()
        if model == .level {
            let result = KnowledgeLevel.run(graph: graph, seeds: seedNodes, parameters: parameters, steps: steps ?? ModelOptions.defaultLevelSteps)
            return try render(DiffuseReport(graph: graph, seeds: seedNodes, result: result, knockouts: [], modelJSON: modelJSON(parameters), seed: randomSeed))
        }
        let fitted = try modelOptions.fittedParameters()
        let diffusionModel = modelOptions.diffusionModel(parameters, fitted: fitted, steps: steps)
        if let fitted {
            Terminal.note(
                "running the fitted cascade of \(modelOptions.params!): ε = \(formatSignificant(fitted.epsilon, digits: 4)) per step, \(fitted.pooled.map { "p = \(formatSignificant($0, digits: 4))" } ?? "p by tie type"), \(steps ?? fitted.periods - 1) steps"
            )
        }
        let simulation: DiffusionSimulation
        do { simulation = try DiffusionSimulation(graph: graph, model: diffusionModel, seeds: seedNodes) } catch {
            throw CLIError(error)
        }
        let budget: RunBudget = precision.map { .precision(halfWidth: $0) } ?? .runs(self.simulation.runCount)
        let threads = WorkerPool.threads
        let clock = ContinuousClock(), start = clock.now
        let result = try await simulation.run(budget: budget, seed: randomSeed, threads: threads)
        if verbose {
            let elapsed = clock.now - start
            let seconds = elapsed / .seconds(1)
            Terminal.note(
                "\(result.runs) runs on \(threads) thread\(threads == 1 ? "" : "s") in \(formatSignificant(seconds, digits: 4)) s; "
                    + "\(result.tieExaminations) ties examined, \(formatSignificant(Double(result.tieExaminations) / seconds, digits: 4)) per second")
        }
        var knockouts: [(firm: Int, result: DiffusionResult)] = []
        if knockout > 0 {
            // The top K focal firms, whatever the seeds: how much the cluster depends on each.
            // Each is deleted: the cluster is rebuilt from the rows without the firm's rows.
            let firms = Array(try await measureOptions.mapErrors(nodes: input.nodes) { try ranker.rankedFirms(in: graph) }.prefix(knockout))
            // Knockouts use the run count the main estimate ended with.
            let results = try await DiffusionSimulation.knockouts(
                of: firms.map { graph.ids[$0] }, source: source, model: diffusionModel,
                seeds: seedNodes.map { graph.ids[$0] }, budget: .runs(result.runs), seed: randomSeed, threads: threads)
            knockouts = Array(zip(firms, results))
        }
        var cuts: [ChannelExperiments.Variant] = []
        if cutChannels {
            cuts = try await ChannelExperiments.run(
                source: source, cluster: graph, model: diffusionModel, seeds: seedNodes, runs: result.runs,
                seed: randomSeed, alone: false, base: result, threads: threads
            ).cut
        }
        var report = DiffuseReport(
            graph: graph, seeds: seedNodes, result: result, knockouts: knockouts,
            modelJSON: modelOptions.json(parameters, steps: steps, model: diffusionModel), seed: randomSeed)
        report.cuts = cuts
        if let chart {
            let svg = chosenSection == .firms ? result.reachHistogram(excluding: seedNodes) : result.curveChart()
            try AtomicFile.write(svg, to: chart)
        }
        return try render(report)
    }
}
