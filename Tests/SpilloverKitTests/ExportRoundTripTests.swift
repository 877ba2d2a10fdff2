import Foundation
import Testing
@testable import SpilloverKit

/// CSV → GraphML → CSV and CSV → GEXF → CSV (and GML, Pajek, DL, CSV itself) give back the
/// cluster: ids, direction, ties with weights and types, every node column; ids that are
/// hostile to each format survive its escaping.
@Suite struct ExportRoundTripTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("formats")

    static func load(_ graph: String, directed: Bool) throws -> ClusterGraph {
        var options = GraphReadOptions()
        options.directed = directed
        let dir = folder.appendingPathComponent(graph)
        return try GraphLoader.load(
            edges: dir.appendingPathComponent("edges.csv").path, nodes: dir.appendingPathComponent("nodes.csv").path, options: options
        ).graph
    }

    /// Writes `text` to a temporary file named `name` and loads it back (with `nodes` text
    /// as its node table when given).
    static func reload(_ text: String, name: String, nodes: String? = nil, directed: Bool = false) throws -> ClusterGraph {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var nodesPath: String? = nil
        if let nodes {
            nodesPath = dir.appendingPathComponent("nodes.csv").path
            try nodes.write(toFile: nodesPath!, atomically: true, encoding: .utf8)
        }
        var options = GraphReadOptions()
        options.directed = directed
        return try GraphLoader.load(edges: path, nodes: nodesPath, options: options).graph
    }

    /// Each tie as "tail → head [type]" → weight (ends sorted when undirected).
    static func ties(_ g: ClusterGraph) -> [String: Double] {
        var out: [String: Double] = [:]
        for e in 0..<g.edgeCount {
            var (t, h) = (g.ids[Int(g.edges.tails[e])], g.ids[Int(g.edges.heads[e])])
            if !g.isDirected, t > h { swap(&t, &h) }
            out["\(t) → \(h) [\(g.tieTypes[Int(g.edges.types[e])])]"] = g.edges.weights[e]
        }
        return out
    }

    static func expectSame(_ a: ClusterGraph, _ b: ClusterGraph, columns: Bool = true, types: Bool = true, _ what: String) {
        #expect(a.isDirected == b.isDirected, "\(what): direction")
        #expect(Set(a.ids) == Set(b.ids), "\(what): ids \(Set(a.ids).symmetricDifference(b.ids).sorted().prefix(5))")
        let ta = ties(a), tb = ties(b)
        if types {
            #expect(ta == tb, "\(what): ties \(Set(ta.keys).symmetricDifference(tb.keys).sorted().prefix(5))")
        } else {
            #expect(ta.count == tb.count && Set(ta.values) == Set(tb.values), "\(what): ties")
        }
        guard columns else { return }
        for (c, name) in a.attributes.columnNames.enumerated() {
            guard let other = b.attributes.column(named: name) else {
                Issue.record("\(what): column \(name) lost")
                continue
            }
            for v in 0..<a.nodeCount where other[b.node(id: a.ids[v])!] != a.attributes.columns[c][v] {
                Issue.record("\(what): \(name) of \(a.ids[v]) is \(other[b.node(id: a.ids[v])!]), was \(a.attributes.columns[c][v])")
            }
        }
    }

    @Test(arguments: [("florentine", false), ("knoke", true), ("lesmis", false), ("karate", false)])
    func losslessThroughGraphMLGEXFAndCSV(graph name: String, directed: Bool) throws {
        let graph = try Self.load(name, directed: directed)
        // Computed columns as `--with` adds them: integers, decimals with missing values, text.
        let n = graph.nodeCount
        let degree: [Double] = (0..<n).map { Double(graph.outAdjacency.degree($0)) }
        let share: [Double] = (0..<n).map { v -> Double in v % 3 == 0 ? Double.nan : 1 / Double(v + 1) }
        let role: [String] = (0..<n).map { v -> String in v % 2 == 0 ? "broker" : "" }
        let extra: [GraphExport.Column] = [
            GraphExport.Column(name: "degree", numbers: degree),
            GraphExport.Column(name: "share", numbers: share),
            GraphExport.Column(name: "role", texts: role),
        ]
        let export = GraphExport(graph: graph, extra: extra)
        // The reference: the same cluster with the extra columns, through CSV.
        // CSV and DL declare no direction: they are read back with --directed when directed.
        let reference = try Self.reload(
            EdgeListCSVWriter.edges(export), name: "e.csv", nodes: EdgeListCSVWriter.nodes(export), directed: directed)
        Self.expectSame(graph, reference, columns: true, "\(name) CSV")
        Self.expectSame(reference, try Self.reload(GraphMLWriter.text(export), name: "g.graphml"), "\(name) GraphML")
        Self.expectSame(reference, try Self.reload(GEXFWriter.text(export), name: "g.gexf"), "\(name) GEXF")
        Self.expectSame(reference, try Self.reload(GMLWriter.text(export), name: "g.gml"), "\(name) GML")
        Self.expectSame(reference, try Self.reload(PajekWriter.text(export), name: "g.net"), columns: false, "\(name) Pajek")
        Self.expectSame(reference, try Self.reload(DLWriter.text(export), name: "g.dl", directed: directed), columns: false, "\(name) DL")
    }

    /// The rows of `path` with each channel's tie of a pair apart, as "tail → head [type]" →
    /// weight (ends sorted when undirected).
    static func channelTies(_ path: String, directed: Bool = false) throws -> [String: Double] {
        var options = GraphReadOptions()
        options.directed = directed
        let source = try GraphLoader.loadSource(edges: path, options: options).source
        let ties = source.channelTies()
        var out: [String: Double] = [:]
        for e in 0..<ties.count {
            var (t, h) = (source.edges.ids[Int(ties.tails[e])], source.edges.ids[Int(ties.heads[e])])
            if !directed, t > h { swap(&t, &h) }
            out["\(t) → \(h) [\(source.edges.tieTypes[Int(ties.types[e])])]"] = ties.weights[e]
        }
        return out
    }

    /// Padgett's Florentine families: 35 rows, of which 8 pairs are tied by marriage *and*
    /// business. Every writer keeps both ties of such a pair (GEXF as two edges of different
    /// `kind`, GML as a multigraph, Pajek and DL as two relations), so each file reads back
    /// to exactly the 35 rows of the CSV, not to the 27 merged ties.
    @Test func aPairTiedInTwoChannelsKeepsBothTies() throws {
        let edges = Self.folder.appendingPathComponent("florentine/edges.csv").path
        let rows = try Self.channelTies(edges)
        #expect(rows.count == 35)
        let source = try GraphLoader.loadSource(edges: edges).source
        let export = GraphExport(source: source)
        #expect(export.ties.count == 35 && export.graph.edgeCount == 27 && export.hasParallelTies)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-channels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ExportFormat.allCases {
            let path = dir.appendingPathComponent("f.\(format.fileExtension)").path
            try AtomicFile.write(format.bytes(export), to: path)
            let back = try Self.channelTies(path)
            #expect(back == rows, "\(format): \(Set(back.keys).symmetricDifference(rows.keys).sorted().prefix(4))")
        }
        #expect(GEXFWriter.text(export).contains("kind=\"business\""))
        #expect(GMLWriter.text(export).contains("multigraph 1"))
        // One typed and one untyped row of a pair are two ties as well.
        let mixed = try GraphExport(source: ClusterSource(csv: "source,target,weight,type\na,b,1,x\nb,a,2,\n"))
        #expect(mixed.ties.count == 2 && mixed.graph.edgeCount == 1)
    }

    /// GraphML and GEXF written to a file a megabyte at a time are the same bytes as the
    /// document made in memory; a file that cannot be created is an ``OutputError`` and
    /// leaves nothing behind.
    @Test func streamedFilesEqualTheDocuments() throws {
        let graph = ClusterGenerator(firms: 4000, seed: 3).generate().graph()
        let export = GraphExport(graph: graph, extra: [GraphExport.Column(name: "x", numbers: (0..<graph.nodeCount).map { 1 / Double($0 + 3) })])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in [ExportFormat.gexf, .graphml] {
            let path = dir.appendingPathComponent("c.\(format.fileExtension)").path
            try format.write(export, toFile: path)
            let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let document = format.bytes(export)
            #expect(document.count > 2 << 20, "more than one chunk")
            #expect(written == document, "\(format)")
        }
        #expect(throws: OutputError.self) { try ExportFormat.gexf.write(export, toFile: dir.appendingPathComponent("missing/c.gexf").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["c.gexf", "c.graphml"])
    }

    /// Ids hostile to one format or another: blanks, quotes, markup, entities, line breaks,
    /// `#` (a CSV comment), GML and DOT keywords, non-Latin scripts.
    static let hostile = [
        "a b", "x\"y", "<tag>", "R&D", "&amp;", "tab\there", "two\nlines", "#hash", "node", "graph", "]", "[",
        "Ünïcødé 工厂 🏭", "back\\slash", "it's", "n0", "-", "1", "*Vertices",
    ]

    @Test func hostileIdsSurviveEveryWriter() throws {
        var ties: [Tie] = []
        for (k, id) in Self.hostile.enumerated() { ties.append(Tie(id, Self.hostile[(k + 1) % Self.hostile.count], weight: Double(k + 1))) }
        let graph = try GraphBuilder.build(ties: ties)
        let export = GraphExport(graph: graph, extra: [GraphExport.Column(name: "note <&\"'>", texts: Self.hostile)])
        let graphml = GraphMLWriter.text(export)
        #expect(graphml.contains("<node id=\"n0\">"), "ids that are not NMTOKENs are replaced by generated ones")
        for (text, file) in [
            (graphml, "h.graphml"), (GEXFWriter.text(export), "h.gexf"), (GMLWriter.text(export), "h.gml"),
        ] {
            let back = try Self.reload(text, name: file)
            Self.expectSame(graph, back, columns: false, file)
            #expect(back.attributes.column(named: "note <&\"'>") != nil || file == "h.gml", "\(file): column name")
        }
        let csv = try Self.reload(EdgeListCSVWriter.edges(export), name: "h.csv", nodes: EdgeListCSVWriter.nodes(export))
        Self.expectSame(graph, csv, columns: false, "CSV")
    }

    @Test func xmlDropsWhatXMLCannotCarry() {
        #expect(XMLText.escaped("bell\u{7}<&>\"'\t\n") == "bell&lt;&amp;&gt;&quot;&apos;&#9;&#10;")
        #expect(XMLText.isNMToken("firm_1.a-b"))
        #expect(!XMLText.isNMToken("a b"))
        #expect(!XMLText.isNMToken(""))
    }
}
