import ArgumentParser
import SpilloverKit

extension WeightInterpretation: ExpressibleByArgument {}
extension GroupSource: ExpressibleByArgument {}

/// How measures are computed; shared by `metrics`, `rank` and the commands built on them.
struct MeasureOptions: ParsableArguments {
    @Option(name: .customLong("weight-as"), help: "Weights in path lengths: strength (length 1/weight) or distance (length = weight).")
    var weightAs: WeightInterpretation = .strength

    @Option(name: .customLong("group-column"), help: "Node-table column with the groups used by brokerage.")
    var groupColumn = "group"

    @Option(name: .long, help: "Groups for brokerage: column or community (default: column when the node table has it).")
    var groups: GroupSource?

    @Option(
        name: .customLong("path-sample"), parsing: .unconditional,
        help: ArgumentHelp(
            "Estimate betweenness, closeness and harmonic from K sampled sources (default above 50000 firms: 256).",
            discussion: "Betweenness by Brandes–Pich, closeness and harmonic by Eppstein–Wang pivots; seeded by --seed.",
            valueName: "K"))
    var pathSample: Int?

    @Option(
        name: .customLong("betweenness-sample"), parsing: .unconditional, help: ArgumentHelp("Estimate betweenness only from K sampled sources (Brandes–Pich).", valueName: "K"))
    var betweennessSample: Int?

    @Flag(name: .long, help: "Exact betweenness, closeness and harmonic even above 50000 firms (O(nm) time).")
    var exact = false

    @Option(
        name: .customLong("betweenness-epsilon"), parsing: .unconditional,
        help: ArgumentHelp(
            "Sampled betweenness: every firm's betweenness_norm within E of exact with probability ≥ 1 − --path-delta (default 0.02).",
            discussion: "Riondato–Kornaropoulos shortest-path samples. Any of --betweenness-epsilon, --closeness-epsilon, --path-delta samples at any size.",
            valueName: "E"))
    var epsilon: Double?

    @Option(
        name: .customLong("closeness-epsilon"), parsing: .unconditional,
        help: ArgumentHelp(
            "Sampled closeness and harmonic: harmonic within E / shortest tie length, mean distance within E × eccentricity, for every firm with probability ≥ 1 − --path-delta (default 0.5).",
            valueName: "E"))
    var closenessEpsilon: Double?

    @Option(
        name: .customLong("path-delta"), parsing: .unconditional,
        help: ArgumentHelp(
            "Probability that some firm's sampled betweenness, closeness or harmonic misses its error bound (default 0.1).", valueName: "D"))
    var delta: Double?

    /// Whether an error bound was given (which asks for sampling with that guarantee).
    private var guarantee: Bool { epsilon != nil || closenessEpsilon != nil || delta != nil }

    func validate(nodes: String?) throws {
        if let k = betweennessSample, k < 1 {
            throw ValidationError("--betweenness-sample must be at least 1, not \(k)")
        }
        if let k = pathSample, k < 1 {
            throw ValidationError("--path-sample must be at least 1, not \(k)")
        }
        if exact && pathSample != nil {
            throw ValidationError("--exact and --path-sample contradict each other; give one")
        }
        for (name, value) in [("--betweenness-epsilon", epsilon), ("--closeness-epsilon", closenessEpsilon), ("--path-delta", delta)] {
            if let x = value, !(x > 0 && x < 1) {
                throw ValidationError("\(name) must be in (0, 1), not \(x)")
            }
            if value != nil, exact || pathSample != nil {
                throw ValidationError("\(name) and \(exact ? "--exact" : "--path-sample") contradict each other; give one")
            }
        }
        if groups == .column && nodes == nil {
            throw ValidationError("--groups column needs a node table (--nodes FILE) with a '\(groupColumn)' column")
        }
    }

    /// The library's options, with `seed` for sampling and communities.
    func metricsOptions(seed: UInt64) -> MetricsOptions {
        var options = MetricsOptions()
        options.weightAs = weightAs
        options.groupColumn = groupColumn
        options.groupSource = groups
        options.betweennessSample = betweennessSample
        options.pathSample = pathSample
        options.exact = exact
        options.guaranteedSampling = guarantee
        if let epsilon { options.samplingEpsilon = epsilon }
        if let closenessEpsilon { options.closenessEpsilon = closenessEpsilon }
        if let delta { options.samplingDelta = delta }
        options.seed = seed
        return options
    }

    /// Runs `body`, turning a missing group column into a data error and other metrics
    /// errors into usage errors.
    func mapErrors<T>(nodes: String?, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as MetricsError {
            switch error {
            case .missingGroupColumn:
                throw CLIError.data("\(nodes ?? "node table"): \(error.description) (--group-column)")
            case .invalidSample(let which, let k):
                throw CLIError.usage("\(which == .pathSample ? "--path-sample" : "--betweenness-sample") must be at least 1, not \(k)")
            case .invalidErrorBound(let which, let x):
                let flag =
                    switch which {
                    case .samplingEpsilon: "--betweenness-epsilon"
                    case .closenessEpsilon: "--closeness-epsilon"
                    case .samplingDelta: "--path-delta"
                    }
                throw CLIError.usage("\(flag) must be in (0, 1), not \(x)")
            }
        }
    }
}
