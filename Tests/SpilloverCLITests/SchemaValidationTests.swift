import Foundation
import SpilloverKit
import Testing

/// Every GraphML file spillover writes validates against the GraphML schema (from Debian's
/// `libjgrapht-java`) and every GEXF file against GEXF 1.3's RELAX NG grammar, a file without
/// viz data against its XML Schema too (`Fixtures/schemas`, from the GEXF repository;
/// `SOURCE.md` says why the XML Schema cannot check viz data), with `xmllint` (Debian
/// `libxml2-utils`, installed by `make deps`).
@Suite("schema validation", .serialized)
struct SchemaValidationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `xmllint --schema`'s verdict on `file`: `nil` when valid, else its messages.
    /// A schema ending in `.rng` is a RELAX NG grammar, any other an XML Schema.
    static func validate(_ file: String, schema: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let kind = schema.hasSuffix(".rng") ? "--relaxng" : "--schema"
        process.arguments = ["xmllint", "--noout", kind, CLI.fixture("schemas/" + schema), file]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "xmllint (make deps installs it): \(text.prefix(600))"
    }

    /// The inputs: a typed undirected cluster, a directed one, and ids hostile to XML.
    static let inputs: [[String]] = [
        ["data/florentine/edges.csv", "--nodes", "data/florentine/nodes.csv"],
        ["data/knoke/edges.csv", "--nodes", "data/knoke/nodes.csv", "--directed"],
        ["HOSTILE"],
    ]

    static func arguments(_ input: [String], folder: URL) throws -> [String] {
        guard input == ["HOSTILE"] else { return input.map { $0.hasPrefix("data/") ? root.appendingPathComponent($0).path : $0 } }
        let path = folder.appendingPathComponent("hostile.csv").path
        try "source,target,weight\n\"a b\",\"<x>&amp;\",1.5\n\"q\"\"uote\",\"Ünï 工厂\",2\n\"tab\there\",\"a b\",1\n".write(toFile: path, atomically: true, encoding: .utf8)
        return [path]
    }

    @Test(arguments: inputs)
    func exportsValidate(_ input: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let args = try Self.arguments(input, folder: folder)
        for (format, schema) in [("graphml", "jgrapht/graphml.xsd"), ("gexf", "gexf-1.3/gexf.rng")] {
            let out = folder.appendingPathComponent("out.\(format)").path
            let r = try CLI.run(["export"] + args + ["--to", format, "--with", "metrics,rank,channels", "-o", out])
            #expect(r.status == 0, "\(r.stderr)")
            let verdict = try Self.validate(out, schema: schema)
            #expect(verdict == nil, "\(format) of \(input[0]): \(verdict ?? "")")
        }
    }

    @Test func gexfWithoutVizValidatesAgainstTheXMLSchemaToo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.root.appendingPathComponent("data/florentine")
        let graph = try GraphLoader.load(
            edges: data.appendingPathComponent("edges.csv").path, nodes: data.appendingPathComponent("nodes.csv").path
        ).graph
        let path = folder.appendingPathComponent("plain.gexf").path
        let source = try GraphLoader.loadSource(
            edges: data.appendingPathComponent("edges.csv").path, nodes: data.appendingPathComponent("nodes.csv").path
        ).source
        try GEXFWriter.text(GraphExport(source: source, graph: graph)).write(toFile: path, atomically: true, encoding: .utf8)
        for schema in ["gexf-1.3/gexf.xsd", "gexf-1.3/gexf.rng"] {
            let verdict = try Self.validate(path, schema: schema)
            #expect(verdict == nil, "\(schema): \(verdict ?? "")")
        }
    }

    @Test func analyzeNetworkFilesValidate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Self.root.appendingPathComponent("data/florentine")
        let r = try CLI.run([
            "analyze", data.appendingPathComponent("edges.csv").path, "--nodes", data.appendingPathComponent("nodes.csv").path,
            "--out", folder.path, "--runs", "200",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.validate(folder.appendingPathComponent("cluster.graphml").path, schema: "jgrapht/graphml.xsd") == nil)
        #expect(try Self.validate(folder.appendingPathComponent("cluster.gexf").path, schema: "gexf-1.3/gexf.rng") == nil)
    }
}
