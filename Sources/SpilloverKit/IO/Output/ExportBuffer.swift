/// The bytes of an exported file, appended piece by piece.
///
/// The XML writers built a `String` by interpolation, one `+=` per line: a GEXF file with
/// every metrics column for 10^5 firms (228 MB) took 7.5 s to write that way, then was copied
/// once more into bytes to reach the disk. Appending UTF-8 to one byte array, and escaping
/// only values that need it, writes the same file in about a tenth of that
/// (Benchmarks/formats/RESULTS.md).
struct ExportBuffer {
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends `text` as it is.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
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

    /// The bytes as a `String` (they are UTF-8 by construction).
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
