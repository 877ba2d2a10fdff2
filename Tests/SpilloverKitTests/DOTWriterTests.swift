import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import SpilloverKit

/// What GraphViz drew: per node, its text lines joined by newlines, and its tooltip.
struct DrawnNodes {
    var labels: [String] = []
    var tooltips: [String] = []
    var arrowheads = 0

    init(svg: Data) throws {
        let document = try XMLDocument(data: svg)
        for group in try document.nodes(forXPath: "//*[local-name()='g'][@class='node']") {
            guard let element = group as? XMLElement else { continue }
            let texts = try element.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
            // GraphViz writes runs of spaces as no-break spaces (&#160;) so that SVG keeps them.
            labels.append(texts.joined(separator: "\n").replacingOccurrences(of: "\u{A0}", with: " "))
            for anchor in try element.nodes(forXPath: ".//*[local-name()='a']") {
                if let title = (anchor as? XMLElement)?.attribute(forName: "xlink:title")?.stringValue {
                    tooltips.append(title.replacingOccurrences(of: "\u{A0}", with: " "))
                }
            }
        }
        arrowheads = try document.nodes(forXPath: "//*[local-name()='g'][@class='edge']/*[local-name()='polygon']").count
    }
}

/// Ids that break naive DOT writers: keywords, quotes, backslashes, line breaks, markup,
/// entities, escString substitutions, numbers in exponent form, Unicode.
let hostileIDs = [
    "node", "graph", "edge", "subgraph", "strict", "digraph", "Node", "GRAPH",
    "a\"b", "\"", "back\\slash", "trailing\\", "\\N", "\\G\\l", "two\nlines", "crlf\r\nend",
    "tab\there", "R&D;", "&amp;", "&#65;", "<html>", "<b>bold</b>", "1e+06", "-1e6", "0x1F",
    "--", "->", "{", "}", ";", "[", "=", "  spaced  ", "Ünïcødé", "工厂 🏭", "日本語\\n",
    "n0", "n1",
]

/// How GraphViz shows an id (documented in ``DOTText/quoted(_:)``).
func displayed(_ id: String) -> String {
    id.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\t", with: " ")
}

@Suite("DOTWriter and GraphvizRenderer", .serialized)
struct DOTWriterTests {
    static let renderer = try? GraphvizRenderer()

    /// A chain through the hostile ids with ties of every type and weights of any magnitude.
    static func hostileGraph(directed: Bool) -> ClusterGraph {
        let types = ["vertical", "horizontal", "institutional", "other \"type\"", ""]
        let weights = [1.0, 1e6, 3e-7, 2.5, 1e15]
        var ties: [Tie] = []
        for k in 1..<hostileIDs.count {
            ties.append(Tie(hostileIDs[k - 1], hostileIDs[k], weight: weights[k % weights.count], type: types[k % types.count]))
        }
        return try! GraphBuilder.build(ties: ties, isolates: ["isolate"], directed: directed)
    }

    @Test("hostile ids survive: GraphViz accepts the DOT and draws every firm", arguments: [false, true])
    func hostile(directed: Bool) throws {
        let renderer = try #require(Self.renderer, "GraphViz is not installed")
        let graph = Self.hostileGraph(directed: directed)
        var options = DOTOptions()
        options.labels = .id
        options.title = "hostile \"ids\" & <markup>\n2nd line"
        options.color = .values(NodeValues(name: "big <value>", values: (0..<graph.nodeCount).map { pow(10, Double($0 % 25)) }))
        options.highlighted = [0, 3]
        let dot = try DOTWriter(options: options).dot(for: graph)
        // No number in exponent form (the ids "1e+06" and "-1e6" are inside quotes).
        #expect(dot.firstMatch(of: /(width|penwidth|size)=-?[0-9.]+[eE]/) == nil)
        #expect(dot.hasPrefix(directed ? "digraph spillover {" : "graph spillover {"))
        let (svg, _) = try renderer.render(dot, layout: .neato, format: .svg)
        let drawn = try DrawnNodes(svg: svg)
        #expect(drawn.labels.count == graph.nodeCount)
        #expect(Set(drawn.labels) == Set(graph.ids.map(displayed)))
        #expect(drawn.tooltips.count == graph.nodeCount)
        #expect(drawn.tooltips.contains { $0.hasPrefix("R&D;") })
        // Arrowheads only when directed.
        #expect((drawn.arrowheads > 0) == directed)
    }

    @Test("without labels the ids are in the tooltips")
    func tooltipsCarryIDs() throws {
        let renderer = try #require(Self.renderer, "GraphViz is not installed")
        let graph = Self.hostileGraph(directed: false)
        var options = DOTOptions()
        options.labels = DOTOptions.Labels.none
        options.size = NodeValues(name: "size", values: (0..<graph.nodeCount).map { Double($0) * 1e7 })
        let dot = try DOTWriter(options: options).dot(for: graph)
        let drawn = try DrawnNodes(svg: try renderer.render(dot, layout: .sfdp, format: .svg).picture)
        let firstLines = Set(drawn.tooltips.map { String($0.split(separator: "\n", omittingEmptySubsequences: false)[0]) })
        for id in graph.ids where !id.contains("\n") && !id.contains("\r") {
            #expect(firstLines.contains(displayed(id)))
        }
    }

    @Test("the generated 150-firm cluster renders with every firm, in every layout", arguments: DOTOptions.Layout.allCases)
    func cluster150(layout: DOTOptions.Layout) throws {
        let renderer = try #require(Self.renderer, "GraphViz is not installed")
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("dot/cluster150")
        let graph = try ClusterGraph.load(
            edges: folder.appendingPathComponent("edges.csv").path, nodes: folder.appendingPathComponent("nodes.csv").path)
        #expect(graph.nodeCount == 150)
        var options = DOTOptions()
        options.labels = .id
        options.layout = layout
        options.color = .categories(NodeCategories(name: "group", values: graph.attributes.groups!))
        options.clusters = layout == .fdp ? NodeCategories(name: "group", values: graph.attributes.groups!) : nil
        let dot = try DOTWriter(options: options).dot(for: graph)
        let drawn = try DrawnNodes(svg: try renderer.render(dot, layout: layout, format: .svg).picture)
        #expect(Set(drawn.labels) == Set(graph.ids))
    }

    @Test("SVG, PNG and PDF are written atomically and are what they say")
    func formats() throws {
        let renderer = try #require(Self.renderer, "GraphViz is not installed")
        let graph = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c", type: "horizontal")])
        let dot = try DOTWriter().dot(for: graph)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-dot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let magic: [RenderFormat: [UInt8]] = [.svg: Array("<?xml".utf8), .png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8)]
        for format in RenderFormat.allCases {
            let path = folder.appendingPathComponent("picture.\(format.rawValue)").path
            try renderer.render(dot, layout: .neato, format: format, to: path)
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bytes.count > 100)
            #expect(Array(bytes.prefix(magic[format]!.count)) == magic[format]!)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["picture.pdf", "picture.png", "picture.svg"])
    }

    @Test("without GraphViz the error says how to install it")
    func notInstalled() {
        #expect {
            _ = try GraphvizRenderer(path: "/nonexistent:/also/not/here")
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.code == .notInstalled && error.message.contains("apt-get install graphviz")
        }
        #expect(GraphvizRenderer.find("sh", in: "/nonexistent:/bin:/usr/bin") != nil)
    }

    @Test("GraphViz's own errors come back as RenderError with its message")
    func graphvizFailure() throws {
        let renderer = try #require(Self.renderer, "GraphViz is not installed")
        #expect {
            _ = try renderer.render("graph { a -- }", layout: .dot, format: .svg)
        } throws: { error in
            (error as? RenderError)?.code == .failed && (error as? RenderError)?.message.contains("syntax error") == true
        }
    }

    @Test("ties: vertical solid, horizontal dashed, institutional dotted, pen width by weight")
    func tieStyles() throws {
        let graph = try GraphBuilder.build(ties: [
            Tie("a", "b", weight: 1, type: "vertical"), Tie("b", "c", weight: 3, type: "Horizontal"),
            Tie("c", "d", weight: 5, type: "institutional"), Tie("d", "e", weight: 2, type: "supply"),
        ])
        let dot = try DOTWriter().dot(for: graph)
        #expect(dot.contains("n0 -- n1 [penwidth=0.8];"))
        #expect(dot.contains("n1 -- n2 [style=dashed, penwidth=2.4];"))
        #expect(dot.contains("n2 -- n3 [style=dotted, penwidth=4];"))
        #expect(dot.contains("n3 -- n4 [penwidth=1.6];"))
        #expect(!dot.contains("->"))
        let unweighted = try DOTWriter().dot(for: try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c")], directed: true, weighted: false))
        #expect(unweighted.contains("n0 -> n1;"))
        #expect(unweighted.contains("arrowsize"))
    }

    @Test("defaults follow the size of the cluster")
    func defaults() throws {
        let small = try GraphBuilder.build(ties: [Tie("a", "b")])
        let big = try GraphBuilder.build(ties: (0..<400).map { Tie("f\($0)", "f\(($0 + 1) % 400)") })
        #expect(DOTWriter().layout(for: small) == .neato)
        #expect(DOTWriter().layout(for: big) == .sfdp)
        #expect(DOTWriter().labels(for: small) == .label)
        #expect(DOTWriter().labels(for: big) == .none)
        var clustered = DOTOptions()
        clustered.clusters = NodeCategories(name: "group", values: ["x", ""])
        #expect(DOTWriter(options: clustered).layout(for: small) == .fdp)
        let dot = try DOTWriter(options: clustered).dot(for: small)
        #expect(dot.contains("subgraph cluster_0 {"))
        #expect(dot.contains("label=\"x\""))
        let bigDot = try DOTWriter().dot(for: big)
        #expect(bigDot.contains("layout=sfdp") && bigDot.contains("overlap=prism"))
    }

    @Test("more categories than colours share 'other'; missing values are marked")
    func categories() throws {
        let names = (0..<15).map { "g\($0)" }
        let graph = try GraphBuilder.build(ties: (0..<15).map { Tie("f\($0)", "f\($0 + 1)") })
        var options = DOTOptions()
        options.color = .categories(NodeCategories(name: "group", values: names + [""]))
        let dot = try DOTWriter(options: options).dot(for: graph)
        #expect(dot.contains("4 others"))
        #expect(dot.contains(Palette.other.hex))
        #expect(dot.contains(Palette.missing.hex))
        options.color = .values(NodeValues(name: "arrival", values: (0..<16).map { $0 % 4 == 0 ? .nan : Double($0 % 3) }))
        let steps = try DOTWriter(options: options).dot(for: graph)
        #expect(steps.contains("no value"))
    }

    @Test("per-node arrays of the wrong length are an error, not a crash")
    func wrongLengths() throws {
        let graph = try GraphBuilder.build(ties: [Tie("a", "b")])
        var options = DOTOptions()
        options.size = NodeValues(name: "x", values: [1])
        let short = DOTError.valueCount(input: .sizeKey(name: "x"), count: 1, firmCount: 2)
        #expect(throws: short) { try DOTWriter(options: options).dot(for: graph) }
        #expect(short.message == "size key 'x' has 1 values for 2 firms")
        options = DOTOptions()
        options.highlighted = [5]
        let outside = DOTError.highlightedOutOfRange(node: 5, firmCount: 2)
        #expect(throws: outside) { try DOTWriter(options: options).dot(for: graph) }
        #expect(outside.message == "highlighted node 5 is not a node of a graph of 2 firms")
    }
}
