/// One field of a CSV record: a byte range of the file plus where it stands.
struct CSVField {
    /// Start and end (exclusive) of the content; inside the quotes for a quoted field,
    /// trimmed of blanks for an unquoted one.
    var start: Int
    var end: Int
    /// The field contains doubled quotes (`""`) that decode to one quote.
    var hasEscapes: Bool
    var line: Int
    var column: Int

    var isEmpty: Bool { start == end }
}

/// A byte-level RFC 4180 scanner over a whole file in memory.
///
/// Accepts a UTF-8 byte order mark, CRLF, LF or CR line ends, blank lines and lines whose
/// first character is `#` (skipped), quoted fields with doubled quotes and line breaks
/// inside. Unquoted fields are trimmed of surrounding spaces (and tabs, unless tab is the
/// delimiter). Fields are byte ranges; nothing is copied until a caller asks for a value.
///
/// Written at byte level rather than on a CSV package because the edge reader interns ids
/// straight from these ranges. Measured by `scripts/bench-load` (one run; 2-core Intel Xeon
/// VM shared with other jobs; `Benchmarks/loader/RESULTS.md` has the table):
///
/// | 5·10^6 ties, 10^6 string ids, 175 MB          | median s | peak RSS MB |
/// | --------------------------------------------- | -------: | ----------: |
/// | `EdgeListReader.read` (this scanner)          |     2.60 |         370 |
/// | read + `GraphBuilder.build`                   |     3.82 |         390 |
/// | CSV.swift 2.5.2 + `[String: Int32]` + Double  |    20.99 |         269 |
/// | SwiftCSV 0.10.0 + `[String: Int32]` + Double  |    22.21 |         436 |
/// | python-igraph 1.0 + pandas 3.1 (`Graph.DataFrame`) | 25.69 |     2325 |
/// | C + libigraph 0.10.2 (hash table, `igraph_create`) | 8.40 (5.67 CPU s) | 553 |
///
/// Of the 370 MB, about 175 MB are the file's mapped pages (clean, reclaimable).
/// callgrind on `read` of 10^6 ties: 2,486 M instructions before this round of tuning,
/// 1,644 M after (the word-at-a-time scan below, no state-capturing closures in the row
/// loop of `EdgeListReader`, reused field storage, the interner's 16-byte slots).
struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var delimiter: UInt8 = UInt8(ascii: ",")
    /// The fields of the current record.
    var fields: ArraySlice<CSVField> { fieldStorage[..<fieldCount] }
    /// Reused from record to record: `removeAll(keepingCapacity:)` + `append` cost 70
    /// instructions a record (callgrind).
    private var fieldStorage: [CSVField] = []
    private var fieldCount = 0
    /// The line on which the current record starts.
    private(set) var recordLine = 0
    /// The byte offset at which the current record starts: nothing before it is read again.
    private(set) var recordStart = 0

    private var pos = 0
    private var line = 1
    private var lineStart = 0

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let hash = UInt8(ascii: "#")

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
        fieldStorage.reserveCapacity(16)
    }

    /// Chooses `,`, `;` or tab: the one that occurs most often outside quotes on the first
    /// line that is neither blank nor a comment (`,` on a tie or when none occurs).
    func detectDelimiter() -> UInt8 {
        var i = pos
        let n = bytes.count
        // Skip blank and comment lines.
        while i < n {
            var j = i
            while j < n, bytes[j] == Self.space { j += 1 }
            if j < n, bytes[j] == Self.hash || bytes[j] == Self.newline || bytes[j] == Self.carriageReturn {
                while j < n, bytes[j] != Self.newline { j += 1 }
                i = j + 1
                continue
            }
            if j == n { return UInt8(ascii: ",") }
            break
        }
        var counts = (comma: 0, semicolon: 0, tab: 0)
        var inQuotes = false
        while i < n {
            let b = bytes[i]
            if b == Self.quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if b == Self.newline || b == Self.carriageReturn { break }
                if b == UInt8(ascii: ",") { counts.comma += 1 } else if b == UInt8(ascii: ";") { counts.semicolon += 1 } else if b == Self.tab { counts.tab += 1 }
            }
            i += 1
        }
        if counts.semicolon > counts.comma, counts.semicolon >= counts.tab { return UInt8(ascii: ";") }
        if counts.tab > counts.comma, counts.tab > counts.semicolon { return Self.tab }
        return UInt8(ascii: ",")
    }

    /// Reads the next record into ``fields``; `false` at the end of the file.
    mutating func next() throws(InputError) -> Bool {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return false }
        // Skip blank lines (only spaces) and comment lines.
        while pos < n {
            var j = pos
            while j < n, base[j] == Self.space { j += 1 }
            if j == n { pos = n; return false }
            let b = base[j]
            if b == Self.newline || b == Self.carriageReturn {
                pos = j
                consumeLineEnd(base)
                continue
            }
            if b == Self.hash, j == pos {
                while j < n, base[j] != Self.newline, base[j] != Self.carriageReturn { j += 1 }
                pos = j
                if pos < n { consumeLineEnd(base) }
                continue
            }
            break
        }
        guard pos < n else { return false }
        fieldCount = 0
        recordLine = line
        recordStart = pos
        let delimiter = self.delimiter
        let trimTabs = delimiter != Self.tab
        while true {
            // Leading blanks.
            while pos < n, base[pos] == Self.space || (trimTabs && base[pos] == Self.tab) { pos += 1 }
            if pos < n, base[pos] == Self.quote {
                let openLine = line, openColumn = pos - lineStart + 1
                pos += 1
                let start = pos
                var escapes = false
                while true {
                    guard pos < n else {
                        throw InputError(
                            file: file, line: openLine, column: openColumn,
                            message: "unterminated quoted field: the quote opened here is never closed")
                    }
                    let b = base[pos]
                    if b == Self.quote {
                        if pos + 1 < n, base[pos + 1] == Self.quote {
                            escapes = true
                            pos += 2
                            continue
                        }
                        break
                    }
                    if b == Self.newline {
                        line += 1
                        lineStart = pos + 1
                    } else if b == Self.carriageReturn, !(pos + 1 < n && base[pos + 1] == Self.newline) {
                        line += 1
                        lineStart = pos + 1
                    }
                    pos += 1
                }
                addField(CSVField(start: start, end: pos, hasEscapes: escapes, line: openLine, column: openColumn))
                pos += 1  // closing quote
                while pos < n, base[pos] == Self.space || (trimTabs && base[pos] == Self.tab) { pos += 1 }
                if pos < n {
                    let b = base[pos]
                    if b != delimiter && b != Self.newline && b != Self.carriageReturn {
                        throw InputError(
                            file: file, line: line, column: pos - lineStart + 1,
                            message: "unexpected character after a closing quote; expected a delimiter or the end of the line")
                    }
                }
            } else {
                let start = pos
                pos = Self.endOfUnquotedField(base, from: pos, count: n, delimiter: delimiter)
                var end = pos
                while end > start, base[end - 1] == Self.space || (trimTabs && base[end - 1] == Self.tab) { end -= 1 }
                addField(CSVField(start: start, end: end, hasEscapes: false, line: line, column: start - lineStart + 1))
            }
            if pos < n, base[pos] == delimiter {
                pos += 1
                continue
            }
            if pos < n { consumeLineEnd(base) }
            return true
        }
    }

    /// The first position at or after `from` that holds `delimiter`, LF or CR, or `count`.
    ///
    /// Looks at 8 bytes a step (SWAR: a byte equal to the one sought becomes zero after an
    /// XOR, and `(x - 0x01…01) & ~x & 0x80…80` flags zero bytes; the lowest flag is always
    /// exact). Unquoted fields are most of an edge list's bytes, and the byte-at-a-time loop
    /// this replaces cost 12 instructions a byte, a third of `EdgeListReader.read`
    /// (callgrind, 10^6 ties); see the figures at the top of this file.
    @inline(__always)
    static func endOfUnquotedField(_ base: UnsafePointer<UInt8>, from: Int, count n: Int, delimiter: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let d = UInt64(delimiter) &* ones
        let lf = UInt64(newline) &* ones
        let cr = UInt64(carriageReturn) &* ones
        var p = from
        let raw = UnsafeRawPointer(base)
        while p + 8 <= n {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt64.self))
            let x = w ^ d, y = w ^ lf, z = w ^ cr
            let hit = ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
            if hit != 0 { return p + hit.trailingZeroBitCount >> 3 }
            p += 8
        }
        while p < n {
            let b = base[p]
            if b == delimiter || b == newline || b == carriageReturn { return p }
            p += 1
        }
        return n
    }

    @inline(__always)
    private mutating func addField(_ field: CSVField) {
        if fieldCount < fieldStorage.count {
            fieldStorage[fieldCount] = field
        } else {
            fieldStorage.append(field)
        }
        fieldCount += 1
    }

    private mutating func consumeLineEnd(_ base: UnsafePointer<UInt8>) {
        if base[pos] == Self.carriageReturn, pos + 1 < bytes.count, base[pos + 1] == Self.newline {
            pos += 2
        } else {
            pos += 1
        }
        line += 1
        lineStart = pos
    }

    /// The bytes of `field` as they stand in the file: its value when it has no escapes.
    @inline(__always)
    func rawBytes(of field: CSVField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
    }

    /// Calls `body` with the decoded bytes of `field` (doubled quotes undone).
    func withBytes<R>(of field: CSVField, scratch: inout [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(InputError) -> R) throws(InputError) -> R {
        let raw = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.hasEscapes else { return try body(raw) }
        scratch.removeAll(keepingCapacity: true)
        var i = 0
        while i < raw.count {
            scratch.append(raw[i])
            i += (raw[i] == Self.quote && i + 1 < raw.count && raw[i + 1] == Self.quote) ? 2 : 1
        }
        do {
            return try scratch.withUnsafeBufferPointer { buffer throws(InputError) in try body(buffer) }
        }
    }

    /// The field as a `String`; throws when it is not valid UTF-8. An ASCII field skips the
    /// generic `String(validating:as:)`, which looked up generic metadata for every cell of a
    /// node table (`perf`: 1.4 % of an export of 10^5 firms).
    func string(_ field: CSVField, scratch: inout [UInt8]) throws(InputError) -> String {
        try withBytes(of: field, scratch: &scratch) { buffer throws(InputError) in
            if let s = EdgeListReader.asciiString(buffer) { return s }
            guard let s = String(validating: buffer, as: UTF8.self) else {
                throw InputError(
                    file: file, line: field.line, column: field.column,
                    message: "invalid UTF-8 in this field; save the file as UTF-8")
            }
            return s
        }
    }
}
