import Foundation
import Testing
@testable import SpilloverKit

/// A cluster with several tie types as UCINET DL: `nm` edge lists separated by `!` (R `sna`'s
/// `write.dl` layout), not `nm` full n × n matrices, so the file grows with n + m for any n.
@Suite struct DLWriterTests {
    /// Ties of three types between hostile ids (blanks, quotes, keywords of DL's header),
    /// weighted (1/4 … 13/2, 7, 1e-300), one pair tied in two types.
    static func ties(_ ids: [String]) -> [Tie] {
        var ties: [Tie] = []
        for (k, id) in ids.enumerated() {
            let other = ids[(k + 1) % ids.count]
            ties.append(Tie(id, other, weight: Double(k + 1) / 4, type: k % 2 == 0 ? "vertical tie" : "data"))
        }
        ties.append(Tie(ids[0], ids[1], weight: 7, type: "data"))  // the pair again, in the other type
        ties.append(Tie(ids[2], ids[4], weight: 1e-300, type: "vertical tie"))
        ties.append(Tie(ids[3], ids[5], weight: 3, type: "labels=x"))
        return ties
    }

    /// Ids as the existing escaping tests use them, and ids with blanks.
    static let ids: [String] =
        ExportRoundTripTests.hostile.filter { !$0.contains("\"") && !$0.contains("\n") && !$0.contains("\t") }
        + ["firm one", "Acme, Inc.", "data", "DataSoft", "matrix labels", "a=b", "!"]

    @Test("a multi-type cluster reads back with the same ids, weights, tie types and direction", arguments: [false, true])
    func multiTypeRoundTrip(directed: Bool) throws {
        let ties = Self.ties(Self.ids)
        let source = try ClusterSource(ties: ties, isolates: ["lone firm"], directed: directed)
        let export = GraphExport(source: source)
        let text = DLWriter.text(export)
        #expect(text.hasPrefix("dl n=\(Self.ids.count + 1) nm=3\nformat = edgelist1\nlabels:\n"))
        #expect(!text.contains("fullmatrix"))
        let data = text.components(separatedBy: "\ndata:\n")
        #expect(data.count == 2 && data[1].components(separatedBy: "\n").filter { $0 == "!" }.count == 2)
        let back = try ExportRoundTripTests.reload(text, name: "g.dl", directed: directed)
        #expect(back.isDirected == directed)
        #expect(Set(back.ids) == Set(export.graph.ids))
        #expect(Set(back.tieTypes) == Set(["vertical tie", "data", "labels=x"]))
        // Tie by tie, per type: the channel ties written are the ties read.
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try ExportRoundTripTests.channelTies(path, directed: directed)
        var expected: [String: Double] = [:]
        for e in 0..<export.ties.count {
            var (t, h) = (export.graph.ids[Int(export.ties.tails[e])], export.graph.ids[Int(export.ties.heads[e])])
            if !directed, t > h { swap(&t, &h) }
            expected["\(t) → \(h) [\(export.tieType(e))]"] = export.ties.weights[e]
        }
        #expect(written == expected, "\(Set(written.keys).symmetricDifference(expected.keys).sorted().prefix(4))")
        #expect(expected.count == ties.count)
        // And the merged graph is the same graph.
        ExportRoundTripTests.expectSame(export.graph, back, columns: false, types: false, "DL")
    }

    /// An undirected tie is both cells of its type's matrix, as the full matrix had it; read
    /// as directed, the file gives each undirected tie both ways, as the full matrix did.
    @Test func undirectedTiesAreBothCellsOfTheirMatrix() throws {
        let graph = try GraphBuilder.build(ties: [Tie("a", "b", weight: 2, type: "x"), Tie("b", "c", type: "y"), Tie("c", "d", type: "z")])
        let text = DLWriter.text(GraphExport(graph: graph))
        #expect(text.hasSuffix("data:\n1 2 2\n2 1 2\n!\n2 3 1\n3 2 1\n!\n3 4 1\n4 3 1\n"), "\(text)")
        let directed = try ExportRoundTripTests.reload(text, name: "g.dl", directed: true)
        #expect(directed.edgeCount == 6)
        // A type with no tie is an empty edge list: two `!` in a row.
        var export = GraphExport(graph: graph)
        export.ties.types = export.ties.types.map { $0 == 1 ? 2 : $0 }
        let gap = DLWriter.text(export)
        #expect(gap.hasSuffix("data:\n1 2 2\n2 1 2\n!\n!\n2 3 1\n3 2 1\n3 4 1\n4 3 1\n"), "\(gap)")
        #expect(try ExportRoundTripTests.reload(gap, name: "g.dl").tieTypes.sorted() == ["x", "z"])
    }

    /// The layout's size is O(n + m) in structure: a header line, n labels, K matrix labels,
    /// one line per cell of a tie and K − 1 `!` lines, whatever n; the full-matrix layout of
    /// the same cluster would be 3 × 30 000² cells (at least 5.4 GB of text).
    @Test func theFileIsLinearInFirmsAndTies() throws {
        let graph = ClusterGenerator(firms: 30_000, seed: 7).generate().graph()
        let k = graph.tieTypes.count
        #expect(k == 3)
        let text = DLWriter.text(GraphExport(graph: graph))
        let lines = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let cells = (0..<graph.edgeCount).reduce(0) { $0 + (graph.edges.tails[$1] == graph.edges.heads[$1] ? 1 : 2) }
        // dl, format, labels:, n labels, matrix labels:, K labels, data:, the cells, K − 1 `!`.
        #expect(lines == 3 + graph.nodeCount + 1 + k + 1 + cells + (k - 1))
        #expect(text.utf8.count < 64 * (graph.nodeCount + cells))
        let back = try ExportRoundTripTests.reload(text, name: "g.dl")
        #expect(back.nodeCount == graph.nodeCount && back.edgeCount == graph.edgeCount)
    }

    /// `text` in a temporary file; its path.
    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-dl-\(UUID().uuidString).dl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
