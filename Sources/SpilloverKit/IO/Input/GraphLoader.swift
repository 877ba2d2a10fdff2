/// How to read a graph file of any format (see ``GraphLoader``).
public struct GraphReadOptions: Sendable {
    /// The format; `nil` detects it (``InputFormat/detect(path:bytes:)``).
    public var format: InputFormat? = nil
    /// Column names and delimiter of a CSV edge list (and of an adjacency matrix CSV).
    public var csv = EdgeListOptions()
    /// Read the ties as directed even when the file does not say so.
    public var directed = false
    /// How duplicate ties, and the two differing entries of a pair in matrix data read as
    /// undirected, are combined.
    public var merge: MergePolicy = .sum
    /// The ties link firms to partners (events, projects, …): project onto the firms
    /// (`TwoModeProjection`).
    public var twoMode = false
    /// Flip every tie (``RawEdgeList/reverse()``): for nominations, where knowledge flows
    /// from the nominee to the nominator.
    public var reverse = false

    /// The defaults: format detected, CSV columns `source`, `target`, `weight`, `type`,
    /// undirected unless the file says so, duplicates summed, one-mode, as given.
    public init() {}
}

/// A graph read from files, with what the readers want the user to know.
public struct LoadedGraph: Sendable {
    /// The built graph.
    public var graph: ClusterGraph
    /// The format the edge file was read as.
    public var format: InputFormat
    /// One sentence each: the direction a file declared, asymmetric matrix entries combined,
    /// a partition file read beside a Pajek network, …, naming settings as typed values.
    public var notes: [SettingText]
}

/// Reads ties from a file of any ``InputFormat`` (and node attributes from a node table, a
/// Pajek `.clu` partition or `.vec` vector) and builds the ``ClusterGraph``.
///
/// Attributes a file carries land where the CSV columns would: node labels in `label`,
/// groups in `group`, every other node attribute as a node column, tie weights and types as
/// the `weight` and `type` columns of an edge list. A node table given besides adds columns
/// and overrides the file's values for the firms it lists.
///
/// The graph is directed when asked (``GraphReadOptions/directed``) or when the file
/// declares directed ties (GraphML `edgedefault`, GEXF `defaultedgetype`, GML `directed 1`,
/// Pajek `*Arcs`, Gephi's CSV `Type` column).
public enum GraphLoader {
    /// Reads the ties at `path` (and the node table at `nodesPath`, if any) and builds the graph.
    /// - Parameters:
    ///   - path: the edge file, in any ``InputFormat``.
    ///   - nodesPath: a node table CSV, or a Pajek `.clu`/`.vec` file; `nil` for none.
    ///   - options: format, CSV columns, direction, merge policy, projection and reversal.
    /// - Returns: the graph, the format read and the readers' notes.
    /// - Throws: ``InputError`` naming file, line and column of the first problem.
    public static func load(edges path: String, nodes nodesPath: String? = nil, options: GraphReadOptions = GraphReadOptions()) throws(InputError) -> LoadedGraph {
        let (source, format, notes) = try loadSource(edges: path, nodes: nodesPath, options: options)
        return LoadedGraph(graph: source.graph(), format: format, notes: notes)
    }

    /// The rows as read (``ClusterSource``: ties per channel, node table), before the graph
    /// is built, so that channels can be selected or cut; the format; and the notes.
    public static func loadSource(
        edges path: String, nodes nodesPath: String? = nil, options: GraphReadOptions = GraphReadOptions()
    ) throws(InputError) -> (source: ClusterSource, format: InputFormat, notes: [SettingText]) {
        var (input, format) = try read(edges: path, options: options)
        if options.twoMode { input = try TwoModeProjection.project(input) }
        var notes = input.notes
        if format == .pajek {
            for (ext, column) in [("clu", "group"), ("vec", nil as String?)] {
                let beside = PajekVectorReader.sibling(of: path, extension: ext)
                guard let beside, MappedFile.exists(beside) else { continue }
                let table = try PajekVectorReader.read(path: beside, ids: input.edges.ids, column: column)
                input.nodes = NodeTableMerge.merge(input.nodes, table)
                notes.append("read \(beside) beside \(path) as node column '\(table.columnNames[0])'")
            }
        }
        if let nodesPath {
            let table: NodeTable
            if let ext = nodesPath.split(separator: ".").last?.lowercased(), ext == "clu" || ext == "vec" {
                guard format == .pajek || format == .gml || format == .graphml || format == .gexf || format == .dl else {
                    throw InputError(
                        file: nodesPath,
                        message: "a Pajek .\(ext) file lists values in the vertex order of a Pajek network; give a node table CSV with an id column for \(format.displayName) ties")
                }
                table = try PajekVectorReader.read(path: nodesPath, ids: input.edges.ids, column: ext == "clu" ? "group" : nil)
            } else {
                var note: String? = nil
                table = try NodeTableReader.read(path: nodesPath, delimiter: options.csv.delimiter, idNote: &note)
                if let note { notes.append(SettingText(note)) }
            }
            input.nodes = NodeTableMerge.merge(input.nodes, table)
        }
        var directed = options.directed
        switch (input.declaresDirected, options.directed) {
        case (true?, false):
            directed = true
            notes.append("ties read as directed: \(path) declares them so")
        case (false?, true):
            notes.append("\(path) declares its ties undirected; \(Setting.directed) reads each as one tie from its first to its second end")
        default: break
        }
        if options.reverse { input.edges.reverse() }
        return (try ClusterSource(checking: input.edges, nodes: input.nodes, directed: directed, merge: options.merge, file: path), format, notes)
    }

    /// Two-mode ties (firm → partner) projected onto the firms (`TwoModeProjection`).
    public static func project(_ input: GraphInput) throws(InputError) -> GraphInput {
        try TwoModeProjection.project(input)
    }

    /// Reads the ties file at `path` (`-`: standard input) in the given or detected format,
    /// without building the graph: the ties as the file lists them.
    public static func read(edges path: String, options: GraphReadOptions = GraphReadOptions()) throws(InputError) -> (GraphInput, InputFormat) {
        if path == "-" {
            let bytes = StandardInput.readAll()
            return try bytes.withUnsafeBufferPointer { b throws(InputError) in
                try read(bytes: b, file: "<stdin>", path: "-", options: options, release: nil)
            }
        }
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) in
            try read(bytes: file.bytes, file: path, path: path, options: options, release: file.release(below:))
        }
    }

    /// Reads `bytes` in the given or detected format. UTF-16 text (with a byte order mark)
    /// is transcoded to UTF-8 first.
    static func read(
        bytes: UnsafeBufferPointer<UInt8>, file: String, path: String, options: GraphReadOptions, release: ((Int) -> Void)?
    ) throws(InputError) -> (GraphInput, InputFormat) {
        if let utf8 = UTF16Text.transcode(bytes) {
            var (input, format) = try utf8.withUnsafeBufferPointer { b throws(InputError) in
                try read(bytes: b, file: file, path: path, options: options, release: nil)
            }
            input.notes.insert("\(file) is UTF-16 text; read as such (UTF-8 is the usual encoding for CSV)", at: 0)
            return (input, format)
        }
        let format: InputFormat
        if let forced = options.format {
            try InputFormat.refuseUnreadable(path: path, bytes: bytes)
            format = forced
        } else {
            format = try InputFormat.detect(path: path, bytes: bytes)
        }
        let merge = options.merge, directed = options.directed
        let input: GraphInput
        switch format {
        case .csv:
            let raw = try EdgeListReader.parse(bytes: bytes, file: file, options: options.csv, release: release)
            input = GephiSpreadsheet.interpret(raw, options: options.csv)
        case .graphml: input = try GraphMLReader.parse(bytes: bytes, file: file)
        case .gexf: input = try GEXFReader.parse(bytes: bytes, file: file)
        case .gml: input = try GMLReader.parse(bytes: bytes, file: file)
        case .pajek: input = try PajekReader.parse(bytes: bytes, file: file)
        case .dl: input = try DLReader.parse(bytes: bytes, file: file, directed: directed, merge: merge)
        case .matrix:
            input = try AdjacencyMatrixReader.parse(
                bytes: bytes, file: file, delimiter: options.csv.delimiter, decimalComma: options.csv.decimalComma,
                directed: directed, merge: merge)
        }
        return (input, format)
    }
}
