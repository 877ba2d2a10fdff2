/// The lines of a text file with their numbers, for the line-based formats (Pajek, UCINET
/// DL): a UTF-8 byte order mark skipped, LF, CRLF or CR line ends.
struct TextLines: Sequence {
    let text: String

    /// - Throws: ``InputError`` when the bytes are not UTF-8, naming the first bad line.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) {
        var b = bytes
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { b = UnsafeBufferPointer(rebasing: b[3...]) }
        guard let text = String(validating: b, as: UTF8.self) else {
            var line = 1
            var decoder = Unicode.UTF8()
            var iterator = b.makeIterator()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let s): if s == "\n" { line += 1 }
                case .emptyInput, .error: break decoding
                }
            }
            throw InputError(file: file, line: line, message: "invalid UTF-8; save the file as UTF-8")
        }
        self.text = text
    }

    /// Lines split on the UTF-8 bytes (LF, CRLF or CR), not on `Character`s: grapheme
    /// breaking made reading a Pajek file of 5·10^5 ties take twice python-igraph's time.
    func makeIterator() -> AnyIterator<(number: Int, text: Substring)> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var number = 0
        return AnyIterator {
            guard start < utf8.endIndex else { return nil }
            var end = start
            while end < utf8.endIndex, utf8[end] != 10, utf8[end] != 13 { end = utf8.index(after: end) }
            let line = Substring(utf8[start..<end])
            if end < utf8.endIndex {
                let cr = utf8[end] == 13
                end = utf8.index(after: end)
                if cr, end < utf8.endIndex, utf8[end] == 10 { end = utf8.index(after: end) }
            }
            start = end
            number += 1
            return (number, line)
        }
    }
}

/// Splits a line into words: blanks separate them, double quotes group words with blanks
/// (`1 "Banca Rossi" 0.5`), the quotes removed.
enum Words {
    /// Works on the UTF-8 bytes (blanks, commas and quotes are ASCII, so every cut falls
    /// between characters).
    static func split(_ line: Substring) -> [Substring] {
        let utf8 = line.utf8
        var out: [Substring] = []
        var i = utf8.startIndex
        func isSeparator(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 44 }
        while i < utf8.endIndex {
            while i < utf8.endIndex, isSeparator(utf8[i]) { i = utf8.index(after: i) }
            guard i < utf8.endIndex else { break }
            if utf8[i] == 34 {
                let start = utf8.index(after: i)
                var end = start
                while end < utf8.endIndex, utf8[end] != 34 { end = utf8.index(after: end) }
                out.append(Substring(utf8[start..<end]))
                i = end < utf8.endIndex ? utf8.index(after: end) : end
            } else {
                let start = i
                while i < utf8.endIndex, !isSeparator(utf8[i]) { i = utf8.index(after: i) }
                out.append(Substring(utf8[start..<i]))
            }
        }
        return out
    }
}
