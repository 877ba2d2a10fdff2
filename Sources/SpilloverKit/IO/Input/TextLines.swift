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

    func makeIterator() -> AnyIterator<(number: Int, text: Substring)> {
        var number = 0
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .makeIterator()
        return AnyIterator {
            guard let line = lines.next() else { return nil }
            number += 1
            return (number, line)
        }
    }
}

/// Splits a line into words: blanks separate them, double quotes group words with blanks
/// (`1 "Banca Rossi" 0.5`), the quotes removed.
enum Words {
    static func split(_ line: Substring) -> [Substring] {
        var out: [Substring] = []
        var i = line.startIndex
        while i < line.endIndex {
            while i < line.endIndex, line[i] == " " || line[i] == "\t" || line[i] == "," { i = line.index(after: i) }
            guard i < line.endIndex else { break }
            if line[i] == "\"" {
                let start = line.index(after: i)
                let end = line[start...].firstIndex(of: "\"") ?? line.endIndex
                out.append(line[start..<end])
                i = end < line.endIndex ? line.index(after: end) : end
            } else {
                let start = i
                while i < line.endIndex, line[i] != " ", line[i] != "\t", line[i] != "," { i = line.index(after: i) }
                out.append(line[start..<i])
            }
        }
        return out
    }
}
