import Foundation

/// Text and numbers as GraphViz's DOT language reads them.
///
/// Every string the ``DOTWriter`` emits goes through `quoted(_:)` (double-quoted
/// `escString`) or ``html(_:)`` (inside HTML-like labels); every number through
/// ``decimal(_:fractionDigits:)`` or ``significant(_:digits:)``, which never use exponent
/// notation (GraphViz reads `1e+06` as the number 1 followed by garbage).
public enum DOTText {
    /// `text` as a double-quoted DOT string that GraphViz shows exactly as given.
    ///
    /// Inside quotes DOT itself only knows `\"` and backslash-newline (a line continuation);
    /// labels and tooltips are then read as `escString`s, where `\N`, `\G`, `\n`, `\l`, … are
    /// substitutions and `&name;` is an HTML entity. So: a backslash becomes `\\`, a quote
    /// `\"`, a line break (LF, VT, FF, CR, CRLF as one, NEL, U+2028, U+2029) the centred line
    /// break `\n`, an ampersand `&amp;`, a tab a space. The other control characters (C0, DEL
    /// and C1), which have no glyph, and the non-characters U+FFFE and U+FFFF, which no SVG
    /// can carry, are dropped. Everything else, including any Unicode, is written as UTF-8;
    /// the result never holds a raw line break or an unescaped quote.
    ///
    /// GraphViz 2.43 expands escapes in tooltips twice (`\\N` shows as the node name), so
    /// with `tooltip: true` a backslash is written as four.
    ///
    /// - Complexity: O(length of `text`).
    public static func quoted(_ text: String, tooltip: Bool = false) -> String {
        let body = TextEscaping.rewrite(text, lineBreak: "\\n", drop: TextEscaping.droppedFromPictures) { scalar in
            switch scalar {
            case "\\": tooltip ? "\\\\\\\\" : "\\\\"
            case "\"": "\\\""
            case "&": "&amp;"
            case "\t": " "
            default: nil
            }
        }
        return "\"" + body + "\""
    }

    /// `text` escaped for an HTML-like label (`<…>`): `&`, `<`, `>` and `"` as entities, `'`
    /// as the numeric reference `&#39;`, line breaks as `<BR/>` and tabs as spaces; control
    /// characters and U+FFFE/U+FFFF dropped, as by ``quoted(_:tooltip:)``.
    public static func html(_ text: String) -> String {
        TextEscaping.rewrite(text, lineBreak: "<BR/>", drop: TextEscaping.droppedFromPictures) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\t": " "
            default: nil
            }
        }
    }

    /// `x` in plain decimal with at most `fractionDigits` digits after the point, trailing
    /// zeros removed: `1000000`, `0.25`, `-3`. Never exponent notation, whatever the
    /// magnitude. NaN and infinities (which DOT cannot carry) are written as `0`; callers
    /// handle missing values before asking for a number.
    public static func decimal(_ x: Double, fractionDigits: Int = 3) -> String {
        guard x.isFinite else { return "0" }
        let digits = max(0, min(fractionDigits, 40))
        var text = String(format: "%.\(digits)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// `x` rounded to `digits` significant digits, in plain decimal (for tooltips and
    /// legends): `0.000123`, `1234570`, `2.5`. NaN as `—`.
    public static func significant(_ x: Double, digits: Int = 4) -> String {
        if x.isNaN { return "—" }
        if x.isInfinite { return x > 0 ? "∞" : "−∞" }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let fraction = max(0, digits - 1 - magnitude)
        if fraction == 0 {
            // Round away the digits beyond `digits` significant ones.
            let scale = pow(10, Double(magnitude - digits + 1))
            return decimal((x / scale).rounded() * scale, fractionDigits: 0)
        }
        return decimal(x, fractionDigits: min(fraction, 40))
    }
}
