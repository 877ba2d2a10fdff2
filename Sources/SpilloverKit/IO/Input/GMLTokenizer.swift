/// The tokens of a GML file (Himsolt's "GML: A portable Graph File Format", 1997): keys,
/// numbers, quoted strings and the brackets of lists, each with its line.
struct GMLTokenizer {
    enum Kind: Equatable { case key, number, string, open, close }

    struct Token {
        var kind: Kind
        /// The key, the number as written, or the string decoded (HTML entities such as
        /// `&quot;`, `&amp;` and `&#233;`, as NetworkX and igraph write them).
        var text: String
        var line: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private var pos = 0
    private(set) var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    }

    /// The next token, or `nil` at the end of the file.
    mutating func next() throws(InputError) -> Token? {
        let n = bytes.count
        while pos < n {
            let b = bytes[pos]
            if b == 10 { line += 1; pos += 1; continue }
            if b == 32 || b == 9 || b == 13 { pos += 1; continue }
            if b == UInt8(ascii: "#") {
                while pos < n, bytes[pos] != 10 { pos += 1 }
                continue
            }
            break
        }
        guard pos < n else { return nil }
        let b = bytes[pos]
        let start = pos
        switch b {
        case UInt8(ascii: "["): pos += 1; return Token(kind: .open, text: "[", line: line)
        case UInt8(ascii: "]"): pos += 1; return Token(kind: .close, text: "]", line: line)
        case UInt8(ascii: "\""):
            let startLine = line
            pos += 1
            let from = pos
            while pos < n, bytes[pos] != UInt8(ascii: "\"") {
                if bytes[pos] == 10 { line += 1 }
                pos += 1
            }
            guard pos < n else {
                throw InputError(file: file, line: startLine, message: "a string opened here is never closed (truncated file?)")
            }
            let raw = UnsafeBufferPointer(rebasing: bytes[from..<pos])
            pos += 1
            guard let text = String(validating: raw, as: UTF8.self) else {
                throw InputError(file: file, line: startLine, message: "invalid UTF-8 in a string; save the file as UTF-8")
            }
            return Token(kind: .string, text: HTMLEntities.decode(text), line: startLine)
        default:
            while pos < n {
                let c = bytes[pos]
                if c == 32 || c == 9 || c == 10 || c == 13 || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "\"") { break }
                pos += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
            let first = text.unicodeScalars.first!
            let isKey = (first >= "A" && first <= "Z") || (first >= "a" && first <= "z") || first == "_"
            if isKey, text.unicodeScalars.allSatisfy({ ($0 >= "A" && $0 <= "Z") || ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }) {
                return Token(kind: .key, text: text, line: line)
            }
            // Numbers as GML writes them, and what NetworkX writes for infinities and NaN.
            if Double(text) != nil || ["INF", "-INF", "+INF", "NAN"].contains(text.uppercased()) {
                return Token(kind: .number, text: text, line: line)
            }
            throw InputError(file: file, line: line, message: "unexpected '\(text)': expected a key, a number, a quoted string, '[' or ']'")
        }
    }
}

extension HTMLEntities {
    /// The character an entity or character reference names (`lt`, `#233`, `#xE9`), or `nil`.
    static func scalar(named name: Substring) -> Unicode.Scalar? {
        switch name {
        case "quot": "\""
        case "amp": "&"
        case "lt": "<"
        case "gt": ">"
        case "apos": "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                nil
            }
        }
    }
}

/// HTML character entities in GML strings (`&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`,
/// `&#NNN;`, `&#xHH;`), the escapes NetworkX's and igraph's GML writers use.
enum HTMLEntities {
    /// `text` with its entities decoded, scalar by scalar: a `Character` search missed an
    /// entity followed by a combining mark (`&quot;` + U+0301 ends in the one character
    /// `;́`), which came back undecoded.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var i = scalars.startIndex
        while i < scalars.endIndex {
            if scalars[i] == "&", let semi = scalars[i...].prefix(12).firstIndex(of: ";"),
                let decoded = scalar(named: Substring(scalars[scalars.index(after: i)..<semi]))
            {
                out.append(decoded)
                i = scalars.index(after: semi)
            } else {
                out.append(scalars[i])
                i = scalars.index(after: i)
            }
        }
        return String(out)
    }
}
