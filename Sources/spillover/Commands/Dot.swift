import ArgumentParser
import Foundation
import SpilloverKit

#if canImport(Glibc)
    import Glibc
#endif

extension DOTOptions.Labels: ExpressibleByArgument {}
extension DOTOptions.Layout: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

/// `spillover dot`: a GraphViz picture of the cluster.
struct Dot: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Draw a cluster: write GraphViz DOT, or render SVG, PNG or PDF with GraphViz.",
        discussion: """
            Nodes are filled by --color-by (a qualitative palette for group or a text column of \
            the node table, a sequential one for a measure or a numeric column), sized by \
            --size-by (area proportional to the value), and the top K firms by --highlight-by \
            (--top K) get a bold double outline. Ties: vertical solid, horizontal dashed, institutional \
            dotted, other types plain; line width follows the weight; arrows only with \
            --directed. Hover over a firm in the SVG to see its measures.

            Measures: any column of spillover metrics (degree, strength, betweenness, pagerank, \
            constraint, effective_size, broker_gatekeeper, …), score (the focal score of \
            spillover rank), arrival (mean step at which knowledge from the top --arrival-seeds \
            focal firms arrives, default \(SimulationOptions.defaultSeedFirms), under --model and its parameters with --runs runs: \
            spillover diffuse defaults), or a numeric column of the node table. \
            Categories: group, community (Louvain), role (spillover rank's role), or a text \
            column of the node table.

            Examples:
              spillover dot data/florentine/edges.csv --nodes data/florentine/nodes.csv -o florentine.svg
              spillover dot edges.csv --nodes nodes.csv --color-by group --size-by strength --top 5 --render png -o cluster.png
              spillover dot edges.csv --cluster-by group > cluster.gv
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("color-by"), help: "Fill colour: group, community, role, cognitive_role, arrival, a measure, or a node table column.")
    var colorBy: String?

    @Option(name: .customLong("size-by"), help: "Node area: a measure or a numeric node table column.")
    var sizeBy: String?

    @Option(
        name: [.customLong("top"), .customLong("highlight-top")], parsing: .unconditional,
        help: TopOption.help("by --highlight-by to draw with a bold double outline", "default: none"))
    var highlightTop: Int?

    @Option(name: .customLong("highlight-by"), help: "The measure that picks the firms of --top (default: the focal score of spillover rank).")
    var highlightBy = "score"

    @OptionGroup var simulation: SimulationOptions
    var seed: UInt64 { simulation.seed }
    /// `--runs` as given: it sets the arrival simulation.
    var runs: Int? { simulation.runs }

    @OptionGroup var measureOptions: MeasureOptions

    @OptionGroup(title: "Arrival (--color-by, --size-by or --highlight-by arrival)") var modelOptions: ModelOptions

    @Option(
        name: .customLong("arrival-seeds"), parsing: .unconditional,
        help: "arrival: how many top focal firms knowledge starts from (default \(SimulationOptions.defaultSeedFirms), or every firm of a smaller cluster).")
    var arrivalSeeds: Int?

    @Option(name: .customLong("cluster-by"), help: "Draw each group in a box of its own: group, or a node table column.")
    var clusterBy: String?

    @Option(name: .long, help: "Node text: none, id or label (default: label up to \(DOTWriter.labelLimit) firms, none above).")
    var label: DOTOptions.Labels?

    @Option(name: .long, help: "Layout: dot, neato, sfdp, fdp, circo or twopi (default: neato; fdp with --cluster-by; sfdp above \(DOTWriter.largeGraphThreshold) firms).")
    var layout: DOTOptions.Layout?

    @Option(name: .long, help: "Render with GraphViz: svg, png or pdf (default: from the -o extension, else DOT).")
    var render: RenderFormat?

    @Option(name: .long, help: "Title above the legend (default: the dataset's name and size; '' for none).")
    var title: String?

    @OptionGroup(title: "Picture") var pictureOptions: PictureOptions

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if pictureOptions.picture == .none {
            throw ValidationError("--picture none draws nothing; dot takes --picture full, map, focal or auto")
        }
        try measureOptions.validate(nodes: input.nodes)
        if let highlightTop, highlightTop < 1 {
            throw ValidationError("--top (--highlight-top) must be a positive number of firms, not \(highlightTop)")
        }
        try modelOptions.check(supported: [.ic, .lt, .sir, .knowledge])
        let usesArrival = [colorBy, sizeBy, highlightTop == nil ? nil : highlightBy].contains("arrival")
        if !usesArrival, modelOptions.isGiven || arrivalSeeds != nil || runs != nil {
            throw ValidationError("--model, its parameters, --arrival-seeds and --runs set the arrival simulation; use them with --color-by, --size-by or --highlight-by arrival")
        }
        if let arrivalSeeds, arrivalSeeds < 1 { throw ValidationError("--arrival-seeds must be at least 1, not \(arrivalSeeds)") }
    }

    /// The picture format: `--render`, else the extension of `-o` (`.svg`, `.png`, `.pdf`).
    var format: RenderFormat? {
        if let render { return render }
        guard let output, let dot = output.lastIndex(of: ".") else { return nil }
        return RenderFormat(rawValue: output[output.index(after: dot)...].lowercased())
    }

    func run() async throws {
        if let format, format != .svg, output == nil, isatty(1) != 0 {
            throw CLIError.usage("--render \(format.rawValue) writes binary data; give -o FILE or redirect standard output")
        }
        let graph = try input.load()
        if let highlightTop { _ = FirmCount.limit(highlightTop, default: highlightTop, option: "--top", firms: graph.nodeCount, file: input.edges) }
        let kind = pictureOptions.kind(firms: graph.nodeCount) ?? .full
        var options = try await drawingOptions(for: graph)
        if kind != .full, options.highlighted.isEmpty {
            // The map and the neighbourhood are drawn around focal firms: the analysis's
            // number of seed firms by default.
            options.highlighted = try await topFirms(min(SimulationOptions.defaultSeedFirms, graph.nodeCount), by: "score", graph: graph)
            options.highlightCaption = "top \(options.highlighted.count) focal firms"
        }
        var picture = ClusterPicture(kind: kind, options: options)
        if kind == .map { picture.groups = try mapGroups(graph) }
        let dot: String, layout: DOTOptions.Layout
        do { (dot, layout) = try picture.draw(graph) } catch { throw CLIError(message: error.message) }
        if kind == .full, options.clusters != nil, ![.dot, .fdp].contains(layout) {
            Terminal.warning("--cluster-by: the \(layout.rawValue) layout does not draw clusters; use --layout fdp or dot")
        }
        guard let format else {
            if let output { try AtomicFile.write(dot, to: output) } else { print(dot, terminator: "") }
            return
        }
        do {
            let renderer = try GraphvizRenderer()
            if let output {
                let warnings = try renderer.render(dot, layout: layout, format: format, to: output)
                for warning in warnings { Terminal.note("graphviz: \(warning)") }
            } else {
                let (picture, warnings) = try renderer.render(dot, layout: layout, format: format)
                for warning in warnings { Terminal.note("graphviz: \(warning)") }
                FileHandle.standardOutput.write(picture)
            }
        } catch let error as RenderError {
            throw CLIError(message: error.message)
        }
    }

    /// The drawing options from the command line.
    func drawingOptions(for graph: ClusterGraph) async throws -> DOTOptions {
        let keys = try nodeKeys(graph)
        var options = DOTOptions()
        options.labels = label
        options.layout = layout
        options.showsLegend = !noLegend
        options.title = title ?? defaultTitle(graph)
        if let colorBy {
            if let categories = try keys.categories(named: colorBy, option: "--color-by") {
                options.color = .categories(categories)
            } else {
                options.color = .values(try await keys.nodeValues(named: colorBy, option: "--color-by"))
            }
        }
        if let sizeBy {
            options.size = try await keys.nodeValues(named: sizeBy, option: "--size-by")
        }
        if let clusterBy {
            guard let categories = try keys.categories(named: clusterBy, option: "--cluster-by") else {
                throw CLIError.usage("--cluster-by takes group or a text column of the node table, not the numeric '\(clusterBy)'")
            }
            options.clusters = categories
        }
        var tooltipKeys = ["degree"]
        if graph.isWeighted { tooltipKeys.append("strength") }
        if let highlightTop {
            options.highlighted = try await topFirms(highlightTop, by: highlightBy, graph: graph, keys: keys)
            let shown = options.highlighted.count
            options.highlightCaption = highlightBy == "score" ? "top \(shown) focal firms" : "top \(shown) by \(highlightBy)"
            tooltipKeys.append(highlightBy)
        }
        var tooltips: [NodeValues] = []
        for key in tooltipKeys { tooltips.append(try await keys.nodeValues(named: key, option: "--highlight-by")) }
        options.tooltipValues = tooltips
        return options
    }

    /// The measure keys of `graph` with this command's options.
    func nodeKeys(_ graph: ClusterGraph) throws -> NodeKeys {
        let keys = NodeKeys(graph: graph, metrics: measureOptions.metricsOptions(seed: seed))
        keys.arrivalModel = modelOptions.diffusionModel(try modelOptions.knowledgeParameters())
        keys.arrivalSeeds =
            try arrivalSeeds.map { try FirmCount.check($0, option: "--arrival-seeds", firms: graph.nodeCount, file: input.edges) }
            ?? min(SimulationOptions.defaultSeedFirms, graph.nodeCount)
        keys.arrivalRuns = simulation.runCount
        return keys
    }

    /// The top `k` firms by `measure`: value descending, then id; missing values never count.
    func topFirms(_ k: Int, by measure: String, graph: ClusterGraph, keys: NodeKeys? = nil) async throws -> Set<Int> {
        let scores = try await (keys ?? nodeKeys(graph)).nodeValues(named: measure, option: "--highlight-by")
        let order = (0..<graph.nodeCount).filter { scores.values[$0].isFinite }.sorted { a, b in
            let (x, y) = (scores.values[a], scores.values[b])
            return x != y ? x > y : graph.ids[a] < graph.ids[b]
        }
        return Set(order.prefix(k))
    }

    /// The groups of the cluster map, as the measures take them: the group column, else
    /// Louvain communities (seeded).
    func mapGroups(_ graph: ClusterGraph) throws -> NodeCategories {
        let metrics = measureOptions.metricsOptions(seed: seed)
        let column = graph.attributes.column(named: metrics.groupColumn)
        switch metrics.groupSource ?? (column == nil ? .community : .column) {
        case .column:
            guard let column else { throw CLIError.data("\(input.nodes ?? "node table"): no '\(metrics.groupColumn)' column for the map's groups (--group-column)") }
            return NodeCategories(name: "group", values: column)
        case .community:
            return NodeCategories(name: "community", values: Communities.labels(try Communities.louvain(graph, seed: seed)))
        }
    }

    /// "florentine: 16 firms, 20 ties", named after the edge list (or its folder when the
    /// file is called edges.csv).
    func defaultTitle(_ graph: ClusterGraph) -> String {
        let url = URL(fileURLWithPath: input.edges)
        var name = url.deletingPathExtension().lastPathComponent
        if name.lowercased() == "edges" {
            let folder = url.deletingLastPathComponent().lastPathComponent
            if !folder.isEmpty, folder != "/", folder != "." { name = folder }
        }
        let n = graph.nodeCount, m = graph.edgeCount
        return "\(name): \(n) firm\(n == 1 ? "" : "s"), \(m) tie\(m == 1 ? "" : "s")"
    }
}
