/// Text escaped for the formats spillover writes besides DOT (``DOTText``) and JSON
/// (``JSONValue``): XML (SVG charts, HTML tables) and Markdown table cells. Every firm id the
/// readers accept — any Unicode, control characters included — must leave each writer as
/// valid output, so each function says what it does with characters its format cannot hold.
public enum TextEscaping {
    /// `text` as XML 1.0 character data or attribute value (SVG charts, HTML tables,
    /// GraphML, GEXF): `&`, `<`, `>`, `"` and `'` as entities; tab, line feed and carriage
    /// return as character references (so attribute values keep them); the other C0 control
    /// characters and the non-characters U+FFFE and U+FFFF dropped — XML 1.0's `Char` (§2.2)
    /// excludes them, even as references, and expat rejects a document that has one. DEL and
    /// the C1 controls are XML characters and are kept, so an exported id comes back whole.
    public static func xml(_ text: String) -> String {
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
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` as one cell of a GitHub-flavoured Markdown table: a backslash as `\\` and a
    /// pipe as `\|` (so neither ends the cell), every line break (LF, CR, CRLF, U+2028,
    /// U+2029, U+0085) and tab as a space, other control characters dropped.
    public static func markdownCell(_ text: String) -> String {
        rewrite(text, lineBreak: " ", drop: isControl) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "|": "\\|"
            case "\t": " "
            default: nil
            }
        }
    }

    /// `text` rewritten scalar by scalar: every line break (LF, CR, CRLF as one, U+2028,
    /// U+2029, U+0085) becomes `lineBreak`; a scalar `replace` maps is replaced; one that
    /// `drop` picks is left out; every other is kept.
    static func rewrite(
        _ text: String, lineBreak: String, drop: (Unicode.Scalar) -> Bool, replace: (Unicode.Scalar) -> String?
    ) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n": if !previousWasCR { out += lineBreak }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}": out += lineBreak
            default:
                if let replacement = replace(scalar) {
                    out += replacement
                } else if !drop(scalar) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// What no XML output can carry: the control characters (``isControl(_:)``) and the
    /// non-characters U+FFFE and U+FFFF, which XML 1.0's `Char` excludes. DOT text is
    /// rendered to SVG, so ``DOTText`` drops them too.
    static func droppedFromXML(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// C0 and C1 control characters and DEL.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
    }
}

/// ``TextEscaping/xml(_:)``.
public func xmlEscape(_ s: String) -> String { TextEscaping.xml(s) }
