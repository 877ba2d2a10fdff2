import Foundation
import Testing
import SpilloverKit

/// Files written by NetworkX's and python-igraph's own writers (and, for the formats they do
/// not write, by `scripts/fixtures/make_format_fixtures.py` after the format's documentation)
/// load to the graph the CSV gives: same ids, direction, ties with their weights and types,
/// labels and node columns. `Fixtures/formats/manifest.json` lists the files.
@Suite struct FormatFixtureTests {
    struct Entry: Decodable, CustomTestStringConvertible, Sendable {
        var graph: String
        var file: String
        var columns: [String]
        var directed: Bool
        var read_directed: Bool?
        var format: String?
        var nodes: String?
        var two_mode: Bool?
        var source_column: String?
        var target_column: String?
        var testDescription: String { "\(graph)/\(file)" }
    }

    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("formats")

    static let entries: [Entry] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        return try! JSONDecoder().decode([Entry].self, from: data)
    }()

    /// Each tie as (tail, head, type) → summed weight; ends sorted when undirected.
    static func ties(_ input: GraphInput, directed: Bool) -> [String: Double] {
        var out: [String: Double] = [:]
        let raw = input.edges
        for e in raw.tails.indices {
            var (t, h) = (raw.ids[Int(raw.tails[e])], raw.ids[Int(raw.heads[e])])
            if !directed, t > h { swap(&t, &h) }
            out["\(t) → \(h) [\(raw.tieTypes[Int(raw.types[e])])]", default: 0] += raw.weights[e]
        }
        return out
    }

    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if let x = Double(a), let y = Double(b) { return x == y }
        return false
    }

    @Test(arguments: entries)
    func loadsAsTheCSV(_ entry: Entry) throws {
        let dir = Self.folder.appendingPathComponent(entry.graph)
        var options = GraphReadOptions()
        options.directed = entry.directed
        let reference = try GraphLoader.load(
            edges: dir.appendingPathComponent("edges.csv").path, nodes: dir.appendingPathComponent("nodes.csv").path, options: options)
        let (refInput, _) = try GraphLoader.read(edges: dir.appendingPathComponent("edges.csv").path, options: options)

        var read = GraphReadOptions()
        read.directed = entry.read_directed ?? false
        read.format = entry.format.flatMap(InputFormat.init(rawValue:))
        read.twoMode = entry.two_mode ?? false
        if let c = entry.source_column { read.csv.sourceColumn = c }
        if let c = entry.target_column { read.csv.targetColumn = c }
        let path = dir.appendingPathComponent(entry.file).path
        let loaded = try GraphLoader.load(edges: path, nodes: entry.nodes.map { dir.appendingPathComponent($0).path }, options: read)
        var (input, _) = try GraphLoader.read(edges: path, options: read)
        if read.twoMode { input = try GraphLoader.project(input) }
        let graph = loaded.graph, ref = reference.graph

        #expect(graph.isDirected == entry.directed)
        #expect(Set(graph.ids) == Set(ref.ids))
        #expect(graph.edgeCount == ref.edgeCount)
        let got = Self.ties(input, directed: entry.directed), want = Self.ties(refInput, directed: entry.directed)
        #expect(got == want, "ties differ: \(Set(got.keys).symmetricDifference(want.keys).sorted().prefix(5))")
        for v in 0..<graph.nodeCount {
            guard let r = ref.node(id: graph.ids[v]) else { continue }
            #expect(graph.label(of: v) == ref.label(of: r), "label of \(graph.ids[v])")
            for column in entry.columns {
                let mine = graph.attributes.column(named: column)?[v]
                let theirs = ref.attributes.column(named: column)![r]
                #expect(mine.map { Self.same($0, theirs) } == true, "\(column) of \(graph.ids[v]): \(mine ?? "no column") ≠ \(theirs)")
            }
        }
    }
}
