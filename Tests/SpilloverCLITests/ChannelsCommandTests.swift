import Foundation
import Testing

/// `spillover channels`, `--layer`/`--drop-layer`, `diffuse --cut-channels` and knockouts
/// that delete (issue 14).
@Suite("spillover channels and removal")
struct ChannelsCommandTests {
    static let edges = """
        source,target,weight,type
        x,e,1,vertical
        x,b,2,vertical
        x,a,1,horizontal
        a,b,3,vertical
        b,c,1,institutional
        c,d,2,horizontal
        d,a,1,vertical
        c,x,1,institutional
        a,b,1,horizontal
        d,f,0.5,vertical
        b,d,1,horizontal
        e,f,1,horizontal
        x,f,1,institutional

        """

    static func write(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryFolder()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("issue 14's reproduction: the LT knockout of x reaches exactly 2")
    func reproduction() throws {
        let dir = try Self.write(["ko.csv": "source,target\ns,t\nx,t\nx,y\nx,z\n"])
        let r = try CLI.run([
            "diffuse", dir.appendingPathComponent("ko.csv").path, "--model", "lt", "--seeds", "s",
            "--knockout", "1", "--runs", "20000", "-f", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let knockout = try #require(try Self.json(r.stdout)["knockout"] as? [[String: Any]])
        #expect(knockout[0]["id"] as? String == "x")
        #expect((knockout[0]["spread"] as? [String: Any])?["mean"] as? Double == 2)
    }

    @Test(
        "knockout = the file without the firm's rows, byte for byte, for every model",
        arguments: [
            ["--model", "ic"], ["--model", "ic", "--probability", "cascade"], ["--model", "ic", "--probability", "weight", "--scale", "0.3"],
            ["--model", "lt"], ["--model", "sir"], ["--model", "knowledge"],
        ])
    func knockoutIsDeletion(model: [String]) throws {
        let dir = try Self.write(["e.csv": Self.edges, "nodes.csv": "id\nx\na\nb\nc\nd\ne\nf\n"])
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        let withKnockout = try CLI.run(
            [
                "diffuse", path("e.csv"), "--nodes", path("nodes.csv"), "--seeds", "c,e", "--runs", "500",
                "--seed", "5", "--knockout", "2", "-f", "json",
            ] + model)
        #expect(withKnockout.status == 0, "\(withKnockout.stderr)")
        let knockout = try #require(try Self.json(withKnockout.stdout)["knockout"] as? [[String: Any]])
        // x is the top focal firm; without its rows e first appears after a, b, c, d, f.
        #expect(knockout.count == 2 && knockout[0]["id"] as? String == "x")
        for k in knockout {
            // The file without the firm's rows, and the node table without its row.
            let f = try #require(k["id"] as? String)
            let without = Self.edges.split(separator: "\n").filter { !$0.hasPrefix("\(f),") && !$0.contains(",\(f),") }.joined(separator: "\n") + "\n"
            try without.write(to: dir.appendingPathComponent("without.csv"), atomically: true, encoding: .utf8)
            try ("id\n" + ["x", "a", "b", "c", "d", "e", "f"].filter { $0 != f }.joined(separator: "\n") + "\n")
                .write(to: dir.appendingPathComponent("nodes-without.csv"), atomically: true, encoding: .utf8)
            let reduced = try CLI.run(
                [
                    "diffuse", path("without.csv"), "--nodes", path("nodes-without.csv"), "--seeds", "c,e",
                    "--runs", "500", "--seed", "5", "-f", "json",
                ] + model)
            #expect(reduced.status == 0, "\(reduced.stderr)")
            let a = try JSONSerialization.data(withJSONObject: k["spread"]!, options: [.sortedKeys])
            let b = try JSONSerialization.data(withJSONObject: try Self.json(reduced.stdout)["spread"]!, options: [.sortedKeys])
            #expect(a == b, "\(model) without \(f): \(String(decoding: a, as: UTF8.self)) vs \(String(decoding: b, as: UTF8.self))")
        }
    }

    @Test("--drop-layer = the file without the channel's rows, byte for byte")
    func dropLayerIsDeletion() throws {
        let without = Self.edges.split(separator: "\n").filter { !$0.hasSuffix(",vertical") }.joined(separator: "\n") + "\n"
        let dir = try Self.write(["e.csv": Self.edges, "without.csv": without, "nodes.csv": "id\nx\na\nb\nc\nd\ne\nf\n"])
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        for model in [["--model", "lt"], ["--model", "ic", "--probability", "cascade"]] {
            let a = try CLI.run(["diffuse", path("e.csv"), "--nodes", path("nodes.csv"), "--drop-layer", "vertical", "--seeds", "c", "--runs", "300", "-f", "json"] + model)
            let b = try CLI.run(["diffuse", path("without.csv"), "--nodes", path("nodes.csv"), "--seeds", "c", "--runs", "300", "-f", "json"] + model)
            #expect(a.status == 0 && a.stdout == b.stdout, "\(model) \(a.stderr)")
        }
    }

    @Test("channels writes the documented JSON keys")
    func jsonKeys() throws {
        let dir = try Self.write(["e.csv": Self.edges])
        let r = try CLI.run(["channels", dir.appendingPathComponent("e.csv").path, "--runs", "200", "--seeds", "c", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try Self.json(r.stdout)
        let channels = try #require(o["channels"] as? [[String: Any]])
        #expect(channels.map { $0["type"] as? String } == ["vertical", "horizontal", "institutional", "all"])
        #expect(
            Set(channels[0].keys) == [
                "type", "firms", "ties", "density", "components", "largest_component_share",
                "mean_degree", "transitivity", "degree_centralization", "focal",
            ])
        let overlap = try #require(o["overlap"] as? [[String: Any]])
        #expect(overlap.count == 3 && Set(overlap[0].keys) == ["a", "b", "jaccard", "degree_spearman"])
        let firms = try #require(o["firms"] as? [[String: Any]])
        #expect(firms.count == 7)
        #expect(Set(firms[0].keys) == ["id", "degree_by_channel", "overlapping_degree", "participation", "cognitive_role"])
        #expect(firms[0]["cognitive_role"] is NSNull)
        let e = try #require(o["experiments"] as? [String: Any])
        #expect(Set(e.keys) == ["model", "runs", "seed", "seeds", "base", "cut", "alone"])
        #expect(e["model"] as? String == "ic" && e["runs"] as? Int == 200 && e["seeds"] as? [String] == ["c"])
        let cut = try #require(e["cut"] as? [[String: Any]])
        #expect(Set(cut[0].keys) == ["type", "mean", "ci95", "lost", "lost_ci95"])
        let alone = try #require(e["alone"] as? [[String: Any]])
        #expect(Set(alone[0].keys) == ["type", "mean", "ci95"])
    }

    @Test(
        "--layer naming an absent type, or leaving no channel, is a usage error listing the types",
        arguments: [["--layer", "vertcal"], ["--drop-layer", "vertical,horizontal,institutional"], ["--layer", "vertical", "--drop-layer", "vertical"]])
    func badLayers(options: [String]) throws {
        let dir = try Self.write(["e.csv": Self.edges])
        for command in ["info", "metrics", "channels", "diffuse"] {
            let r = try CLI.run([command, dir.appendingPathComponent("e.csv").path] + options)
            #expect(r.status == 64, "\(command) \(options)")
            #expect(r.stderr.contains("vertical, horizontal, institutional"), "\(r.stderr)")
        }
    }

    @Test("a selected channel whose rows make no tie is reported empty, not an error")
    func emptyChannel() throws {
        let dir = try Self.write(["e.csv": Self.edges + "a,a,1,advice\n"])
        let r = try CLI.run(["channels", dir.appendingPathComponent("e.csv").path, "--layer", "vertical,advice", "--runs", "100", "--seeds", "c", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let channels = try #require(try Self.json(r.stdout)["channels"] as? [[String: Any]])
        let advice = try #require(channels.first { $0["type"] as? String == "advice" })
        #expect(advice["ties"] as? Int == 0 && advice["firms"] as? Int == 0 && (advice["focal"] as? [Any])?.isEmpty == true)
        #expect(channels.first { $0["type"] as? String == "all" }?["ties"] as? Int == 5)
    }

    @Test("info reports ties per channel and pairs tied in several")
    func info() throws {
        let dir = try Self.write(["e.csv": Self.edges])
        let r = try CLI.run(["info", dir.appendingPathComponent("e.csv").path])
        #expect(r.stdout.contains("channel ties        vertical 5, horizontal 5, institutional 3"))
        #expect(r.stdout.contains("multiplex pairs     1 (tied in more than one channel)"))
        #expect(r.stdout.contains("edges               12"))
        let layer = try CLI.run(["info", dir.appendingPathComponent("e.csv").path, "--layer", "horizontal", "-f", "json"])
        let o = try Self.json(layer.stdout)
        #expect(o["edges"] as? Int == 5 && o["nodes"] as? Int == 7 && o["multiplex_pairs"] as? Int == 0)
    }

    @Test(
        "external_ties that is negative, non-numeric or non-finite is a data error naming file, line and column",
        arguments: ["-1", "many", "inf"])
    func badExternalTies(value: String) throws {
        let dir = try Self.write(["e.csv": Self.edges, "n.csv": "id,external_ties\na,2\nb,\(value)\n"])
        let r = try CLI.run(["channels", dir.appendingPathComponent("e.csv").path, "--nodes", dir.appendingPathComponent("n.csv").path, "--no-experiments"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("n.csv:3:3: external_ties must be a finite number ≥ 0"), "\(r.stderr)")
    }

    @Test("cognitive roles: in channels, rank and dot when the node table has external_ties")
    func roles() throws {
        let dir = try Self.write(["e.csv": Self.edges, "n.csv": "id,external_ties\nx,9\na,0\nb,1\nc,0\nd,\ne,0\nf,0\n"])
        let path = { (name: String) in dir.appendingPathComponent(name).path }
        let r = try CLI.run(["channels", path("e.csv"), "--nodes", path("n.csv"), "--no-experiments", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let firms = try #require(try Self.json(r.stdout)["firms"] as? [[String: Any]])
        let role = Dictionary(uniqueKeysWithValues: firms.map { ($0["id"] as! String, $0["cognitive_role"]) })
        #expect(role["x"] as? String == "technological_gatekeeper")
        #expect(role["d"] is NSNull)
        #expect(role["f"] as? String == "weakly_connected")
        let rank = try CLI.run(["rank", path("e.csv"), "--nodes", path("n.csv"), "-f", "csv"])
        #expect(rank.status == 0 && rank.stdout.split(separator: "\n")[0].hasSuffix(",cognitive_role"), "\(rank.stderr)")
        #expect(rank.stdout.split(separator: "\n").contains { $0.hasPrefix("1,x,") && $0.hasSuffix(",technological_gatekeeper") })
        let rankJSON = try CLI.run(["rank", path("e.csv"), "--nodes", path("n.csv"), "-f", "json"])
        let rows = try #require(try Self.json(rankJSON.stdout)["ranking"] as? [[String: Any]])
        #expect(rows.first { $0["id"] as? String == "d" }?["cognitive_role"] is NSNull)
        let plain = try CLI.run(["rank", path("e.csv"), "-f", "csv"])
        #expect(plain.status == 0 && !plain.stdout.contains("cognitive_role"))
        let dot = try CLI.run(["dot", path("e.csv"), "--nodes", path("n.csv"), "--color-by", "cognitive_role"])
        #expect(dot.status == 0 && dot.stdout.contains("technological_gatekeeper"), "\(dot.stderr)")
        let noColumn = try CLI.run(["dot", path("e.csv"), "--color-by", "cognitive_role"])
        #expect(noColumn.status == 64 && noColumn.stderr.contains("external_ties"))
    }

    @Test("diffuse --cut-channels adds the cuts with the spread lost")
    func cutChannels() throws {
        let dir = try Self.write(["e.csv": Self.edges])
        let r = try CLI.run(["diffuse", dir.appendingPathComponent("e.csv").path, "--seeds", "c", "--runs", "300", "--cut-channels", "-f", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let cuts = try #require(try Self.json(r.stdout)["cut_channels"] as? [[String: Any]])
        #expect(cuts.map { $0["type"] as? String } == ["vertical", "horizontal", "institutional"])
        let table = try CLI.run(["diffuse", dir.appendingPathComponent("e.csv").path, "--seeds", "c", "--runs", "300", "--cut-channels", "--section", "channels", "-f", "csv"])
        #expect(table.stdout.hasPrefix("type,spread,ci95_low,ci95_high,lost,lost_ci95_low,lost_ci95_high\n"))
    }
}
