import ArgumentParser
import SpilloverKit

/// `spillover generate`: a synthetic SME cluster from the documented model.
struct Generate: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Generate a synthetic SME cluster (edges.csv and nodes.csv) from a documented, seeded model.",
        discussion: """
            Firms in tiers and sectors (manufacturers, first- and second-tier suppliers, service \
            firms) plus institutions (universities, agencies, intermediaries); vertical \
            supplier-customer chains, horizontal peer ties inside sectors and districts with \
            preferential attachment, institutional ties for firms with absorptive capacity. The \
            data are synthetic; the model is described in data/README.md. The same --seed gives \
            the same files, byte for byte.

            Examples:
              spillover generate --out data/cluster
              spillover generate --firms 100000 --ties-per-firm 5 --seed 7 --out /tmp/big
              spillover generate --firms 300 --adoption --epsilon 0.02 --p-by-type vertical=0.3,horizontal=0.1 --out /tmp/adopt
            """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, parsing: .unconditional, help: "Number of firms, institutions included (at least 4).")
    var firms = 150

    @OptionGroup var seedOption: SeedOption
    var seed: UInt64 { seedOption.seed }

    @Option(name: .customLong("ties-per-firm"), parsing: .unconditional, help: "Target mean number of ties per firm (default: the model's own, about 3.3).")
    var tiesPerFirm: Double?

    @Option(name: .long, help: "Folder to write edges.csv and nodes.csv into (created if missing).")
    var out = "."

    @Flag(name: .long, help: "Add an adopted_at column simulated from the cascade model with the parameters below (for spillover fit).")
    var adoption = false

    @Option(name: .long, parsing: .unconditional, help: "--adoption: adoption from outside the network per period (default \(formatNumber(Self.scenarioDefaults.epsilon))).")
    var epsilon: Double?

    @Option(
        name: .customLong("p-by-type"),
        help:
            "--adoption: transmission probability per tie type (default \(Self.scenarioDefaults.p.sorted { $0.key < $1.key }.map { "\($0.key)=\(formatNumber($0.value))" }.joined(separator: ",")); other types \(formatNumber(Self.scenarioDefaults.otherP)))."
    )
    var pByType: String?

    @Option(name: .long, parsing: .unconditional, help: "--adoption: observed periods, the seeds' included (default \(Self.scenarioDefaults.periods)).")
    var periods: Int?

    @Option(
        name: .customLong("adoption-seed"), parsing: .unconditional, help: "--adoption: random seed of the adoption times alone (default --seed), for many cascades on one cluster."
    )
    var adoptionSeed: UInt64?

    @Option(
        name: .customLong("seed-share"), parsing: .unconditional,
        help: "--adoption: chance that a firm adopts in period 1 (default \(formatNumber(Self.scenarioDefaults.seedShare)); at least one firm does).")
    var seedShare: Double?

    /// The adoption parameters when their options are not given (the library's defaults).
    static let scenarioDefaults = AdoptionScenario()

    func validate() throws {
        guard firms >= 4 else { throw ValidationError("--firms must be at least 4, not \(firms)") }
        if let tiesPerFirm, !(tiesPerFirm >= 2 && tiesPerFirm <= 100) {
            throw ValidationError("--ties-per-firm must be between 2 and 100, not \(tiesPerFirm)")
        }
        guard firms <= 50_000_000 else { throw ValidationError("--firms must be at most 50000000, not \(firms)") }
        if !adoption, epsilon != nil || pByType != nil || periods != nil || seedShare != nil || adoptionSeed != nil {
            throw ValidationError("--epsilon, --p-by-type, --periods, --seed-share and --adoption-seed go with --adoption")
        }
        _ = try scenario
    }

    /// The true parameters of the simulated adoption.
    var scenario: AdoptionScenario {
        get throws {
            var s = Self.scenarioDefaults
            if let epsilon {
                guard (0...1).contains(epsilon) else { throw ValidationError("--epsilon must be in [0, 1], not \(epsilon)") }
                s.epsilon = epsilon
            }
            if let pByType { s.p = try TypeValues.probabilities(pByType, option: "--p-by-type") }
            if let periods {
                guard periods >= 2 else { throw ValidationError("--periods must be at least 2, not \(periods)") }
                s.periods = periods
            }
            if let seedShare {
                guard (0...1).contains(seedShare) else { throw ValidationError("--seed-share must be in [0, 1], not \(seedShare)") }
                s.seedShare = seedShare
            }
            return s
        }
    }

    func run() async throws {
        let cluster = ClusterGenerator(firms: firms, seed: seed, tiesPerFirm: tiesPerFirm).generate()
        try makeFolder(out)
        try AtomicFile.write(cluster.edgesCSV, to: out + "/edges.csv")
        if adoption {
            let times = try scenario.simulate(on: AdoptionArcs.channels(graph: cluster.graph()), seed: adoptionSeed ?? seed)
            try AtomicFile.write(cluster.nodesCSV(adoption: times), to: out + "/nodes.csv")
            let adopters = times.filter { $0 > 0 }.count
            Terminal.note("simulated adoption: \(adopters) of \(times.count) firms adopted within \(try scenario.periods) periods")
        } else {
            try AtomicFile.write(cluster.nodesCSV, to: out + "/nodes.csv")
        }
        Terminal.note("wrote \(cluster.firms.count) firms and \(cluster.ties.count) ties to \(out)/edges.csv and \(out)/nodes.csv")
    }
}
