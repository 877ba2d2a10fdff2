import Foundation
import Testing

/// Options that ask for a number of firms, on a cluster of 3 firms: a default larger than
/// the cluster is lowered to it with a note; a value the user gave that is larger is a
/// usage error (64) naming the option, except for the display limits (`rank --top`,
/// `dot --highlight-top`), which then show every firm.
@Suite("firm counts on a small cluster")
struct FirmCountTests {
    static func threeFirms() throws -> String {
        let dir = try CLI.temporaryFolder()
        let path = dir.appendingPathComponent("three.csv").path
        try "source,target,weight\na,b,2\nb,c,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("diffuse: the default focal:5 seeds every firm of a 3-firm cluster, with a note")
    func diffuseDefault() throws {
        let edges = try Self.threeFirms()
        let r = try CLI.run(["diffuse", edges, "--runs", "20", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("--seeds defaults to focal:5, but the cluster in \(edges) has only 3 firms: using focal:3"), "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let seeds = try #require(o["seeds"] as? [Any])
        #expect(seeds.count == 3)
    }

    @Test("analyze and report: the default --top 5 seeds every firm of a 3-firm cluster, with a note", arguments: ["analyze", "report"])
    func analyzeDefault(_ command: String) throws {
        let edges = try Self.threeFirms()
        let out = try CLI.temporaryFolder().appendingPathComponent("out").path
        let r = try CLI.run([command, edges, "--runs", "20", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("--top defaults to 5, but the cluster in \(edges) has only 3 firms: using 3"), "\(r.stderr)")
    }

    @Test("rank: the default --top 10 lists the 3 firms, without a note")
    func rankDefault() throws {
        let edges = try Self.threeFirms()
        let r = try CLI.run(["rank", edges, "-f", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 4)
        #expect(!r.stderr.contains("--top"), "\(r.stderr)")
    }

    @Test(
        "display limits above the cluster's size show every firm, with a note",
        arguments: [
            (["rank", "EDGES", "--top", "4", "-f", "csv"], "--top 4: the cluster in EDGES has only 3 firms; showing all 3"),
            (["dot", "EDGES", "--top", "9"], "--top 9: the cluster in EDGES has only 3 firms; showing all 3"),
            // --highlight-top, dot's former name of --top: the note names the option by its name now.
            (["dot", "EDGES", "--highlight-top", "9"], "--top 9: the cluster in EDGES has only 3 firms; showing all 3"),
        ])
    func displayLimits(_ arguments: [String], _ message: String) throws {
        let edges = try Self.threeFirms()
        let r = try CLI.run(arguments.map { $0 == "EDGES" ? edges : $0 })
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(message.replacingOccurrences(of: "EDGES", with: edges)), "\(arguments): \(r.stderr)")
        if arguments[0] == "rank" { #expect(r.stdout.split(separator: "\n").count == 4) }
        if arguments[0] == "dot" { #expect(r.stdout.components(separatedBy: "peripheries=2").count - 1 == 3, "every firm highlighted") }
    }

    @Test(
        "a number of firms as large as the cluster is accepted, without a note",
        arguments: [
            ["diffuse", "EDGES", "--seeds", "focal:3", "--runs", "20"],
            ["diffuse", "EDGES", "--seeds", "degree:3", "--runs", "20", "--knockout", "3"],
            ["seeds", "EDGES", "--k", "3", "--runs", "20"],
            ["rank", "EDGES", "--top", "3"],
            ["dot", "EDGES", "--highlight-top", "3"],
        ])
    func exactlyAll(_ arguments: [String]) throws {
        let edges = try Self.threeFirms()
        let r = try CLI.run(arguments.map { $0 == "EDGES" ? edges : $0 })
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        #expect(!r.stderr.contains("defaults to"), "\(arguments): \(r.stderr)")
    }

    @Test(
        "a number of firms the user gives above the cluster's is a usage error naming the option",
        arguments: [
            (["diffuse", "EDGES", "--seeds", "focal:5", "--runs", "20"], "--seeds focal:5: the cluster in EDGES has only 3 firms; give at most 3"),
            (["diffuse", "EDGES", "--seeds", "random:4", "--runs", "20"], "--seeds random:4: the cluster in EDGES has only 3 firms; give at most 3"),
            (["diffuse", "EDGES", "--seeds", "a", "--runs", "20", "--knockout", "4"], "--knockout 4: the cluster in EDGES has only 3 firms; give at most 3"),
            (["seeds", "EDGES", "--k", "5", "--runs", "20"], "--k 5: the cluster in EDGES has only 3 firms; give at most 3"),
            (["analyze", "EDGES", "--top", "4", "--runs", "20", "--out", "OUT"], "--top 4: the cluster in EDGES has only 3 firms; give at most 3"),
        ])
    func tooMany(_ arguments: [String], _ message: String) throws {
        let edges = try Self.threeFirms()
        let out = try CLI.temporaryFolder().appendingPathComponent("out").path
        let r = try CLI.run(arguments.map { $0 == "EDGES" ? edges : $0 == "OUT" ? out : $0 })
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(message.replacingOccurrences(of: "EDGES", with: edges)), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
