/// The inputs of the escaping property tests: every scalar U+0000…U+009F and the awkward
/// ones above (non-characters, Unicode line breaks, the byte order mark), and ids hostile to
/// one format or another, each alone and embedded at the start, middle and end of a word.
enum EscapingSamples {
    /// U+0000…U+009F (C0, ASCII, DEL, C1), U+FFFE, U+FFFF, U+2028, U+2029 and U+FEFF.
    static let scalars: [Unicode.Scalar] =
        (0...0x9F).map { Unicode.Scalar(UInt32($0))! } + ["\u{FFFE}", "\u{FFFF}", "\u{2028}", "\u{2029}", "\u{FEFF}"]

    /// Ids that break naive writers: quotes, backslashes, escString substitutions, markup
    /// and entities, CDATA ends, comment dashes, separators of Markdown, CSV and its
    /// neighbours, blanks at either end, a CSV comment, a Pajek keyword, line breaks,
    /// a quote and a pipe carrying a combining accent (one `Character` with it), emoji (with a
    /// skin tone and a joiner), right-to-left text, a 10,000-character id.
    static let hostile: [String] = [
        "\"", "'", "\\", "\\N", "<", ">", "&", "&amp;", "&#65;", "]]>", "--", "|", "\\|", ";", ",", "\t",
        " lead", "trail ", "  ", "#", "*Vertices", "a;b;c", "x\ty\tz", "\r\n", "\n\r", "\r", "\n",
        "\"\u{301}", "|\u{301}", "🏭👩🏽‍🔧", "שלום עולם", "مرحبا بالعالم", "e\u{301}", String(repeating: "x", count: 10_000),
    ]

    /// `core` alone and embedded at the start, middle and end of a word.
    static func embedded(_ core: String) -> [String] { [core, core + "ab", "a" + core + "b", "ab" + core] }

    /// Every sample: each scalar and each hostile id, alone and embedded, and the empty string.
    static let all: [String] = [""] + (scalars.map { String($0) } + hostile).flatMap(embedded)

    /// The samples that are not empty (what an id may be).
    static let ids: [String] = all.filter { !$0.isEmpty }

    /// Whether `a` and `b` are the same scalars (Swift's `==` equates canonically
    /// equivalent strings, such as `é` and `e` + U+0301).
    static func same(_ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        return a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    /// `text` scalar by scalar for messages: `U+000A` for anything outside printable ASCII,
    /// cut after 40 scalars.
    static func shown(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let head = scalars.prefix(40).map { s in
            (0x20..<0x7F).contains(s.value) ? String(s) : "<U+" + String(s.value, radix: 16, uppercase: true) + ">"
        }
        return head.joined() + (scalars.count > 40 ? "…(\(scalars.count) scalars)" : "")
    }

    /// Unicode's mandatory line breaks (UAX #14 classes BK, CR, LF, NL): LF, VT, FF, CR,
    /// NEL, LS and PS, with CRLF as one.
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(s.value)
    }

    /// C0 and C1 control characters and DEL (Unicode's general category Cc).
    static func isControl(_ s: Unicode.Scalar) -> Bool { s.properties.generalCategory == .control }

    /// `text` with every line break (CRLF as one) replaced by `lineBreak`, every tab by
    /// `tab`, and the scalars `drop` picks left out: what a writer that cannot hold line
    /// breaks documents it shows.
    static func flattened(_ text: String, lineBreak: String, tab: String = " ", drop: (Unicode.Scalar) -> Bool) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            defer { afterCR = s == "\r" }
            if s == "\n", afterCR { continue }
            if isLineBreak(s) {
                out.append(contentsOf: lineBreak.unicodeScalars)
            } else if s == "\t" {
                out.append(contentsOf: tab.unicodeScalars)
            } else if !drop(s) {
                out.append(s)
            }
        }
        return String(out)
    }
}
