import Foundation
import Testing

/// `spillover fit` as a user runs it: medInnovations (the README's example), its JSON keys,
/// determinism, dates, the parameter file, and the bad-input catalogue of issue 15.
@Suite("spillover fit")
struct FitCommandTests {
    static let data = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/medinnovations")
    static var medInnovations: [String] {
        ["fit", data.appendingPathComponent("edges.csv").path, "--nodes", data.appendingPathComponent("nodes.csv").path, "--directed", "--reverse"]
    }

    @Test("medInnovations: the documented JSON keys; the hazard model is R's; the cascade is the fixture's")
    func json() throws {
        let r = try CLI.run(Self.medInnovations + ["-f", "json", "--runs", "100", "--permutations", "100", "--by-channel"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["periods", "exposure_at_adoption", "structural_test", "hazard_model", "cascade_model", "fit_check"])
        let periods = try #require(root["periods"] as? [[String: Any]])
        #expect(periods.count == 17 && periods[0]["t"] as? Int == 1 && periods[16]["cumulative"] as? Int == 109)
        #expect(Set(periods[0].keys) == ["t", "adopters", "cumulative", "hazard"])
        let exposure = try #require(root["exposure_at_adoption"] as? [String: Any])
        #expect(Set((exposure["by_channel"] as! [String: Any]).keys) == ["advice", "discussion", "friend"])
        #expect(Set((root["structural_test"] as! [String: Any]).keys) == ["statistic", "p_value", "permutations"])
        let hazard = try #require(root["hazard_model"] as? [String: Any])
        #expect(hazard["rows"] as? Int == 856)
        let terms = (hazard["coefficients"] as! [[String: Any]]).map { $0["term"] as! String }
        #expect(Array(terms.prefix(5)) == ["intercept", "exposure_friend", "exposure_advice", "exposure_discussion", "period_3"])
        let advice = (hazard["coefficients"] as! [[String: Any]])[2]
        #expect(abs((advice["estimate"] as! Double) - 0.325401273058564) < 1e-6)
        for key in ["term", "estimate", "se", "z", "p", "ci95"] { #expect(advice[key] != nil, "\(key)") }
        let cascade = try #require(root["cascade_model"] as? [String: Any])
        for key in ["loglik", "aic", "epsilon", "p", "equal_channels_test"] { #expect(cascade[key] != nil, "\(key)") }
        let p = cascade["p"] as! [[String: Any]]
        #expect(p.map { $0["type"] as! String } == ["friend", "advice", "discussion"])
        #expect(Set((cascade["equal_channels_test"] as! [String: Any]).keys) == ["statistic", "df", "p_value"])
        let check = try #require(root["fit_check"] as? [[String: Any]])
        #expect(Set(check[0].keys) == ["t", "observed", "simulated_median", "simulated_p05", "simulated_p95"])
    }

    @Test("the same output for 1 and 2 threads; a pooled p is listed as type 'all'")
    func threads() throws {
        let args = Self.medInnovations + ["-f", "json", "--runs", "200", "--permutations", "200", "--bootstrap", "20"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.contains("\"type\": \"all\""))
    }

    @Test("--write-params and --figure write their files; the params file is the fitted model")
    func files() throws {
        let folder = try CLI.temporaryFolder()
        let params = folder.appendingPathComponent("fitted.json").path, figure = folder.appendingPathComponent("fit.svg").path
        let r = try CLI.run(Self.medInnovations + ["--runs", "50", "--permutations", "0", "--write-params", params, "--figure", figure, "--section", "cascade"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: params))) as? [String: Any])
        #expect(written["model"] as? String == "cascade" && written["periods"] as? Int == 17)
        #expect(abs((written["epsilon"] as! Double) - 0.111594) < 1e-5)
        #expect(try String(contentsOfFile: figure, encoding: .utf8).contains("<svg"))
        // diffuse runs the fitted model: ε per step over the 16 periods after the seeds'.
        let d = try CLI.run(
            Array(Self.medInnovations.dropFirst().prefix(5)).reduce(into: ["diffuse"]) { $0.append($1) }
                + ["--model", "ic", "--params", params, "--seeds", "focal:3", "--runs", "200", "-f", "json"])
        #expect(d.status == 0, "\(d.stderr)")
        #expect(d.stdout.contains("\"external\": 0.11159") && d.stdout.contains("\"steps\": 16"))
        let bad = try CLI.run(["diffuse", Self.data.appendingPathComponent("edges.csv").path, "--model", "ic", "--params", params, "--p", "0.2"])
        #expect(bad.status == 64)
    }

    /// A small cluster a → b → c → d, e isolated from the chain but tied to a.
    static let chain = "source,target,type\na,b,x\nb,c,x\nc,d,y\na,e,y\n"

    @Test("medInnovations' months as dates grouped by quarter; --observed-until extends observation with --time linear")
    func dates() throws {
        let folder = try CLI.temporaryFolder()
        let nodes = folder.appendingPathComponent("nodes.csv").path
        // Month k of the study becomes the 15th of month k from January 2020.
        var lines = try String(contentsOf: Self.data.appendingPathComponent("nodes.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        for i in 1..<lines.count {
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if let k = Int(fields[2]) { fields[2] = String(format: "%04d-%02d-15", 2020 + (k - 1) / 12, (k - 1) % 12 + 1) }
            lines[i] = fields.joined(separator: ",")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: nodes, atomically: true, encoding: .utf8)
        let r = try CLI.run([
            "fit", Self.data.appendingPathComponent("edges.csv").path, "--nodes", nodes, "--directed", "--reverse",
            "--period", "quarter", "--observed-until", "2021-12-31", "--time", "linear",
            "--section", "periods", "-f", "csv", "--permutations", "10", "--runs", "10",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stdout == """
                t,adopters,cumulative,hazard
                2020-Q1,29,29,0
                2020-Q2,33,62,0.34375
                2020-Q3,24,86,0.38095238095238093
                2020-Q4,9,95,0.23076923076923078
                2021-Q1,11,106,0.36666666666666664
                2021-Q2,3,109,0.15789473684210525
                2021-Q3,0,109,0
                2021-Q4,0,109,0

                """)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var nodes: String
        var options: [String] = []
        var status: Int32
        /// Text the error must contain; FILE stands for the node table's path.
        var expected: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = [
        Bad(name: "no adoption column", nodes: "id,group\na,1\n", status: 64, expected: "FILE: no 'adopted_at' column in the node table (columns: 'id', 'group')"),
        Bad(
            name: "a time that is neither a period nor a date", nodes: "id,adopted_at\na,1\nb,soon\n", status: 65,
            expected: "FILE:3:3: adopted_at must be an integer period or a date YYYY-MM-DD, found \"soon\""),
        Bad(name: "an impossible date", nodes: "id,adopted_at\na,2021-02-29\n", status: 65, expected: "FILE:2:3: adopted_at must be an integer period or a date"),
        Bad(
            name: "a date after --observed-until", nodes: "id,adopted_at\na,2020-01-02\nb,2021-03-01\n", options: ["--observed-until", "2020-12-31"], status: 65,
            expected: "FILE:3:3: adopted_at 2021-03 is after --observed-until 2020-12-31"),
        Bad(name: "nobody adopted", nodes: "id,adopted_at\na,\nb,\n", status: 65, expected: "FILE: no firm has an adoption time"),
        Bad(
            name: "everybody adopted in the first period", nodes: "id,adopted_at\na,1\nb,1\nc,1\nd,1\ne,1\n", status: 65,
            expected: "every firm adopted in the first observed period"),
        Bad(
            name: "no firm ever exposed", nodes: "id,adopted_at\na,\nb,\nc,\nd,1\ne,2\n", status: 65,
            expected: "no firm at risk ever has an in-neighbour that adopted before it, so the network's part cannot be estimated (check the tie direction: --directed, --reverse)"),
        Bad(
            name: "a covariate that is not a number", nodes: "id,adopted_at,size\na,1,3\nb,2,big\n", options: ["--covariates", "size"], status: 65,
            expected: "FILE:3:5: covariate 'size' must be a number, found \"big\""),
        Bad(name: "a covariate column that is missing", nodes: "id,adopted_at\na,1\n", options: ["--covariates", "size"], status: 64, expected: "no 'size' column"),
        Bad(
            name: "--observed-until of the wrong kind", nodes: "id,adopted_at\na,1\nb,2\n", options: ["--observed-until", "2020-01-01"], status: 64,
            expected: "--observed-until: expected an integer period"),
    ]

    @Test("bad input: the exit status, one message naming file, line and column, no output file", arguments: bad)
    func badInput(_ c: Bad) throws {
        let folder = try CLI.temporaryFolder()
        let edges = folder.appendingPathComponent("edges.csv").path, nodes = folder.appendingPathComponent("nodes.csv").path
        let out = folder.appendingPathComponent("out.json").path, params = folder.appendingPathComponent("p.json").path
        try Self.chain.write(toFile: edges, atomically: true, encoding: .utf8)
        try c.nodes.write(toFile: nodes, atomically: true, encoding: .utf8)
        let r = try CLI.run(["fit", edges, "--nodes", nodes, "--directed", "-o", out, "--write-params", params, "--runs", "10", "--permutations", "10"] + c.options)
        #expect(r.status == c.status, "\(r.stderr)")
        #expect(r.stderr.contains(c.expected.replacingOccurrences(of: "FILE", with: nodes)), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out) && !FileManager.default.fileExists(atPath: params))
    }

    @Test("--reverse flips every tie for every command: a → b, a → c read as b → a, c → a")
    func reverse() throws {
        let folder = try CLI.temporaryFolder()
        let edges = folder.appendingPathComponent("edges.csv").path
        try "source,target\na,b\na,c\n".write(toFile: edges, atomically: true, encoding: .utf8)
        let r = try CLI.run(["metrics", edges, "--directed", "--reverse", "-f", "csv"])
        #expect(r.status == 0)
        let header = r.stdout.split(separator: "\n")[0].split(separator: ",")
        let a = r.stdout.split(separator: "\n").first { $0.hasPrefix("a,") }!.split(separator: ",", omittingEmptySubsequences: false)
        #expect(a[header.firstIndex(of: "in_degree")!] == "2" && a[header.firstIndex(of: "out_degree")!] == "0")
    }

    @Test("generate --adoption writes adopted_at from stated parameters, reproducibly; fit recovers them roughly")
    func generateAdoption() throws {
        let folder = try CLI.temporaryFolder()
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        let args = [
            "generate", "--firms", "400", "--seed", "5", "--adoption", "--epsilon", "0.02",
            "--p-by-type", "vertical=0.3,horizontal=0.15,institutional=0.25", "--periods", "12",
        ]
        #expect(try CLI.run(args + ["--out", a]).status == 0)
        #expect(try CLI.run(args + ["--out", b]).status == 0)
        let nodes = try String(contentsOfFile: a + "/nodes.csv", encoding: .utf8)
        #expect(nodes == (try String(contentsOfFile: b + "/nodes.csv", encoding: .utf8)))
        #expect(nodes.hasPrefix("id,label,group,sector,location,size,absorptive_capacity,adopted_at\n"))
        let r = try CLI.run(["fit", a + "/edges.csv", "--nodes", a + "/nodes.csv", "--by-channel", "--time", "linear", "-f", "json", "--runs", "0", "--permutations", "0"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let p = ((root["cascade_model"] as! [String: Any])["p"] as! [[String: Any]])
        let vertical = try #require(p.first { $0["type"] as? String == "vertical" })
        let interval = vertical["ci95"] as! [Double]
        #expect(interval[0] < 0.3 && 0.3 < interval[1], "\(interval)")
        #expect(try CLI.run(["generate", "--epsilon", "0.1", "--out", a]).status == 64)
    }

    @Test("report on a node table with adoption times: an Adoption section, its figure, and the diffusion on the fitted cascade")
    func report() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["report"] + Array(Self.medInnovations.dropFirst()) + ["--runs", "200", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("## 8. Adoption"))  // after the learning channels (advice, discussion, friend)
        #expect(markdown.contains("**Model:** fitted cascade: p = 0.0191 per tie, ε = 0.112 per period"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("figures/adoption-fit.svg").path))
        #expect(r.stderr.contains("the diffusion runs on the cascade fitted to adopted_at"))
    }

    @Test("fit without --nodes is a usage error")
    func noNodes() throws {
        let r = try CLI.run(["fit", Self.data.appendingPathComponent("edges.csv").path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--nodes"))
    }
}
