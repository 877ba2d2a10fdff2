import ArgumentParser
import Foundation
import SpilloverKit

/// The input files and how to read them; shared by every subcommand that reads a graph.
struct InputOptions: ParsableArguments {
    @Argument(
        help:
            "Ties: an edge list CSV (columns source, target, and optional weight and type), GraphML, GEXF, GML, Pajek .net, UCINET DL or (with --matrix) an adjacency matrix CSV; '-' reads standard input."
    )
    var edges: String

    @OptionGroup var read: ReadOptions

    var nodes: String? { read.nodes }
    var directed: Bool { read.directed }

    /// Loads the graph and reports on standard error what the builder merged and dropped.
    /// A graph without firms, or (unless `allowNoTies`) without ties, is a data error.
    func load(allowNoTies: Bool = false) throws -> ClusterGraph { try read.load(edges: edges, allowNoTies: allowNoTies) }

    /// The rows (with --layer/--drop-layer applied) and their graph, for commands that
    /// rebuild the cluster without a firm or a channel.
    /// `keepsChannelTies`: the caller writes each channel's tie of a pair apart
    /// (``ClusterSource/tiesForExport()``), which the note on merged ties then says.
    func loadSource(allowNoTies: Bool = false, keepsChannelTies: Bool = false) throws -> (source: ClusterSource, graph: ClusterGraph) {
        let source = try read.loadSource(edges: edges)
        return (source, try read.graph(of: source, edges: edges, allowNoTies: allowNoTies, keepsChannelTies: keepsChannelTies))
    }
}

/// How to read the input files (everything but the edge list's path).
struct ReadOptions: ParsableArguments {
    @Option(name: .long, help: "Node table CSV: column id, and optional label, group, absorptive_capacity, ….")
    var nodes: String?

    @Flag(name: .long, help: "Treat ties as directed (source → target).")
    var directed = false

    @Flag(name: .long, help: "Flip every tie (target → source): for nominations (\"a names b as a source\"), where knowledge flows from b to a.")
    var reverse = false

    @Option(name: .long, help: "How to merge duplicate ties: sum, max or first.")
    var merge: MergePolicy = .sum

    @Option(name: .customLong("source-column"), help: "Name of the source column.")
    var sourceColumn = "source"

    @Option(name: .customLong("target-column"), help: "Name of the target column.")
    var targetColumn = "target"

    @Option(name: .customLong("weight-column"), help: "Name of the weight column.")
    var weightColumn = "weight"

    @Option(name: .customLong("type-column"), help: "Name of the tie type column.")
    var typeColumn = "type"

    @Option(name: .long, help: "Field delimiter: ',', ';' or 'tab' (default: detected from the header).")
    var delimiter: String?

    @Option(name: .long, help: "Keep only these channels (tie types), comma-separated.")
    var layer: String?

    @Option(name: .customLong("drop-layer"), help: "Remove these channels (tie types), comma-separated.")
    var dropLayer: String?

    @Option(
        name: .customLong("input-format"),
        help: "Format of the ties file: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the extension, confirmed by the content).")
    var inputFormat: InputFormat?

    @Flag(name: .customLong("decimal-comma"), help: "Numbers in the CSV files are written with a decimal comma (0,5), as in ';'-separated European spreadsheets.")
    var decimalComma = false

    @Flag(
        name: .customLong("two-mode"),
        help: "The ties link firms (first column) to partners (second column: events, projects, associations): project onto the firms, tie weight = number of shared partners.")
    var twoMode = false

    @Flag(name: .long, help: "The ties file is an adjacency matrix CSV (firm ids in the first row and column); same as --input-format matrix.")
    var matrix = false

    func validate() throws {
        if let delimiter, parsedDelimiter == nil {
            throw ValidationError("--delimiter must be ',', ';' or 'tab', not '\(delimiter)'")
        }
        if twoMode, directed {
            throw ValidationError("--two-mode projects onto undirected ties between firms; drop --directed")
        }
        if matrix, let inputFormat, inputFormat != .matrix {
            throw ValidationError("--matrix and --input-format \(inputFormat.rawValue) contradict each other; give one")
        }
    }

    private var parsedDelimiter: Character? {
        switch delimiter {
        case ",": ","
        case ";": ";"
        case "tab", "\\t", "\t": "\t"
        default: nil
        }
    }

    /// How the edge list's columns and delimiter are read.
    var edgeListOptions: EdgeListOptions {
        var options = EdgeListOptions()
        options.sourceColumn = sourceColumn
        options.targetColumn = targetColumn
        options.weightColumn = weightColumn
        options.typeColumn = typeColumn
        options.delimiter = parsedDelimiter
        options.decimalComma = decimalComma
        return options
    }

    /// How the ties file is read, in any format.
    var graphReadOptions: GraphReadOptions {
        var read = GraphReadOptions()
        read.csv = edgeListOptions
        read.format = matrix ? .matrix : inputFormat
        read.directed = directed
        read.merge = merge
        read.twoMode = twoMode
        read.reverse = reverse
        return read
    }

    /// Loads the graph from `edges` and reports on standard error what the builder merged
    /// and dropped. A graph without firms, or (unless `allowNoTies`) without a tie between
    /// two distinct firms, is a data error: no measure or model has anything to work on, and
    /// such a graph must not reach igraph or the simulations.
    func load(edges: String, allowNoTies: Bool = false) throws -> ClusterGraph {
        try graph(of: loadSource(edges: edges), edges: edges, allowNoTies: allowNoTies)
    }

    /// Reads the rows of `edges` in any format (and the node table), flipped with --reverse,
    /// and keeps the channels --layer and --drop-layer select, as if the other rows had never
    /// been in the file.
    func loadSource(edges: String) throws -> ClusterSource {
        guard let cache = ResultCache.current, let key = ReadKey(edges: edges, options: self, graph: false) else {
            return try readSource(edges: edges)
        }
        return try cache.value(for: key) { _ in try readSource(edges: edges) }
    }

    private func readSource(edges: String) throws -> ClusterSource {
        let read = graphReadOptions
        try ColumnCheck.check(
            edges: edges, options: read,
            given: [
                ("--source-column", sourceColumn, "source"), ("--target-column", targetColumn, "target"),
                ("--weight-column", weightColumn, "weight"), ("--type-column", typeColumn, "type"),
            ])
        let loaded: (source: ClusterSource, format: InputFormat, notes: [SettingText])
        do throws(InputError) {
            loaded = try GraphLoader.loadSource(edges: edges, nodes: nodes, options: read)
        } catch {
            // Weights that cannot add up: said in the terms of this tool's options.
            guard let cause = error.buildError else { throw error }
            if case .mergedWeightOverflow(let ties) = cause {
                throw CLIError.data(
                    "\(edges): the summed weight of \(ties) merged tie\(ties == 1 ? "" : "s") is beyond the range of numbers (over 1.8e308); use --merge max or first, or rescale the weights"
                )
            }
            throw CLIError.data(error.description(naming: \.flag))
        }
        for note in loaded.notes { Terminal.note(note.withFlags) }
        return try LayerSelection(keep: layer, drop: dropLayer).apply(to: loaded.source, file: edges)
    }

    /// The graph of `source`, the rows ``loadSource(edges:)`` read from `edges` with these
    /// options, with what the builder merged and dropped reported on standard error; refuses
    /// a graph without firms or (unless `allowNoTies`) without ties. A result cache keeps the
    /// rows and the graph, so a report's commands read and build them once (at 10^6 firms
    /// the channels commands, which take the rows, had built the graph again each time,
    /// about 3 s); the checks and notes run for every caller.
    func graph(of source: ClusterSource, edges: String, allowNoTies: Bool = false, keepsChannelTies: Bool = false) throws -> ClusterGraph {
        let built: ClusterGraph
        if let cache = ResultCache.current, let key = ReadKey(edges: edges, options: self, graph: true) {
            built = cache.value(for: key) { _ in source.graph() }
        } else {
            built = source.graph()
        }
        return try graph(checking: built, edges: edges, allowNoTies: allowNoTies, keepsChannelTies: keepsChannelTies)
    }

    private func graph(checking graph: ClusterGraph, edges: String, allowNoTies: Bool, keepsChannelTies: Bool = false) throws -> ClusterGraph {
        let report = graph.buildReport
        if report.mergedDuplicates > 0 {
            var text = "merged \(report.mergedDuplicates) duplicate tie\(report.mergedDuplicates == 1 ? "" : "s") (--merge \(merge.rawValue))"
            if report.mergedTypeConflicts > 0 {
                text +=
                    keepsChannelTies
                    ? "; \(report.mergedTypeConflicts) of them have another type than the pair's first tie: the file written keeps one tie per type, the measures take one tie per pair"
                    : "; \(report.mergedTypeConflicts) of them have another type than the pair's first tie: each channel keeps its own tie, the aggregate tie merges them and keeps the first type"
            }
            Terminal.note(text)
        }
        if report.droppedSelfLoops > 0 {
            Terminal.note("dropped \(report.droppedSelfLoops) self-loop\(report.droppedSelfLoops == 1 ? "" : "s")")
        }
        if graph.nodeCount == 0 {
            throw CLIError.data("\(edges): no firms: the edge list has a header but no rows\(nodes.map { " and the node table \($0) has none either" } ?? "")")
        }
        if graph.edgeCount == 0, !allowNoTies {
            let why =
                report.droppedSelfLoops > 0
                ? "all \(report.rawTies) of its rows are self-loops, which are dropped"
                : "it has no rows; the \(graph.nodeCount) firm\(graph.nodeCount == 1 ? "" : "s") come from the node table"
            throw CLIError.data("\(edges): no ties between two distinct firms (\(why)); there is nothing to measure")
        }
        return graph
    }
}

extension MergePolicy: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Where and how results are written; shared by every subcommand that prints results.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("format")],
        help: "Output format: table, csv, json or markdown (default: from the extension of -o (.csv, .json, .md), else table).")
    var formatGiven: OutputFormat?

    /// `-f`, else the format the output file's extension names, else an aligned table: a
    /// user who writes `-o ranking.csv` gets CSV, not a text table in a file called .csv.
    var format: OutputFormat { formatGiven ?? output.flatMap(Self.format(ofExtensionOf:)) ?? .table }

    /// The format an output file name's extension names, if any.
    static func format(ofExtensionOf path: String) -> OutputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv": .csv
        case "json": .json
        case "md", "markdown": .markdown
        default: nil
        }
    }

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Columns to write, comma-separated, in this order (table, csv and markdown output).")
    var columns: String?

    func validate() throws {
        if columns != nil, format == .json { throw ValidationError("--columns selects the columns of table, csv and markdown output, not json") }
        if let list = columnList, list.isEmpty { throw ValidationError("--columns needs at least one column name") }
    }

    /// The names given to `--columns`.
    var columnList: [String]? {
        columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// `table` with only the `--columns`, in their order; a name the table lacks is a usage
    /// error that lists the table's columns.
    func selecting(_ table: DataTable) throws -> DataTable {
        guard let list = columnList else { return table }
        if let missing = list.first(where: { !table.columns.contains($0) }) {
            throw CLIError.usage("--columns: no column '\(missing)'; the columns are \(table.columns.joined(separator: ", "))")
        }
        return table.selecting(list)
    }

    /// Writes `text` to the output file, or to standard output.
    func emit(_ text: String) throws {
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }

    /// Renders `table` in the chosen format and writes it as ``emit(_:)`` does; CSV goes to
    /// the file as bytes, without a `String` of the whole table (323 MB at 10^6 firms).
    func emit(_ table: DataTable, json: ((JSONValue) -> JSONValue)? = nil) throws {
        guard format == .csv, let output else { return try emit(try render(table, json: json)) }
        try AtomicFile.write(try selecting(table).csvBytes(), to: output)
    }

    /// Renders `table` in the chosen format; for JSON, `json` wraps the rows in the
    /// command's documented shape.
    func render(_ table: DataTable, json: ((JSONValue) -> JSONValue)? = nil) throws -> String {
        let table = try selecting(table)
        return switch format {
        case .table: table.text()
        case .csv: table.csv()
        case .markdown: table.markdown()
        case .json: (json?(table.jsonRows()) ?? table.jsonRows()).serialized()
        }
    }
}

/// The files read and every reading option, as a ``ResultCache`` key: a report's commands
/// read the analysis's files again, and at 10^6 firms reading takes seconds. The files' size
/// and modification time are part of the key; standard input is never cached.
struct ReadKey: Equatable, Sendable {
    let files: [String]
    let options: String
    let graph: Bool

    init?(edges: String, options read: ReadOptions, graph: Bool) {
        guard edges != "-" else { return nil }
        var files: [String] = []
        for path in [edges] + (read.nodes.map { [$0] } ?? []) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = attributes[.size] as? Int, let date = attributes[.modificationDate] as? Date
            else { return nil }
            files.append("\(path)\u{0}\(size)\u{0}\(date.timeIntervalSince1970)")
        }
        self.files = files
        self.options = String(reflecting: read.graphReadOptions) + "\u{0}" + (read.layer ?? "") + "\u{0}" + (read.dropLayer ?? "")
        self.graph = graph
    }
}
