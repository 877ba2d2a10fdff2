import Foundation
import Testing
@testable import SpilloverKit

/// The quoting of the GML, Pajek and DL writers against spillover's own readers of those
/// formats: each hostile id (``EscapingSamples/hostile``, the awkward scalars, and words the
/// line-based formats read as keywords) as a firm tied to one other, written and read back.
/// GML keeps every scalar; Pajek and DL labels cannot hold a quote or a line break, and
/// come back as their writers document.
@Suite("GML, Pajek and DL labels: hostile ids read back", .serialized)
struct LabelFormatsPropertyTests {
    /// Words a DL or Pajek reader might take for part of its syntax.
    static let keywords = [
        "data", "data:", "DataSoft", "labels", "labels:", "labels embedded", "row labels", "matrix labels", "dl n=3", "a=b", "format = edgelist1",
        "*Edges", "*Arcs", "*Vertices 3", "%comment",
    ]

    static let awkward: [Unicode.Scalar] = ["\u{0}", "\u{1}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{FEFF}", "\u{FFFE}"]

    static let samples: [String] = EscapingSamples.hostile.filter { $0.count < 100 } + keywords + awkward.map { "a" + String($0) + "b" }

    /// How a Pajek or DL label shows `id`: `"` as `'`, line breaks as spaces (tabs too in Pajek).
    static func label(_ id: String, tabAsSpace: Bool) -> String {
        let flat = EscapingSamples.flattened(id, lineBreak: " ", tab: tabAsSpace ? " " : "\t") { _ in false }
        return String(String.UnicodeScalarView(flat.unicodeScalars.map { $0 == "\"" ? "'" : $0 }))
    }

    @Test("each hostile id reads back from GML exactly, from Pajek and DL as documented", arguments: ["g.gml", "g.net", "g.dl"])
    func readsBack(file: String) throws {
        for id in Self.samples {
            let graph = try GraphBuilder.build(ties: [Tie(id, "other", weight: 2)])
            let export = GraphExport(graph: graph)
            let text =
                switch file {
                case "g.gml": GMLWriter.text(export)
                case "g.net": PajekWriter.text(export)
                default: DLWriter.text(export)
                }
            let expected =
                switch file {
                case "g.gml": id
                case "g.net": Self.label(id, tabAsSpace: true)
                default: Self.label(id, tabAsSpace: false)
                }
            do {
                let back = try ExportRoundTripTests.reload(text, name: file)
                let found = back.ids.contains { EscapingSamples.same($0, expected) } && back.ids.contains("other") && back.ids.count == 2
                #expect(found, "\(file): \(EscapingSamples.shown(id)) came back as \(back.ids.map(EscapingSamples.shown))")
            } catch {
                Issue.record("\(file): \(EscapingSamples.shown(id)) refused: \(error)")
            }
        }
    }
}
