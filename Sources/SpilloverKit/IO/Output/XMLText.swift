/// Text as XML 1.0 character data and attribute values.
enum XMLText {
    /// `text` escaped for an attribute value in double quotes or for element content
    /// (``TextEscaping/xml(_:)``, the one XML escaping of every writer).
    static func escaped(_ text: String) -> String { TextEscaping.xml(text) }

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
