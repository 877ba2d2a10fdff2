import ArgumentParser
import SpilloverKit

extension FocalMethod: ExpressibleByArgument {}

/// `spillover rank`: the focal firms, with reasons and confidence.
struct Rank: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Rank the focal firms of a cluster, with a role and a reason for each, and optionally their stability.",
        discussion: """
            The default score averages five criteria, each as a percentile rank within the \
            cluster: prominence (eigenvector), bridging (betweenness), holes (effective size), \
            brokerage (gatekeeper + representative + liaison) and reach (degree). --criteria \
            sets names and weights; a criterion is one of these or any metrics column \
            (constraint and hierarchy rank low values first).

            Roles follow from percentiles: isolate, hub, bridge, gatekeeper, representative, \
            liaison, coordinator, peripheral, member (see the documentation of FocalRole). \
            When the node table has external_ties, a cognitive_role column follows (see \
            spillover channels --help and the README).

            --stability R re-ranks R copies with a share --drop of ties removed at random \
            (and with --add-random as many random ties added), seeded by --seed, and adds \
            top_k_share (share of copies in which the firm is in the top K) and median_rank.

            JSON: {"method": ..., "criteria": {name: weight}, "ranking": [row, ...]}.

            Examples:
              spillover rank data/cluster/edges.csv --nodes data/cluster/nodes.csv
              spillover rank edges.csv --criteria pagerank=2,betweenness=1 --method zscore -f csv
              spillover rank edges.csv --nodes nodes.csv --stability 200 --drop 0.1 --seed 7
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var measureOptions: MeasureOptions

    @Option(
        name: .long, parsing: .unconditional,
        help: TopOption.help("by focal score to list, and the K of top_k_share", "default \(Self.defaultTop), or every firm of a smaller cluster"))
    var top: Int?

    /// Firms listed when `--top` is not given.
    static let defaultTop = 10

    @Option(name: .long, help: "Criteria and weights: name=weight,… (default: prominence,bridging,holes,brokerage,reach, all 1).")
    var criteria: String?

    @Option(name: .long, help: "How to combine criteria: percentile, zscore or borda.")
    var method: FocalMethod = .percentile

    @Option(name: .long, parsing: .unconditional, help: "Re-rank this many perturbed copies to estimate stability.")
    var stability: Int?

    @Option(name: .long, parsing: .unconditional, help: "Share of ties dropped in each perturbed copy, in [0, 1).")
    var drop = Self.defaultDrop

    /// The share of ties dropped when `--drop` is not given.
    static let defaultDrop = 0.1

    @Flag(name: .customLong("add-random"), help: "In each copy also add as many random ties as were dropped.")
    var addRandom = false

    @OptionGroup var seedOption: SeedOption
    var seed: UInt64 { seedOption.seed }

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Also draw the focal scores of the listed firms as a bar chart (SVG) in FILE.", valueName: "FILE"))
    var chart: String?

    func validate() throws {
        try measureOptions.validate(nodes: input.nodes)
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        if let stability, stability < 1 { throw ValidationError("--stability must be at least 1 copy, not \(stability)") }
        guard drop >= 0, drop < 1 else { throw ValidationError("--drop must be in [0, 1), not \(drop)") }
        if stability == nil, addRandom || drop != Self.defaultDrop {
            throw ValidationError("--drop and --add-random go with --stability R")
        }
        if let criteria { _ = try parseCriteria(criteria) }
    }

    func parseCriteria(_ spec: String) throws -> [FocalCriterion] {
        try MeasureNames.criteria(spec)
    }

    func run() async throws {
        try output.emit(try await produce())
    }

    /// The ranking as the chosen format, and the chart when asked for.
    func produce() async throws -> String {
        let graph = try input.load()
        guard graph.nodeCount > 0 else { throw CLIError.data("\(input.edges): the cluster has no firms to rank") }
        let top = FirmCount.limit(top, default: Self.defaultTop, option: "--top", firms: graph.nodeCount, file: input.edges)
        let ranker = FocalRanker(
            criteria: try criteria.map(parseCriteria) ?? FocalCriterion.defaults, method: method,
            metrics: measureOptions.metricsOptions(seed: seed))
        let diagnostics = Diagnostics()
        let ranking = try await measureOptions.mapErrors(nodes: input.nodes) {
            if let stability {
                let options = FocalStability.Options(
                    copies: stability, dropFraction: drop, addRandom: addRandom, topK: top, seed: seed, threads: WorkerPool.threads)
                return try await ranker.rank(graph, stability: options, diagnostics: diagnostics)
            }
            return try ranker.rank(graph, diagnostics: diagnostics)
        }
        var table = ranking.table(top: top)
        // With external_ties in the node table: a cognitive_role column (Giuliani & Bell 2005).
        let roles = CognitiveRole.classify(graph)
        if let roles {
            table.columns.append("cognitive_role")
            for (i, row) in ranking.rows.prefix(table.rows.count).enumerated() {
                table.rows[i].append(roles[row.node].map { .text($0.rawValue) } ?? .missing)
            }
        }
        // Measure columns named in --columns join the table (the measures of the listed firms).
        let extra = (output.columnList ?? []).filter { !table.columns.contains($0) }.compactMap(Measure.init(rawValue:))
        if !extra.isEmpty {
            var options = measureOptions.metricsOptions(seed: seed)
            options.measures = extra
            let metrics = try await measureOptions.mapErrors(nodes: input.nodes) {
                try MetricsTable.compute(graph, options: options, diagnostics: diagnostics)
            }
            let nodes = ranking.rows.prefix(top).map(\.node)
            for column in metrics.columns where extra.contains(column.measure) {
                table.columns.append(column.name)
                for (i, v) in nodes.enumerated() {
                    let x = column.values[v]
                    table.rows[i].append(x.isNaN ? .missing : column.isInteger ? .integer(Int(x)) : .number(x))
                }
            }
        }
        for message in diagnostics.messages(naming: \.flag) { Terminal.warning(message) }
        WeightConvention.announce(graph, measureOptions.weightAs)
        if let chart { try AtomicFile.write(ranking.scoreChart(top: top), to: chart) }
        return try output.render(table) { rows in
            guard roles != nil, case .object(let fields) = ranking.json(top: top) else { return ranking.json(top: top) }
            return .object(fields.map { $0.0 == "ranking" ? ("ranking", rows) : $0 })
        }
    }
}
