import Foundation
import Testing

/// `spillover metrics` end to end: every format, the JSON shape, --dyads, --measures, groups
/// and usage errors. Values are compared with the reference fixtures of the library tests
/// (Tests/SpilloverKitTests/Fixtures/measures, read in place) to 1e-6 · max(1, |reference|).
@Suite("spillover metrics")
struct MetricsCommandTests {
    static let measures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../SpilloverKitTests/Fixtures/measures").standardized
    static let graphs = [
        "karate", "karate_weighted", "florentine", "kite", "borgatti", "directed3",
        "components", "star", "path5", "complete5",
    ]

    static func files(_ name: String) -> (edges: String, nodes: String, expected: [String: Any]) {
        let dir = measures.appendingPathComponent(name)
        let data = try! Data(contentsOf: dir.appendingPathComponent("expected.json"))
        let json = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        return (dir.appendingPathComponent("edges.csv").path, dir.appendingPathComponent("nodes.csv").path, json)
    }

    static func args(_ name: String, _ extra: [String]) -> [String] {
        let f = files(name)
        return ["metrics", f.edges, "--nodes", f.nodes] + ((f.expected["directed"] as! Bool) ? ["--directed"] : []) + extra
    }

    static func close(_ ours: Any?, _ reference: Any?) -> Bool {
        if reference is NSNull { return ours is NSNull }
        guard let x = (ours as? NSNumber)?.doubleValue, let e = (reference as? NSNumber)?.doubleValue else { return false }
        return abs(x - e) <= 1e-6 * max(1, abs(e))
    }

    @Test("JSON: documented shape and every value matches the references", arguments: graphs)
    func json(_ name: String) throws {
        let r = try CLI.run(Self.args(name, ["-f", "json", "--brokerage-expected"]))
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["graph", "nodes"])
        let graph = try #require(root["graph"] as? [String: Any])
        #expect(Set(graph.keys) == ["nodes", "edges", "directed", "weighted", "groups"])
        let groups = try #require(graph["groups"] as? [String: Any])
        #expect(Set(groups.keys) == ["source", "count"])
        #expect(groups["source"] as? String == "column")
        let referenceGroups = Set(
            (try String(contentsOfFile: Self.files(name).nodes, encoding: .utf8))
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",").last! })
        #expect(groups["count"] as? Int == referenceGroups.count)
        let expected = Self.files(name).expected["nodes"] as! [String: [String: Any]]
        let rows = try #require(root["nodes"] as? [[String: Any]])
        #expect(rows.count == expected.count)
        #expect(graph["nodes"] as? Int == expected.count)
        for row in rows {
            let id = try #require(row["id"] as? String)
            let ref = try #require(expected[id])
            #expect(Set(row.keys) == Set(ref.keys).union(["id", "label", "group"]), "\(name) \(id)")
            for (key, value) in ref {
                #expect(Self.close(row[key], value), "\(name) \(id) \(key): \(String(describing: row[key])) vs \(value)")
            }
        }
        // Key order: id, label, group, then the documented column order.
        let nodeLines = r.stdout.components(separatedBy: "\n").drop { !$0.hasPrefix("  \"nodes\": [") }
        let firstKeys = nodeLines.filter { $0.hasPrefix("      \"") }.prefix(5).map {
            String($0.dropFirst(7).prefix { $0 != "\"" })
        }
        #expect(Array(firstKeys) == ["id", "label", "group", "degree", (Self.files(name).expected["directed"] as! Bool) ? "in_degree" : "strength"])
    }

    @Test("CSV: header, full precision, empty cells for null", arguments: ["components", "directed3"])
    func csv(_ name: String) throws {
        let r = try CLI.run(Self.args(name, ["-f", "csv"]))
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(header.prefix(4) == ["id", "label", "group", "degree"])
        #expect(header.last == "broker_total_z")
        let expected = Self.files(name).expected["nodes"] as! [String: [String: Any]]
        for line in lines.dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(cells.count == header.count)
            let ref = expected[cells[0]]!
            for (c, name) in header.enumerated().dropFirst(3) {
                let cell = cells[c]
                if ref[name] is NSNull {
                    #expect(cell.isEmpty, "\(cells[0]) \(name)")
                } else {
                    #expect(Self.close(Double(cell).map { NSNumber(value: $0) }, ref[name]), "\(cells[0]) \(name): \(cell)")
                }
            }
        }
    }

    @Test("table and markdown show every column and — for null")
    func tableAndMarkdown() throws {
        for format in ["table", "markdown"] {
            let r = try CLI.run(Self.args("components", ["-f", format]))
            #expect(r.status == 0)
            let head = r.stdout.split(separator: "\n").first.map(String.init) ?? ""
            for column in ["id", "label", "group", "degree", "closeness", "constraint", "hierarchy", "broker_liaison_z"] {
                #expect(head.contains(column), "\(format) \(column)")
            }
            let isolate = r.stdout.split(separator: "\n").first { $0.contains("i1") }.map(String.init) ?? ""
            #expect(isolate.contains("—"), "\(format)")
        }
        let md = try CLI.run(Self.args("kite", ["-f", "markdown", "--measures", "degree"]))
        #expect(md.stdout.hasPrefix("| id | label | group | degree |\n| --- | --- | --- | ---: |\n"))
    }

    @Test("--dyads writes source, target, local_constraint matching NetworkX", arguments: ["directed3", "karate_weighted"])
    func dyads(_ name: String) throws {
        let r = try CLI.run(Self.args(name, ["--dyads", "-f", "json"]))
        #expect(r.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["graph", "dyads"])
        let rows = try #require(root["dyads"] as? [[String: Any]])
        let reference = Self.files(name).expected["dyads"] as! [[String: Any]]
        #expect(rows.count == reference.count)
        var ours: [String: Any] = [:]
        for row in rows {
            #expect(Set(row.keys) == ["source", "target", "local_constraint"])
            ours["\(row["source"] as! String)→\(row["target"] as! String)"] = row["local_constraint"]
        }
        for ref in reference {
            let key = "\(ref["source"] as! String)→\(ref["target"] as! String)"
            #expect(Self.close(ours[key], ref["local_constraint"]), "\(key)")
        }
        let csv = try CLI.run(Self.args(name, ["--dyads", "-f", "csv"]))
        #expect(csv.stdout.hasPrefix("source,target,local_constraint\n"))
        #expect(csv.stdout.split(separator: "\n").count == reference.count + 1)
    }

    @Test("--measures computes only the listed columns, in documented order")
    func measuresSubset() throws {
        let r = try CLI.run(Self.args("kite", ["--measures", "constraint,pagerank", "-f", "csv"]))
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("id,label,group,pagerank,constraint\n"))
        let b = try CLI.run(Self.args("kite", ["--measures", "brokerage", "--brokerage-expected", "-f", "csv"]))
        #expect(b.stdout.split(separator: "\n")[0].split(separator: ",").count == 3 + 18)
    }

    @Test("measure names take - or _ in any case, in --measures and --sort-by alike")
    func measureSpelling() throws {
        let r = try CLI.run(Self.args("kite", ["--measures", " Effective-Size,degree", "--sort-by", "effective-size", "-f", "csv"]))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("id,label,group,degree,effective_size\n"))
        let same = try CLI.run(Self.args("kite", ["--measures", "degree,effective_size", "--sort-by", "effective_size", "-f", "csv"]))
        #expect(same.stdout == r.stdout)
    }

    @Test("an unknown measure is a usage error that names it")
    func unknownMeasure() throws {
        let r = try CLI.run(Self.args("kite", ["--measures", "degree,pagernak"]))
        #expect(r.status == 64)
        #expect(r.stderr.contains("pagernak"))
        #expect(r.stdout.isEmpty)
    }

    @Test("without a group column, brokerage uses Louvain communities and says so")
    func communities() throws {
        let f = Self.files("karate")
        let r = try CLI.run(["metrics", f.edges, "-f", "json", "--measures", "brokerage"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("Louvain communities"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let groups = try #require((root["graph"] as? [String: Any])?["groups"] as? [String: Any])
        #expect(groups["source"] as? String == "community")
        #expect((groups["count"] as? Int ?? 0) >= 2)
        let again = try CLI.run(["metrics", f.edges, "-f", "json", "--measures", "brokerage"])
        #expect(again.stdout == r.stdout)
        let forced = try CLI.run(Self.args("karate", ["--groups", "community", "-f", "json", "--measures", "degree"]))
        #expect(forced.stdout.contains("\"source\": \"community\""))
    }

    @Test("group options: missing column is a data error, --groups column without nodes a usage error")
    func groupErrors() throws {
        let r = try CLI.run(Self.args("kite", ["--group-column", "sector", "--groups", "column"]))
        #expect(r.status == 65)
        #expect(r.stderr.contains("sector"))
        let f = Self.files("kite")
        let u = try CLI.run(["metrics", f.edges, "--groups", "column"])
        #expect(u.status == 64)
        #expect(u.stderr.contains("--nodes"))
    }

    @Test("-o writes the file; --sort-by orders rows; --betweenness-sample is seeded")
    func outputSortSample() throws {
        let dir = try CLI.temporaryFolder()
        let out = dir.appendingPathComponent("m.csv").path
        let r = try CLI.run(Self.args("kite", ["-f", "csv", "-o", out, "--sort-by", "betweenness", "--measures", "betweenness"]))
        #expect(r.status == 0 && r.stdout.isEmpty)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.split(separator: "\n")[1].hasPrefix("Heather,"))
        let a = try CLI.run(Self.args("karate", ["--betweenness-sample", "10", "--seed", "5", "-f", "csv", "--measures", "betweenness"]))
        let b = try CLI.run(Self.args("karate", ["--betweenness-sample", "10", "--seed", "5", "-f", "csv", "--measures", "betweenness"]))
        #expect(a.status == 0 && a.stdout == b.stdout)
        let bad = try CLI.run(Self.args("karate", ["--betweenness-sample", "0"]))
        #expect(bad.status == 64)
    }

    @Test("-o takes the format from its extension unless -f names one")
    func formatFromExtension() throws {
        let dir = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let measures = ["--measures", "degree"]
        for (name, first) in [("m.csv", "id,label,group,degree"), ("m.JSON", "{"), ("m.md", "| id"), ("m.txt", "id ")] {
            let out = dir.appendingPathComponent(name).path
            let r = try CLI.run(Self.args("kite", measures + ["-o", out]))
            #expect(r.status == 0, "\(r.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.hasPrefix(first), "\(name): \(text.prefix(40))")
        }
        let out = dir.appendingPathComponent("forced.csv").path
        #expect(try CLI.run(Self.args("kite", measures + ["-f", "json", "-o", out])).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{"))
    }

    @Test("--path-sample samples betweenness, closeness and harmonic, seeded; --exact and bad sizes")
    func pathSample() throws {
        let measures = ["--measures", "betweenness,closeness,harmonic", "-f", "csv"]
        let exact = try CLI.run(Self.args("karate", measures))
        let a = try CLI.run(Self.args("karate", measures + ["--path-sample", "8", "--seed", "3"]))
        let b = try CLI.run(Self.args("karate", measures + ["--path-sample", "8", "--seed", "3"]))
        let c = try CLI.run(Self.args("karate", measures + ["--path-sample", "8", "--seed", "4"]))
        #expect(a.status == 0 && a.stdout == b.stdout && a.stdout != c.stdout && a.stdout != exact.stdout)
        #expect(!a.stderr.contains("sampled sources"))  // asked for: no warning
        // Every column differs from the exact one (all three are sampled).
        func column(_ text: String, _ i: Int) -> [Substring] { text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false)[i] } }
        for i in 3...5 { #expect(column(a.stdout, i) != column(exact.stdout, i), "column \(i)") }
        // k ≥ n is every firm: the exact values (to print precision, up to summation order).
        let all = try CLI.run(Self.args("karate", measures + ["--path-sample", "34"]))
        for (x, y) in zip(column(all.stdout, 5).dropFirst(), column(exact.stdout, 5).dropFirst()) {
            #expect(abs(Double(x)! - Double(y)!) < 1e-9)
        }
        // --exact is accepted (and is the default below 50000 firms).
        let forced = try CLI.run(Self.args("karate", measures + ["--exact"]))
        #expect(forced.status == 0 && forced.stdout == exact.stdout)
        let contradiction = try CLI.run(Self.args("karate", ["--exact", "--path-sample", "5"]))
        #expect(contradiction.status == 64 && contradiction.stderr.contains("--exact"))
        let zero = try CLI.run(Self.args("karate", ["--path-sample", "0"]))
        #expect(zero.status == 64 && zero.stderr.contains("--path-sample"))
        let help = try CLI.run(["metrics", "--help"])
        #expect(help.stdout.contains("--path-sample") && help.stdout.contains("--exact") && help.stdout.contains("50000"))
    }

    @Test("error bounds: sampling at any size with the guarantee in the JSON; bad values are usage errors naming the option")
    func errorBounds() throws {
        let measures = ["--measures", "betweenness,closeness,harmonic", "-f", "json"]
        let a = try CLI.run(Self.args("karate", measures + ["--betweenness-epsilon", "0.2", "--path-delta", "0.3", "--seed", "3"]))
        let b = try CLI.run(Self.args("karate", measures + ["--betweenness-epsilon", "0.2", "--path-delta", "0.3", "--seed", "3"]))
        #expect(a.status == 0 && a.stdout == b.stdout, "\(a.stderr)")
        #expect(!a.stderr.contains("more than 50000"))  // asked for: no warning
        let root = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let sampling = try #require((root["graph"] as? [String: Any])?["sampling"] as? [String: [String: Any]])
        #expect(Set(sampling.keys) == ["betweenness", "closeness"])
        let b0 = try #require(sampling["betweenness"])
        #expect(b0["method"] as? String == "riondato-kornaropoulos" && b0["epsilon"] as? Double == 0.2 && b0["delta"] as? Double == 0.3)
        #expect((b0["samples"] as? Int ?? 0) > 0 && b0["seed"] as? String == "3")
        #expect(sampling["closeness"]?["method"] as? String == "eppstein-wang" && sampling["closeness"]?["epsilon"] as? Double == 0.5)
        // Exact output carries no sampling object.
        let exact = try CLI.run(Self.args("karate", measures))
        #expect(!exact.stdout.contains("\"sampling\""))
        for (option, value) in [("--betweenness-epsilon", "0"), ("--closeness-epsilon", "1"), ("--path-delta", "-0.5"), ("--path-delta", "nan")] {
            let r = try CLI.run(Self.args("karate", [option, value]))
            #expect(r.status == 64 && r.stderr.contains(option), "\(option) \(value): \(r.stderr)")
        }
        let contradiction = try CLI.run(Self.args("karate", ["--exact", "--betweenness-epsilon", "0.1"]))
        #expect(contradiction.status == 64 && contradiction.stderr.contains("--exact"))
    }

    @Test("measures that need no groups compute no communities: empty group column, no Louvain note")
    func noWastedGroups() throws {
        let f = Self.files("karate")
        let r = try CLI.run(["metrics", f.edges, "-f", "json", "--measures", "constraint"])
        #expect(r.status == 0 && !r.stderr.contains("Louvain"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let groups = try #require((root["graph"] as? [String: Any])?["groups"] as? [String: Any])
        #expect(groups["source"] is NSNull && groups["count"] as? Int == 0)
        let rows = try #require(root["nodes"] as? [[String: Any]])
        #expect(rows.allSatisfy { $0["group"] as? String == "" })
        // The constraint values are those computed alongside brokerage.
        let both = try CLI.run(["metrics", f.edges, "-f", "csv", "--measures", "constraint,brokerage"])
        let alone = try CLI.run(["metrics", f.edges, "-f", "csv", "--measures", "constraint"])
        func constraint(_ text: String) -> [Substring] { text.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] } }
        #expect(constraint(both.stdout) == constraint(alone.stdout))
    }
}
