/// The bytes of an exported file, appended piece by piece, and written to the file in
/// chunks of a megabyte when the buffer has one (``init(file:)``).
///
/// The XML writers built a `String` by interpolation, one `+=` per line: a GEXF file with
/// every metrics column for 10^5 firms (228 MB) took 7.5 s to write that way, then was copied
/// once more into bytes to reach the disk. Appending UTF-8 to one byte array, and escaping
/// only values that need it, writes the same file in about a fifth of that; streaming it to
/// the file keeps 250 MB out of `analyze`'s peak memory (Benchmarks/formats/RESULTS.md).
struct ExportBuffer {
    private(set) var bytes: [UInt8] = []
    private let file: AtomicFileWriter?
    /// The first failure to write to ``file``; nothing more is written after it.
    private var failure: OutputError?
    private static let chunk = 1 << 20

    /// An empty buffer with room for `capacity` bytes, kept in memory.
    init(capacity: Int = 0) {
        file = nil
        bytes.reserveCapacity(capacity)
    }

    /// A buffer that passes its bytes on to `file` a chunk at a time.
    init(file: AtomicFileWriter) {
        self.file = file
        bytes.reserveCapacity(Self.chunk + 4096)
    }

    /// Appends `text` as it is.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        if file != nil, bytes.count >= Self.chunk { flush() }
    }

    /// Appends `text` as XML character data or a double-quoted attribute value
    /// (``TextEscaping/xml(_:)``); text with nothing to escape is copied as it is.
    mutating func xml(_ text: String) {
        var text = text
        let copied = text.withUTF8 { utf8 -> Bool in
            // Bytes below 0x20 and the five markup characters are escaped or dropped; 0xEF
            // starts U+FFFE and U+FFFF, which XML cannot carry. Anything else is copied.
            for byte in utf8 {
                switch byte {
                case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF:
                    return false
                default: continue
                }
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !copied { write(TextEscaping.xml(text)) }
    }

    /// Appends a tie weight or a coordinate as ``GraphExport/number(_:)`` writes it.
    mutating func number(_ x: Double) { write(GraphExport.number(x)) }

    /// Appends a whole number in decimal.
    mutating func integer(_ k: Int) { write(String(k)) }

    /// Passes the bytes so far on to the file.
    private mutating func flush() {
        guard let file else { return }
        if failure == nil {
            bytes.withUnsafeBytes { raw in
                do throws(OutputError) { try file.write(raw) } catch { failure = error }
            }
        }
        bytes.removeAll(keepingCapacity: true)
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
