import ArgumentParser
import SpilloverKit

/// `--seed`: the one declaration of the random seed, in every command that draws random
/// numbers (simulations, sampled measures, communities, perturbed copies, generated clusters).
struct SeedOption: ParsableArguments {
    /// The seed when `--seed` is not given (argument-parser shows it in the help).
    static let defaultSeed: UInt64 = ClusterAnalysis.Options().seed

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "Random seed; the same seed gives the same results on any --threads.",
            discussion: "It seeds every random step of the command: Monte Carlo runs, sampled path measures, Louvain communities, perturbed copies."))
    var seed: UInt64 = Self.defaultSeed
}

/// `--runs` and `--seed`: the Monte Carlo options of every command that simulates
/// diffusion (`diffuse`, `seeds`, `channels`, `dot` arrival, `analyze`, `report`). `--threads`
/// is in ``CommonOptions``, which every command takes.
struct SimulationOptions: ParsableArguments {
    /// Monte Carlo runs when `--runs` is not given.
    static let defaultRuns = ClusterAnalysis.Options().runs
    /// How many top focal firms seed a diffusion when the command is not told otherwise:
    /// `--seeds focal:5` of `diffuse` and `channels`, `--top` of `analyze` and `report`,
    /// `--arrival-seeds` of `dot`, the reach columns of `export --with reach`.
    static let defaultSeedFirms = ClusterAnalysis.Options().top

    /// The help of `--runs`, also used by `fit`, whose `--runs` takes 0.
    static let runsHelp = "Monte Carlo runs (default \(defaultRuns))"

    @Option(name: .long, parsing: .unconditional, help: "\(Self.runsHelp).")
    var runs: Int?

    @OptionGroup var seedOption: SeedOption

    /// The runs given, or the default.
    var runCount: Int { runs ?? Self.defaultRuns }
    var seed: UInt64 { seedOption.seed }

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1, not \(runs)") }
    }
}

/// `--top K` means one thing in every command that has it: how many of the top-ranked firms
/// the output lists or uses (`rank`: listed; `analyze`, `report`: seed the diffusion;
/// `channels`: listed per channel; `diffuse`: listed in the firms section; `dot`: outlined).
/// Each command states its ranking and default after this common beginning.
enum TopOption {
    static let helpStart = "How many of the top-ranked firms"

    /// "How many of the top-ranked firms <what> (<note>)."; argument-parser adds the
    /// default of an option that has one.
    static func help(_ what: String, _ note: String? = nil) -> ArgumentHelp {
        ArgumentHelp("\(helpStart) \(what)\(note.map { " (\($0))" } ?? "").", valueName: "K")
    }
}
