import Foundation
import SpilloverKit
import Testing

/// Every writer gives valid output for every id the reader accepts: random firm ids drawn
/// from all of Unicode (control characters, line breaks, quotes, pipes, markup and
/// non-characters favoured) go through `spillover analyze`, and `scripts/check-outputs.py`
/// parses every file it wrote: SVG (and the notebook's embedded SVG) with expat, the
/// notebook with nbformat, CSV with Python's csv module, Markdown table rows by their
/// unescaped pipes, DOT with GraphViz, and the JSON of metrics, rank and diffuse.
@Suite("outputs stay valid for any id", .serialized)
struct AnyIdOutputTests {
    /// Characters that break one format or another, drawn more often than their share.
    static let awkward: [Unicode.Scalar] = [
        "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{200B}", "\u{202E}",
        "|", ",", ";", "\"", "'", "\\", "<", ">", "&", "#", "*", "_", "`", "[", "]", "{", "}", "$", "!", "%", " ",
    ]

    /// A random id of 1 to 8 scalars: half from `awkward`, half from all of Unicode.
    static func randomID(_ rng: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0...(rng.next() % 8) {
            if rng.next() % 2 == 0 {
                scalars.append(awkward[Int(rng.next() % UInt64(awkward.count))])
            } else {
                var value = UInt32(rng.next() % 0x110000)
                if (0xD800...0xDFFF).contains(value) { value -= 0x800 }  // no surrogates in Unicode text
                scalars.append(Unicode.Scalar(value)!)
            }
        }
        return String(scalars)
    }

    /// An RFC 4180 field, always quoted, so the reader keeps every character as given.
    /// `text` as a quoted CSV field, quotes doubled scalar by scalar (a `Character`-based
    /// replacement misses a quote that carries a combining mark).
    static func field(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\"" { out.append(s) }
            out.append(s)
        }
        return "\"" + String(out) + "\""
    }

    @Test("analyze writes parseable files for random all-Unicode ids")
    func randomIds() throws {
        var written = 0
        for trial in 0..<8 where try analyzeAndCheck(trial: trial) { written += 1 }
        // Most random ids are accepted (a refused one must be refused cleanly, above).
        #expect(written >= 6, "only \(written) of 8 trials got past the reader")
    }

    /// One trial; whether the reader accepted the ids (and `analyze` wrote its files).
    func analyzeAndCheck(trial: Int) throws -> Bool {
        var rng = SplitMix64(seed: UInt64(1000 + trial))
        var ids: [String] = []
        while ids.count < 9 {
            let id = Self.randomID(&rng)
            if !ids.contains(id) { ids.append(id) }
        }
        // A ring with two chords, three tie types; labels and groups are ids too.
        var edges = "source,target,weight,type\n"
        for (k, id) in ids.enumerated() {
            edges += "\(Self.field(id)),\(Self.field(ids[(k + 1) % ids.count])),\(1 + k % 3),\(["vertical", "horizontal", "institutional"][k % 3])\n"
        }
        edges += "\(Self.field(ids[0])),\(Self.field(ids[4])),2,vertical\n\(Self.field(ids[2])),\(Self.field(ids[7])),1,horizontal\n"
        var nodes = "id,label,group\n"
        for (k, id) in ids.enumerated() { nodes += "\(Self.field(id)),\(Self.field(ids[(k + 3) % ids.count])),\(Self.field(ids[k % 2]))\n" }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try edges.write(to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["analyze", "edges.csv", "--nodes", "nodes.csv", "--runs", "30", "--top", "3", "--out", "out"], cwd: folder)
        guard r.status == 0 else {
            // An id the reader refuses must be refused cleanly, naming the file, and leave nothing.
            #expect(r.status == 65, "\(r.stderr)")
            #expect(r.stderr.contains("edges.csv") || r.stderr.contains("nodes.csv"), "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report.ipynb").path))
            return false
        }
        // The JSON writers too: metrics, ranking and diffusion as JSON beside analyze's files.
        for (command, extra) in [("metrics", [String]()), ("rank", []), ("diffuse", ["--runs", "20", "--seeds", "focal:2"])] {
            let j = try CLI.run([command, "edges.csv", "--nodes", "nodes.csv", "-f", "json", "-o", "out/\(command).json"] + extra, cwd: folder)
            #expect(j.status == 0, "\(command): \(j.stderr)")
        }
        // Quoted fields keep every character: metrics.csv must list exactly these ids.
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ids), as: UTF8.self)
        try json.write(to: folder.appendingPathComponent("ids.json"), atomically: true, encoding: .utf8)
        let check = try CLI.runProgram(
            "python3", [GenerateCommandTests.repository.appendingPathComponent("scripts/check-outputs.py").path, "out", "ids.json"], cwd: folder)
        #expect(check.status == 0, "trial \(trial), ids \(ids.map { $0.unicodeScalars.map { String($0.value, radix: 16) } }): \(check.stdout)\(check.stderr)")
        return true
    }
}
