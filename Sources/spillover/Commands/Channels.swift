import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover channels`: which learning channel (tie type) carries the cluster's knowledge.
struct Channels: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Compare the learning channels (tie types): structure, overlap, participation, cognitive roles, and the spread lost when each is cut.",
        discussion: """
            Per channel and for all ties together (n = all firms of the cluster): firms with a \
            tie in it, ties, density, components among its firms, largest component share, \
            mean degree, transitivity, Freeman degree centralization and its top focal firms. \
            Per pair of channels: Jaccard overlap of the tied pairs and Spearman correlation \
            of the firms' degrees. Per firm: degree in each channel, overlapping degree, \
            multiplex participation coefficient (Battiston, Nicosia & Latora 2014) and, when \
            the node table has external_ties, the cognitive role (after Giuliani & Bell 2005).

            Experiments: the diffusion model (the options of diffuse) from the same seeds on \
            the whole cluster (base), with each channel removed (cut: as if its rows were not \
            in the file) and on each channel alone, all with the same random numbers per run, \
            so lost = base − cut has a paired 95% interval.

            JSON: {"channels": [...], "overlap": [...], "firms": [...], "experiments": {...}}.

            Examples:
              spillover channels data/cluster/edges.csv --nodes data/cluster/nodes.csv
              spillover channels edges.csv --model lt --runs 2000 -f json
              spillover channels edges.csv --layer vertical,horizontal --section overlap -f csv
            """)

    enum Section: String, ExpressibleByArgument, CaseIterable { case all, channels, overlap, firms, experiments }

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var measureOptions: MeasureOptions
    @OptionGroup var modelOptions: ModelOptions

    @Option(name: .long, parsing: .unconditional, help: TopOption.help("by focal score to list per channel", "0 for none"))
    var top = Self.defaultTop

    /// Focal firms listed per channel when `--top` is not given.
    static let defaultTop = 5

    @Option(
        name: .long,
        help: "Seed firms: focal:K, degree:K, random:K or comma-separated ids (default focal:\(SimulationOptions.defaultSeedFirms), or every firm of a smaller cluster).")
    var seeds: String?

    @OptionGroup var simulation: SimulationOptions
    var runs: Int { simulation.runCount }
    var randomSeed: UInt64 { simulation.seed }

    @Flag(name: .customLong("no-experiments"), help: "Structure only: skip the diffusion experiments.")
    var noExperiments = false

    @Option(name: .long, help: "Part to write: all, channels, overlap, firms or experiments (csv default: channels).")
    var section: Section?

    @Option(
        name: .customLong("firms-limit"), parsing: .unconditional,
        help: "Firms listed in the firms section of table and markdown output, by participation (csv and json list all).")
    var firmsLimit = Self.defaultFirmsLimit

    /// Firms of the firms section in table and markdown output when `--firms-limit` is not given.
    static let defaultFirmsLimit = 20

    @Option(name: .long, help: ArgumentHelp("Also draw the spread lost per channel cut, with its paired 95% interval, as a bar chart (SVG) in FILE.", valueName: "FILE"))
    var chart: String?

    func validate() throws {
        try measureOptions.validate(nodes: input.nodes)
        if top < 0 { throw ValidationError("--top must be ≥ 0, not \(top)") }
        if firmsLimit < 0 { throw ValidationError("--firms-limit must be ≥ 0, not \(firmsLimit)") }
        try modelOptions.check(supported: [.ic, .lt, .sir, .knowledge])
        if section == .experiments, noExperiments { throw ValidationError("--section experiments contradicts --no-experiments") }
        if chart != nil, noExperiments { throw ValidationError("--chart draws the channel experiments; it contradicts --no-experiments") }
    }

    func run() async throws {
        try output.emit(try await produce())
    }

    /// The channels in the chosen format, and the cut chart when asked for.
    func produce() async throws -> String {
        let (source, graph) = try input.loadSource()
        let ranker = FocalRanker(metrics: measureOptions.metricsOptions(seed: randomSeed))
        if source.channels.count < 2 {
            Terminal.note(
                "\(input.edges) has \(source.channels.isEmpty ? "no tie types" : "a single channel (\(source.channels[0]))"): there is nothing to compare across channels")
        }
        // The cluster's ranking once: for its focal firms and for focal:K seeds.
        let needsRanking = top > 0 || (!noExperiments && (seeds == nil || seeds!.lowercased().hasPrefix("focal:")))
        let ranked = try await measureOptions.mapErrors(nodes: input.nodes) { needsRanking ? try ranker.rankedFirms(in: graph) : nil }
        var analysis = try await measureOptions.mapErrors(nodes: input.nodes) {
            try ChannelAnalysis.measure(source: source, cluster: graph, top: top, ranker: ranker, clusterRanking: ranked)
        }
        if !noExperiments {
            let fixed = FixedRanking(order: ranked ?? [])
            let selection: SeedSelection
            if let seeds {
                selection = try SeedRules.parse(seeds, focalRanking: fixed)
            } else {
                selection = .focal(
                    FirmCount.clampDefault(SimulationOptions.defaultSeedFirms, option: "--seeds", firms: graph.nodeCount, file: input.edges) { "focal:\($0)" }, fixed)
            }
            let seedNodes: [Int]
            do { seedNodes = try selection.resolve(in: graph, seed: randomSeed) } catch let error as DiffusionError {
                throw CLIError(error, seeds: seeds.map { SeedsAsked(option: "--seeds", value: $0, graph: graph, file: input.edges) })
            }
            let model = modelOptions.diffusionModel(try modelOptions.knowledgeParameters())
            do {
                analysis.experiments = try await ChannelExperiments.run(
                    source: source, cluster: graph, model: model, seeds: seedNodes, runs: runs, seed: randomSeed,
                    threads: WorkerPool.threads)
            } catch let error as DiffusionError { throw CLIError(error) }
        }
        if let chart, let e = analysis.experiments { try AtomicFile.write(analysis.cutChart(e), to: chart) }
        return try render(analysis, graph: graph)
    }

    func render(_ a: ChannelAnalysis, graph: ClusterGraph) throws -> String {
        if output.format == .json { return a.json(in: graph, model: .string(modelOptions.model.rawValue)).serialized() }
        let chosen = section ?? (output.format == .csv ? .channels : .all)
        let limit = output.format == .table || output.format == .markdown ? firmsLimit : nil
        func one(_ s: Section) -> DataTable {
            switch s {
            case .channels, .all: a.channelsTable
            case .overlap: a.overlapTable
            case .firms: a.firmsTable(in: graph, limit: limit)
            case .experiments: a.experimentsTable ?? DataTable(columns: [])
            }
        }
        if chosen != .all { return try output.render(one(chosen)) }
        var parts: [(String, Section)] = [("Channels (n = \(graph.nodeCount) firms; all = every channel merged)", .channels)]
        if !a.overlap.isEmpty { parts.append(("Overlap between channels", .overlap)) }
        let shown = limit.map { min($0, graph.nodeCount) } ?? graph.nodeCount
        parts.append(("Firms across channels (\(shown == graph.nodeCount ? "all" : "top \(shown) of \(graph.nodeCount)") by participation)", .firms))
        if let e = a.experiments {
            let title =
                "Experiments: model \(modelOptions.model.rawValue), \(e.runs) runs, seed \(e.seed), seeds \(e.seeds.joined(separator: ", ")); "
                + "lost = base − cut with a paired 95% CI (common random numbers)"
            parts.append((title, .experiments))
        }
        var text = ""
        for (k, (title, s)) in parts.enumerated() {
            if k > 0 { text += "\n" }
            text += output.format == .markdown ? "### \(title)\n\n" : "\(title)\n"
            text += try output.render(one(s))
        }
        return text
    }
}

/// A ranking computed once, handed to ``SeedSelection`` for `focal:K`.
struct FixedRanking: FirmRanker {
    var order: [Int]
    func rankedFirms(in graph: ClusterGraph) throws -> [Int] { order }
}
