import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover diffuse`: how far knowledge spreads from seed firms, by Monte Carlo.
struct Diffuse: AsyncParsableCommand {
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
            """)

    enum ModelName: String, ExpressibleByArgument, CaseIterable { case ic, lt, sir, knowledge, level }
    enum ProbabilityRule: String, ExpressibleByArgument, CaseIterable { case uniform, weight, cascade }
    enum Section: String, ExpressibleByArgument, CaseIterable { case all, summary, curve, firms, knockout }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: .long, help: "Model: ic, lt, sir, knowledge or level.")
    var model: ModelName = .ic

    @Option(name: .long, help: "Seed firms: focal:K (top K of the default focal ranking), degree:K, random:K, or comma-separated ids.")
    var seeds = "focal:5"

    @Option(name: .long, parsing: .unconditional, help: "Monte Carlo runs (default 1000).")
    var runs: Int?

    @Option(name: .long, parsing: .unconditional, help: "Run until the 95% half-width of the mean spread is below this (instead of --runs).")
    var precision: Double?

    @Option(name: .customLong("seed"), parsing: .unconditional, help: "Random seed.")
    var randomSeed: UInt64 = 1

    @Option(name: .long, parsing: .unconditional, help: "Worker threads (default: all cores); results do not depend on it.")
    var threads: Int?

    @Option(name: .customLong("p"), parsing: .unconditional, help: "ic: tie probability with --probability uniform (default 0.1).")
    var p: Double?

    @Option(name: .long, help: "ic: uniform (--p), weight (min(1, scale·w)) or cascade (1/in-degree).")
    var probability: ProbabilityRule?

    @Option(name: .long, parsing: .unconditional, help: "ic --probability weight: scale (default 1).")
    var scale: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: infection probability per tie and step (default 0.1).")
    var beta: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: recovery probability per step (default 0.5).")
    var gamma: Double?

    @Option(name: .long, help: "knowledge, level: JSON parameter file.")
    var params: String?

    @Option(name: .customLong("tacit-beta"), help: "knowledge: tacit β per tie type, e.g. vertical=0.6,other=0.4.")
    var tacitBeta: String?

    @Option(name: .customLong("codified-beta"), help: "knowledge: codified β per tie type.")
    var codifiedBeta: String?

    @Option(name: .customLong("tacit-kappa"), parsing: .unconditional, help: "knowledge: tie-strength exponent of the tacit channel.")
    var tacitKappa: Double?

    @Option(name: .customLong("codified-kappa"), parsing: .unconditional, help: "knowledge: tie-strength exponent of the codified channel.")
    var codifiedKappa: Double?

    @Option(name: .long, parsing: .unconditional, help: "knowledge: ε, chance per round that tacit-only knowledge is codified.")
    var externalisation: Double?

    @Option(name: .long, parsing: .unconditional, help: "knowledge: ι, codified-only knowledge becomes tacit with chance ι·A per round.")
    var internalisation: Double?

    @Option(name: .customLong("seed-forms"), help: "knowledge: forms the seeds hold: both, tacit or codified.")
    var seedForms: SeedForms?

    @Option(name: .customLong("level-beta"), help: "level: β per tie type (s = min(1, β·w^κ)).")
    var levelBeta: String?

    @Option(name: .customLong("level-kappa"), parsing: .unconditional, help: "level: tie-strength exponent.")
    var levelKappa: Double?

    @Option(name: .long, parsing: .unconditional, help: "level: number of steps (default 50).")
    var steps: Int?

    @Option(name: .long, parsing: .unconditional, help: "For each of the top K focal firms, the spread with that firm removed from the cluster.")
    var knockout = 0

    @Flag(name: .long, help: "Report on standard error the simulation time and ties examined per second.")
    var verbose = false

    @Option(name: .long, help: "Part to write: all, summary, curve, firms or knockout (csv default: firms).")
    var section: Section?

    func validate() throws {
        try measureOptions.validate(nodes: input.nodes)
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1, not \(runs)") }
        if let precision, !(precision > 0 && precision.isFinite) { throw ValidationError("--precision must be a number > 0") }
        if runs != nil, precision != nil { throw ValidationError("give --runs or --precision, not both") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
        if knockout < 0 { throw ValidationError("--knockout must be ≥ 0, not \(knockout)") }
        if let steps, steps < 0 { throw ValidationError("--steps must be ≥ 0, not \(steps)") }
        func only(_ given: Bool, _ option: String, _ models: [ModelName]) throws {
            if given, !models.contains(model) {
                throw ValidationError("\(option) applies to --model \(models.map(\.rawValue).joined(separator: " or ")), not \(model.rawValue)")
            }
        }
        try only(p != nil || probability != nil || scale != nil, "--p/--probability/--scale", [.ic])
        try only(beta != nil || gamma != nil, "--beta/--gamma", [.sir])
        try only(params != nil || levelBeta != nil || levelKappa != nil, "--params/--level-beta/--level-kappa", [.knowledge, .level])
        try only(tacitBeta != nil || codifiedBeta != nil || tacitKappa != nil || codifiedKappa != nil
                 || externalisation != nil || internalisation != nil || seedForms != nil, "the tacit/codified options", [.knowledge])
        try only(steps != nil, "--steps", [.level])
        try only(knockout > 0, "--knockout", [.ic, .lt, .sir, .knowledge])
        try only(runs != nil || precision != nil, "--runs/--precision", [.ic, .lt, .sir, .knowledge])
        if p != nil, let probability, probability != .uniform { throw ValidationError("--p goes with --probability uniform") }
        if scale != nil, probability != .weight { throw ValidationError("--scale goes with --probability weight") }
        if section == .knockout, knockout == 0 { throw ValidationError("--section knockout needs --knockout K") }
    }

    /// The default focal ranking (as `spillover rank` with its defaults), for `focal:K`
    /// seeds and `--knockout`.
    var focalRanker: FocalRanker {
        FocalRanker(metrics: measureOptions.metricsOptions(seed: randomSeed))
    }

    func run() async throws {
        let graph = try input.load()
        let selection: SeedSelection
        let ranker = focalRanker
        do { selection = try SeedSelection.parse(seeds, focalRanking: ranker) } catch {
            throw CLIError.usage("--seeds: \(error)")
        }
        let seedNodes: [Int]
        do { seedNodes = try selection.resolve(in: graph, seed: randomSeed) } catch {
            throw CLIError.usage("--seeds: \(error) (\(input.edges))")
        }
        let parameters = try knowledgeParameters()
        if model == .level {
            let result = KnowledgeLevel.run(graph: graph, seeds: seedNodes, parameters: parameters, steps: steps ?? 50)
            try output.emit(render(DiffuseReport(graph: graph, seeds: seedNodes, result: result, knockouts: [], modelJSON: modelJSON(parameters), seed: randomSeed)))
            return
        }
        let diffusionModel: DiffusionModel
        switch model {
        case .ic:
            switch probability ?? .uniform {
            case .uniform: diffusionModel = .independentCascade(.uniform(p ?? 0.1))
            case .weight: diffusionModel = .independentCascade(.weight(scale: scale ?? 1))
            case .cascade: diffusionModel = .independentCascade(.weightedCascade)
            }
        case .lt: diffusionModel = .linearThreshold
        case .sir: diffusionModel = .sir(beta: beta ?? 0.1, gamma: gamma ?? 0.5)
        case .knowledge, .level: diffusionModel = .knowledge(parameters)
        }
        let simulation: DiffusionSimulation
        do { simulation = try DiffusionSimulation(graph: graph, model: diffusionModel, seeds: seedNodes) } catch {
            throw CLIError.usage(Self.optionMessage(error))
        }
        let budget: RunBudget = precision.map { .precision(halfWidth: $0) } ?? .runs(runs ?? 1000)
        let threads = threads ?? DiffusionSimulation.defaultThreads
        let bar = ProgressBar(total: precision == nil ? runs ?? 1000 : nil, label: "runs")
        let clock = ContinuousClock(), start = clock.now
        let result = await simulation.run(budget: budget, seed: randomSeed, threads: threads, progress: bar?.update)
        bar?.finish()
        if verbose {
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            Terminal.note("\(result.runs) runs on \(threads) thread\(threads == 1 ? "" : "s") in \(formatSignificant(seconds, digits: 4)) s; "
                + "\(result.tieExaminations) ties examined, \(formatSignificant(Double(result.tieExaminations) / seconds, digits: 4)) per second")
        }
        var knockouts: [(firm: Int, result: DiffusionResult)] = []
        if knockout > 0 {
            // The top K focal firms, whatever the seeds: how much the cluster depends on each.
            let firms = Array(try ranker.rankedFirms(in: graph).prefix(knockout))
            if knockout > firms.count {
                Terminal.warning("--knockout \(knockout): only \(firms.count) firm\(firms.count == 1 ? "" : "s") to knock out")
            }
            // Knockouts use the run count the main estimate ended with.
            knockouts = try await simulation.knockout(firms: firms, budget: .runs(result.runs), seed: randomSeed, threads: threads)
        }
        let report = DiffuseReport(
            graph: graph, seeds: seedNodes, result: result, knockouts: knockouts,
            modelJSON: modelJSON(parameters), seed: randomSeed)
        try output.emit(render(report))
    }

    /// The knowledge parameters: defaults, then the --params file, then the options.
    func knowledgeParameters() throws -> KnowledgeParameters {
        var p = KnowledgeParameters()
        if let params {
            do { p = try KnowledgeParameters.load(path: params) } catch { throw CLIError.data("--params \(error)") }
        }
        func types(_ text: String?, _ option: String, into channel: inout KnowledgeParameters.Channel) throws {
            guard let text else { return }
            for item in text.split(separator: ",") {
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
                    throw CLIError.usage("\(option): expected type=value pairs separated by commas (e.g. vertical=0.6,other=0.4), not '\(item)'")
                }
                channel.beta[parts[0].lowercased()] = value
            }
        }
        try types(tacitBeta, "--tacit-beta", into: &p.tacit)
        try types(codifiedBeta, "--codified-beta", into: &p.codified)
        try types(levelBeta, "--level-beta", into: &p.level)
        if let tacitKappa { p.tacit.kappa = tacitKappa }
        if let codifiedKappa { p.codified.kappa = codifiedKappa }
        if let levelKappa { p.level.kappa = levelKappa }
        if let externalisation { p.externalisation = externalisation }
        if let internalisation { p.internalisation = internalisation }
        if let seedForms { p.seedForms = seedForms }
        do { try p.validate() } catch { throw CLIError.usage(Self.optionMessage(error)) }
        return p
    }

    /// A parameter error worded with the option that sets the parameter.
    static func optionMessage(_ error: DiffusionError) -> String {
        guard case let .invalidParameter(name, expected) = error else { return "\(error)" }
        let option = switch name {
        case "p": "--p"
        case "scale": "--scale"
        case "beta": "--beta"
        case "gamma": "--gamma"
        case "externalisation": "--externalisation"
        case "internalisation": "--internalisation"
        default: name.hasPrefix("tacit") ? "--tacit-beta/--tacit-kappa" : name.hasPrefix("codified") ? "--codified-beta/--codified-kappa" : "--level-beta/--level-kappa"
        }
        return name == option.dropFirst(2) ? "\(option): \(expected)" : "\(option) (\(name)): \(expected)"
    }
}

extension SeedForms: ExpressibleByArgument {}
