/// A cluster as the writers of other formats see it: the graph, its node attributes as typed
/// columns, extra computed columns (measures, scores, reach), and, for GEXF, a picture's
/// positions, colours and sizes.
public struct GraphExport: Sendable {
    /// A per-node column with the type the formats declare (GraphML `attr.type`, GEXF
    /// `type`): every value as text, `""` where missing.
    public struct Column: Sendable, Equatable {
        /// The declared type of a column's values: whole numbers, decimals or text.
        public enum Kind: String, Sendable {
            /// Whole numbers (GraphML `long`), decimals (`double`) or text (`string`).
            case integer, double, string
        }
        /// The column's name (the attribute's title or key).
        public var name: String
        /// The type the formats declare for it.
        public var kind: Kind
        /// One value per firm, as text; `""` where missing.
        ///
        /// A numeric column (``init(name:numbers:)``) keeps its numbers and makes this text
        /// when asked: every measure of 10^5 firms as text was 2.6 million `String`s, about
        /// 100 MB, made only to be copied into a file. The writers take the numbers as they
        /// are (`cells`), so read this once, not once per firm.
        public var values: [String] {
            get {
                switch cells {
                case .texts(let texts): texts
                case .numbers(let numbers, let integral): numbers.map { Self.text($0, integral: integral) }
                }
            }
            set { cells = .texts(newValue) }
        }

        /// The values as given: text, or numbers (written as whole numbers when `integral`).
        enum Cells: Sendable {
            case texts([String])
            case numbers([Double], integral: Bool)
        }

        /// The values as the column was made, for the writers.
        private(set) var cells: Cells

        /// A column with known type and values.
        public init(name: String, kind: Kind, values: [String]) {
            self.name = name
            self.kind = kind
            cells = .texts(values)
        }

        /// A numeric column; NaN and infinities are missing values.
        public init(name: String, numbers: [Double]) {
            self.name = name
            var anyFinite = false
            var integral = true
            for x in numbers where x.isFinite {
                anyFinite = true
                if integral, !(x == x.rounded() && abs(x) < 1e15) { integral = false }
            }
            kind = integral && anyFinite ? .integer : .double
            cells = .numbers(numbers, integral: integral)
        }

        /// Value `x` of a numeric column as text: `""` when not finite, else as
        /// ``ExportBuffer/cell(_:integral:)`` writes it.
        static func text(_ x: Double, integral: Bool) -> String {
            guard x.isFinite else { return "" }
            return integral ? String(Int64(x)) : String(x)
        }

        /// Columns are equal when their names, kinds and texts are.
        public static func == (a: Column, b: Column) -> Bool {
            a.name == b.name && a.kind == b.kind && a.values == b.values
        }

        /// A text column typed by its content: integers, decimals, or text.
        public init(name: String, texts: [String]) {
            self.name = name
            cells = .texts(texts)
            let present = texts.filter { !$0.isEmpty }
            if !present.isEmpty, present.allSatisfy({ Int64($0) != nil }) {
                kind = .integer
            } else if !present.isEmpty, present.allSatisfy({ Double($0)?.isFinite == true && !GraphExport.hasLetter($0) }) {
                kind = .double
            } else {
                kind = .string
            }
        }
    }

    /// Whether `text` has a letter (`Character.isLetter`); ASCII text byte by byte, since
    /// the Unicode properties of every cell were most of the typing of a node table.
    static func hasLetter(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") { return true }
        }
        return ascii ? false : text.contains(where: \.isLetter)
    }

    /// Where a node sits and how it looks in a picture (GEXF `viz`).
    public struct Look: Sendable {
        /// Horizontal position of each firm, in points (1/72 inch) as GraphViz lays it out.
        public var x: [Double]
        /// Vertical position of each firm, in points, y up.
        public var y: [Double]
        /// Fill colour of each firm.
        public var colors: [RGB]
        /// Size of each firm, GEXF `viz:size` (the standard look uses 5 to 30).
        public var sizes: [Double]

        /// A look from per-firm arrays, one entry per firm each.
        public init(x: [Double], y: [Double], colors: [RGB], sizes: [Double]) {
            self.x = x
            self.y = y
            self.colors = colors
            self.sizes = sizes
        }
    }

    /// The cluster to write.
    public var graph: ClusterGraph
    /// The ties to write, numbered as `graph`'s firms and tie types: `graph.edges`, or
    /// ``ClusterSource/channelTies()`` so that a pair tied in several channels keeps one tie
    /// per channel (the writers then write parallel ties, each with its type).
    public var ties: EdgeList
    /// The node table's columns (`label`, `group`, …), typed, then the extra columns.
    public var columns: [Column]
    /// Positions, colours and sizes for GEXF `viz`; `nil` for none.
    public var look: Look?

    /// The graph with its node table's columns; `extra` columns follow (a name already in the
    /// node table gets a `_` suffix, so both survive). `ties` are the ties to write (by
    /// default the graph's own, every channel of a pair merged into one).
    public init(graph: ClusterGraph, ties: EdgeList? = nil, extra: [Column] = [], look: Look? = nil) {
        self.graph = graph
        self.ties = ties ?? graph.edges
        var columns = zip(graph.attributes.columnNames, graph.attributes.columns).map { Column(name: $0, texts: $1) }
        var taken = Set(columns.map { $0.name.lowercased() })
        for var column in extra {
            while taken.contains(column.name.lowercased()) { column.name += "_" }
            taken.insert(column.name.lowercased())
            columns.append(column)
        }
        self.columns = columns
        self.look = look
    }

    /// The cluster of `source` (``ClusterSource/graph()``, given as `graph` when built
    /// already) with one tie per channel of a pair (``ClusterSource/channelTies()``).
    public init(source: ClusterSource, graph: ClusterGraph? = nil, extra: [Column] = [], look: Look? = nil) {
        let graph = graph ?? source.graph()
        self.init(graph: graph, ties: source.tiesForExport(), extra: extra, look: look)
    }

    /// The tie type label of tie `e` of ``ties`` (`""` when untyped).
    func tieType(_ e: Int) -> String { graph.tieTypes[Int(ties.types[e])] }

    /// Whether any tie has a type.
    var hasTieTypes: Bool { graph.tieTypes.contains { !$0.isEmpty } }

    /// About the size of the GraphML or GEXF document, in bytes (room to reserve for it).
    var estimatedXMLSize: Int { 64 * graph.nodeCount * (1 + columns.count) + 120 * ties.count }

    /// Whether two ties of ``ties`` join the same pair (in two channels); they are sorted by
    /// pair, so such ties are next to each other.
    var hasParallelTies: Bool {
        let (tails, heads) = (ties.tails, ties.heads)
        for e in tails.indices.dropFirst() where tails[e] == tails[e - 1] && heads[e] == heads[e - 1] { return true }
        return false
    }

    /// A weight as the formats write it: `2` for a whole number, else the shortest decimal
    /// that reads back to the same Double.
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}

/// The writers of other formats.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// A target format: GraphML, GEXF 1.3, GML, Pajek `.net`, UCINET DL, or spillover's CSV
    /// (edge list and node table).
    case graphml, gexf, gml, pajek, dl, csv

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .pajek: "net"
        default: rawValue
        }
    }

    /// The text of `export` in this format (for `csv`, the edge list; see ``EdgeListCSVWriter``
    /// for the node table).
    public func text(_ export: GraphExport) -> String {
        switch self {
        case .graphml: GraphMLWriter.text(export)
        case .gexf: GEXFWriter.text(export)
        case .gml: GMLWriter.text(export)
        case .pajek: PajekWriter.text(export)
        case .dl: DLWriter.text(export)
        case .csv: EdgeListCSVWriter.edges(export)
        }
    }

    /// Writes ``text(_:)`` to `path` atomically; GraphML and GEXF a megabyte at a time,
    /// without holding the document in memory.
    /// - Throws: ``OutputError`` when the file cannot be written.
    public func write(_ export: GraphExport, toFile path: String) throws(OutputError) {
        switch self {
        case .graphml: try GraphMLWriter.write(export, toFile: path)
        case .gexf: try GEXFWriter.write(export, toFile: path)
        default: try AtomicFile.write(text(export), to: path)
        }
    }

    /// The UTF-8 bytes of ``text(_:)``, without a `String` in between for the XML formats
    /// (the large ones: a GEXF file with every measure of 10^5 firms is 228 MB).
    public func bytes(_ export: GraphExport) -> [UInt8] {
        switch self {
        case .graphml: GraphMLWriter.bytes(export)
        case .gexf: GEXFWriter.bytes(export)
        default: Array(text(export).utf8)
        }
    }
}
