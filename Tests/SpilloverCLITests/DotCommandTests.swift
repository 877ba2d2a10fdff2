import Foundation
import Testing

@Suite("spillover dot", .serialized)
struct DotCommandTests {
    static let edges = "small/edges.csv"
    static let nodes = "small/nodes.csv"
    static let hasGraphviz = ProcessInfo.processInfo.environment["PATH", default: ""]
        .split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }

    /// Runs from the fixtures folder so that paths (and the default title) are stable.
    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> CLIResult {
        let fixtures = URL(fileURLWithPath: CLI.fixture(""))
        guard let environment else { return try CLI.run(arguments, cwd: fixtures) }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = fixtures
        process.environment = environment
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: data, as: UTF8.self))
    }

    @Test(
        "the DOT of the small cluster matches the golden files",
        arguments: [
            ("golden/dot-small-default.gv", [String]()),
            ("golden/dot-small-directed.gv", ["--directed", "--color-by", "group", "--size-by", "strength", "--highlight-top", "2"]),
        ])
    func golden(file: String, options: [String]) throws {
        let r = try run(["dot", Self.edges, "--nodes", Self.nodes] + options)
        #expect(r.status == 0)
        let expected = try String(contentsOfFile: CLI.fixture(file), encoding: .utf8)
        #expect(r.stdout == expected)
    }

    @Test("undirected and directed DOT differ in graph kind and arrows")
    func directedness() throws {
        let undirected = try run(["dot", Self.edges, "--nodes", Self.nodes])
        let directed = try run(["dot", Self.edges, "--nodes", Self.nodes, "--directed"])
        #expect(undirected.stdout.hasPrefix("graph spillover {") && undirected.stdout.contains(" -- "))
        #expect(!undirected.stdout.contains("->"))
        #expect(directed.stdout.hasPrefix("digraph spillover {") && directed.stdout.contains(" -> "))
        // The duplicate Acme–Bolt / Bolt–Acme is two arcs when directed.
        #expect(directed.stdout.contains("n0 -> n1") && directed.stdout.contains("n1 -> n0"))
    }

    @Test("--render svg and png (also from the -o extension) write non-empty pictures")
    func render() throws {
        guard Self.hasGraphviz else { return }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("small.svg").path
        let png = folder.appendingPathComponent("small.png").path
        let pdf = folder.appendingPathComponent("small.out").path
        #expect(try run(["dot", Self.edges, "--nodes", Self.nodes, "--color-by", "group", "--render", "svg", "-o", svg]).status == 0)
        #expect(try run(["dot", Self.edges, "--nodes", Self.nodes, "--size-by", "degree", "-o", png]).status == 0)
        #expect(try run(["dot", Self.edges, "--nodes", Self.nodes, "--render", "pdf", "-o", pdf]).status == 0)
        let svgText = try String(contentsOfFile: svg, encoding: .utf8)
        for label in ["Acme Tools", "Bolt &amp; Nut", "Cogs Ltd", "Dyna Systems", "Technical University", "Echo Services"] {
            #expect(svgText.contains(">\(label)</text>"))
        }
        let pngBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: png)))
        #expect(pngBytes.count > 1000 && Array(pngBytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let pdfBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: pdf)))
        #expect(Array(pdfBytes.prefix(4)) == Array("%PDF".utf8))
        // SVG to standard output.
        let stdout = try run(["dot", Self.edges, "--render", "svg"])
        #expect(stdout.status == 0 && stdout.stdout.contains("<svg"))
    }

    @Test("without GraphViz on PATH, --render says how to install it and writes nothing")
    func noGraphviz() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("x.svg").path
        let r = try run(["dot", Self.edges, "-o", out], environment: ["PATH": "/nonexistent"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("apt-get install graphviz"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("--color-by, --size-by and --highlight-top use real degree and strength")
    func measures() throws {
        let r = try run(["dot", Self.edges, "--nodes", Self.nodes, "--color-by", "strength", "--size-by", "degree", "--highlight-top", "1", "--highlight-by", "strength"])
        #expect(r.status == 0)
        // Cogs has the largest strength (1 + 1 + 3 = 5), so it alone gets the double outline.
        let outlined = r.stdout.split(separator: "\n").filter { $0.contains("peripheries=2") }
        #expect(outlined.count == 1 && outlined[0].contains("id: Cogs"))
        #expect(r.stdout.contains("strength: 5"))
        #expect(r.stdout.contains("node area: degree (0 to 3)"))
        // A numeric node table column is a measure too.
        let capacity = try run(["dot", Self.edges, "--nodes", Self.nodes, "--color-by", "absorptive_capacity"])
        #expect(capacity.status == 0 && capacity.stdout.contains("absorptive_capacity: 0.8"))
    }

    @Test(
        "unknown or misplaced names exit 64 naming the option and what it accepts",
        arguments: [
            ["--color-by", "fame"], ["--size-by", "in_degree"], ["--cluster-by", "degree"], ["--highlight-top", "0"],
            ["--highlight-top", "2", "--highlight-by", "fame"],
        ])
    func unavailable(options: [String]) throws {
        let r = try run(["dot", Self.edges, "--nodes", Self.nodes] + options)
        #expect(r.status == 64)
        let option = options[options.count - 2]
        #expect(r.stderr.contains(option))
        if options.last == "fame" {
            #expect(r.stderr.contains("accepts group, community, role, score, arrival, degree"))
        }
    }

    @Test(
        "community, role, arrival and every metrics column colour, size and highlight",
        arguments: [
            (["--color-by", "community"], "community"), (["--color-by", "role"], ">hub<"),
            (["--color-by", "arrival"], "arrival step"), (["--size-by", "betweenness"], "node area: betweenness"),
            (["--highlight-top", "2", "--highlight-by", "pagerank"], "top 2 by pagerank"),
            (["--color-by", "broker_gatekeeper"], "broker_gatekeeper"),
        ])
    func derivedKeys(options: [String], expected: String) throws {
        let r = try run(["dot", Self.edges, "--nodes", Self.nodes] + options)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(expected), "\(options)")
    }

    @Test("--color-by group without a node table is a usage error")
    func groupNeedsNodes() throws {
        let r = try run(["dot", Self.edges, "--color-by", "group"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--color-by group needs a node table"))
    }

    @Test("--cluster-by group draws a cluster per group with the fdp layout")
    func clusters() throws {
        let r = try run(["dot", Self.edges, "--nodes", Self.nodes, "--cluster-by", "group", "--label", "id"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("layout=fdp"))
        #expect(r.stdout.components(separatedBy: "subgraph cluster_").count - 1 == 4)
        #expect(r.stdout.contains("label=\"Acme\""))
    }
}
