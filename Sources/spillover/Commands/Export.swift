import ArgumentParser
import Foundation
import SpilloverKit

extension ExportFormat: ExpressibleByArgument {}

/// `spillover export`: the cluster, and optionally spillover's results, in the file formats
/// of other network tools.
struct Export: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Write the cluster as GraphML, GEXF, GML, Pajek, UCINET DL or CSV, with spillover's results as node attributes.",
        discussion: """
            Every node table column is written as a typed node attribute; ties carry weight and \
            tie type. --with adds computed columns: metrics (every column of spillover metrics), \
            rank (focal score and role of spillover rank), reach (reach probability and mean \
            arrival step of knowledge from the top \(SimulationOptions.defaultSeedFirms) focal firms, spillover diffuse defaults), \
            channels (degree per tie type, overlapping degree, participation and cognitive role \
            of spillover channels). A pair tied in several channels is written as one tie per \
            channel, each with its type (GEXF: as the edge's kind). \
            GEXF carries the positions of the GraphViz layout (--layout; needs GraphViz), \
            colours by group and sizes by strength, so Gephi opens the cluster as spillover \
            draws it (above \(GraphvizLayout.automaticLimit) firms only with --layout). With --to csv and -o FILE, the node table goes to FILE's name with \
            '-nodes' before the extension.

            Examples:
              spillover export data/florentine/edges.csv --nodes data/florentine/nodes.csv --to gexf --with metrics,rank -o florentine.gexf
              spillover export edges.csv --to graphml -o cluster.graphml
              spillover export cluster.graphml --to pajek > cluster.net
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("to"), help: "Format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .customLong("with"), help: "Computed columns to add: metrics, rank, reach, channels (comma-separated).")
    var with: String?

    @Option(name: .long, help: "GraphViz layout for GEXF positions: \(DOTOptions.Layout.allCases.map(\.rawValue).joined(separator: ", ")) (default: as spillover dot).")
    var layout: DOTOptions.Layout?

    @OptionGroup var seedOption: SeedOption
    var seed: UInt64 { seedOption.seed }

    @OptionGroup var measureOptions: MeasureOptions

    static let extras = ["metrics", "rank", "reach", "channels"]

    var extraNames: [String] {
        (with ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    func validate() throws {
        for name in extraNames where !Self.extras.contains(name) {
            throw ValidationError("--with: unknown '\(name)'; use \(Self.extras.joined(separator: ", "))")
        }
        if layout != nil, format != .gexf {
            throw ValidationError("--layout places the nodes of a GEXF file; --to \(format.rawValue) carries no positions")
        }
        try measureOptions.validate(nodes: input.nodes)
    }

    func run() async throws {
        let (source, graph) = try input.loadSource(allowNoTies: true, keepsChannelTies: true)
        var extra: [GraphExport.Column] = []
        let metricsOptions = measureOptions.metricsOptions(seed: seed)
        let names = extraNames
        var table: MetricsTable?
        if names.contains("metrics") {
            let computed = try await measureOptions.mapErrors(nodes: input.nodes) {
                try MetricsTable.compute(graph, options: metricsOptions)
            }
            extra += computed.columns.map { GraphExport.Column(name: $0.name, numbers: $0.values) }
            table = computed
        }
        var ranking: FocalRanking?
        if names.contains("rank") || names.contains("reach") {
            // From the metrics columns when they were computed: the measures once, not twice.
            let ranker = FocalRanker(metrics: metricsOptions)
            ranking = try await measureOptions.mapErrors(nodes: input.nodes) {
                try table.map { try ranker.rank(graph, using: $0) } ?? ranker.rank(graph)
            }
        }
        if names.contains("rank"), let ranking {
            var score = [Double](repeating: .nan, count: graph.nodeCount)
            var role = [String](repeating: "", count: graph.nodeCount)
            for row in ranking.rows { score[row.node] = row.score; role[row.node] = row.role.rawValue }
            extra += [GraphExport.Column(name: "score", numbers: score), GraphExport.Column(name: "role", texts: role)]
        }
        if names.contains("reach"), let ranking {
            let seeds = ranking.top(min(SimulationOptions.defaultSeedFirms, graph.nodeCount))
            let simulation = try DiffusionSimulation(graph: graph, model: .independentCascade(.uniform(ModelOptions.defaultP)), seeds: seeds)
            let result = try await simulation.run(budget: .runs(SimulationOptions.defaultRuns), seed: seed, threads: DiffusionSimulation.defaultThreads)
            extra += [
                GraphExport.Column(name: "reach_probability", numbers: result.reachProbability),
                GraphExport.Column(name: "mean_arrival_step", numbers: result.meanArrivalStep),
            ]
        }
        if names.contains("channels") {
            if source.channels.isEmpty {
                Terminal.note("--with channels: the ties have no type, so the channel columns describe one channel, 'all'")
            }
            let analysis = try await measureOptions.mapErrors(nodes: input.nodes) {
                try ChannelAnalysis.measure(source: source, cluster: graph, top: 0, ranker: FocalRanker(metrics: metricsOptions))
            }
            extra += Self.channelColumns(analysis, firms: graph.nodeCount)
        }
        var look: GraphExport.Look?
        if format == .gexf, graph.nodeCount > 0 { look = try gexfLook(graph) }
        let export = GraphExport(source: source, graph: graph, extra: extra, look: look)
        try ProgressStage.run("writing \(format.rawValue)") { _ in
            guard let output else {
                FileHandle.standardOutput.write(Data(format.bytes(export)))
                return
            }
            try format.write(export, toFile: output)
        }
        guard let output else { return }
        if format == .csv, let nodes = EdgeListCSVWriter.nodes(export) {
            let path = Self.nodesPath(for: output)
            try AtomicFile.write(nodes, to: path)
            Terminal.note("wrote the node table to \(path)")
        }
    }

    /// The GEXF look: positions from GraphViz when it is installed, else none (with a note).
    func gexfLook(_ graph: ClusterGraph) throws -> GraphExport.Look? {
        if layout == nil, graph.nodeCount > GraphvizLayout.automaticLimit {
            Terminal.note(
                "no node positions in the GEXF file above \(GraphvizLayout.automaticLimit) firms (a GraphViz layout takes minutes); give --layout to have one, or lay the network out in Gephi"
            )
            return nil
        }
        let renderer: GraphvizRenderer
        do { renderer = try GraphvizRenderer() } catch {
            Terminal.note("GraphViz is not installed: the GEXF file carries no node positions, colours or sizes")
            return nil
        }
        var options = DOTOptions()
        options.layout = layout
        options.labels = DOTOptions.Labels.none
        let writer = DOTWriter(options: options)
        let (x, y) = try GraphvizLayout.positions(try writer.dot(for: graph), nodeCount: graph.nodeCount, layout: writer.layout(for: graph), renderer: renderer)
        return .standard(graph: graph, x: x, y: y)
    }

    /// The firm columns of `spillover channels`: degree_<type> per channel, overlapping_degree,
    /// participation and cognitive_role.
    static func channelColumns(_ analysis: ChannelAnalysis, firms n: Int) -> [GraphExport.Column] {
        let p = analysis.participation
        var columns = analysis.degreeTypes.indices.map { k in
            GraphExport.Column(name: "degree_\(analysis.degreeTypes[k])", numbers: (0..<n).map { Double(p[$0].degreeByChannel[k]) })
        }
        columns += [
            GraphExport.Column(name: "overlapping_degree", numbers: (0..<n).map { Double(p[$0].overlappingDegree) }),
            GraphExport.Column(name: "participation", numbers: p.map(\.participation)),
            GraphExport.Column(name: "cognitive_role", texts: (0..<n).map { analysis.role($0)?.rawValue ?? "" }),
        ]
        return columns
    }

    /// `out.csv` → `out-nodes.csv`.
    static func nodesPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
        return url.deletingPathExtension().path + "-nodes." + ext
    }
}
