import ArgumentParser
import Foundation
import SpilloverKit

/// The options of the whole pipeline, shared by `analyze` and `report`.
struct AnalysisOptions: ParsableArguments {
    enum Model: String, ExpressibleByArgument, CaseIterable { case ic, lt, sir, knowledge }

    @Option(name: .long, help: "Folder to write into (created if missing).")
    var out = "spillover-out"

    @Option(
        name: .long, parsing: .unconditional,
        help: TopOption.help(
            "by focal score that seed the diffusion", "default \(SimulationOptions.defaultSeedFirms), or every firm of a smaller cluster"))
    var top: Int?

    @Option(name: .long, help: "Diffusion model: ic, lt, sir or knowledge (each with spillover diffuse's defaults).")
    var model: Model = .ic

    @Option(name: .customLong("p"), parsing: .unconditional, help: "ic: the probability that a tie passes knowledge on (default \(formatNumber(ModelOptions.defaultP))).")
    var p: Double?

    @OptionGroup var simulation: SimulationOptions
    var runs: Int { simulation.runCount }
    var seed: UInt64 { simulation.seed }

    @OptionGroup var measures: MeasureOptions

    @OptionGroup(title: "Picture") var pictureOptions: PictureOptions

    @Option(
        name: .customLong("table-rows"), parsing: .unconditional,
        help: ArgumentHelp(
            "How many firms the report's tables list (at most \(Self.maxTableRows)).",
            discussion: "Every firm is in tables/ranking.csv, tables/measures.csv and tables/reach.csv beside the report."))
    var tableRows = 10

    /// The report's tables list at most this many firms, so that its size is bounded at any
    /// cluster size (the full tables are CSV files beside it).
    static let maxTableRows = 1000

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        guard (1...Self.maxTableRows).contains(tableRows) else {
            throw ValidationError("--table-rows must be between 1 and \(Self.maxTableRows), not \(tableRows); every firm is in the CSV files under tables/")
        }
        if let p {
            guard model == .ic else { throw ValidationError("--p goes with --model ic") }
            guard (0...1).contains(p) else { throw ValidationError("--p must be a probability in [0, 1], not \(p)") }
        }
    }

    /// The library's options; `top` is the number of seed firms (see ``FirmCount``).
    func libraryOptions(top: Int) -> ClusterAnalysis.Options {
        var o = ClusterAnalysis.Options()
        o.metrics = measures.metricsOptions(seed: seed)
        o.top = top
        o.runs = runs
        o.seed = seed
        o.fullPictureLimit = pictureOptions.pictureLimit
        switch pictureOptions.picture {
        case .auto, .none: o.picture = nil
        case .full: o.picture = .full
        case .map: o.picture = .map
        case .focal: o.picture = .focal
        }
        switch model {
        case .ic: o.model = .independentCascade(.uniform(p ?? ModelOptions.defaultP))
        case .lt: o.model = .linearThreshold
        case .sir: o.model = .sir(beta: ModelOptions.defaultBeta, gamma: ModelOptions.defaultGamma)
        case .knowledge: o.model = .knowledge(KnowledgeParameters())
        }
        return o
    }
}

/// The input of `analyze` and `report`: an optional edge list (the bundled cluster when
/// absent) and how to read it.
struct AnalysisInputOptions: ParsableArguments {
    @Argument(help: "Edge list CSV (default: the bundled synthetic cluster).")
    var edges: String?

    @OptionGroup var read: ReadOptions

    func validate() throws {
        if edges == nil, read.nodes != nil { throw ValidationError("--nodes needs an edge list (EDGES)") }
    }

    func load() throws -> AnalysisInput {
        try edges.map { try AnalysisInput.files(edges: $0, read: read) } ?? AnalysisInput.bundled(read: read)
    }
}

/// The data an analysis runs on: a user's files, or the bundled default cluster.
struct AnalysisInput {
    var graph: ClusterGraph
    /// The rows, for the learning-channels section (`nil` for the cluster generated in memory).
    var source: ClusterSource?
    /// The edge list as named in messages.
    var edgesFile: String
    /// The edge list a reader can name in a command (`nil` for a cluster made in memory).
    var edgesPath: String?
    /// How the files were read.
    var read: ReadOptions
    var name: String
    /// The input arguments as they would be typed, for the commands shown in reports.
    var arguments: String
    var note: String?

    /// The bundled default: `data/cluster` when run from the repository, else the same
    /// cluster generated in memory (`spillover generate --firms 150 --seed 1` makes it).
    static func bundled(read: ReadOptions) throws -> AnalysisInput {
        let note =
            "*The default cluster is synthetic*: 150 firms made by `spillover generate --firms 150 --seed 1` from a documented model of an SME cluster (tiers, sectors, institutions; see `data/README.md`). It follows published stylised facts; it describes no real cluster."
        let edges = "data/cluster/edges.csv", nodes = "data/cluster/nodes.csv"
        if FileManager.default.fileExists(atPath: edges), FileManager.default.fileExists(atPath: nodes) {
            var read = read
            read.nodes = nodes
            let source = try read.loadSource(edges: edges)
            return AnalysisInput(
                graph: try read.graph(of: source, edges: edges), source: source, edgesFile: edges, edgesPath: edges, read: read, name: "cluster",
                arguments: "\(edges) --nodes \(nodes)", note: note)
        }
        Terminal.note("data/cluster not found here; using the same default cluster generated in memory")
        return AnalysisInput(
            graph: ClusterGenerator(firms: 150, seed: 1).generate().graph(), source: nil, edgesFile: "the default cluster", edgesPath: nil,
            read: read, name: "cluster",
            arguments: "data/cluster/edges.csv --nodes data/cluster/nodes.csv", note: note)
    }

    static func files(edges: String, read: ReadOptions) throws -> AnalysisInput {
        var arguments = edges
        if let nodes = read.nodes { arguments += " --nodes \(nodes)" }
        if read.directed { arguments += " --directed" }
        if read.reverse { arguments += " --reverse" }
        let source = try read.loadSource(edges: edges)
        return AnalysisInput(
            graph: try read.graph(of: source, edges: edges), source: source, edgesFile: edges, edgesPath: edges, read: read,
            name: datasetName(edges),
            arguments: arguments, note: nil)
    }
}

/// "florentine" for `data/florentine/edges.csv`, "links" for `links.csv`.
func datasetName(_ edgesPath: String) -> String {
    let url = URL(fileURLWithPath: edgesPath)
    var name = url.deletingPathExtension().lastPathComponent
    if name.lowercased() == "edges" {
        let folder = url.deletingLastPathComponent().lastPathComponent
        if !folder.isEmpty, folder != "/", folder != "." { name = folder }
    }
    return name
}

/// Runs the pipeline and writes the report (notebook, Markdown, figures) into `out`;
/// returns the analysis, the network picture (`nil` without GraphViz) and the report's
/// commands. The picture is rendered once, by the report's `spillover dot` command (GraphViz
/// is the slowest step on large clusters), unless the input has no files to name.
func writeReport(
    _ input: AnalysisInput, options: AnalysisOptions
) async throws -> (analysis: ClusterAnalysis, svg: String?, commands: ReportCommands, fullTables: [ClusterReport.Part: String]) {
    guard input.graph.nodeCount > 0 else { throw CLIError.data("the cluster has no firms to analyse") }
    let top = try FirmCount.resolve(options.top, default: SimulationOptions.defaultSeedFirms, option: "--top", firms: input.graph.nodeCount, file: input.edgesFile)
    var libraryOptions = options.libraryOptions(top: top)
    let adoption = adoptionFit(input, options: options)
    if let adoption, options.model == .ic, options.p == nil {
        libraryOptions.model = adoption.fittedDiffusionModel
        Terminal.note("the diffusion runs on the cascade fitted to adopted_at (spillover fit), not on an assumed p")
    }
    let analysis = try await options.measures.mapErrors(nodes: nil) {
        try await ClusterAnalysis.run(input.graph, name: input.name, options: libraryOptions)
    }
    for warning in analysis.warnings { Terminal.warning(warning.withFlags) }
    WeightConvention.announce(input.graph, options.measures.weightAs)
    let drawsPicture = options.pictureOptions.picture != .none
    var graphviz = drawsPicture
    if drawsPicture {
        do { _ = try GraphvizRenderer() } catch {
            Terminal.warning("no network picture: \(error.message)")
            graphviz = false
        }
    }
    try makeFolder(options.out + "/figures")
    try makeFolder(options.out + "/tables")
    let channels = try await ProgressStage.run("channels") { _ in try await channelAnalysis(input, analysis, options: options) }
    var commands = ReportCommands(
        input: input, options: options, seeds: analysis.seeds.count, rows: min(options.tableRows, input.graph.nodeCount),
        measures: ClusterReport.measureColumns.filter { analysis.metrics[$0] != nil }.map(\.rawValue))
    commands.channels = (channels?.channelTypes.count ?? 0) > 1
    if let adoption, options.model == .ic, options.p == nil {
        // The commands diffuse on the same fitted cascade: its parameters beside the report.
        try AtomicFile.write(FittedParameters(fit: adoption.cascade, periods: adoption.record.periodCount).json, to: options.out + "/fitted-params.json")
        commands.fittedParams = "fitted-params.json"
    }
    commands.adoption = adoption != nil
    commands.picture = analysis.picture
    let reproductions = try await ProgressStage.run("report commands") { _ in try await commands.reproductions(networkPicture: graphviz) }
    var svg = reproductions[.network]?.figures.first?.svg
    if svg == nil, graphviz, reproductions.isEmpty { svg = try analysis.svg(renderer: try GraphvizRenderer()) }
    var report = ClusterReport(analysis: analysis, inputArguments: input.arguments, networkSVG: svg, dataNote: input.note)
    report.rows = commands.rows
    report.drawsPicture = drawsPicture
    report.reproductions = reproductions
    report.channels = channels
    report.adoption = adoption.map {
        var section = AdoptionReportSection(analysis: $0)
        section.settingName = { $0.flag }
        return section
    }
    if input.graph.isWeighted { report.weightNote = WeightConvention.sentence(options.measures.weightAs) }
    try ProgressStage.run("writing the report") { _ in
        // Every firm's row of the tables the report shortens, beside it (8-10 s at 10^6 firms).
        for (part, file) in [(ClusterReport.Part.ranking, "tables/ranking.csv"), (.measures, "tables/measures.csv"), (.reach, "tables/reach.csv")] {
            try ProgressStage.run(file) { _ in
                guard let table = report.fullTable(part) else { return }
                try table.writeCSV(to: "\(options.out)/\(file)")
                report.fullTables[part] = file
            }
        }
        let document = report.document()
        let (markdown, figures) = document.markdown(figureFolder: "figures")
        for figure in figures { try AtomicFile.write(figure.svg, to: "\(options.out)/figures/\(figure.name)") }
        try AtomicFile.write(markdown, to: options.out + "/report.md")
        try AtomicFile.write(document.notebook(), to: options.out + "/report.ipynb")
    }
    return (analysis, svg, commands, report.fullTables)
}

/// The learning channels of a typed edge list, with the experiments from the analysis's seeds,
/// model, runs and seed (`spillover channels` with the same options); `nil` when the edge list
/// has no tie types or the cluster was generated in memory.
func channelAnalysis(_ input: AnalysisInput, _ a: ClusterAnalysis, options: AnalysisOptions) async throws -> ChannelAnalysis? {
    guard let source = input.source, !source.channels.isEmpty else { return nil }
    let o = a.options
    var channels = try await options.measures.mapErrors(nodes: nil) {
        try ChannelAnalysis.measure(
            source: source, cluster: a.graph, top: Channels.defaultTop, ranker: FocalRanker(metrics: o.metrics), clusterRanking: a.ranking.rows.map(\.node))
    }
    channels.experiments = try await ChannelExperiments.run(
        source: source, cluster: a.graph, model: o.model, seeds: a.seeds, runs: o.runs, seed: o.seed, threads: o.threads)
    return channels
}
