import Foundation
import SpilloverKit
import Testing

/// Reports that re-run: the exported notebooks regenerate byte for byte on any machine
/// where `make deps` installed the picture font, every command a report prints reproduces
/// its output, and the notebook re-executes in Jupyter to the stored outputs.
@Suite("reports reproduce", .serialized)
struct ReportReproductionTests {
    static let repository = GenerateCommandTests.repository

    /// GraphViz sizes every label with the font fontconfig gives it, so the exported
    /// pictures are made with one named font, which `make deps` installs
    /// (`fonts-dejavu-core`). Without it fontconfig would substitute another font and every
    /// picture would differ.
    @Test("fontconfig gives GraphViz the picture font (make deps installs it)")
    func pictureFontInstalled() throws {
        let r = try CLI.runProgram("fc-match", ["-f", "%{family[0]}", DOTWriter.fontName])
        #expect(r.status == 0, "fc-match failed (\(r.stderr)); run make deps")
        #expect(r.stdout == DOTWriter.fontName, "fontconfig substitutes '\(r.stdout)' for \(DOTWriter.fontName); run make deps (fonts-dejavu-core)")
    }

    /// Makes the Florentine report as `scripts/make-notebooks` does, in a temporary copy of
    /// the layout (`data/florentine`, `notebooks-export/florentine`), so its relative paths
    /// are those of the committed export.
    static func florentineExport() throws -> (root: URL, report: URL) {
        let root = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("data/florentine"), to: root.appendingPathComponent("data/florentine"))
        let r = try CLI.run(
            [
                "report", "data/florentine/edges.csv", "--nodes", "data/florentine/nodes.csv", "--groups", "community",
                "--seed", "1", "--out", "notebooks-export/florentine",
            ], cwd: root)
        #expect(r.status == 0, "\(r.stderr)")
        return (root, root.appendingPathComponent("notebooks-export/florentine"))
    }

    static func files(under folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var out: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                out.append(path)
            }
        }
        return out.sorted()
    }

    @Test("the exported notebook regenerates byte for byte")
    func notebookRegenerates() throws {
        try pictureFontInstalled()
        let (root, made) = try Self.florentineExport()
        defer { try? FileManager.default.removeItem(at: root) }
        let committed = Self.repository.appendingPathComponent("notebooks-export/florentine")
        let names = try Self.files(under: committed)
        #expect(try Self.files(under: made) == names)
        #expect(names.contains("report.ipynb") && names.contains("figures/network.svg"))
        for name in names {
            let kept = try Data(contentsOf: committed.appendingPathComponent(name))
            let now = try Data(contentsOf: made.appendingPathComponent(name))
            let same = now == kept  // a Bool, so that a failure names the file instead of dumping bytes
            #expect(same, "\(name) differs from notebooks-export/florentine/\(name); run make notebooks")
        }
    }

    @Test("Jupyter executes the exported notebook from its folder to the stored outputs")
    func notebookExecutes() throws {
        let (root, report) = try Self.florentineExport()
        defer { try? FileManager.default.removeItem(at: root) }
        let executed = root.appendingPathComponent("executed.ipynb").path
        let run = try CLI.runProgram(
            "python3", ["-m", "nbconvert", "--to", "notebook", "--execute", "report.ipynb", "--output", executed],
            cwd: report, environment: ["SPILLOVER": CLI.executable.path])
        try #require(run.status == 0, "nbconvert failed (make test-deps installs nbconvert and ipykernel): \(run.stderr)")
        let check = try CLI.runProgram(
            "python3", [Self.repository.appendingPathComponent("scripts/check-report.py").path, "--executed", executed, report.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok "))
    }

    @Test("every command a report prints gives the report's output", arguments: ["ic", "lt", "sir", "knowledge"])
    func commandsReproduce(model: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report").path
        var arguments = [
            "report", "data/florentine/edges.csv", "--nodes", "data/florentine/nodes.csv", "--model", model,
            "--runs", "150", "--seed", "3", "--top", "4", "--out", out,
        ]
        if model == "ic" { arguments += ["--p", "0.25", "--weight-as", "distance"] }
        let r = try CLI.run(arguments, cwd: Self.repository)
        try #require(r.status == 0, "\(r.stderr)")
        let notebook = try String(contentsOfFile: out + "/report.ipynb", encoding: .utf8)
        #expect(notebook.contains("--model \(model)"))
        let check = try CLI.runProgram(
            "python3", [Self.repository.appendingPathComponent("scripts/check-report.py").path, out, CLI.executable.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        // Seven parts, and four of the learning-channels section (marriage and business ties).
        #expect(check.stdout.hasPrefix("ok 11 commands"), "\(check.stdout)")
    }

    @Test("reading options and the fitted cascade are carried: medInnovations, --directed --reverse, adoption times")
    func adoptionReportReproduces() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report").path
        let r = try CLI.run(
            [
                "report", "data/medinnovations/edges.csv", "--nodes", "data/medinnovations/nodes.csv", "--directed", "--reverse",
                "--runs", "100", "--out", out,
            ], cwd: Self.repository)
        try #require(r.status == 0, "\(r.stderr)")
        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(markdown.contains("--directed --reverse") && markdown.contains("--params fitted-params.json"))
        let check = try CLI.runProgram(
            "python3", [Self.repository.appendingPathComponent("scripts/check-report.py").path, out, CLI.executable.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok "), "\(check.stdout)")
    }
}
