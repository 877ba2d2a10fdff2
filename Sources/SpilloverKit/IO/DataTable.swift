import Foundation

/// One cell of a result table.
package enum Cell: Sendable, Equatable {
    /// Text, written as is (quoted in CSV when needed).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number; NaN is a missing value (empty in CSV, `null` in JSON, `—` in tables).
    case number(Double)
    /// A missing value: empty in CSV, `null` in JSON, `—` in tables.
    case missing
}

/// The formats in which results are written.
package enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for reading in a terminal.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// JSON (each command documents its shape).
    case json
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// A rectangular result: named columns and rows of cells, written as CSV, Markdown, an
/// aligned text table or a JSON array of objects. Writers in `IO/` take plain per-node
/// values like this, so they depend on nothing above `Graph/`.
package struct DataTable: Sendable, Equatable {
    /// Column names, in order.
    package var columns: [String]
    /// The rows; each has one cell per column.
    package var rows: [[Cell]]

    /// A table with `columns` and `rows`.
    package init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Significant digits for numbers in `table` and `markdown` output (CSV and JSON keep
    /// full precision).
    package static let displayDigits = 6

    /// The table as RFC 4180 CSV with a header row: numbers at full precision, missing values empty.
    package func csv() -> String { String(decoding: csvBytes(), as: UTF8.self) }

    /// ``csv()`` as UTF-8 bytes, for writing to a file without a `String` in between.
    ///
    /// Blocks of rows are rendered on the ``WorkerPool``'s threads and joined in row order,
    /// so the bytes do not depend on the thread count. At 10^6 firms the metrics table is
    /// 323 MB of CSV, about 25 million shortest round-trip decimals at some 140 ns each:
    /// rendering it took a fifth of a whole `metrics` run at 10^5 firms (perf), built as one
    /// `String` per cell joined per row.
    package func csvBytes() -> [UInt8] {
        var out = csvHeader
        let pieces = WorkerPool.mapToEnd(csvBlockCount, csvBlock)
        out.reserveCapacity(out.count + pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { out.append(contentsOf: piece) }
        return out
    }

    /// Writes ``csv()`` to `path` atomically, rendering up to 64 blocks of rows at a time on
    /// the worker pool, so that at most those blocks' bytes are held besides the table: at
    /// 10^6 firms the bytes of the ranking (350 MB), joined and then copied into a `String`,
    /// made the end of an analysis its peak of memory.
    package func writeCSV(to path: String) throws(OutputError) {
        let file = try AtomicFileWriter(path: path)
        try file.write(csvHeader)
        let batch = 64
        for first in stride(from: 0, to: csvBlockCount, by: batch) {
            for piece in WorkerPool.mapToEnd(Swift.min(batch, csvBlockCount - first), { csvBlock(first + $0) }) { try file.write(piece) }
        }
        try file.commit()
    }

    private var csvHeader: [UInt8] { Array((columns.map(Self.csvQuote).joined(separator: ",") + "\n").utf8) }
    private static let csvBlockRows = 4096
    private var csvBlockCount: Int { (rows.count + Self.csvBlockRows - 1) / Self.csvBlockRows }

    /// Rows `b * 4096 ..< (b + 1) * 4096` as CSV bytes.
    private func csvBlock(_ b: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.csvBlockRows * columns.count * 12)
        for row in rows[b * Self.csvBlockRows..<Swift.min(rows.count, (b + 1) * Self.csvBlockRows)] {
            for (c, cell) in row.enumerated() {
                if c > 0 { bytes.append(UInt8(ascii: ",")) }
                switch cell {
                case .text(let s): bytes.append(contentsOf: Self.csvQuote(s).utf8)
                case .integer(let i): bytes.append(contentsOf: String(i).utf8)
                case .number(let x): if x.isFinite { bytes.append(contentsOf: formatNumber(x).utf8) }
                case .missing: break
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The table as a GitHub-flavoured Markdown table, numeric columns right-aligned, numbers to
    /// ``displayDigits`` significant digits.
    package func markdown() -> String {
        let escape = TextEscaping.markdownCell
        var out = "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        let rightAligned = numericColumns()
        out += "|" + columns.indices.map { rightAligned[$0] ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows {
            out += "| " + row.map { escape(Self.display($0)) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Columns padded to a common width; numbers right-aligned. Cells and column names go
    /// through ``TextEscaping/terminalCell(_:)``: an id with a line break or an escape
    /// sequence neither breaks the table nor reaches the terminal as a control.
    package func text() -> String {
        let cells = rows.map { $0.map { TextEscaping.terminalCell(Self.display($0)) } }
        let columns = columns.map(TextEscaping.terminalCell)
        var widths = columns.map { $0.count }
        for row in cells { for (c, s) in row.enumerated() { widths[c] = Swift.max(widths[c], s.count) } }
        // Once per column: asked per cell, the scan made a 10^5-firm metrics table take
        // more than 14 minutes (O(rows² · columns)); now it is linear.
        let rightAligned = numericColumns()
        func line(_ items: [String]) -> String {
            var text = items.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return rightAligned[c] ? pad + s : s + pad
            }.joined(separator: "  ")
            while let last = text.last, last.isWhitespace { text.removeLast() }
            return text
        }
        var out = line(columns) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    /// The rows as JSON objects keyed by column name, in column order.
    package func jsonRows() -> JSONValue {
        .array(
            rows.map { row in
                .object(
                    zip(columns, row).map { name, cell in
                        switch cell {
                        case .text(let s): (name, .string(s))
                        case .integer(let i): (name, .integer(i))
                        case .number(let x): (name, .finite(x))
                        case .missing: (name, .null)
                        }
                    })
            })
    }

    /// ``numericColumn(_:)`` of every column, in one pass over the rows each.
    func numericColumns() -> [Bool] { columns.indices.map(numericColumn) }

    func numericColumn(_ c: Int) -> Bool {
        var sawNumber = false
        for row in rows {
            switch row[c] {
            case .text: return false
            case .integer, .number: sawNumber = true
            case .missing: break
            }
        }
        return sawNumber
    }

    static func display(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): s
        case .integer(let i): String(i)
        case .number(let x): x.isFinite ? formatSignificant(x, digits: displayDigits) : "—"
        case .missing: "—"
        }
    }

    /// `s` as a CSV field: quoted when it holds a comma, a semicolon, a tab, a quote or a line
    /// break (CR or LF), starts with `#` (a comment line otherwise) or has a space or tab at
    /// either end (the readers trim those from unquoted fields); each quote scalar inside as
    /// `""`, even one that carries a combining mark. Every other scalar, control characters
    /// included, is written as it is, so the readers give back exactly `s`. Semicolons and
    /// tabs are quoted because the readers take whichever of `,`, `;` and tab is most frequent
    /// outside quotes on the first line as the delimiter: a header naming a column `a;b;c` was
    /// read as split at the semicolons. Checked on bytes, not characters: "\r\n" is one Swift
    /// `Character`, equal to neither "\r" nor "\n".
    static func csvQuote(_ s: String) -> String {
        let utf8 = s.utf8
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let special: (UInt8) -> Bool = { b in
            switch b {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
            default: false
            }
        }
        let needsQuotes = utf8.contains(where: special) || utf8.last.map(blank) == true || utf8.first.map(blank) == true || utf8.first == UInt8(ascii: "#")
        guard needsQuotes else { return s }
        // Byte by byte: the quote byte 0x22 is never part of a longer UTF-8 sequence, so
        // doubling every one doubles every quote scalar, one that carries a combining mark
        // too (`replacingOccurrences` matches whole `Character`s and missed `"` + U+0301).
        // Appending scalar by scalar was the largest cost of writing ranking.csv at 10^6
        // firms, where every reason sentence is quoted.
        var out = [UInt8]()
        out.reserveCapacity(utf8.count + 8)
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}

/// `x` rounded to `digits` significant digits, in plain decimal where that is short.
package func formatSignificant(_ x: Double, digits: Int) -> String {
    if x == 0 { return "0" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    let magnitude = Int((abs(x)).log10Floor)
    if magnitude < -4 || magnitude >= 15 {
        return String(format: "%.\(digits - 1)e", x)
    }
    let decimals = Swift.max(0, digits - 1 - magnitude)
    var s = String(format: "%.\(decimals)f", x)
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s
}

extension Double {
    fileprivate var log10Floor: Double {
        var e = 0.0
        var v = self
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        return e
    }
}
