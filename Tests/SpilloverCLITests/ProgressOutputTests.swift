import Foundation
import Testing

/// Progress goes to standard error only: one line per stage when standard error is not a
/// terminal (here: a pipe), none with --quiet, and standard output is the same either way.
@Suite("progress on standard error")
struct ProgressOutputTests {
    static let edges = DeterminismTests.edges, nodes = DeterminismTests.nodes

    @Test("stage lines in a log, none with --quiet, the same standard output")
    func stageLines() throws {
        let args = ["metrics", Self.edges, "--nodes", Self.nodes, "-f", "csv"]
        let environment = ["SPILLOVER_STAGE_SECONDS": "0"]
        let shown = try CLI.run(args, environment: environment)
        let quiet = try CLI.run(args + ["--quiet"], environment: environment)
        #expect(shown.status == 0 && quiet.status == 0)
        #expect(shown.stderr.contains("spillover: measures › paths: "), "\(shown.stderr)")
        #expect(shown.stderr.contains("spillover: measures › structural holes: "))
        #expect(shown.stderr.contains("spillover: measures: "))
        #expect(!quiet.stderr.contains("measures ›"))
        #expect(shown.stdout == quiet.stdout)
        // The default threshold (2 s) leaves these short stages out.
        #expect(!(try CLI.run(args)).stderr.contains("measures ›"))
    }

    @Test("analyze names its stages; the report's commands appear as one stage each")
    func analyzeStages() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try CLI.run(
            ["analyze", Self.edges, "--nodes", Self.nodes, "--runs", "100", "--out", folder.path],
            environment: ["SPILLOVER_STAGE_SECONDS": "0"])
        #expect(r.status == 0, "\(r.stderr)")
        for stage in [
            "analyze › measures: ", "analyze › diffusion: ", "analyze › seeds by imm: ", "analyze › report commands › rank: ",
            "analyze › writing the report: ", "spillover: analyze: ",
        ] {
            #expect(r.stderr.contains(stage), "\(stage)")
        }
        // A command run for the report shows no inner stage of its own.
        #expect(!r.stderr.contains("report commands › rank › "))
    }
}
