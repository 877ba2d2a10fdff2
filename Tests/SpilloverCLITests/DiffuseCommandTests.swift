import Foundation
import Testing

/// `spillover diffuse`: formats, the documented JSON shape, determinism across --threads,
/// and usage errors.
@Suite("spillover diffuse")
struct DiffuseCommandTests {
    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["diffuse", edges, "--nodes", nodes, "-f", "json"] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON has exactly the documented keys, in order, and sensible values")
    func jsonShape() throws {
        let r = try CLI.run(["diffuse", Self.edges, "--nodes", Self.nodes, "-f", "json", "--p", "1", "--seeds", "Acme", "--runs", "50", "--seed", "7"])
        #expect(r.status == 0)
        let keys = r.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == ["model", "runs", "seed", "seeds", "spread", "curve", "firms"])
        let o = try Self.json(["--p", "1", "--seeds", "Acme", "--runs", "50", "--seed", "7"])
        #expect((o["model"] as? [String: Any])?["name"] as? String == "ic")
        #expect((o["model"] as? [String: Any])?["p"] as? Double == 1)
        #expect(o["runs"] as? Int == 50)
        #expect(o["seed"] as? Int == 7)
        #expect(o["seeds"] as? [String] == ["Acme"])
        // p = 1: the component of Acme (5 firms) is reached every run; Echo is isolated.
        let spread = try #require(o["spread"] as? [String: Any])
        #expect(spread["mean"] as? Double == 5)
        #expect(spread["share"] as? Double == 5.0 / 6)
        #expect(spread["ci95"] as? [Double] == [5, 5])
        let curve = try #require(o["curve"] as? [[String: Any]])
        #expect(curve.map { $0["step"] as? Int } == [0, 1, 2, 3])
        #expect(curve.map { $0["mean"] as? Double } == [1, 3, 4, 5])  // Acme; Bolt, Cogs; Dyna; Uni
        #expect(Set(curve[1].keys) == ["step", "mean", "p05", "p95"])
        let firms = try #require(o["firms"] as? [[String: Any]])
        #expect(firms.map { $0["id"] as? String } == ["Acme", "Bolt", "Cogs", "Dyna", "Uni", "Echo"])
        #expect(firms.last?["mean_arrival_step"] is NSNull)
        #expect(firms[3]["mean_arrival_step"] as? Double == 2)
        #expect(firms[0]["reach_probability"] as? Double == 1)
    }

    @Test("identical output for --threads 1 and 2", arguments: ["ic", "lt", "sir", "knowledge"])
    func threads(model: String) throws {
        let args = ["diffuse", Self.edges, "--nodes", Self.nodes, "--model", model, "--seeds", "degree:2", "--runs", "300", "-f", "json"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
    }

    @Test("knowledge model adds capability; knockout adds per-firm drops")
    func knowledgeAndKnockout() throws {
        let o = try Self.json(["--model", "knowledge", "--seeds", "Acme,Dyna", "--runs", "100", "--knockout", "1", "--externalisation", "0.5"])
        #expect((o["model"] as? [String: Any])?["externalisation"] as? Double == 0.5)
        #expect(o["capability"] is [String: Any])
        #expect((o["firms"] as? [[String: Any]])?.first?["capability_probability"] is Double)
        let knockout = try #require(o["knockout"] as? [[String: Any]])
        // Knockout takes the top focal firms (Cogs first: see `spillover rank`), seeds or not.
        #expect(knockout.map { $0["id"] as? String } == ["Cogs"])
        #expect(knockout[0]["drop"] as? Double ?? 0 > 0)
    }

    @Test("focal:K seeds are the top K of the default focal ranking, and the default")
    func focalSeeds() throws {
        let o = try Self.json(["--seeds", "focal:2", "--runs", "50"])
        #expect(o["seeds"] as? [String] == ["Cogs", "Dyna"])
        let d = try Self.json(["--runs", "50"])
        #expect(d["seeds"] as? [String] == ["Cogs", "Dyna", "Acme", "Bolt", "Uni"])
    }

    @Test("parameter file is read; a bad one is a data error naming the file")
    func parameterFile() throws {
        let dir = try CLI.temporaryFolder()
        let good = dir.appendingPathComponent("k.json"), bad = dir.appendingPathComponent("bad.json")
        try #"{"tacit": {"kappa": 1}, "seed_forms": "tacit"}"#.write(to: good, atomically: true, encoding: .utf8)
        try #"{"tacit": {"kapa": 1}}"#.write(to: bad, atomically: true, encoding: .utf8)
        let o = try Self.json(["--model", "knowledge", "--params", good.path, "--runs", "20"])
        let model = try #require(o["model"] as? [String: Any])
        #expect((model["tacit"] as? [String: Any])?["kappa"] as? Double == 1)
        #expect(model["seed_forms"] as? String == "tacit")
        let r = try CLI.run(["diffuse", Self.edges, "--model", "knowledge", "--params", bad.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.json") && r.stderr.contains("kapa"))
    }

    @Test("csv, markdown and table formats")
    func formats() throws {
        let base = ["diffuse", Self.edges, "--nodes", Self.nodes, "--seeds", "Acme", "--runs", "40"]
        let csv = try CLI.run(base + ["-f", "csv"])
        #expect(csv.stdout.hasPrefix("id,label,reach_probability,mean_arrival_step\nAcme,Acme Tools,1,0\n"))
        let curve = try CLI.run(base + ["-f", "csv", "--section", "curve"])
        #expect(curve.stdout.hasPrefix("step,mean,p05,p95\n0,1,1,1\n"))
        let md = try CLI.run(base + ["-f", "markdown"])
        #expect(md.stdout.contains("### Firms") && md.stdout.contains("| id | label | reach_probability | mean_arrival_step |"))
        let table = try CLI.run(base)
        #expect(table.stdout.contains("firms reached") && table.stdout.contains("Curve"))
        #expect(table.stderr.isEmpty || !table.stderr.contains("%"))  // no progress bar in a pipe
    }

    @Test("level model writes levels deterministically")
    func level() throws {
        let o = try Self.json(["--model", "level", "--seeds", "Acme", "--steps", "3"])
        #expect(o["runs"] as? Int == 1)
        #expect((o["curve"] as? [[String: Any]])?.count == 4)
    }

    @Test(
        "usage errors exit 64 and name the option or the ids",
        arguments: [
            (["--seeds", "Acme,Nope,Zed"], "'Nope', 'Zed'"),
            (["--seeds", "focal:0"], "--seeds"),
            (["--seeds", "degree:x"], "--seeds"),
            (["--runs", "0"], "--runs"),
            (["--runs", "10", "--precision", "0.1"], "--precision"),
            (["--p", "1.5"], "--p"),
            (["--beta", "0.2"], "--model sir"),
            (["--model", "sir", "--gamma", "0"], "--gamma"),
            (["--model", "knowledge", "--tacit-beta", "vertical"], "--tacit-beta"),
            (["--model", "bogus"], "--model"),
        ])
    func usageErrors(arguments: [String], mention: String) throws {
        let r = try CLI.run(["diffuse", Self.edges] + arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(mention), "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("--seeds takes a label that names one firm; an unknown name gets the nearest id or label")
    func seedLabels() throws {
        let base = ["diffuse", Self.edges, "--nodes", Self.nodes, "--runs", "20", "--section", "summary", "-f", "csv"]
        let byLabel = try CLI.run(base + ["--seeds", "Bolt & Nut"])
        let byID = try CLI.run(base + ["--seeds", "Bolt"])
        #expect(byLabel.status == 0, "\(byLabel.stderr)")
        #expect(byLabel.stdout == byID.stdout)
        let typo = try CLI.run(base + ["--seeds", "Acmee"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean 'Acme' (Acme Tools)?"), "\(typo.stderr)")
        let label = try CLI.run(base + ["--seeds", "Acme Tool"])
        #expect(label.stderr.contains("did you mean 'Acme Tools' (id 'Acme')?"), "\(label.stderr)")
    }
}
