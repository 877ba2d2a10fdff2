import Foundation
import SpilloverKit
import Testing

@Suite("spillover rank")
struct RankCommandTests {
    static let edges = CLI.fixture("small/edges.csv"), nodes = CLI.fixture("small/nodes.csv")

    @Test("JSON shape: method, criteria with weights, ranking rows with the documented columns")
    func json() throws {
        let r = try CLI.run(["rank", Self.edges, "--nodes", Self.nodes, "-f", "json", "--criteria", "pagerank=2,bridging=1"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(o["method"] as? String == "percentile")
        #expect(o["criteria"] as? [String: Double] == ["pagerank": 2, "bridging": 1])
        let rows = try #require(o["ranking"] as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(Set(rows[0].keys) == ["rank", "id", "label", "group", "score", "role", "reason", "pagerank_pct", "bridging_pct"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(rows.last?["role"] as? String == "isolate")
        #expect(r.stdout.range(of: #"^\{\n  "method""#, options: .regularExpression) != nil)
    }

    @Test("every format carries the same ranking; CSV reads back", arguments: ["csv", "markdown", "table"])
    func formats(format: String) throws {
        let csv = try CLI.run(["rank", Self.edges, "--nodes", Self.nodes, "-f", "csv"])
        let other = try CLI.run(["rank", Self.edges, "--nodes", Self.nodes, "-f", format])
        #expect(csv.status == 0 && other.status == 0)
        let ids = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(ids == ["Cogs", "Dyna", "Acme", "Bolt", "Uni", "Echo"])
        // The other format lists the same firms in the same order.
        var position = other.stdout.startIndex
        for id in ids {
            let found = try #require(other.stdout.range(of: String(id), range: position..<other.stdout.endIndex))
            position = found.upperBound
        }
    }

    @Test("CSV reads back, through spillover's own reader, to exactly the JSON values")
    func csvRoundTrip() throws {
        let args = ["rank", Self.edges, "--nodes", Self.nodes, "--stability", "10", "--top", "6"]
        let csv = try CLI.run(args + ["-f", "csv"]), json = try CLI.run(args + ["-f", "json"])
        #expect(csv.status == 0 && json.status == 0)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ranking.csv").path
        try csv.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        // The ranking CSV has an `id` column, so the node-table reader reads it as text.
        let table = try NodeTableReader.read(path: path)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["ranking"] as? [[String: Any]])
        #expect(table.ids == rows.map { $0["id"] as? String })
        for (r, row) in rows.enumerated() {
            for (c, name) in table.columnNames.enumerated() {
                let text = table.columns[c][r]
                switch row[name] {
                case let number as NSNumber:
                    #expect(Double(text) == number.doubleValue, "\(name) row \(r): \(text) vs \(number)")
                case let string as String: #expect(text == string, "\(name) row \(r)")
                case is NSNull: #expect(text.isEmpty)
                default: Issue.record("unexpected JSON value for \(name)")
                }
            }
        }
    }

    @Test("stability adds top_k_share and median_rank, identical for 1 and 2 threads")
    func stability() throws {
        let base = ["rank", Self.edges, "--nodes", Self.nodes, "-f", "csv", "--stability", "30", "--drop", "0.2", "--seed", "4", "--top", "2"]
        let one = try CLI.run(base + ["--threads", "1"]), two = try CLI.run(base + ["--threads", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout.hasPrefix("rank,id,label,group,score,role,reason,prominence_pct,bridging_pct,holes_pct,brokerage_pct,reach_pct,top_k_share,median_rank"))
        #expect(one.stdout.split(separator: "\n").count == 3)
    }

    @Test("a measure criterion is spelt as in --measures and named by its column")
    func measureCriterion() throws {
        let r = try CLI.run(["rank", Self.edges, "--nodes", Self.nodes, "-f", "csv", "--criteria", "Effective-Size=2,holes"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("rank,id,label,group,score,role,reason,effective_size_pct,holes_pct"))
    }

    @Test(
        "bad options exit 64 naming the option",
        arguments: [
            (["--top", "0"], "--top"), (["--criteria", "fame=1"], "unknown criterion 'fame'"),
            (["--criteria", "pagerank=-1"], "weight of 'pagerank'"), (["--stability", "0"], "--stability"),
            (["--stability", "5", "--drop", "1"], "--drop"), (["--drop", "0.3"], "go with --stability"),
            (["--method", "vote"], "--method"), (["--criteria", "pagerank,PageRank"], "criterion 'pagerank' given twice"),
            (["--criteria", "pagerank=0"], "weight > 0"), (["--criteria", "id"], "unknown criterion 'id'"),
        ])
    func badOptions(arguments: [String], mention: String) throws {
        let r = try CLI.run(["rank", Self.edges, "--nodes", Self.nodes] + arguments)
        #expect(r.status == 64)
        #expect(r.stderr.contains(mention), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }
}
