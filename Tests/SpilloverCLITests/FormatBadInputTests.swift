import Foundation
import Testing

/// The bad-input catalogue of the other formats (as `BadInputTests` is the CSV one): a
/// truncated file, an undeclared node, a bad number, a wrong matrix shape. Each ends with
/// one message naming the file and, where the format has lines, the line; exit status 65;
/// no output file.
@Suite("bad input in other formats")
struct FormatBadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The file name (its extension picks the format).
        var file: String
        var text: String
        /// Text the one error line must contain, with `FILE` standing for the file's path.
        var expected: String
        var arguments: [String] = []
        var testDescription: String { name }
    }

    static let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="w" for="edge" attr.name="weight" attr.type="double"/>
          <graph edgedefault="undirected">
            <node id="a"/>
            <node id="b"/>
            <edge source="a" target="b"><data key="w">WEIGHT</data></edge>
            <edge source="a" target="TARGET"/>
          </graph>
        </graphml>

        """

    static let gexf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="undirected">
            <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
            <edges>
              <edge id="0" source="a" target="b" weight="WEIGHT"/>
              <edge id="1" source="a" target="TARGET"/>
            </edges>
          </graph>
        </gexf>

        """

    static let gml = """
        graph [
          node [ id 0 label "a" ]
          node [ id 1 label "b" ]
          edge [ source 0 target 1 weight WEIGHT ]
          edge [ source 0 target TARGET ]
        ]

        """

    static let cases: [Case] = [
        Case(name: "GraphML truncated", file: "g.graphml", text: String(graphml.prefix(200)), expected: "FILE:5: not well-formed XML"),
        Case(
            name: "GraphML undeclared node", file: "g.graphml", text: graphml.replacingOccurrences(of: "WEIGHT", with: "2").replacingOccurrences(of: "TARGET", with: "z"),
            expected: "FILE:8: the edge's target 'z' is not a declared node"),
        Case(
            name: "GraphML bad weight", file: "g.graphml", text: graphml.replacingOccurrences(of: "WEIGHT", with: "heavy").replacingOccurrences(of: "TARGET", with: "b"),
            expected: "FILE:7: weight must be a finite number > 0, found \"heavy\""),
        Case(
            name: "GraphML extension, other content", file: "g.graphml", text: "source,target\na,b\n",
            expected: "FILE: the extension says GraphML but the content does not look like it; give the format with --input-format"),
        Case(name: "GEXF truncated", file: "g.gexf", text: String(gexf.prefix(150)), expected: "FILE:4: not well-formed XML"),
        Case(
            name: "GEXF undeclared node", file: "g.gexf", text: gexf.replacingOccurrences(of: "WEIGHT", with: "2").replacingOccurrences(of: "TARGET", with: "z"),
            expected: "FILE:7: the edge's target 'z' is not a declared node"),
        Case(
            name: "GEXF bad weight", file: "g.gexf", text: gexf.replacingOccurrences(of: "WEIGHT", with: "-1").replacingOccurrences(of: "TARGET", with: "b"),
            expected: "FILE:6: weight must be a finite number > 0, found \"-1\""),
        Case(name: "GML truncated", file: "g.gml", text: String(gml.prefix(60)), expected: "FILE:1: the list opened here is never closed"),
        Case(
            name: "GML undeclared node", file: "g.gml", text: gml.replacingOccurrences(of: "WEIGHT", with: "2").replacingOccurrences(of: "TARGET", with: "7"),
            expected: "FILE:5: the edge's target 7 is not a declared node id"),
        Case(
            name: "GML bad weight", file: "g.gml", text: gml.replacingOccurrences(of: "WEIGHT", with: "\"x\"").replacingOccurrences(of: "TARGET", with: "1"),
            expected: "FILE:4: weight must be a finite number > 0, found \"x\""),
        Case(
            name: "GML bad token", file: "g.gml", text: gml.replacingOccurrences(of: "WEIGHT", with: "2x").replacingOccurrences(of: "TARGET", with: "1"),
            expected: "FILE:4: unexpected '2x'"),
        Case(
            name: "Pajek undeclared vertex", file: "g.net", text: "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n1 3\n",
            expected: "FILE:6: vertex 3 is not declared: *Vertices declares 1 to 2"),
        Case(name: "Pajek bad weight", file: "g.net", text: "*Vertices 2\n*Arcs\n1 2 1.5x\n", expected: "FILE:3: the weight '1.5x' is not a number"),
        Case(name: "Pajek zero weight", file: "g.net", text: "*Vertices 2\n*Arcs\n1 2 0\n", expected: "FILE:3: weight must be a finite number > 0"),
        Case(
            name: "Pajek truncated matrix", file: "g.net", text: "*Vertices 3\n*Matrix\n0 1 0\n1 0 1\n",
            expected: "FILE: the matrix has 2 rows; *Vertices declares 3 (truncated file?)"),
        Case(
            name: "Pajek matrix row too short", file: "g.net", text: "*Vertices 3\n*Matrix\n0 1 0\n1 0\n0 1 0\n",
            expected: "FILE:4: a matrix row needs 3 values, as *Vertices declares; found 2"),
        Case(
            name: "DL truncated", file: "g.dl", text: "dl n=3\nformat = fullmatrix\ndata:\n0 1 0\n1 0 1\n",
            expected: "FILE:5: the data hold 6 values; n = 3, nm = 1 needs 1 matrix of 3 × 3 (truncated file, or a wrong n?)"),
        Case(
            name: "DL embedded labels out of order", file: "g.dl", text: "dl n=2\nlabels embedded\ndata:\na b\nb 0 1\na 1 0\n",
            expected: "FILE:5: row 1 is labelled 'b' but column 1 is 'a'"),
        Case(
            name: "DL huge n", file: "g.dl", text: "dl n=99999999999 format=edgelist1\ndata:\n1 2\n",
            expected: "FILE: n = 99999999999 is more firms than spillover reads"),
        Case(
            name: "Pajek huge vertex count", file: "g.net", text: "*Vertices 99999999999\n*Edges\n1 2\n",
            expected: "FILE:1: *Vertices 99999999999 is more firms than spillover reads"),
        Case(
            name: "DL wrong shape", file: "g.dl", text: "dl n=2\ndata:\n0 1\n1 0\n1 1\n",
            expected: "FILE:5: more values than 1 matrix of 2 × 2"),
        Case(name: "DL bad number", file: "g.dl", text: "dl n=2\ndata:\n0 x\n1 0\n", expected: "FILE:3: 'x' is not a number"),
        Case(
            name: "DL undeclared label", file: "g.dl", text: "dl n=2 format=edgelist1\nlabels:\na,b\nlabels embedded\ndata:\na b\na c\n",
            expected: "FILE:7: 'c' is not one of the 2 labels declared"),
        Case(
            name: "DL vertex out of range", file: "g.dl", text: "dl n=2 format=edgelist1\ndata:\n1 2\n1 3\n",
            expected: "FILE:4: '3' is not a vertex number from 1 to 2"),
        Case(name: "DL without n", file: "g.dl", text: "dl format=edgelist1\ndata:\n1 2\n", expected: "FILE:1: the DL header does not give n"),
        Case(
            name: "matrix CSV not square", file: "m.csv", text: ",a,b,c\na,0,1,0\nb,1,0,1\n",
            expected: "FILE: the header has 3 columns but the file has 2 rows (no row for 'c'); an adjacency matrix is square"),
        Case(
            name: "matrix CSV short row", file: "m.csv", text: ",a,b\na,0,1\nb,1\n",
            expected: "FILE:3: a row of an adjacency matrix has a firm id and 2 values"),
        Case(name: "matrix CSV bad number", file: "m.csv", text: ",a,b\na,0,yes\nb,1,0\n", expected: "FILE:2:5: \"yes\" is not a number"),
        Case(name: "matrix CSV unknown row", file: "m.csv", text: ",a,b\na,0,1\nz,1,0\n", expected: "FILE:3:1: row 'z' is not one of the header's columns"),
        Case(
            name: "Excel workbook", file: "edges.xlsx", text: "PK\u{3}\u{4}rest of a zip",
            expected: "FILE: this is a spreadsheet workbook, not a text file: save each sheet (edges, nodes) as CSV (UTF-8)"),
    ]

    @Test("bad input in another format exits 65 with one clear message and writes no output", arguments: cases)
    func badInput(_ c: Case) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(c.file).path
        let output = folder.appendingPathComponent("out.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(c.text.utf8))
        let r = try CLI.run(["info", path, "-f", "json", "-o", output] + c.arguments)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.stderr)")
        let expected = "spillover: error: " + c.expected.replacingOccurrences(of: "FILE", with: path)
        #expect(r.stderr.hasPrefix(expected), "stderr: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
