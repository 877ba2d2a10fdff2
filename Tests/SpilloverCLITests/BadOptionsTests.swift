import Foundation
import Testing

/// The bad-input catalogue beyond the edge list (see `BadInputTests`): node tables,
/// parameter files, degenerate graphs and out-of-range options, across the commands. Each
/// case must end with a clear message on standard error that names what is at fault, exit
/// status 64 (usage) or 65 (data), nothing on standard output, and no output file.
@Suite("bad options and degenerate graphs")
struct BadOptionsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The command line; `EDGES` and `NODES` stand for the small fixture, `DIR/x` for a
        /// file `x` of the case's folder (written from `files` when given there).
        var arguments: [String]
        var files: [String: String] = [:]
        var status: Int32
        /// Texts the message must contain (`DIR` stands for the case's folder).
        var expected: [String]
        var testDescription: String { name }
    }

    static let edges = CLI.fixture("small/edges.csv")
    static let nodes = CLI.fixture("small/nodes.csv")
    static let headerOnly = "source,target\n"
    static let selfLoops = "source,target\na,a\nb,b\n"
    static let idsOnly = "id,group\na,X\nb,Y\n"

    static let cases: [Case] =
        [
            // Node tables.
            Case(
                name: "node table: empty file", arguments: ["metrics", "EDGES", "--nodes", "DIR/n.csv"], files: ["n.csv": ""],
                status: 65, expected: ["DIR/n.csv: the file is empty"]),
            Case(
                name: "node table: missing file", arguments: ["rank", "EDGES", "--nodes", "DIR/none.csv"],
                status: 65, expected: ["DIR/none.csv: cannot open file: no such file or directory"]),
            Case(
                name: "node table: ragged row", arguments: ["metrics", "EDGES", "--nodes", "DIR/n.csv"], files: ["n.csv": "id,group\na,X\nb\n"],
                status: 65, expected: ["DIR/n.csv:3: expected 2 fields as in the header, found 1"]),
            Case(
                name: "node table: empty id", arguments: ["dot", "EDGES", "--nodes", "DIR/n.csv"], files: ["n.csv": "id,group\n,X\n"],
                status: 65, expected: ["DIR/n.csv:2:1:"]),
            Case(
                name: "node table: unterminated quote", arguments: ["metrics", "EDGES", "--nodes", "DIR/n.csv"], files: ["n.csv": "id,group\n\"a,X\n"],
                status: 65, expected: ["DIR/n.csv:2:1: unterminated quoted field"]),
            Case(
                name: "node table: non-numeric absorptive capacity", arguments: ["diffuse", "EDGES", "--nodes", "DIR/n.csv", "--seeds", "Acme"],
                files: ["n.csv": "id,absorptive_capacity\nAcme,high\n"],
                status: 65, expected: ["DIR/n.csv:2:6: absorptive_capacity must be a number in [0, 1], found \"high\""]),
            Case(
                name: "node table: negative absorptive capacity", arguments: ["analyze", "EDGES", "--nodes", "DIR/n.csv", "--out", "DIR/out"],
                files: ["n.csv": "id,absorptive_capacity\nAcme,-0.1\n"],
                status: 65, expected: ["DIR/n.csv:2:6: absorptive_capacity must be a number in [0, 1], found \"-0.1\""]),
            Case(
                name: "node table: --groups column without a group column", arguments: ["metrics", "EDGES", "--nodes", "DIR/n.csv", "--groups", "column"],
                files: ["n.csv": "id,sector\nAcme,X\n"], status: 65, expected: ["DIR/n.csv", "'group'", "--group-column"]),
            // Parameter files.
            Case(
                name: "params: missing file", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/none.json"],
                status: 65, expected: ["--params DIR/none.json: cannot open file: no such file or directory"]),
            Case(
                name: "params: not JSON", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/p.json"],
                files: ["p.json": "{tacit: "], status: 65, expected: ["--params DIR/p.json: not valid JSON"]),
            Case(
                name: "params: unknown field", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/p.json"],
                files: ["p.json": #"{"tacit": {"kapa": 1}}"#], status: 65, expected: ["--params DIR/p.json:", "kapa"]),
            Case(
                name: "params: probability outside [0, 1]", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/p.json"],
                files: ["p.json": #"{"externalisation": 1.5}"#], status: 65,
                expected: ["--params DIR/p.json: externalisation: expected a probability in [0, 1], got 1.5"]),
            Case(
                name: "params: negative beta", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "level", "--params", "DIR/p.json"],
                files: ["p.json": #"{"level": {"beta": {"vertical": -1}}}"#], status: 65,
                expected: ["--params DIR/p.json: level.beta: expected a finite number ≥ 0 for tie type 'vertical', got -1.0"]),
            Case(
                name: "params: wrong type", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--params", "DIR/p.json"],
                files: ["p.json": #"{"internalisation": "high"}"#], status: 65, expected: ["--params DIR/p.json:", "internalisation"]),
            Case(
                name: "params: ic reads only a fitted cascade", arguments: ["diffuse", "EDGES", "--model", "ic", "--params", "DIR/p.json"],
                files: ["p.json": "{}"], status: 65, expected: ["as written by spillover fit --write-params"]),
            Case(
                name: "params: with a model that has none", arguments: ["diffuse", "EDGES", "--model", "sir", "--params", "DIR/p.json"],
                files: ["p.json": "{}"], status: 64, expected: ["applies to --model"]),
            // Options out of range, across commands.
            Case(name: "diffuse: negative runs", arguments: ["diffuse", "EDGES", "--runs", "-5"], status: 64, expected: ["--runs must be at least 1, not -5"]),
            Case(name: "diffuse: zero runs", arguments: ["diffuse", "EDGES", "--runs", "0"], status: 64, expected: ["--runs must be at least 1, not 0"]),
            Case(name: "analyze: negative runs", arguments: ["analyze", "EDGES", "--runs", "-1", "--out", "DIR/out"], status: 64, expected: ["--runs must be at least 1, not -1"]),
            Case(
                name: "diffuse: p above 1", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--p", "1.5"], status: 64,
                expected: ["--p: expected a probability in [0, 1], got 1.5"]),
            Case(
                name: "diffuse: negative p", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--p", "-0.1"], status: 64,
                expected: ["--p: expected a probability in [0, 1], got -0.1"]),
            Case(name: "diffuse: NaN p", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--p", "nan"], status: 64, expected: ["--p: expected a probability in [0, 1]"]),
            Case(
                name: "analyze: p above 1", arguments: ["analyze", "EDGES", "--p", "2", "--out", "DIR/out"], status: 64,
                expected: ["--p must be a probability in [0, 1], not 2.0"]),
            Case(
                name: "diffuse: sir beta above 1", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "sir", "--beta", "1.01"], status: 64,
                expected: ["--beta: expected a probability in [0, 1], got 1.01"]),
            Case(
                name: "diffuse: negative sir gamma", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "sir", "--gamma", "-1"], status: 64,
                expected: ["--gamma: expected a probability in (0, 1]", "got -1.0"]),
            Case(
                name: "diffuse: externalisation above 1", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--externalisation", "3"],
                status: 64, expected: ["--externalisation: expected a probability in [0, 1], got 3.0"]),
            Case(
                name: "diffuse: negative tacit beta", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--tacit-beta", "vertical=-2"],
                status: 64, expected: ["--tacit-beta: expected a finite number ≥ 0 for tie type 'vertical', got -2.0"]),
            Case(
                name: "diffuse: malformed tacit beta", arguments: ["diffuse", "EDGES", "--seeds", "Acme", "--model", "knowledge", "--tacit-beta", "vertical"],
                status: 64, expected: ["--tacit-beta: expected type=value pairs"]),
            Case(name: "diffuse: negative precision", arguments: ["diffuse", "EDGES", "--precision", "-1"], status: 64, expected: ["--precision must be a number > 0"]),
            Case(name: "diffuse: zero threads", arguments: ["diffuse", "EDGES", "--threads", "0"], status: 64, expected: ["--threads must be at least 1, not 0"]),
            Case(name: "diffuse: negative knockout", arguments: ["diffuse", "EDGES", "--knockout", "-2"], status: 64, expected: ["--knockout must be ≥ 0, not -2"]),
            Case(
                name: "diffuse: unknown seed id", arguments: ["diffuse", "EDGES", "--seeds", "Acme,Nobody"], status: 64,
                expected: ["--seeds: no firm with id 'Nobody' in the cluster"]),
            Case(
                name: "diffuse: more seeds than firms", arguments: ["diffuse", "EDGES", "--seeds", "degree:99"], status: 64,
                expected: ["--seeds degree:99: the cluster in ", "firms; give at most "]),
            Case(
                name: "diffuse: zero seeds", arguments: ["diffuse", "EDGES", "--seeds", "focal:0"], status: 64, expected: ["--seeds: focal:K needs a whole number K ≥ 1, not '0'"]),
            Case(name: "diffuse: no seed ids", arguments: ["diffuse", "EDGES", "--seeds", ""], status: 64, expected: ["--seeds: no seed ids given"]),
            Case(name: "metrics: unknown measure", arguments: ["metrics", "EDGES", "--measures", "degree,bogus"], status: 64, expected: ["--measures: unknown measure 'bogus'"]),
            Case(name: "metrics: no measure", arguments: ["metrics", "EDGES", "--measures", ""], status: 64, expected: ["--measures: no measure given"]),
            Case(name: "metrics: unknown sort measure", arguments: ["metrics", "EDGES", "--sort-by", "bogus"], status: 64, expected: ["--sort-by: unknown measure 'bogus'"]),
            Case(
                name: "metrics: zero betweenness sample", arguments: ["metrics", "EDGES", "--betweenness-sample", "0"], status: 64,
                expected: ["--betweenness-sample must be at least 1, not 0"]),
            Case(name: "rank: top 0", arguments: ["rank", "EDGES", "--top", "0"], status: 64, expected: ["--top must be at least 1, not 0"]),
            Case(name: "rank: negative top", arguments: ["rank", "EDGES", "--top", "-3"], status: 64, expected: ["--top must be at least 1, not -3"]),
            Case(name: "rank: negative stability", arguments: ["rank", "EDGES", "--stability", "-1"], status: 64, expected: ["--stability"]),
            Case(name: "analyze: top 0", arguments: ["analyze", "EDGES", "--top", "0", "--out", "DIR/out"], status: 64, expected: ["--top must be at least 1, not 0"]),
            Case(name: "report: top 0", arguments: ["report", "EDGES", "--top", "0", "--out", "DIR/out"], status: 64, expected: ["--top must be at least 1, not 0"]),
            Case(name: "generate: too few firms", arguments: ["generate", "--firms", "2", "--out", "DIR/out"], status: 64, expected: ["--firms must be at least 4, not 2"]),
            Case(name: "generate: negative firms", arguments: ["generate", "--firms", "-10", "--out", "DIR/out"], status: 64, expected: ["--firms must be at least 4, not -10"]),
            Case(name: "unknown delimiter", arguments: ["info", "EDGES", "--delimiter", "|"], status: 64, expected: ["--delimiter must be ',', ';' or 'tab', not '|'"]),
            Case(
                name: "merged weights overflow", arguments: ["metrics", "DIR/e.csv"], files: ["e.csv": "source,target,weight\na,b,1e308\nb,a,1e308\n"],
                status: 65, expected: ["DIR/e.csv: the summed weight of 1 merged tie is beyond the range of numbers", "--merge max"]),
            // Degenerate graphs: a header only, a node table only, nothing but self-loops.
            Case(
                name: "empty graph: info", arguments: ["info", "DIR/e.csv"], files: ["e.csv": headerOnly], status: 65,
                expected: ["DIR/e.csv: no firms: the edge list has a header but no rows"]),
        ]
        + ["metrics", "rank", "diffuse", "dot"].flatMap { command in
            [
                Case(
                    name: "empty graph: \(command)", arguments: [command, "DIR/e.csv"], files: ["e.csv": headerOnly], status: 65,
                    expected: ["DIR/e.csv: no firms: the edge list has a header but no rows"]),
                Case(
                    name: "node table only: \(command)", arguments: [command, "DIR/e.csv", "--nodes", "DIR/n.csv"], files: ["e.csv": headerOnly, "n.csv": idsOnly],
                    status: 65, expected: ["DIR/e.csv: no ties between two distinct firms (it has no rows; the 2 firms come from the node table)"]),
                Case(
                    name: "self-loops only: \(command)", arguments: [command, "DIR/e.csv"], files: ["e.csv": selfLoops], status: 65,
                    expected: ["DIR/e.csv: no ties between two distinct firms (all 2 of its rows are self-loops, which are dropped)"]),
            ]
        }
        + ["analyze", "report"].flatMap { command in
            [
                Case(
                    name: "empty graph: \(command)", arguments: [command, "DIR/e.csv", "--out", "DIR/out"], files: ["e.csv": headerOnly], status: 65,
                    expected: ["DIR/e.csv: no firms"]),
                Case(
                    name: "self-loops only: \(command)", arguments: [command, "DIR/e.csv", "--out", "DIR/out"], files: ["e.csv": selfLoops], status: 65,
                    expected: ["DIR/e.csv: no ties between two distinct firms"]),
            ]
        }

    @Test("exits 64 or 65 with one clear message, no output and no file", arguments: cases)
    func badOption(_ c: Case) throws {
        let folder = try CLI.temporaryFolder(holding: c.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("result.out").path
        var arguments = c.arguments.map {
            $0 == "EDGES" ? Self.edges : $0 == "NODES" ? Self.nodes : $0.replacingOccurrences(of: "DIR", with: folder.path)
        }
        let writesFolder = ["analyze", "report", "generate"].contains(c.arguments[0])
        if !writesFolder { arguments += ["-o", output] }
        let r = try CLI.run(arguments)
        #expect(r.status == c.status, "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty, "stdout: \(r.stdout)")
        for text in c.expected {
            #expect(r.stderr.contains(text.replacingOccurrences(of: "DIR", with: folder.path)), "stderr: \(r.stderr)")
        }
        for crash in ["Fatal error", "Stack dump", "igraph", "Illegal instruction", "💣"] {
            #expect(!r.stderr.contains(crash), "stderr: \(r.stderr)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !c.files.keys.contains($0) }
        #expect(written.isEmpty, "left behind: \(written)")
    }
}
