import Foundation
import Testing

/// Runs the built `spillover` binary and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The `spillover` executable beside the test bundle in the build folder.
    static let executable: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("spillover")
    }()

    /// Runs the tool. Stage times (`spillover: measures: 2.3 s`) are off unless `environment`
    /// sets `SPILLOVER_STAGE_SECONDS`: they depend on the machine's speed, and no test may.
    static func run(_ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        try runProgram(executable, arguments, cwd: cwd, environment: ["SPILLOVER_STAGE_SECONDS": "1e9"].merging(environment) { $1 })
    }

    /// Runs another program (looked up on `PATH` through `/usr/bin/env` when `program` is a
    /// bare name), with `environment` added to this process's.
    static func runProgram(_ program: String, _ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        let url = program.contains("/") ? URL(fileURLWithPath: program) : URL(fileURLWithPath: "/usr/bin/env")
        return try runProgram(url, program.contains("/") ? arguments : [program] + arguments, cwd: cwd, environment: environment)
    }

    static func runProgram(_ executable: URL, _ arguments: [String], cwd: URL? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let cwd { process.currentDirectoryURL = cwd }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently with the process so neither fills up and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        process.waitUntilExit()
        group.wait()
        return CLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A path inside the test bundle's `Fixtures` folder.
    static func fixture(_ path: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(path).path
    }

    /// A fresh temporary folder, inside ``temporaryRoot``.
    static func temporaryFolder() throws -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A ``temporaryFolder()`` holding `files` (name → UTF-8 text).
    static func temporaryFolder(holding files: [String: String]) throws -> URL {
        let url = try temporaryFolder()
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return url
    }

    /// One folder per test process holding every ``temporaryFolder()``, removed when the
    /// process exits, so a failed `#require` or a test without its own clean-up leaves
    /// nothing behind in /tmp.
    static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-cli-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: CLI.temporaryRoot) }
        return url
    }()
}
