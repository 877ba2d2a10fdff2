import Foundation
import Testing

/// Every command that draws random numbers gives byte-identical output for the same inputs
/// and --seed: run twice with one thread and once with two (every command takes --threads,
/// and every parallel stage uses that many workers).
@Suite("determinism across runs and threads")
struct DeterminismTests {
    static let repository = GenerateCommandTests.repository
    static let edges = repository.appendingPathComponent("data/cluster/edges.csv").path
    static let nodes = repository.appendingPathComponent("data/cluster/nodes.csv").path

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        /// Whether it writes a folder (--out) rather than standard output.
        var writesFolder = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "metrics: communities and sampled betweenness",
            arguments: ["metrics", edges, "--measures", "degree,betweenness,brokerage", "--groups", "community", "--betweenness-sample", "20", "--seed", "7", "-f", "csv"]),
        Case(name: "rank --stability", arguments: ["rank", edges, "--nodes", nodes, "--stability", "30", "--add-random", "--seed", "5", "-f", "json"]),
        Case(name: "diffuse ic", arguments: ["diffuse", edges, "--nodes", nodes, "--seeds", "random:4", "--runs", "300", "--seed", "9", "-f", "json"]),
        Case(
            name: "diffuse sir with knockout",
            arguments: ["diffuse", edges, "--model", "sir", "--beta", "0.2", "--runs", "200", "--knockout", "2", "--seed", "4", "-f", "json"]),
        Case(
            name: "diffuse knowledge to a precision",
            arguments: ["diffuse", edges, "--nodes", nodes, "--model", "knowledge", "--precision", "0.5", "--seed", "2", "-f", "json"]),
        Case(name: "analyze", arguments: ["analyze", edges, "--nodes", nodes, "--runs", "150", "--seed", "3", "--top", "3"], writesFolder: true),
        Case(name: "report", arguments: ["report", edges, "--nodes", nodes, "--runs", "150", "--seed", "3", "--top", "3"], writesFolder: true),
        Case(name: "generate", arguments: ["generate", "--firms", "500", "--seed", "11"], writesFolder: true),
    ]

    /// Standard output, or every file of the output folder by relative path.
    static func outcome(_ c: Case, threads: Int, folder: URL) throws -> [String: Data] {
        var arguments = c.arguments
        arguments += ["--threads", "\(threads)"]
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        if c.writesFolder { arguments += ["--out", out.path] }
        let r = try CLI.run(arguments)
        #expect(r.status == 0, "\(c.name): \(r.stderr)")
        guard c.writesFolder else { return ["stdout": Data(r.stdout.utf8)] }
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: out, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(out.path.count))] = try Data(contentsOf: url)
        }
        // The summary on standard output names no folder, so it must agree too.
        files["stdout"] = Data(r.stdout.replacingOccurrences(of: out.path, with: "OUT").utf8)
        return files
    }

    @Test("same inputs and seed: byte-identical with 1 and 2 threads and across runs", arguments: cases)
    func deterministic(_ c: Case) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.outcome(c, threads: 1, folder: folder)
        let again = try Self.outcome(c, threads: 1, folder: folder)
        let parallel = try Self.outcome(c, threads: 2, folder: folder)
        #expect(first.count > 1 || first["stdout"]?.isEmpty == false)
        #expect(first.filter { $0.key != "stdout" }.values.allSatisfy { !$0.isEmpty })
        #expect(first.keys.sorted() == again.keys.sorted())
        #expect(first.keys.sorted() == parallel.keys.sorted())
        for (name, bytes) in first.sorted(by: { $0.key < $1.key }) {
            #expect(again[name] == bytes, "\(c.name): \(name) differs between two runs")
            #expect(parallel[name] == bytes, "\(c.name): \(name) differs between 1 and 2 threads")
        }
    }

    /// Above ParallelChunks.sequentialThreshold (2048 firms), so the chunked passes
    /// (structural holes, brokerage, pivots) run on the workers: every measure, and the
    /// analysis's summary, agree for 1 and 2 threads.
    @Test("3000 firms: every measure identical with 1 and 2 threads")
    func largeCluster() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("big").path
        #expect(try CLI.run(["generate", "--firms", "3000", "--seed", "5", "--out", data]).status == 0)
        let args = ["metrics", data + "/edges.csv", "--nodes", data + "/nodes.csv", "--path-sample", "64", "-f", "csv"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.split(separator: "\n").count == 3001)
        #expect(one.stdout == two.stdout)
    }
}
