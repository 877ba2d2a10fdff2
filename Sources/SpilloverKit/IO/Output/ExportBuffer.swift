/// The bytes of an exported file, appended piece by piece, and written to the file in
/// chunks of a megabyte (``init(file:)``).
///
/// The XML writers built a `String` by interpolation, one `+=` per line: a GEXF file with
/// every metrics column for 10^5 firms (228 MB) took 7.5 s to write that way, then was copied
/// once more into bytes to reach the disk. Appending UTF-8 to one byte array, and escaping
/// only values that need it, writes the same file in about a fifth of that; streaming it to
/// the file keeps 250 MB out of `analyze`'s peak memory (Benchmarks/formats/RESULTS.md).
///
/// The bytes live in memory the buffer allocates itself, not in an `[UInt8]`: a GEXF file
/// is some 15 million appends of a few bytes each, and `Array.append(contentsOf:)` (its
/// uniqueness and capacity checks, a call per piece) was a third of the writer's own time.
/// Fixed text goes in as ``literal(_:)`` (a `StaticString`, no `String` made), a value that
/// needs no escaping is copied while it is checked (``xml(_:)``), and numbers are written
/// as digits in place (``integer(_:)``, ``number(_:)``).
struct ExportBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes the buffer holds (not yet passed on to the file).
    private(set) var count = 0
    private let file: AtomicFileWriter?
    /// The first failure to write to ``file``; nothing more is written after it.
    private var failure: OutputError?
    private static let chunk = 1 << 20

    /// An empty buffer with room for `capacity` bytes, kept in memory (it grows as needed).
    init(capacity: Int = 0) {
        file = nil
        self.capacity = max(capacity, 256)
        start = .allocate(capacity: self.capacity)
    }

    /// A buffer that passes its bytes on to `file` a chunk at a time.
    init(file: AtomicFileWriter) {
        self.file = file
        capacity = Self.chunk
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    /// The bytes the buffer holds.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Room for `n` more bytes: where they go. ``count`` is the caller's to advance.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { makeRoom(n) }
        return start + count
    }

    /// Passes the bytes so far on to the file, if any, and grows the buffer if `n` bytes
    /// still do not fit.
    @inline(never)
    private mutating func makeRoom(_ n: Int) {
        flush()
        guard capacity - count < n else { return }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + n))
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = max(2 * capacity, count + n)
    }

    /// Appends `bytes` as they are.
    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        room(bytes.count).initialize(from: from, count: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes` as they are.
    mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write($0) } }

    /// Appends fixed text (markup) as it is.
    @inline(__always)
    mutating func literal(_ text: StaticString) {
        write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` as it is.
    mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            var text = text
            text.withUTF8 { write($0) }
        }
    }

    /// Appends `text` as XML character data or a double-quoted attribute value
    /// (``TextEscaping/xml(_:)``); text with nothing to escape is copied as it is.
    mutating func xml(_ text: String) {
        var copied = text.utf8.withContiguousStorageIfAvailable { copyUnlessEscaped($0) }
        if copied == nil {
            var text = text
            copied = text.withUTF8 { copyUnlessEscaped($0) }
        }
        if copied != true { write(TextEscaping.xml(text)) }
    }

    /// Bytes 0x00…0x3F that ``xml(_:)`` cannot copy as they are: the C0 controls (escaped
    /// or dropped) and `"`, `&`, `'`, `<`, `>`.
    private static let escapedBelow0x40: UInt64 =
        0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    /// Copies `utf8` if no byte of it needs escaping (and then says so); else appends
    /// nothing. 0xEF starts U+FFFE and U+FFFF, which XML cannot carry: text with it takes
    /// the slow path too. Anything else is copied.
    @inline(__always)
    private mutating func copyUnlessEscaped(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        let to = room(n)
        for i in 0..<n {
            let byte = utf8[i]
            if byte < 0x40 ? Self.escapedBelow0x40 >> byte & 1 != 0 : byte == 0xEF { return false }
            to[i] = byte
        }
        count += n
        return true
    }

    /// Appends a tie weight, a coordinate or a size as ``GraphExport/number(_:)`` writes it.
    mutating func number(_ x: Double) {
        if x == x.rounded(), abs(x) < 1e15 {
            integer(Int(Int64(x)))
        } else {
            write(x.description)
        }
    }

    /// Appends a finite value of a numeric column as ``GraphExport/Column/values`` has it:
    /// a whole number when the column's are, else the shortest decimal that reads back.
    mutating func cell(_ x: Double, integral: Bool) {
        if integral {
            integer(Int(Int64(x)))
        } else {
            write(x.description)
        }
    }

    /// Appends a whole number in decimal, as `String(k)` writes it.
    mutating func integer(_ k: Int) {
        var magnitude = k.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 19, magnitude >= power {  // |k| ≤ 2^63 < 10^19
            digits += 1
            power &*= 10
        }
        let sign = k < 0 ? 1 : 0
        let to = room(sign + digits)
        if sign == 1 { to[0] = UInt8(ascii: "-") }
        var i = sign + digits
        repeat {
            i -= 1
            to[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while i > sign
        count += sign + digits
    }

    /// Passes the bytes so far on to the file.
    private mutating func flush() {
        guard let file, count > 0 else { return }
        if failure == nil {
            do throws(OutputError) { try file.write(UnsafeRawBufferPointer(start: start, count: count)) } catch { failure = error }
        }
        count = 0
    }

    /// Writes what is left and commits the file (``AtomicFileWriter/commit()``).
    /// - Throws: the first ``OutputError`` met on the way.
    mutating func finish() throws(OutputError) {
        flush()
        if let failure { throw failure }
        try file?.commit()
    }

    /// The document `write` makes of `export`, in memory.
    static func document(_ export: GraphExport, _ write: (GraphExport, inout ExportBuffer) -> Void) -> [UInt8] {
        var out = ExportBuffer(capacity: export.estimatedXMLSize)
        write(export, &out)
        return out.bytes
    }

    /// The document `write` makes of `export`, streamed to `path` (atomically).
    /// - Throws: ``OutputError`` when the file cannot be written.
    static func file(_ path: String, _ export: GraphExport, _ write: (GraphExport, inout ExportBuffer) -> Void) throws(OutputError) {
        var out = ExportBuffer(file: try AtomicFileWriter(path: path))
        write(export, &out)
        try out.finish()
    }
}

/// Pieces of output made once and written many times (a firm's escaped id goes with its node
/// and with each of its ties): their bytes one after another.
struct ExportPieces {
    private let bytes: [UInt8]
    /// Where each piece ends in ``bytes``, after a leading 0.
    private let ends: [Int]

    /// Pieces `0..<count`, piece `i` as `piece(i, &buffer)` appends it.
    init(count: Int, _ piece: (Int, inout ExportBuffer) -> Void) {
        var out = ExportBuffer()
        var ends = [0]
        ends.reserveCapacity(count + 1)
        for i in 0..<count {
            piece(i, &out)
            ends.append(out.count)
        }
        bytes = out.bytes
        self.ends = ends
    }

    /// The bytes of piece `i`.
    @inline(__always)
    func withPiece<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[ends[i]..<ends[i + 1]])) }
    }
}

extension ExportBuffer {
    /// Appends piece `i` of `pieces`.
    @inline(__always)
    mutating func write(_ pieces: ExportPieces, _ i: Int) { pieces.withPiece(i) { write($0) } }
}
