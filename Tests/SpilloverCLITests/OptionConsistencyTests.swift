import Foundation
import Testing

/// The options several commands share mean the same and say the same in every command
/// (issue #18, item 7): `--runs`, `--seed` and `--threads` of the Monte Carlo commands, `--seed`
/// wherever random numbers are drawn, and `--top K`, how many of the top-ranked firms the
/// output lists or uses. Old names stay accepted.
@Suite("option consistency")
struct OptionConsistencyTests {
    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")

    /// The commands that run Monte Carlo simulations (`fit`: the simulated cascades of its check).
    static let monteCarlo = ["diffuse", "seeds", "channels", "dot", "analyze", "report", "fit"]
    /// Every command that draws random numbers.
    static let seeded = monteCarlo + ["metrics", "rank", "export", "generate"]
    /// The commands with `--top`.
    static let withTop = ["rank", "analyze", "report", "channels", "diffuse", "dot"]

    /// The help text of `flag` in `spillover <command> --help`, its wrapped lines joined; `nil`
    /// when the command has no such option. `names` is the option's column (`--top, --highlight-top <K>`).
    static func optionHelp(_ command: String, _ flag: String) throws -> (names: String, text: String)? {
        let r = try CLI.run([command, "--help"], environment: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(command) --help: \(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\n")
        guard
            let start = lines.firstIndex(where: {
                let t = $0.trimmingCharacters(in: .whitespaces)
                return $0.hasPrefix("  -") && (t.hasPrefix(flag + " ") || t.hasPrefix(flag + ",") || t == flag)
            })
        else { return nil }
        let first = lines[start].trimmingCharacters(in: .whitespaces)
        // The names end where two spaces begin the help, or at the end of the line.
        let split = first.range(of: "  ")
        let names = split.map { String(first[..<$0.lowerBound]) } ?? first
        var text = split.map { first[$0.upperBound...].trimmingCharacters(in: .whitespaces) } ?? ""
        for line in lines[(start + 1)...] {
            let t = line.trimmingCharacters(in: .whitespaces)
            // An option's line starts with two spaces; its wrapped help is indented further.
            if t.isEmpty || (line.hasPrefix("  -") && !line.hasPrefix("   ")) { break }
            text += (text.isEmpty ? "" : " ") + t
        }
        return (names, text)
    }

    @Test("every Monte Carlo command takes --runs, --seed and --threads with the same help and default", arguments: monteCarlo)
    func simulationOptions(command: String) throws {
        let runs = try #require(try Self.optionHelp(command, "--runs"), "\(command) has no --runs")
        #expect(runs.text.hasPrefix("Monte Carlo runs (default 1000)"), "\(command) --runs: \(runs.text)")
        if command != "fit" { #expect(runs.text == "Monte Carlo runs (default 1000).", "\(command) --runs: \(runs.text)") }
        let seed = try #require(try Self.optionHelp(command, "--seed"), "\(command) has no --seed")
        let reference = try #require(try Self.optionHelp("diffuse", "--seed"))
        #expect(seed.text == reference.text)
        let threads = try #require(try Self.optionHelp(command, "--threads"), "\(command) has no --threads")
        #expect(threads.text == "Worker threads of every parallel stage (default: all cores); results do not depend on it.")
    }

    @Test("--seed says the same, with the same default, in every command that draws random numbers", arguments: seeded)
    func seedOption(command: String) throws {
        let seed = try #require(try Self.optionHelp(command, "--seed"), "\(command) has no --seed")
        #expect(seed.text.hasPrefix("Random seed; the same seed gives the same results on any --threads."), "\(command) --seed: \(seed.text)")
        #expect(seed.text.contains("(default: 1)"), "\(command) --seed: \(seed.text)")
    }

    @Test("--top K: how many of the top-ranked firms the output lists or uses, in every command that has it", arguments: withTop)
    func topOption(command: String) throws {
        let top = try #require(try Self.optionHelp(command, "--top"), "\(command) has no --top")
        #expect(top.text.hasPrefix("How many of the top-ranked firms by "), "\(command) --top: \(top.text)")
        #expect(top.names.contains("<K>"), "\(command) --top: \(top.names)")
    }

    @Test("each --top keeps its default")
    func topDefaults() throws {
        #expect(try Self.optionHelp("rank", "--top")?.text.contains("default 10, or every firm of a smaller cluster") == true)
        #expect(try Self.optionHelp("analyze", "--top")?.text.contains("default 5, or every firm of a smaller cluster") == true)
        #expect(try Self.optionHelp("channels", "--top")?.text.contains("(default: 5)") == true)
        #expect(try Self.optionHelp("diffuse", "--top")?.text.contains("default: all") == true)
        #expect(try Self.optionHelp("dot", "--top")?.text.contains("default: none") == true)
    }

    @Test("dot --highlight-top, the old name of --top, still works and draws the same picture")
    func highlightTopAlias() throws {
        let old = try CLI.run(["dot", Self.edges, "--nodes", Self.nodes, "--highlight-top", "2", "--highlight-by", "degree"])
        let new = try CLI.run(["dot", Self.edges, "--nodes", Self.nodes, "--top", "2", "--highlight-by", "degree"])
        #expect(old.status == 0, "\(old.stderr)")
        #expect(new.status == 0, "\(new.stderr)")
        #expect(old.stdout == new.stdout)
        #expect(new.stdout.contains("top 2 by degree"))
        #expect(try Self.optionHelp("dot", "--top")?.names.contains("--highlight-top") == true)
        let zero = try CLI.run(["dot", Self.edges, "--top", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--top (--highlight-top) must be a positive number of firms, not 0"))
    }

    @Test("--runs below 1 is a usage error in every Monte Carlo command but fit", arguments: ["seeds", "channels", "dot"])
    func runsAtLeastOne(command: String) throws {
        var arguments = [command, Self.edges, "--runs", "0"]
        if command == "seeds" { arguments += ["--k", "1"] }
        if command == "dot" { arguments += ["--color-by", "arrival"] }
        let r = try CLI.run(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--runs must be at least 1, not 0"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test("--runs and --seed reach the simulation, with the same numbers on any --threads")
    func sameResults() throws {
        let a = try CLI.run(["diffuse", Self.edges, "--seeds", "degree:1", "--runs", "200", "--seed", "7", "-f", "json"])
        let b = try CLI.run(["diffuse", Self.edges, "--seeds", "degree:1", "--runs", "200", "--seed", "7", "--threads", "1", "-f", "json"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("\"runs\":200") || a.stdout.contains("\"runs\": 200"))
        #expect(a.stdout.contains("\"seed\":7") || a.stdout.contains("\"seed\": 7"))
    }
}
