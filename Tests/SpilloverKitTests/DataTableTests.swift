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
