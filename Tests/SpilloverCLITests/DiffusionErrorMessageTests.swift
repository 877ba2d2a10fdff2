import Foundation
import Testing

/// The library's diffusion errors carry the parameter, the seeds and the counts at fault as
/// values; the tool names them by the flag that set them and the firm, with the exit status
/// of their kind: 64 for an option's value, 65 for a file's, 1 for the tool's own fault.
@Suite("diffusion errors name the flag and the firm")
struct DiffusionErrorMessageTests {
    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The arguments after the command's edge list; `FILE` stands for the edges' path,
        /// `DIR` for the case's folder.
        var arguments: [String]
        var files: [String: String] = [:]
        var status: Int32
        /// The whole message after `spillover: error: `.
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // A parameter's value given on the command line: its own flag, the value, exit 64.
        Case(
            name: "diffuse --p", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--p", "1.5"], status: 64,
            message: "--p: expected a probability in [0, 1], got 1.5"),
        Case(
            name: "diffuse --scale", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--probability", "weight", "--scale", "-1"], status: 64,
            message: "--scale: expected a finite number ≥ 0, got -1.0"),
        Case(
            name: "diffuse --gamma", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "sir", "--gamma", "0"], status: 64,
            message: "--gamma: expected a probability in (0, 1] (γ = 0 never ends), got 0.0"),
        Case(
            name: "diffuse --internalisation", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "knowledge", "--internalisation", "-1"],
            status: 64, message: "--internalisation: expected a probability in [0, 1], got -1.0"),
        Case(
            name: "diffuse --codified-beta", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "knowledge", "--codified-beta", "horizontal=-3"],
            status: 64, message: "--codified-beta: expected a finite number ≥ 0 for tie type 'horizontal', got -3.0"),
        Case(
            name: "diffuse --codified-kappa", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "knowledge", "--codified-kappa", "inf"],
            status: 64, message: "--codified-kappa: expected a finite number, got inf"),
        Case(
            name: "diffuse --level-kappa", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "level", "--level-kappa", "nan"],
            status: 64, message: "--level-kappa: expected a finite number, got nan"),
        Case(
            name: "seeds --p", arguments: ["seeds", "FILE", "--k", "2", "--p", "1.5", "--runs", "10"], status: 64,
            message: "--p: expected a probability in [0, 1], got 1.5"),
        Case(
            name: "seeds --beta", arguments: ["seeds", "FILE", "--k", "2", "--model", "sir", "--beta", "2", "--runs", "10"], status: 64,
            message: "--beta: expected a probability in [0, 1], got 2.0"),
        Case(
            name: "channels --p", arguments: ["channels", "FILE", "--seeds", "Acme", "--p", "2", "--runs", "10"], status: 64,
            message: "--p: expected a probability in [0, 1], got 2.0"),
        // A value read from a parameter file: the file, as the file spells the parameter, exit 65.
        Case(
            name: "diffuse --params, a beta", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/k.json"],
            files: ["k.json": #"{"tacit": {"beta": {"Vertical": -1}}}"#], status: 65,
            message: "--params DIR/k.json: tacit.beta: expected a finite number ≥ 0 for tie type 'vertical', got -1.0"),
        Case(
            name: "diffuse --params, a flag on top", arguments: ["diffuse", "FILE", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/k.json", "--tacit-kappa", "inf"],
            files: ["k.json": #"{"externalisation": 0.5}"#], status: 64, message: "--tacit-kappa: expected a finite number, got inf"),
        // Seeds: the option as given and the firms, exit 64.
        Case(
            name: "diffuse --seeds unknown ids", arguments: ["diffuse", "FILE", "--seeds", "Acme,Nobody,Zed"], status: 64,
            message: "--seeds: no firm with id 'Nobody', 'Zed' in the cluster (FILE)"),
        Case(
            name: "channels --seeds unknown id", arguments: ["channels", "FILE", "--seeds", "Bolt,Cogz", "--runs", "10"], status: 64,
            message: "--seeds: no firm with id 'Cogz' in the cluster; for 'Cogz' did you mean 'Cogs'? (FILE)"),
        Case(
            name: "diffuse --seeds ambiguous label", arguments: ["diffuse", "FILE", "--nodes", "DIR/n.csv", "--seeds", "Twin"],
            files: ["n.csv": "id,label\nAcme,Twin\nCogs,Twin\n"], status: 64,
            message: "--seeds: 'Twin' is the label of 2 firms ('Acme', 'Cogs'); give one of their ids (FILE)"),
        Case(
            name: "diffuse --seeds degree:K above the firms", arguments: ["diffuse", "FILE", "--seeds", "degree:9"], status: 64,
            message: "--seeds degree:9: the cluster in FILE has only 5 firms; give at most 5"),
        Case(
            name: "diffuse --seeds focal:K above the firms", arguments: ["diffuse", "FILE", "--seeds", "focal:6"], status: 64,
            message: "--seeds focal:6: the cluster in FILE has only 5 firms; give at most 5"),
        Case(
            name: "channels --seeds random:K above the firms", arguments: ["channels", "FILE", "--seeds", "random:7", "--runs", "10"], status: 64,
            message: "--seeds random:7: the cluster in FILE has only 5 firms; give at most 5"),
        Case(name: "diffuse --seeds with no id", arguments: ["diffuse", "FILE", "--seeds", " , "], status: 64, message: "--seeds: no seed ids given"),
        // A focal ranking that fails is reported as the ranking's error, not as --seeds'.
        Case(
            name: "diffuse focal seeds without the group column", arguments: ["diffuse", "FILE", "--nodes", "DIR/n.csv", "--groups", "column", "--seeds", "focal:2"],
            files: ["n.csv": "id,sector\nAcme,X\n"], status: 65,
            message: "DIR/n.csv: the node table has no column 'group' to take groups from (--group-column)"),
        Case(
            name: "seeds --method focal without the group column",
            arguments: ["seeds", "FILE", "--nodes", "DIR/n.csv", "--groups", "column", "--k", "2", "--method", "focal", "--runs", "10"],
            files: ["n.csv": "id,sector\nAcme,X\n"], status: 65,
            message: "DIR/n.csv: the node table has no column 'group' to take groups from (--group-column)"),
    ]

    @Test("one message naming the flag and the firm, with the status of its kind", arguments: cases)
    func message(_ c: Case) throws {
        let folder = try CLI.temporaryFolder(holding: c.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "FILE", with: Self.edges).replacingOccurrences(of: "DIR", with: folder.path)
        }
        let r = try CLI.run(c.arguments.map(fill) + ["-o", folder.appendingPathComponent("out").path])
        #expect(r.status == c.status, "stderr: \(r.stderr)")
        let errors = r.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("spillover: error: ") }
        #expect(errors == ["spillover: error: " + fill(c.message)], "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
