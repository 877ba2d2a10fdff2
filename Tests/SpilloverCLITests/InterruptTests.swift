import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// No lost output: a run interrupted by SIGINT or SIGTERM exits 128 + the signal (130, 143)
/// and leaves the output file as it was before (or absent), with no temporary file beside it.
@Suite("interrupted runs", .serialized)
struct InterruptTests {
    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")

    /// Starts `arguments`, sends `signal` once the process has run for `after`, and returns
    /// its exit status (the signal number + 128 when it exited through our handler).
    static func interrupt(_ arguments: [String], signal: Int32, after: Duration, mustStillRun: Bool = true) throws -> (
        status: Int32, reason: Process.TerminationReason, stderr: String
    ) {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(after.components.seconds) + Double(after.components.attoseconds) * 1e-18)
        if mustStillRun { #expect(process.isRunning, "the run ended before the signal; make it longer") }
        kill(process.processIdentifier, signal)
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, String(decoding: stderr, as: UTF8.self))
    }

    static let signals: [(Int32, Int32)] = [(SIGINT, 130), (SIGTERM, 143)]

    @Test("diffuse -o FILE: interrupted, exits 130/143 and keeps the previous file", arguments: [0, 1])
    func diffuseKeepsPreviousFile(_ which: Int) throws {
        let (signal, expected) = Self.signals[which]
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("reach.csv")
        try "previous\n".write(to: output, atomically: false, encoding: .utf8)
        let r = try Self.interrupt(
            ["diffuse", Self.edges, "--nodes", Self.nodes, "--seeds", "Acme", "--runs", "10000000", "--threads", "2", "-f", "csv", "-o", output.path],
            signal: signal, after: .milliseconds(700))
        #expect(r.reason == .exit && r.status == expected, "status \(r.status) (\(r.reason)), stderr: \(r.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["reach.csv"])
    }

    @Test("diffuse -o FILE: interrupted with no previous file leaves none", arguments: [0, 1])
    func diffuseLeavesNoFile(_ which: Int) throws {
        let (signal, expected) = Self.signals[which]
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json")
        let r = try Self.interrupt(
            ["diffuse", Self.edges, "--model", "sir", "--seeds", "Acme", "--runs", "10000000", "-f", "json", "-o", output.path],
            signal: signal, after: .milliseconds(500))
        #expect(r.reason == .exit && r.status == expected, "status \(r.status) (\(r.reason)), stderr: \(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// `generate` writes two large files in turn: signals at staggered times land before,
    /// during and between the writes. Whatever the moment, each file is absent or whole
    /// (its last line complete and the row count right) and no temporary file is left.
    @Test("generate: interrupted at any moment leaves whole files or none", arguments: [150, 400, 900, 1500])
    func generateLeavesWholeFiles(_ milliseconds: Int) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let r = try Self.interrupt(["generate", "--firms", "300000", "--seed", "3", "--out", out.path], signal: SIGINT, after: .milliseconds(milliseconds), mustStillRun: false)
        // 0 when the run had finished before the signal (a fast machine): the files must be whole.
        #expect(r.reason == .exit && (r.status == 130 || r.status == 0), "status \(r.status) (\(r.reason)), stderr: \(r.stderr)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        #expect(left.allSatisfy { !$0.hasPrefix(".") }, "temporary files left: \(left)")
        for name in left {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            #expect(text.hasSuffix("\n"), "\(name) is cut short")
            if name == "nodes.csv" { #expect(text.split(separator: "\n").count == 300_001) }
        }
    }
}
