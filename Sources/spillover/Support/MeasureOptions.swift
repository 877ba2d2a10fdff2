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

    @Option(name: .customLong("path-sample"), parsing: .unconditional, help: ArgumentHelp(
        "Estimate betweenness, closeness and harmonic from K sampled sources (default above 50000 firms: 256).",
        discussion: "Betweenness by Brandes–Pich, closeness and harmonic by Eppstein–Wang pivots; seeded by --seed.",
        valueName: "K"))
    var pathSample: Int?

    @Option(name: .customLong("betweenness-sample"), parsing: .unconditional, help: ArgumentHelp("Estimate betweenness only from K sampled sources (Brandes–Pich).", valueName: "K"))
    var betweennessSample: Int?

    @Flag(name: .long, help: "Exact betweenness, closeness and harmonic even above 50000 firms (O(nm) time).")
    var exact = false

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
            default:
                throw CLIError.usage(error.description)
            }
        }
    }
}
