import Foundation
import Testing

/// What users' files look like, read by `spillover info`: formats found by content, forced
/// with `--input-format`, standard input, UTF-16, decimal commas, R igraph's and Gephi's
/// exports, two-mode data, and column options that name no column.
@Suite("reading users' files")
struct FormatReadingTests {
    /// Writes `text` (or `bytes`) to `name` in a fresh folder and runs `spillover info` on it
    /// with JSON output.
    static func info(_ name: String, _ bytes: [UInt8], _ arguments: [String] = [], extra: [(String, String)] = []) throws -> (CLIResult, [String: Any]) {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        for (n, t) in extra { _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(n).path, contents: Data(t.utf8)) }
        let r = try CLI.run(["info", path, "-f", "json"] + arguments.map { $0.replacingOccurrences(of: "DIR", with: folder.path) })
        let json = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
        return (r, json)
    }

    static func info(_ name: String, _ text: String, _ arguments: [String] = [], extra: [(String, String)] = []) throws -> (CLIResult, [String: Any]) {
        try info(name, Array(text.utf8), arguments, extra: extra)
    }

    @Test func pajekSavedAsTextIsReadAsPajek() throws {
        let (r, json) = try Self.info("ties.txt", "*Vertices 3\n1 \"Alfa Srl\"\n2 \"Beta\"\n3 \"Gamma\"\n*Arcs\n1 2 2\n2 3\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["nodes"] as? Int == 3)
        #expect(json["directed"] as? Bool == true)
        #expect(r.stderr.contains("ties read as directed"))
    }

    @Test func inputFormatForcesTheReader() throws {
        let gml = "graph [ node [ id 1 label \"a\" ] node [ id 2 label \"b\" ] edge [ source 1 target 2 ] ]\n"
        let (r, json) = try Self.info("ties.dat", gml, ["--input-format", "gml"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["edges"] as? Int == 1)
    }

    @Test func standardInputIsRead() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent("e.csv").path
        try "source,target\na,b\nb,c\n".write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["info", "-", "-f", "json"]
        process.standardInput = FileHandle(forReadingAtPath: path)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json?["edges"] as? Int == 2)
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "source,target\nCaffè Rossi,Bürkert\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (r, json) = try Self.info("e.csv", bytes)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["nodes"] as? Int == 2)
        #expect(r.stderr.contains("UTF-16"))
    }

    @Test func decimalCommaNeedsTheOptionAndTheErrorSaysSo() throws {
        let text = "source;target;weight\na;b;0,5\nb;c;1,5\n"
        let (bad, _) = try Self.info("e.csv", text)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("found \"0,5\"; if the file writes decimal commas (0,5), add --decimal-comma"), "\(bad.stderr)")
        let (good, json) = try Self.info("e.csv", text, ["--decimal-comma"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(json["total_weight"] as? Double == 2.0)
    }

    @Test func aColumnOptionNamingNoColumnIsAUsageError() throws {
        let (r, _) = try Self.info("e.csv", "source,target,weight\na,b,2\n", ["--weight-column", "wieght"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--weight-column 'wieght'"))
        #expect(r.stderr.contains("'source', 'target', 'weight'"))
        #expect(r.stderr.contains("did you mean 'weight'?"))
    }

    @Test func rIgraphExportsAreRecognised() throws {
        let (r, json) = try Self.info(
            "edges.csv", "from,to,weight\na,b,2\nb,c,1\n", ["--nodes", "DIR/nodes.csv"],
            extra: [("nodes.csv", "name,sector\na,textile\nb,machinery\nc,services\nd,textile\n")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["nodes"] as? Int == 4)
        #expect(r.stderr.contains("took column 'name' as the firm id"))
    }

    @Test func gephiTypeColumnIsTheDirection() throws {
        let text = "Source,Target,Type,Id,Label,Weight\na,b,Directed,0,,1\nb,c,Undirected,1,,2\n"
        let (r, json) = try Self.info("gephi.csv", text)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["directed"] as? Bool == true)
        #expect(json["edges"] as? Int == 3)
        #expect(json["tie_types"] as? String == "")
        #expect(r.stderr.contains("mixes Directed and Undirected"))
    }

    @Test func twoModeDataAreProjected() throws {
        let (r, json) = try Self.info(
            "members.csv", "firm,association\na,X\nb,X\nc,X\na,Y\nb,Y\n",
            [
                "--two-mode", "--source-column", "firm", "--target-column", "association",
            ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["nodes"] as? Int == 3)
        #expect(json["edges"] as? Int == 3)
        #expect(json["total_weight"] as? Double == 4)
        #expect(r.stderr.contains("weight = number of shared partners"))
    }

    @Test func matrixWithDifferingEntriesIsCombinedOnce() throws {
        let (r, json) = try Self.info("m.csv", ",a,b,c\na,0,2,0\nb,3,0,1\nc,0,1,0\n", ["--merge", "max"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(json["edges"] as? Int == 2)
        #expect(json["total_weight"] as? Double == 4)
        #expect(r.stderr.contains("1 pair of firms had different values"))
    }
}
