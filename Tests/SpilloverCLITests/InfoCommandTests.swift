import Foundation
import Testing

@Suite("spillover info, --help, --version")
struct InfoCommandTests {
    @Test("--version prints the version")
    func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("--help lists the subcommands and examples")
    func help() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("info"))
        #expect(r.stdout.contains("Examples:"))
        #expect(r.stdout.contains("65 bad input data"))
    }

    @Test("info as a table reports counts and what was merged and dropped")
    func table() throws {
        let r = try CLI.run(["info", CLI.fixture("small/edges.csv"), "--nodes", CLI.fixture("small/nodes.csv")])
        #expect(r.status == 0)
        #expect(r.stdout.contains("nodes               6"))
        #expect(r.stdout.contains("edges               5"))
        #expect(r.stdout.contains("components          2"))
        #expect(r.stdout.contains("groups              4"))
        #expect(r.stderr.contains("merged 1 duplicate tie"))
        #expect(r.stderr.contains("dropped 1 self-loop"))
    }

    @Test("info as JSON is a flat object with numeric nodes and edges")
    func json() throws {
        let r = try CLI.run(["info", CLI.fixture("small/edges.csv"), "--nodes", CLI.fixture("small/nodes.csv"), "--directed", "-f", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["nodes"] as? Int == 6)
        #expect(object?["edges"] as? Int == 6)
        #expect(object?["directed"] as? Bool == true)
        #expect(object?["largest_component"] as? Int == 5)
        #expect(object?["dropped_self_loops"] as? Int == 1)
        #expect(object?.values.allSatisfy { !($0 is [String: Any]) && !($0 is [Any]) } == true)
    }

    @Test("-o writes the file atomically and prints nothing")
    func outputFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("info.json").path
        let r = try CLI.run(["info", CLI.fixture("small/edges.csv"), "-f", "json", "-o", target])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("\"nodes\": 5"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["info.json"])
    }

    @Test("csv and markdown: the quantity, value table (the help lists them)")
    func tableFormats() throws {
        let csv = try CLI.run(["info", CLI.fixture("small/edges.csv"), "-f", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("quantity,value\nfirms,5\n"))
        let md = try CLI.run(["info", CLI.fixture("small/edges.csv"), "-f", "markdown"])
        #expect(md.stdout.hasPrefix("| quantity | value |\n"))
        #expect(md.stdout.contains("| firms | 5 |"))
        let help = try CLI.run(["info", "--help"])
        #expect(help.stdout.contains("table, csv, json or markdown"))
    }

    @Test("usage errors exit 64")
    func usage() throws {
        let r2 = try CLI.run(["info", CLI.fixture("small/edges.csv"), "--merge", "average"])
        #expect(r2.status == 64)
    }
}
