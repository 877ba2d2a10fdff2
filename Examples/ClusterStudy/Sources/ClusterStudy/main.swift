import Foundation
import SpilloverKit

// ClusterStudy: the whole Florentine study, a cluster built in code, and concurrent and
// cancelled diffusions, through SpilloverKit's public API only.
//
//   swift run ClusterStudy [DATA-DIR [OUTPUT-DIR]]
//
// DATA-DIR defaults to the repository's data/florentine, OUTPUT-DIR to a new temporary
// folder. Exits 1 when the cancelled diffusion did not end with CancellationError within
// 100 ms of cancel().

let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
let data = arguments.first ?? repository.appendingPathComponent("data/florentine").path
let output = arguments.dropFirst().first
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("ClusterStudy-\(getpid())").path
try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)

print("== The Florentine families")
try await florentineStudy(data: data, output: output)

print("\n== A cluster built in code")
try codeGraphStudy()

print("\n== Concurrent and cancelled diffusions")
let (latency, threw) = try await concurrentDiffusions(firms: 20_000, runs: 5_000)
let limit = Duration.milliseconds(100)
guard threw, latency <= limit else {
    print("FAIL: the cancelled diffusion \(threw ? "threw CancellationError" : "did not throw CancellationError")"
        + " and returned \(latency) after cancel() (limit \(limit))")
    exit(1)
}
print("OK: the cancelled diffusion threw CancellationError \(latency) after cancel()")
