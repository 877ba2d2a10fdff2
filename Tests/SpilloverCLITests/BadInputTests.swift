import Foundation
import Testing

/// The bad-input catalogue: each case ends with one message naming the file, line (and
/// column), exit status 65, and no output file.
@Suite("bad input")
struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var edges: [UInt8]?
        var nodes: [UInt8]? = nil
        /// Text the one error line must contain, with `FILE` standing for the file's path.
        var expected: String
        var testDescription: String { name }
    }

    static let goodEdges = Array("source,target\na,b\n".utf8)

    static let cases: [Case] = [
        Case(name: "missing file", edges: nil, expected: "FILE: cannot open file: no such file or directory"),
        Case(name: "empty file", edges: [], expected: "FILE: the file is empty"),
        Case(name: "missing source column", edges: Array("src,target\na,b\n".utf8), expected: "FILE:1: no 'source' column"),
        Case(name: "missing target column", edges: Array("source,dst\na,b\n".utf8), expected: "FILE:1: no 'target' column"),
        Case(name: "ragged row", edges: Array("source,target\na,b\nc\n".utf8), expected: "FILE:3: expected 2 fields as in the header, found 1"),
        Case(name: "unterminated quote", edges: Array("source,target\na,\"b\nc,d\n".utf8), expected: "FILE:2:3: unterminated quoted field"),
        Case(name: "non-numeric weight", edges: Array("source,target,weight\na,b,x\n".utf8), expected: "FILE:2:5: weight must be a finite number > 0, found \"x\""),
        Case(name: "negative weight", edges: Array("source,target,weight\na,b,-2\n".utf8), expected: "FILE:2:5: weight must be a finite number > 0, found \"-2\""),
        Case(name: "zero weight", edges: Array("source,target,weight\na,b,0\n".utf8), expected: "FILE:2:5: weight must be a finite number > 0, found \"0\""),
        Case(name: "NaN weight", edges: Array("source,target,weight\na,b,NaN\n".utf8), expected: "FILE:2:5: weight must be a finite number > 0, found \"NaN\""),
        Case(name: "infinite weight", edges: Array("source,target,weight\na,b,Infinity\n".utf8), expected: "FILE:2:5: weight must be a finite number > 0, found \"Infinity\""),
        Case(name: "empty id", edges: Array("source,target\na,b\n,c\n".utf8), expected: "FILE:3:1: empty source id"),
        Case(name: "invalid UTF-8", edges: Array("source,target\n".utf8) + [0xFF, 0xFE] + Array(",b\n".utf8), expected: "FILE:2:1: invalid UTF-8 in the source id"),
        Case(name: "node table without id column", edges: goodEdges, nodes: Array("firm,group\na,X\n".utf8), expected: "FILE:1: no 'id' column"),
        Case(name: "node table with duplicate ids", edges: goodEdges, nodes: Array("id,group\na,X\na,Y\n".utf8), expected: "FILE:3:1: duplicate id 'a' (first on line 2)"),
        Case(
            name: "absorptive capacity outside [0, 1]", edges: goodEdges, nodes: Array("id,absorptive_capacity\na,0.5\nb,1.2\n".utf8),
            expected: "FILE:3:3: absorptive_capacity must be a number in [0, 1], found \"1.2\""),
    ]

    @Test("bad input exits 65 with one clear message and writes no output", arguments: cases)
    func badInput(_ c: Case) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("edges.csv").path
        let nodes = folder.appendingPathComponent("nodes.csv").path
        let output = folder.appendingPathComponent("out.json").path
        if let bytes = c.edges { _ = FileManager.default.createFile(atPath: edges, contents: Data(bytes)) }
        var arguments = ["info", edges, "-f", "json", "-o", output]
        if let bytes = c.nodes {
            _ = FileManager.default.createFile(atPath: nodes, contents: Data(bytes))
            arguments += ["--nodes", nodes]
        }
        let r = try CLI.run(arguments)
        let faulty = c.nodes == nil ? edges : nodes
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.stderr)")
        let expected = "spillover: error: " + c.expected.replacingOccurrences(of: "FILE", with: faulty)
        #expect(r.stderr.hasPrefix(expected), "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty)
    }
}
