import Foundation
import Testing

/// `spillover export`: NetworkX and python-igraph read the files back to the cluster the CSV
/// export gives (`scripts/checks/read_exports.py`), GEXF carries the picture, and options
/// and bad input fail as documented.
@Suite("export command", .serialized)
struct ExportCommandTests {

    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func networkxAndIgraphReadTheExportsBack() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.root.appendingPathComponent("data/florentine")
        let input = [data.appendingPathComponent("edges.csv").path, "--nodes", data.appendingPathComponent("nodes.csv").path]
        var files: [String] = []
        for format in ["csv", "graphml", "gexf", "gml"] {
            let path = folder.appendingPathComponent("florentine.\(format)").path
            let r = try CLI.run(["export"] + input + ["--to", format, "--with", "metrics,rank", "-o", path])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            // 8 family pairs are tied by marriage and by business: the file keeps both ties.
            #expect(r.stderr.contains("8 of them have another type than the pair's first tie: the file written keeps one tie per type"), "\(r.stderr)")
            if format != "csv" { files.append(path) }
        }
        let gexf = try String(contentsOfFile: folder.appendingPathComponent("florentine.gexf").path, encoding: .utf8)
        #expect(gexf.contains("<viz:position"), "GEXF carries the GraphViz layout")
        #expect(gexf.contains("title=\"betweenness\" type=\"double\""))

        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments =
            [
                "python3", Self.root.appendingPathComponent("scripts/checks/read_exports.py").path,
                folder.appendingPathComponent("florentine.csv").path, folder.appendingPathComponent("florentine-nodes.csv").path,
            ] + files
        let err = Pipe()
        check.standardError = err
        try check.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "read_exports.py (needs networkx: make test-deps): \(message)")
    }

    /// `--with metrics,rank` ranks from the metrics columns it writes instead of computing the
    /// measures a second time: the score and role columns are those of `--with rank` alone,
    /// sampled path measures included (the sample depends on the seed, not on the columns).
    @Test func rankFromTheMetricsColumnsEqualsRankAlone() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.root.appendingPathComponent("data/cluster")
        let input = [data.appendingPathComponent("edges.csv").path, "--nodes", data.appendingPathComponent("nodes.csv").path]
        var columns: [[String]] = []
        for with in ["rank", "metrics,rank"] {
            let path = folder.appendingPathComponent("\(with).csv").path
            let r = try CLI.run(["export"] + input + ["--to", "csv", "--with", with, "--path-sample", "20", "--seed", "5", "-o", path])
            #expect(r.status == 0, "\(r.stderr)")
            let table = try String(contentsOfFile: folder.appendingPathComponent("\(with)-nodes.csv").path, encoding: .utf8)
            let lines = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let score = try #require(lines[0].firstIndex(of: "score")), role = try #require(lines[0].firstIndex(of: "role"))
            columns.append(lines.dropFirst().map { "\($0[0]) \($0[score]) \($0[role])" })
        }
        #expect(columns[0].count > 100)
        #expect(columns[0] == columns[1])
    }

    /// `--with channels` writes, per firm, the columns `spillover channels` reports (whose
    /// measures are checked against their references in the library's tests).
    @Test func withChannelsCarriesTheFirmColumnsOfSpilloverChannels() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.root.appendingPathComponent("data/cluster")
        let input = [data.appendingPathComponent("edges.csv").path, "--nodes", data.appendingPathComponent("nodes.csv").path]
        let path = folder.appendingPathComponent("c.csv").path
        let r = try CLI.run(["export"] + input + ["--to", "csv", "--with", "channels", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        let channels = try CLI.run(["channels"] + input + ["-f", "json"])
        #expect(channels.status == 0, "\(channels.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(channels.stdout.utf8)) as? [String: Any]
        let firms = try #require(json?["firms"] as? [[String: Any]])
        let table = try String(contentsOfFile: folder.appendingPathComponent("c-nodes.csv").path, encoding: .utf8)
        let lines = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let rows = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { ($0[0], $0) })
        func cell(_ id: String, _ column: String) -> String? { header.firstIndex(of: column).flatMap { rows[id]?[$0] } }
        #expect(firms.count == rows.count)
        for firm in firms {
            let id = try #require(firm["id"] as? String)
            for (type, degree) in try #require(firm["degree_by_channel"] as? [String: Int]) {
                #expect(cell(id, "degree_\(type)") == String(degree), "\(id) degree_\(type)")
            }
            #expect(cell(id, "overlapping_degree") == String(firm["overlapping_degree"] as? Int ?? -1), "\(id)")
            if let p = (firm["participation"] as? NSNumber)?.doubleValue {
                #expect(abs((Double(cell(id, "participation") ?? "") ?? .nan) - p) < 1e-12, "\(id) participation")
            }
            #expect(cell(id, "cognitive_role") == (firm["cognitive_role"] as? String ?? ""), "\(id) cognitive_role")
        }
    }

    @Test(
        "usage errors exit 64",
        arguments: [
            (["--to", "gexf", "--with", "metrics,bogus"], "unknown 'bogus'"),
            (["--to", "graphml", "--layout", "dot"], "--layout places the nodes of a GEXF file"),
            (["--to", "xlsx"], "--to"),
        ])
    func usageErrors(arguments: [String], expected: String) throws {
        let data = Self.root.appendingPathComponent("data/florentine/edges.csv").path
        let r = try CLI.run(["export", data] + arguments)
        #expect(r.status == 64)
        #expect(r.stderr.contains(expected), "\(r.stderr)")
    }

    @Test func badInputWritesNoFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("bad.graphml").path
        try "<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"z\"/></graph></graphml>".write(toFile: edges, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.gexf").path
        let r = try CLI.run(["export", edges, "--to", "gexf", "-o", output])
        #expect(r.status == 65)
        #expect(r.stderr.contains("the edge's target 'z' is not a declared node"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
