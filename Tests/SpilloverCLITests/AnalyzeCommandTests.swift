import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// `spillover analyze` and `spillover report`: the files, the summary, the notebooks.
@Suite("spillover analyze and report")
struct AnalyzeCommandTests {
    static let repository = GenerateCommandTests.repository

    @Test("analyze without EDGES runs on the bundled cluster and writes every file")
    func analyzeDefault() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let r = try CLI.run(["analyze", "--out", out, "--runs", "200", "--top", "3"], cwd: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            files == [
                "cluster.dot", "cluster.gexf", "cluster.graphml", "cluster.svg", "diffusion.csv", "figures", "metrics.csv", "ranking.csv", "reach.csv", "report.ipynb", "report.md",
                "seeds.csv", "tables",
            ])
        #expect(r.stdout.contains("Cluster cluster (data/cluster/edges.csv --nodes data/cluster/nodes.csv)"))
        #expect(r.stdout.contains("150 firms, 491 ties"))
        #expect(r.stdout.contains("Top 3 focal firms"))
        #expect(r.stdout.contains("expected reach"))
        #expect(r.stdout.contains("95% CI"))
        let ranking = try String(contentsOfFile: out + "/ranking.csv", encoding: .utf8)
        #expect(ranking.hasPrefix("rank,id,label,group,score,role,reason,prominence_pct"))
        #expect(ranking.split(separator: "\n").count == 151)
        let metrics = try String(contentsOfFile: out + "/metrics.csv", encoding: .utf8)
        #expect(metrics.hasPrefix("id,label,group,degree,strength,betweenness"))
        let seeds = try String(contentsOfFile: out + "/seeds.csv", encoding: .utf8)
        #expect(seeds.hasPrefix("method,seeds,spread,ci95_low,ci95_high\nfocal,"))
        #expect(["celf,", "imm,", "degree-discount,", "single-discount,", "random,"].allSatisfy { seeds.contains("\n" + $0) })
        let reach = try String(contentsOfFile: out + "/reach.csv", encoding: .utf8)
        #expect(reach.hasPrefix("id,label,reach_probability,mean_arrival_step"))
        let svg = try Data(contentsOf: URL(fileURLWithPath: out + "/cluster.svg"))
        #expect(XMLParser(data: svg).parse())
        let dot = try String(contentsOfFile: out + "/cluster.dot", encoding: .utf8)
        #expect(dot.components(separatedBy: "peripheries=2").count - 1 == 3)
    }

    @Test("every exported notebook validates with nbformat and embeds well-formed SVG")
    func exportedNotebooksValidate() throws {
        let folder = Self.repository.appendingPathComponent("notebooks-export")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count == 12)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", "-c",
                """
                import nbformat, sys, xml.dom.minidom
                for path in sys.argv[1:]:
                    nb = nbformat.read(path, as_version=4)
                    nbformat.validate(nb)
                    for cell in nb.cells:
                        for output in cell.get("outputs", []):
                            svg = output.get("data", {}).get("image/svg+xml")
                            if svg: xml.dom.minidom.parseString("".join(svg) if isinstance(svg, list) else svg)
                print("ok", len(sys.argv) - 1)
                """,
            ] + names.map { folder.appendingPathComponent("\($0)/report.ipynb").path }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("ok 12"))
    }

    @Test("bad options exit 64")
    func badOptions() throws {
        #expect(try CLI.run(["analyze", "--nodes", "x.csv"]).status == 64)
        #expect(try CLI.run(["analyze", "--top", "0"]).status == 64)
        #expect(try CLI.run(["analyze", "--model", "lt", "--p", "0.2"]).status == 64)
        let r = try CLI.run(["report", "/nonexistent/edges.csv", "--out", "/tmp/x"])
        #expect(r.status == 65)
    }
}
