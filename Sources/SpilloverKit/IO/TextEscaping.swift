/// Text escaped for the formats spillover writes besides DOT (``DOTText``) and JSON
/// (``JSONValue``): XML (SVG charts, HTML tables, GraphML, GEXF) and Markdown table cells.
/// Every firm id the readers accept — any Unicode, control characters included — must leave
/// each writer as valid output, so each function says what it does with characters its
/// format cannot hold. The pieces the formats share live here too: what a line break is
/// (`rewrite(_:lineBreak:drop:replace:)`), what XML excludes (`excludedFromXML(_:)`) and
/// what a control character is (`isControl(_:)`).
///
/// | Input                             | ``xml(_:)``           | ``markdownCell(_:)``, ``terminalCell(_:)`` | `DOTText.quoted` | JSON string       |
/// | --------------------------------- | --------------------- | ------------------ | ---------------- | ----------------- |
/// | tab                               | `&#9;`                | space              | space            | `\t`              |
/// | LF, CR                            | `&#10;`, `&#13;`      | space              | `\n`             | `\n`, `\r`        |
/// | CRLF                              | `&#13;&#10;`          | one space          | one `\n`         | `\r\n`            |
/// | VT, FF                            | dropped               | space              | `\n`             | `\u000b`, `\u000c`|
/// | NEL (U+0085), U+2028, U+2029      | kept                  | space              | `\n`             | kept              |
/// | other C0 (U+0000…U+001F, ESC too) | dropped               | dropped            | dropped          | `\u00XX`          |
/// | DEL, other C1 (U+0080…U+009F)     | kept                  | dropped            | dropped          | kept              |
/// | U+FFFE, U+FFFF                    | dropped               | kept               | dropped          | kept              |
/// | U+FEFF                            | kept                  | kept               | kept             | `\ufeff`          |
///
/// A Markdown cell also escapes `\` and `|`; a terminal cell keeps them.
///
/// CSV (`DataTable.csv()`) keeps every scalar, quoting the field when needed.
package enum TextEscaping {
    /// `text` as XML 1.0 character data or attribute value (SVG charts, HTML tables,
    /// GraphML, GEXF): `&`, `<`, `>`, `"` and `'` as entities; tab, line feed and carriage
    /// return as character references (so attribute values keep them, and a CRLF stays two
    /// characters); the other C0 control characters and the non-characters U+FFFE and U+FFFF
    /// dropped (`excludedFromXML(_:)`) — XML 1.0's `Char` (§2.2) excludes them, even as
    /// references, and expat rejects a document that has one. DEL, the C1 controls (NEL
    /// included), U+2028 and U+2029 are XML characters and are kept as they are, so an
    /// exported id comes back whole; so is everything else.
    package static func xml(_ text: String) -> String {
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
                if excludedFromXML(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` as one cell of a GitHub-flavoured Markdown table: a backslash as `\\` and a
    /// pipe as `\|` (so neither ends the cell), every line break (as `rewrite` defines it)
    /// and tab as a space, the other control characters (`isControl(_:)`: C0, DEL, C1)
    /// dropped. Everything else is kept, U+FFFE and U+FFFF included. Markdown renderers trim
    /// the blanks at either end of a cell, and may read other punctuation as markup
    /// (`*a*`); the table's rows and columns are what this keeps intact.
    package static func markdownCell(_ text: String) -> String {
        rewrite(text, lineBreak: " ", drop: isControl) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "|": "\\|"
            case "\t": " "
            default: nil
            }
        }
    }

    /// `text` as one cell of an aligned text table for a terminal (`DataTable.text()`): every
    /// line break (as `rewrite` defines it) and tab as a space, the other control characters
    /// (`isControl(_:)`: C0, ESC included, DEL, C1) dropped, so that an id can neither break
    /// the table's lines nor send escape sequences to the terminal. Everything else is kept.
    package static func terminalCell(_ text: String) -> String {
        rewrite(text, lineBreak: " ", drop: isControl) { $0 == "\t" ? " " : nil }
    }

    /// `text` rewritten scalar by scalar: every line break becomes `lineBreak`; a scalar
    /// `replace` maps is replaced; one that `drop` picks is left out; every other is kept.
    ///
    /// A line break is one of Unicode's mandatory breaks (UAX #14 classes BK, CR, LF, NL;
    /// what Swift's `Character.isNewline` means): LF, VT, FF, CR, NEL (U+0085), U+2028 and
    /// U+2029, with CRLF as one.
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
            case "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}": out += lineBreak
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

    /// Whether XML 1.0's `Char` production (§2.2) excludes `scalar`, so that no XML document
    /// can hold it, not even as a character reference: the C0 control characters other than
    /// tab, LF and CR, and the non-characters U+FFFE and U+FFFF. (Surrogates, excluded too,
    /// never occur in a Swift string.)
    static func excludedFromXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// What a picture leaves out: the control characters (`isControl(_:)`), which have no
    /// glyph, and what XML excludes (`excludedFromXML(_:)`), since GraphViz's SVG must
    /// parse. Line breaks and tabs are handled before this is asked.
    static func droppedFromPictures(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || excludedFromXML(scalar)
    }

    /// C0 and C1 control characters and DEL (Unicode's general category Cc).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
    }
}

/// ``TextEscaping/xml(_:)``.
package func xmlEscape(_ s: String) -> String { TextEscaping.xml(s) }
