import Foundation
import Testing

/// `spillover seeds`: the documented JSON shapes, --method all, formats, determinism across
/// --threads, and usage errors (exit 64).
@Suite("spillover seeds")
struct SeedsCommandTests {
    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["seeds", edges, "--nodes", nodes, "-f", "json"] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    static func topKeys(_ stdout: String) -> [Substring] {
        stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
    }

    @Test("one method: {method, k, seeds: [{id, marginal_gain}], spread: {mean, ci95}}", arguments: ["celf", "imm"])
    func jsonShape(method: String) throws {
        // p = 1: any firm of the five-firm component reaches all five (ties → smallest id,
        // Acme); then only the isolated Echo adds anything.
        let args = ["--k", "2", "--method", method, "--p", "1", "--runs", "50"]
        let r = try CLI.run(["seeds", Self.edges, "--nodes", Self.nodes, "-f", "json"] + args)
        #expect(r.status == 0)
        #expect(Self.topKeys(r.stdout) == ["method", "k", "seeds", "spread"])
        let o = try Self.json(args)
        #expect(o["method"] as? String == method)
        #expect(o["k"] as? Int == 2)
        let seeds = try #require(o["seeds"] as? [[String: Any]])
        #expect(seeds.map { $0["id"] as? String } == ["Acme", "Echo"])
        #expect(seeds.map { $0["marginal_gain"] as? Double } == [5, 1])
        #expect(seeds.allSatisfy { Set($0.keys) == ["id", "marginal_gain"] })
        let spread = try #require(o["spread"] as? [String: Any])
        #expect(Set(spread.keys) == ["mean", "ci95"])
        #expect(spread["mean"] as? Double == 6)
        #expect(spread["ci95"] as? [Double] == [6, 6])
    }

    @Test("--method all: {comparison: [{method, seeds, spread, seconds}]} for every method")
    func comparison() throws {
        let r = try CLI.run(["seeds", Self.edges, "--nodes", Self.nodes, "-f", "json", "--k", "2", "--method", "all", "--runs", "200"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.topKeys(r.stdout) == ["comparison"])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(o["comparison"] as? [[String: Any]])
        #expect(rows.map { $0["method"] as? String } == ["celf", "imm", "degree-discount", "single-discount", "focal", "random"])
        for row in rows {
            #expect(Set(row.keys) == ["method", "seeds", "spread", "seconds"])
            #expect((row["seeds"] as? [String])?.count == 2)
            let spread = try #require(row["spread"] as? [String: Any])
            let ci = try #require(spread["ci95"] as? [Double]), mean = try #require(spread["mean"] as? Double)
            #expect(ci[0] <= mean && mean <= ci[1])
            #expect((row["seconds"] as? Double ?? -1) >= 0)
        }
        // Re-estimated on the same runs and seed: CELF's spread is the sum of its own gains,
        // which the single-method output reports.
        let single = try Self.json(["--k", "2", "--method", "celf", "--runs", "200"])
        #expect((single["spread"] as? [String: Any])?["mean"] as? Double == (rows[0]["spread"] as? [String: Any])?["mean"] as? Double)
    }

    @Test("the knowledge model: CELF works, all compares without imm and degree-discount")
    func knowledge() throws {
        let o = try Self.json(["--k", "2", "--model", "knowledge", "--method", "all", "--runs", "100"])
        let rows = try #require(o["comparison"] as? [[String: Any]])
        #expect(rows.map { $0["method"] as? String } == ["celf", "single-discount", "focal", "random"])
    }

    @Test("table, csv and markdown", arguments: ["table", "csv", "markdown"])
    func formats(format: String) throws {
        let one = try CLI.run(["seeds", Self.edges, "--k", "2", "--runs", "100", "-f", format])
        let all = try CLI.run(["seeds", Self.edges, "--k", "2", "--runs", "100", "--method", "all", "-f", format])
        #expect(one.status == 0 && all.status == 0)
        switch format {
        case "csv":
            #expect(one.stdout.hasPrefix("rank,id,marginal_gain,spread\n1,"))
            #expect(all.stdout.hasPrefix("method,seeds,spread,ci95_low,ci95_high,seconds\ncelf,"))
        case "markdown":
            #expect(one.stdout.hasPrefix("_method celf; k 2; model ic p=0.1; spread from 100 runs, seed 1; expected spread "))
            #expect(all.stdout.contains("| method | seeds | spread | ci95_low | ci95_high | seconds |"))
        default:
            #expect(one.stdout.hasPrefix("method celf; k 2; model ic p=0.1;"))
            #expect(all.stdout.contains("degree-discount"))
        }
    }

    @Test("identical output for --threads 1 and 2", arguments: ["celf", "imm"])
    func threads(method: String) throws {
        let args = ["seeds", Self.edges, "--nodes", Self.nodes, "--k", "3", "--method", method, "--model", "lt", "--runs", "300", "-f", "json"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test(
        "bad options exit 64 and name the option",
        arguments: [
            (["--k", "0"], "--k"),
            (["--k", "7"], "--k"),
            (["--k", "2", "--method", "imm", "--model", "knowledge"], "--method imm"),
            (["--k", "2", "--method", "degree-discount", "--model", "knowledge"], "--method degree-discount"),
            (["--k", "2", "--model", "level"], "--model"),
            (["--k", "2", "--method", "imm", "--epsilon", "1.5"], "--epsilon"),
            (["--k", "2", "--method", "celf", "--epsilon", "0.2"], "--epsilon"),
            (["--k", "2", "--method", "imm", "--ell", "0"], "--ell"),
            (["--k", "2", "--p", "2"], "--p"),
            (["--k", "2", "--runs", "0"], "--runs"),
            (["--k", "2", "--method", "best"], "--method"),
            (["--k", "2", "--model", "lt", "--p", "0.2"], "--p"),
        ])
    func usage(arguments: [String], option: String) throws {
        let r = try CLI.run(["seeds", Self.edges] + arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(option), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
