import Foundation
import Testing
@testable import SpilloverKit

/// Every public way of building a cluster checks what the file readers check, with a typed
/// error naming what is at fault: rows and node tables given as arrays, ties given by id
/// with a node table, CSV given as text, and files (whose weights must add up).
@Suite("graph validation")
struct GraphValidationTests {
    @Test("rows given as arrays: a short column, an index outside the ids, a repeated id, a bad weight")
    func rawRows() {
        #expect(throws: GraphBuildError.lengthMismatch(argument: .weights, expected: 2, found: 1)) {
            _ = try RawEdgeList(ids: ["a", "b"], tails: [0, 1], heads: [1, 0], weights: [1], types: [0, 0], tieTypes: [""], hasWeights: true)
        }
        #expect(throws: GraphBuildError.firmNumberOutOfRange(tie: 0, firm: 2, firmCount: 2)) {
            _ = try RawEdgeList(ids: ["a", "b"], tails: [0], heads: [2], weights: [1], types: [0], tieTypes: [""], hasWeights: true)
        }
        #expect(throws: GraphBuildError.typeNumberOutOfRange(tie: 0, type: 1, typeCount: 1)) {
            _ = try RawEdgeList(ids: ["a", "b"], tails: [0], heads: [1], weights: [1], types: [1], tieTypes: [""], hasWeights: true)
        }
        #expect(throws: GraphBuildError.duplicateID("a")) {
            _ = try RawEdgeList(ids: ["a", "a"], tails: [0], heads: [1], weights: [1], types: [0], tieTypes: [""], hasWeights: true)
        }
        #expect(throws: GraphBuildError.emptyFirmID(position: 1)) {
            _ = try RawEdgeList(ids: ["a", ""], tails: [0], heads: [1], weights: [1], types: [0], tieTypes: [""], hasWeights: true)
        }
        #expect(throws: GraphBuildError.invalidWeight(index: 0, source: "a", target: "b", weight: -2)) {
            _ = try RawEdgeList(ids: ["a", "b"], tails: [0], heads: [1], weights: [-2], types: [0], tieTypes: [""], hasWeights: true)
        }
    }

    @Test("node tables given as arrays: a short column, a capacity outside [0, 1], a repeated firm")
    func nodeTables() {
        #expect(throws: GraphBuildError.columnLengthMismatch(column: "group", expected: 2, found: 1)) {
            _ = try NodeTable(ids: ["a", "b"], columns: [("label", ["A", "B"]), ("group", ["x"])])
        }
        #expect(throws: GraphBuildError.invalidCapacity(firm: "b", value: 1.5)) {
            _ = try NodeTable(ids: ["a", "b"], columns: [("absorptive_capacity", ["0.5", "1.5"])])
        }
        #expect(throws: GraphBuildError.duplicateID("a")) { _ = try NodeTable(ids: ["a", "a"], columns: []) }
        #expect(GraphBuildError.columnLengthMismatch(column: "group", expected: 2, found: 1).description == "column 'group' has 1 entries; 2 are needed")
        #expect(GraphBuildError.firmNumberOutOfRange(tie: 3, firm: 7, firmCount: 5).description == "tie 3: firm number is 7, not in 0..<5")
    }

    @Test("a graph built in code carries labels, groups, attributes and isolates from its node table")
    func tiesWithNodes() throws {
        let nodes = try NodeTable(
            ids: ["a", "b", "c", "z"],
            columns: [("label", ["Alfa", "Beta", "Gamma", "Zeta"]), ("group", ["g1", "g1", "g2", "g2"]), ("sector", ["x", "y", "x", "y"])])
        let graph = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c", weight: 2)], nodes: nodes)
        #expect(graph.ids == ["a", "b", "c", "z"])
        #expect(graph.label(of: graph.node(id: "b")!) == "Beta")
        #expect(graph.attributes.groups == ["g1", "g1", "g2", "g2"])
        #expect(graph.attributes.column(named: "sector") == ["x", "y", "x", "y"])
        #expect(graph.degree(of: graph.node(id: "z")!) == 0)
    }

    /// The case: two ties of 1e308 made strengths infinite and constraint silently 0
    /// (0.5 with any smaller equal weights). Every entry point now refuses them.
    @Test("weights whose sum overflows are refused by every entry point")
    func overflowEverywhere() throws {
        let csv = "source,target,weight\na,b,1e308\nb,c,1e308\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("e.csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let expected = GraphBuildError.weightSumOverflow(firm: "b", strength: .infinity)
        let error = #expect(throws: InputError.self) { _ = try ClusterGraph.load(edges: path) }
        #expect(error?.file == path && error?.buildError == expected)
        #expect(throws: InputError.self) { _ = try GraphLoader.load(edges: path) }
        #expect(throws: InputError.self) { _ = try ClusterSource(csv: csv) }
        let rows = try EdgeListReader.parse(text: csv)
        #expect(throws: expected) { _ = try GraphBuilder.build(edges: rows) }
        #expect(throws: expected) { _ = try ClusterSource(edges: rows) }
        // The same shape with ordinary weights: constraint of the middle firm is 0.5.
        let fine = try ClusterSource(csv: "source,target,weight\na,b,1e300\nb,c,1e300\n").graph()
        let constraint = try StructuralHoles(fine).constraint[fine.node(id: "b")!]
        #expect(abs(constraint - 0.5) < 1e-12)
    }

    @Test("CSV given as text is read as a file is, errors naming its line")
    func csvText() throws {
        let source = try ClusterSource(csv: "source,target,type\na,b,vertical\nb,c,horizontal\n", nodes: "id,group\na,g\nc,h\n")
        #expect(source.channels == ["vertical", "horizontal"])
        #expect(source.graph().attributes.groups == ["g", "", "h"])
        let error = #expect(throws: InputError.self) { _ = try ClusterSource(csv: "source,target,weight\na,b,heavy\n") }
        #expect(error?.file == "<edges>" && error?.line == 2)
    }
}
