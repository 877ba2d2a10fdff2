import Foundation
import Testing
@testable import SpilloverKit

@Suite("tables and JSON")
struct DataTableTests {
    static let table = DataTable(
        columns: ["id", "score", "count"],
        rows: [
            [.text("plain"), .number(0.1), .integer(3)],
            [.text("with, comma"), .number(.nan), .integer(-1)],
            [.text("quote \" and\nnewline"), .number(1e-7), .missing],
            [.text("#hash"), .number(123456789012.5), .integer(0)],
        ])

    @Test("CSV round-trips through the reader's scanner")
    func csvRoundTrip() throws {
        let csv = Array(Self.table.csv().utf8)
        var fields: [[String]] = []
        try csv.withUnsafeBufferPointer { buffer in
            var scanner = CSVScanner(bytes: buffer, file: "t.csv")
            var scratch: [UInt8] = []
            while try scanner.next() {
                fields.append(try scanner.fields.map { f throws(InputError) in try scanner.string(f, scratch: &scratch) })
            }
        }
        #expect(
            fields == [
                ["id", "score", "count"],
                ["plain", "0.1", "3"],
                ["with, comma", "", "-1"],
                ["quote \" and\nnewline", "1e-07", ""],
                ["#hash", "123456789012.5", "0"],
            ])
    }

    @Test("CSV written to a file in batches of blocks is the same bytes as the CSV in memory", arguments: [0, 5, 64 * 4096 + 4097])
    func writtenCSV(rows: Int) throws {
        let table = DataTable(
            columns: ["id", "n", "x", "gap"],
            rows: (0..<rows).map { i in [.text(i % 7 == 0 ? "a,\"b\" \(i)" : "f\(i)"), .integer(i), .number(Double(i) / 3), i % 5 == 0 ? .missing : .number(.nan)] })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-csv-\(UInt64.random(in: 0...UInt64.max)).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try table.writeCSV(to: path)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == table.csvBytes())
        #expect(written.filter { $0 == UInt8(ascii: "\n") }.count >= rows + 1)
    }

    @Test("a file copied atomically in 1 MB pieces is the same bytes; a missing source names both files")
    func copiedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-copy-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(3 << 20) + 12_345).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try AtomicFile.write(bytes, to: folder.path + "/a")
        try AtomicFile.copy(folder.path + "/a", to: folder.path + "/b")
        #expect(try [UInt8](Data(contentsOf: folder.appendingPathComponent("b"))) == bytes)
        #expect(throws: OutputError.self) { try AtomicFile.copy(folder.path + "/missing", to: folder.path + "/c") }
        do { try AtomicFile.copy(folder.path + "/missing", to: folder.path + "/c") } catch {
            #expect(error.description.contains("missing") && error.path.hasSuffix("/c"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/c"))
    }

    @Test("JSON: NaN is null, keys in column order, strings escaped")
    func json() {
        let text = Self.table.jsonRows().serialized(pretty: false)
        #expect(text.hasPrefix(#"[{"id":"plain","score":0.1,"count":3},{"id":"with, comma","score":null,"count":-1},"#))
        #expect(text.contains(#""quote \" and\nnewline""#))
    }

    @Test("Markdown and text tables show missing values as a dash")
    func display() {
        #expect(Self.table.markdown().contains("| with, comma | — | -1 |"))
        #expect(Self.table.text().contains("—"))
        #expect(formatSignificant(0.000123456789, digits: 3) == "0.000123")
        #expect(formatSignificant(2.0 / 3, digits: 4) == "0.6667")
    }
}
