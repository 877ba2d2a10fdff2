import Foundation
import Testing

/// `--picture`, `--picture-limit` and `--table-rows`: which picture analyze, report and dot
/// draw, what the report says about it, and the report's tables of bounded length.
@Suite("pictures and table rows", .serialized)
struct PictureOptionTests {
    static let repository = GenerateCommandTests.repository
    static let input = ["data/cluster/edges.csv", "--nodes", "data/cluster/nodes.csv"]

    @Test(
        "a bad --picture, --picture none on dot, a bad --picture-limit or --table-rows are usage errors that name the option",
        arguments: [
            (["dot"] + input + ["--picture", "everything"], "--picture"),
            (["dot"] + input + ["--picture", "none"], "--picture"),
            (["report"] + input + ["--picture", "nothing", "--out", "/tmp/never"], "--picture"),
            (["dot"] + input + ["--picture-limit", "0"], "--picture-limit"),
            (["analyze", "--table-rows", "0", "--out", "/tmp/never"], "--table-rows"),
            (["report"] + input + ["--table-rows", "5000", "--out", "/tmp/never"], "--table-rows"),
        ])
    func usageErrors(arguments: [String], option: String) throws {
        let r = try CLI.run(arguments, cwd: Self.repository)
        #expect(r.status == 64)
        #expect(r.stderr.contains(option), "\(r.stderr)")
    }

    @Test(
        "dot draws the picture asked for; the legend says which and how many firms it leaves out",
        arguments: [
            ("map", "Cluster map: one circle per group (all 4), area by its firms", "145 firms left out"),
            ("focal", "Focal neighbourhood: the 5 focal firms and ", "firms left out"),
        ])
    func dotPictures(picture: String, note: String, leftOut: String) throws {
        let r = try CLI.run(["dot"] + Self.input + ["--picture", picture], cwd: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(note))
        #expect(r.stdout.contains(leftOut))
        #expect(r.stdout.contains("top 5 focal firms"))
    }

    @Test("auto draws every firm up to --picture-limit firms, the cluster map above")
    func automatic() throws {
        let full = try CLI.run(["dot"] + Self.input, cwd: Self.repository)
        #expect(full.status == 0 && !full.stdout.contains("Cluster map"))
        let map = try CLI.run(["dot"] + Self.input + ["--picture-limit", "100"], cwd: Self.repository)
        #expect(map.status == 0 && map.stdout.contains("Cluster map"))
    }

    @Test("report above the limit: the map, its command carries --picture; tables of --table-rows firms point to the full CSV")
    func reportMapAndTables() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out").path
        let r = try CLI.run(["report"] + Self.input + ["--picture-limit", "100", "--table-rows", "4", "--runs", "50", "--out", out], cwd: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("--picture map -o figures/network.svg"))
        #expect(markdown.contains("the picture is a map of the cluster"))
        let network = try String(contentsOfFile: out + "/figures/network.svg", encoding: .utf8)
        #expect(network.contains("Cluster map"))
        #expect(markdown.contains("**The top 4 focal firms**"))
        for file in ["ranking", "measures", "reach"] {
            #expect(markdown.contains("*The table is shortened; all 150 firms are in [`tables/\(file).csv`](tables/\(file).csv).*"))
            let csv = try String(contentsOfFile: out + "/tables/\(file).csv", encoding: .utf8)
            #expect(csv.split(separator: "\n").count == 151, "tables/\(file).csv")
        }
        // The notebook's picture command gives the same bytes again.
        let check = try CLI.runProgram("python3", [Self.repository.appendingPathComponent("scripts/check-report.py").path, out, CLI.executable.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("--picture none writes no picture, and the report says so")
    func noPicture() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out").path
        let r = try CLI.run(["analyze"] + Self.input + ["--picture", "none", "--runs", "50", "--out", out], cwd: Self.repository)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!files.contains("cluster.svg") && !files.contains("cluster.dot"))
        #expect(!FileManager.default.fileExists(atPath: out + "/figures/network.svg"))
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("No network picture was drawn for this report, as asked."))
    }
}
