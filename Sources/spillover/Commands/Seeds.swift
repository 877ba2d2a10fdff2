import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover seeds`: which K firms to target so knowledge spreads furthest.
struct Seeds: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Choose K seed firms that maximise expected spread (CELF, IMM, degree discount) and compare with the focal firms.",
        discussion: """
            Methods: celf (lazy greedy over the Monte Carlo engine, common random numbers), \
            imm (reverse-reachable sets, (1 − 1/e − ε) of the optimum with probability \
            1 − 1/n^ℓ; ic and lt only), degree-discount and single-discount (Chen, Wang & Yang \
            2009), focal (top K of the default focal ranking), random, or all (a comparison \
            table). Every method's seeds are re-estimated with the same engine, --runs and \
            --seed: marginal gain per seed and expected spread with a 95% interval. Results \
            are identical for any --threads.

            Degree discount needs a tie probability p: --p for ic with --probability uniform, \
            else the mean probability that a tie is live (mean p_uv, or mean b_uv for lt).

            Examples:
              spillover seeds edges.csv --k 5
              spillover seeds edges.csv --k 10 --method imm --epsilon 0.2 -f json
              spillover seeds edges.csv --nodes nodes.csv --k 5 --method all --p 0.05
              spillover seeds edges.csv --nodes nodes.csv --k 3 --model knowledge --method celf --runs 500
            """)

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case celf, imm, degreeDiscount = "degree-discount", singleDiscount = "single-discount", focal, random, all
    }

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: .customLong("k"), parsing: .unconditional, help: "Number of seed firms.")
    var k: Int

    @Option(name: .long, help: "celf, imm, degree-discount, single-discount, focal, random or all.")
    var method: Method = .celf

    @OptionGroup var simulation: SimulationOptions
    var runs: Int { simulation.runCount }
    var randomSeed: UInt64 { simulation.seed }

    @Option(name: .long, parsing: .unconditional, help: "imm: ε in (0, 1), the approximation slack (default \(formatNumber(Self.defaultIMM.epsilon))).")
    var epsilon: Double?

    @Option(name: .long, parsing: .unconditional, help: "imm: ℓ > 0, failure probability 1/n^ℓ (default \(formatNumber(Self.defaultIMM.ell))).")
    var ell: Double?

    /// IMM's ε and ℓ when `--epsilon` and `--ell` are not given.
    static let defaultIMM = IMM()

    @Flag(name: .long, help: "Report on standard error what IMM sampled and how long each method took.")
    var verbose = false

    static let supportedModels: [ModelOptions.ModelName] = [.ic, .lt, .sir, .knowledge]

    func validate() throws {
        try measureOptions.validate(nodes: input.nodes)
        try modelOptions.check(supported: Self.supportedModels)
        if modelOptions.model == .ic, modelOptions.external != nil || modelOptions.params != nil {
            throw ValidationError("--external and a fitted --params apply to diffuse, not seeds (seed selection uses the cascade without adoption from outside)")
        }
        if k < 1 { throw ValidationError("--k must be at least 1, not \(k)") }
        if let epsilon, !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must be in (0, 1), not \(epsilon)") }
        if let ell, !(ell > 0 && ell.isFinite) { throw ValidationError("--ell must be a number > 0, not \(ell)") }
        if epsilon != nil || ell != nil, method != .imm, method != .all {
            throw ValidationError("--epsilon/--ell apply to --method imm or all, not \(method.rawValue)")
        }
        let cascade = [.ic, .lt].contains(modelOptions.model)
        if method == .imm, !cascade {
            throw ValidationError(
                "--method imm needs --model ic or lt (reverse-reachable sets exist only for them); use --method celf for the \(modelOptions.model.rawValue) model")
        }
        if method == .degreeDiscount, !cascade {
            throw ValidationError(
                "--method degree-discount needs --model ic or lt (it discounts by a tie probability); use single-discount for the \(modelOptions.model.rawValue) model")
        }
    }

    func run() async throws {
        try output.emit(try await produce())
    }

    /// The seeds (or the comparison) in the chosen format.
    func produce() async throws -> String {
        let graph = try input.load()
        _ = try FirmCount.check(k, option: "--k", firms: graph.nodeCount, file: input.edges)
        let model = modelOptions.diffusionModel(try modelOptions.knowledgeParameters())
        let threads = WorkerPool.threads
        let oracle: SpreadOracle
        do { oracle = try SpreadOracle(graph: graph, model: model, runs: runs, seed: randomSeed, threads: threads) } catch {
            throw CLIError(error)
        }
        var methods = method == .all ? Method.allCases.filter { $0 != .all } : [method]
        if ![.ic, .lt].contains(modelOptions.model), method == .all {
            methods.removeAll { $0 == .imm || $0 == .degreeDiscount }
            Terminal.note("imm and degree-discount are defined for ic and lt only; compared without them")
        }
        if method == .all, graph.nodeCount > ClusterAnalysis.celfLimit {
            methods.removeAll { $0 == .celf }
            Terminal.note("celf is left out of the comparison above \(ClusterAnalysis.celfLimit) firms (its first pass simulates every firm); --method celf runs it alone")
        }
        var entries: [SeedsReport.Entry] = []
        for m in methods {
            let clock = ContinuousClock(), start = clock.now
            let chosen = try await choose(m, graph: graph, model: model, oracle: oracle, threads: threads)
            let elapsed = clock.now - start
            let seconds = elapsed / .seconds(1)
            if verbose { Terminal.note("\(m.rawValue): \(formatSignificant(seconds, digits: 4)) s") }
            let gains = method == .all ? [] : try await oracle.marginalGains(chosen)
            let result = try await DiffusionSimulation(graph: graph, model: model, seeds: chosen)
                .run(budget: .runs(runs), seed: randomSeed, threads: threads)
            entries.append(.init(method: m.rawValue, seeds: chosen, gains: gains, spread: result.spread, seconds: seconds))
        }
        let report = SeedsReport(graph: graph, k: k, entries: entries, header: header)
        return method == .all ? try report.comparison(output) : try report.single(output)
    }

    /// The seeds of one method, in order of choice.
    func choose(_ m: Method, graph: ClusterGraph, model: DiffusionModel, oracle: SpreadOracle, threads: Int) async throws -> [Int] {
        guard let method = SeedMethod(rawValue: m.rawValue) else { return [] }
        let ranker = FocalRanker(metrics: measureOptions.metricsOptions(seed: randomSeed))
        do {
            // The focal method ranks the firms: a group column the node table lacks is a data
            // error, as in every command.
            let (seeds, trace) = try await measureOptions.mapErrors(nodes: input.nodes) {
                try await method.select(
                    k: k, graph: graph, model: model, oracle: oracle, imm: IMM(epsilon: epsilon ?? Self.defaultIMM.epsilon, ell: ell ?? Self.defaultIMM.ell),
                    focal: ranker, seed: randomSeed, threads: threads)
            }
            if verbose, let trace {
                Terminal.note(
                    "imm: lower bound \(formatSignificant(trace.lowerBound, digits: 4)), "
                        + "\(trace.estimationSets) RR sets to estimate it, \(trace.finalSets) in the final sample")
            }
            return seeds
        } catch let error as DiffusionError {
            throw CLIError(error, seeds: SeedsAsked(option: "--k", value: "\(k)", graph: graph, file: input.edges))
        }
    }

    /// The settings line above tables.
    var header: String {
        var model = modelOptions.model.rawValue
        if modelOptions.model == .ic {
            switch modelOptions.probability ?? .uniform {
            case .uniform: model += " p=\(formatNumber(modelOptions.p ?? ModelOptions.defaultP))"
            case .weight: model += " weight scale=\(formatNumber(modelOptions.scale ?? ModelOptions.defaultScale))"
            case .cascade: model += " weighted cascade"
            case .type: model += " p by type \(modelOptions.pByType ?? "")"
            }
        }
        return "k \(k); model \(model); spread from \(runs) runs, seed \(randomSeed)"
    }
}
