import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import SpilloverKit

@Suite("report: charts and notebooks")
struct ReportDocumentTests {
    static func wellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    static func document() -> ReportDocument {
        let table = DataTable(columns: ["id", "score"], rows: [[.text("A & <B>"), .number(0.5)], [.text("C"), .missing]])
        let chart = SVGChart(title: "Diffusion <curve>", xLabel: "step", yLabel: "firms reached")
        let svg = chart.lines([
            .init(name: "mean", x: [0, 1, 2, 3], y: [1, 3, 6, 7], lower: [1, 2, 4, 5], upper: [1, 4, 8, 9], color: "#4C72B0")
        ])
        return ReportDocument(
            title: "Test report",
            blocks: [
                .markdown("Some *prose*."),
                .table(table, caption: "Ranking", command: "spillover rank edges.csv"),
                .figure(svg: svg, name: "curve.svg", caption: "Curve", command: nil),
            ])
    }

    @Test("charts are well-formed SVG, escaped, and identical from run to run")
    func charts() {
        let chart = SVGChart(title: "Reach", xLabel: "probability", yLabel: "firms")
        let histogram = chart.histogram([0.1, 0.2, 0.2, 0.9, .nan, 1.0], bins: 5)
        let bars = chart.bars(labels: ["Firm \"A\"", "B"], values: [3, 1.5])
        for svg in [histogram, bars, Self.document().markdown().figures[0].svg] {
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(Self.wellFormed(svg))
        }
        #expect(bars.contains("Firm &quot;A&quot;"))
        #expect(chart.histogram([0.1, 0.2, 0.9], bins: 5) == chart.histogram([0.1, 0.2, 0.9], bins: 5))
        #expect(NiceScale(min: 0, max: 97).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(min: 0, max: 0.013).ticks.map { formatSignificant($0, digits: 3) } == ["0", "0.005", "0.01", "0.015"])
    }

    @Test("the notebook validates with nbformat and is deterministic")
    func notebookValidates() throws {
        let text = Self.document().notebook()
        #expect(text == Self.document().notebook())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-nb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.ipynb").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "nbformat (pip install nbformat): \(output)")
        #expect(output.contains("valid"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let cells = object?["cells"] as? [[String: Any]]
        #expect(cells?.count == 6)
        #expect((cells?[3]["source"] as? [String]) == ["# spillover rank edges.csv"])
    }

    @Test("Markdown keeps figures as files and tables inline")
    func markdown() {
        let (text, figures) = Self.document().markdown(figureFolder: "figures")
        #expect(text.contains("![Curve](figures/curve.svg)"))
        #expect(text.contains("| A & <B> | 0.5 |"))
        #expect(figures.map(\.name) == ["curve.svg"])
        #expect(Self.document().markdown().text == text)
    }
}
