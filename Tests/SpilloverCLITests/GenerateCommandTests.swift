import Foundation
import Testing

@Suite("spillover generate")
struct GenerateCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the bundled default cluster is exactly what generate makes for seed 1")
    func bundledClusterRegenerates() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLI.run(["generate", "--firms", "150", "--seed", "1", "--out", folder.path])
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["edges.csv", "nodes.csv"] {
            let made = try Data(contentsOf: folder.appendingPathComponent(name))
            let bundled = try Data(contentsOf: Self.repository.appendingPathComponent("data/cluster/\(name)"))
            #expect(made == bundled, "\(name) differs from data/cluster/\(name)")
        }
    }

    @Test("another seed gives another cluster of the asked size; the output loads")
    func seedsDiffer() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        #expect(try CLI.run(["generate", "--firms", "300", "--seed", "2", "--ties-per-firm", "5", "--out", a]).status == 0)
        #expect(try CLI.run(["generate", "--firms", "300", "--seed", "3", "--ties-per-firm", "5", "--out", b]).status == 0)
        let ea = try String(contentsOfFile: a + "/edges.csv", encoding: .utf8)
        let eb = try String(contentsOfFile: b + "/edges.csv", encoding: .utf8)
        #expect(ea != eb)
        let info = try CLI.run(["info", a + "/edges.csv", "--nodes", a + "/nodes.csv", "-f", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any]
        #expect(object?["nodes"] as? Int == 300)
        #expect(object?["groups"] as? Int == 4)
        #expect(object?["merged_duplicates"] as? Int == 0)
        #expect(object?["dropped_self_loops"] as? Int == 0)
        let edges = object?["edges"] as? Int ?? 0
        #expect(edges > 1200 && edges < 1800, "about 5 ties per firm, got \(edges) for 300")
    }

    @Test("bad options exit 64 naming the option")
    func badOptions() throws {
        let r = try CLI.run(["generate", "--firms", "2"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--firms must be at least 4"))
    }
}
