/// Text as XML 1.0 character data and attribute values.
enum XMLText {
    /// `text` escaped for an attribute value in double quotes or for element content:
    /// `& < > " '` as entities, tab and line breaks as character references (so attribute
    /// value normalisation keeps them), and the control characters XML 1.0 cannot carry at
    /// all (U+0000–U+001F but tab, LF, CR; U+FFFE, U+FFFF) dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `text` is an XML NMTOKEN (what a GraphML node id must be): one or more name
    /// characters — letters, digits, `.`, `-`, `_`, `:` and the other characters XML 1.0's
    /// NameChar allows.
    static func isNMToken(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.unicodeScalars.allSatisfy { c in
            switch c.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: true
            case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x203F...0x2040,
                0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
                true
            case 0x300...0x36F: true
            default: false
            }
        }
    }
}
