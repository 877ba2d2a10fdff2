import Foundation
import Testing
@testable import SpilloverKit

/// The pictures of a cluster at any size: the full picture, the cluster map and the focal
/// neighbourhood name every focal firm, say in the legend which picture they are and how
/// many firms they leave out, and keep to their caps.
@Suite("cluster pictures", .serialized)
struct ClusterPictureTests {
    /// A generated cluster with its group column, the five firms of highest degree as focal
    /// firms and a colour by degree.
    static func setUp(firms: Int) -> (ClusterGraph, DOTOptions, NodeCategories) {
        let graph = ClusterGenerator(firms: firms, seed: 3).generate().graph()
        let degree = (0..<graph.nodeCount).map { Double(graph.outAdjacency.degree($0)) }
        var options = DOTOptions()
        options.title = "generated: \(firms) firms"
        options.color = .values(NodeValues(name: "degree", values: degree))
        options.highlighted = Set((0..<graph.nodeCount).sorted { (degree[$0], graph.ids[$1]) > (degree[$1], graph.ids[$0]) }.prefix(5))
        options.highlightCaption = "top 5 by degree"
        return (graph, options, NodeCategories(name: "group", values: graph.attributes.groups!))
    }

    @Test(
        "every focal firm is named in the SVG, at every size and in every picture",
        arguments: [
            (60, PictureKind.full), (400, .full), (400, .map), (400, .focal), (2000, .map), (2000, .focal),
        ])
    func focalFirmsLabelled(firms: Int, kind: PictureKind) throws {
        let renderer = try #require(DOTWriterTests.renderer, "GraphViz is not installed")
        let (graph, options, groups) = Self.setUp(firms: firms)
        let (dot, layout) = try ClusterPicture(kind: kind, options: options, groups: groups).draw(graph)
        let drawn = try DrawnNodes(svg: try renderer.render(dot, layout: layout, format: .svg).picture)
        for f in options.highlighted {
            #expect(drawn.labels.contains(graph.label(of: f)), "\(kind) of \(firms) firms does not name focal firm \(graph.label(of: f))")
        }
    }

    @Test("the focal firms' legend sample has their shape: a double circle, or a double box")
    func legendSample() throws {
        let (graph, options, _) = Self.setUp(firms: 40)
        var circles = options
        circles.size = NodeValues(name: "degree", values: [Double](repeating: 1, count: graph.nodeCount))
        #expect(try DOTWriter(options: circles).dot(for: graph).contains("\u{25CE}"))
        let boxes = try DOTWriter(options: options).dot(for: graph)
        #expect(!boxes.contains("\u{25CE}"))
        #expect(boxes.contains("<TABLE BORDER=\"1\" CELLBORDER=\"1\""))
    }

    @Test("the cluster map: one node per group up to the cap, the rest merged; the legend says so")
    func mapCap() throws {
        let (graph, options, _) = Self.setUp(firms: 300)
        // 30 groups of 10 firms, 4 drawn: the 3 largest (by name among equals) and one for 27.
        let groups = NodeCategories(name: "sector", values: (0..<graph.nodeCount).map { "s\(String(format: "%02d", $0 % 30))" })
        let map = ClusterMap(cluster: graph, groups: groups, options: options, maxGroups: 4)
        #expect(map.graph.nodeCount == 4 + 5)
        #expect(map.graph.ids.prefix(4).map { map.graph.label(of: map.graph.node(id: $0)!) } == ["s00 (10)", "s01 (10)", "s02 (10)", "27 other sectors (270)"])
        #expect(map.options.notes[0] == "Cluster map: one circle per sector (the 3 largest of 30, the other 27 merged into one), area by its firms")
        #expect(map.options.notes[1] == "5 focal firms drawn one by one beside their sector; 295 firms left out")
        // Every tie between two map nodes is counted once; the focal firms are tied to their group.
        func node(_ v: Int32) -> Int { ["s00": 0, "s01": 1, "s02": 2][groups.values[Int(v)]] ?? 3 }
        let between = (0..<graph.edgeCount).filter { node(graph.edges.tails[$0]) != node(graph.edges.heads[$0]) }.count
        let drawn = (0..<map.graph.edgeCount).filter { map.graph.edges.types[$0] == 0 }.map { map.graph.edges.weights[$0] }.reduce(0, +)
        #expect(Int(drawn) == between)
        #expect((0..<map.graph.edgeCount).filter { map.graph.edges.types[$0] == 1 }.count == 5)
        let dot = try ClusterPicture(kind: .map, options: options, groups: groups).draw(graph).dot
        #expect(dot.contains("line width: ties between groups"))
    }

    @Test("the focal neighbourhood keeps at most the cap of partners per focal firm and says so")
    func neighbourhoodCap() throws {
        let (graph, options, _) = Self.setUp(firms: 300)
        let neighbourhood = FocalNeighbourhood(cluster: graph, options: options, partnersPerFocalFirm: 3)
        #expect(neighbourhood.graph.nodeCount <= 5 + 15)
        #expect(neighbourhood.options.highlighted.count == 5)
        #expect(neighbourhood.options.labels == .label)
        let notes = neighbourhood.options.notes
        #expect(notes[0].hasPrefix("Focal neighbourhood: the 5 focal firms and \(neighbourhood.graph.nodeCount - 5) of "))
        #expect(notes[1].hasPrefix("at most 3 partners per focal firm, strongest ties first"))
        #expect(notes[2] == "\(300 - neighbourhood.graph.nodeCount) of 300 firms left out")
        // Every firm drawn is a focal firm or a partner of one; ties among them are all kept.
        let focal = options.highlighted
        for f in neighbourhood.firms where !focal.contains(f) {
            #expect(graph.outAdjacency.range(f).contains { focal.contains(Int(graph.outAdjacency.neighbors[$0])) })
        }
        let kept = Set(neighbourhood.firms)
        #expect(neighbourhood.graph.edgeCount == (0..<graph.edgeCount).filter { kept.contains(Int(graph.edges.tails[$0])) && kept.contains(Int(graph.edges.heads[$0])) }.count)
    }

    @Test("the automatic picture: every firm up to the limit, the map above")
    func automatic() {
        #expect(PictureKind.automatic(firms: PictureKind.fullPictureLimit) == .full)
        #expect(PictureKind.automatic(firms: PictureKind.fullPictureLimit + 1) == .map)
        #expect(PictureKind.automatic(firms: 50, limit: 49) == .map)
    }

    @Test("a map without groups and a neighbourhood without focal firms are errors")
    func missingInputs() {
        let (graph, options, _) = Self.setUp(firms: 40)
        #expect(throws: DOTError.mapNeedsGroups) { try ClusterPicture(kind: .map, options: options).draw(graph) }
        var none = options
        none.highlighted = []
        #expect(throws: DOTError.neighbourhoodNeedsFocalFirms) { try ClusterPicture(kind: .focal, options: none).draw(graph) }
    }

    @Test("a figure above the embedding limit is linked in the notebook, not embedded")
    func figureEmbedLimit() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + String(repeating: " ", count: 200) + "</svg>\n"
        var document = ReportDocument(
            title: "t",
            blocks: [
                .figure(svg: svg, name: "network.svg", caption: "net", command: nil),
                .reproduced(Reproduction(caption: "r", command: "spillover dot x", printed: nil, figures: [.init(path: "figures/big.svg", svg: svg, caption: "big")])),
            ])
        #expect(document.notebook().contains("image/svg+xml"))
        document.figureEmbedLimit = 100
        let notebook = document.notebook()
        #expect(!notebook.contains("<svg"))
        #expect(notebook.contains(NotebookSetup.tooLarge(path: "figures/network.svg", bytes: svg.utf8.count).dropLast()))
        #expect(notebook.contains(NotebookSetup.tooLarge(path: "figures/big.svg", bytes: svg.utf8.count).dropLast()))
        #expect(notebook.contains("FIGURE_EMBED_LIMIT = 100"))
    }
}
