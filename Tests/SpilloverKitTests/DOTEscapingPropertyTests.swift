import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import SpilloverKit

/// ``DOTText/quoted(_:tooltip:)`` over ``EscapingSamples``: the quoted string is one DOT
/// token on one line whose escString reading is the documented display, and GraphViz itself
/// reads a sample of hostile ids back from the SVG it draws.
@Suite("DOT escaping: every control character and hostile id")
struct DOTEscapingPropertyTests {
    /// What ``DOTText/quoted(_:tooltip:)`` documents GraphViz shows for `text`: line breaks
    /// (CRLF as one) as line feeds, tabs as spaces, control characters and U+FFFE/U+FFFF
    /// left out.
    static func displayed(_ text: String) -> String {
        EscapingSamples.flattened(text, lineBreak: "\n") { EscapingSamples.isControl($0) || $0.value == 0xFFFE || $0.value == 0xFFFF }
    }

    /// A DOT double-quoted string read as GraphViz reads a label: the quotes must enclose
    /// the whole token (no unescaped `"` inside, no trailing lone backslash), no raw line
    /// ending may split it; then `\"`, `\\` and `\n` are undone and `&amp;` is `&`. `nil`
    /// when the token is malformed or holds any other escape (`\N`, `\l`, … substitute) or
    /// any other `&…;` (an entity).
    static func label(_ token: String) -> String? {
        let scalars = Array(token.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        var out = String.UnicodeScalarView()
        var k = 1
        while k < scalars.count - 1 {
            let s = scalars[k]
            switch s {
            case "\"", "\n", "\r": return nil
            case "\\":
                guard k + 1 < scalars.count - 1 else { return nil }
                switch scalars[k + 1] {
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "n": out.append("\n")
                default: return nil
                }
                k += 2
                continue
            case "&":
                guard scalars[(k + 1)...].starts(with: "amp;".unicodeScalars) else { return nil }
                out.append("&")
                k += 5
                continue
            default: out.append(s)
            }
            k += 1
        }
        return String(out)
    }

    @Test("quoted strings are one token on one line and read back as the documented display")
    func quotedReadsBack() {
        for input in EscapingSamples.all {
            let token = DOTText.quoted(input)
            let back = Self.label(token)
            #expect(back != nil, "malformed: \(EscapingSamples.shown(token))")
            if let back {
                #expect(EscapingSamples.same(back, Self.displayed(input)), "\(EscapingSamples.shown(input)) → \(EscapingSamples.shown(back))")
            }
        }
    }

    /// A sample of hostile ids for GraphViz (one `dot` run): each hostile id and awkward
    /// scalar in the middle of a word, the 10,000-character id left out (its layout is slow),
    /// one of each set of ids that display alike.
    static let sample: [String] = {
        let awkward: [Unicode.Scalar] = [
            "\u{0}", "\u{1}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}",
            "\u{FFFF}",
        ]
        var seen: Set<[Unicode.Scalar]> = []
        // One id per display: ids that differ only in what is dropped would be one node.
        return (EscapingSamples.hostile.filter { $0.count < 100 } + awkward.map { String($0) }).map { "a" + $0 + "b" }
            .filter { seen.insert(Array(displayed($0).unicodeScalars)).inserted }
    }()

    /// The text of every `<title>` in an SVG, in document order.
    final class TitleReader: NSObject, XMLParserDelegate {
        var titles: [String] = []
        private var inTitle = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            if elementName == "title" {
                inTitle = true
                titles.append("")
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if elementName == "title" { inTitle = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titles[titles.count - 1] += string }
        }
    }

    @Test("GraphViz accepts hostile ids as node names and its SVG titles read back as the documented display")
    func graphvizReadsBack() throws {
        guard let renderer = try? GraphvizRenderer() else {
            // `make deps` installs it (APT_PACKAGES); without it there is nothing to ask.
            print("skipped: GraphViz (dot) is not installed")
            return
        }
        let dot = "digraph G {\n" + Self.sample.map { "  \(DOTText.quoted($0));\n" }.joined() + "}\n"
        let svg = try renderer.render(dot, layout: .dot, format: .svg).picture
        let reader = TitleReader()
        let parser = XMLParser(data: svg)
        parser.delegate = reader
        try #require(parser.parse(), "the SVG does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
        // The graph's title, then one per node in the order they were declared.
        let titles = reader.titles.dropFirst()
        try #require(titles.count == Self.sample.count, "\(titles.count) nodes drawn for \(Self.sample.count) ids")
        for (input, title) in zip(Self.sample, titles) {
            // A title is the node's name as DOT read it (`\"` undone, the other escapes kept):
            // read it as a label is read (its `"` and `&` escaped again, by scalar: a quote may
            // carry a combining mark). GraphViz writes the second of two spaces as U+00A0.
            var name = String.UnicodeScalarView(["\""])
            var previous: Unicode.Scalar = "\""
            for s in title.unicodeScalars {
                defer { previous = s }
                switch s {
                case "\u{A0}" where previous == " ": name.append(" ")
                case "\"": name.append(contentsOf: "\\\"".unicodeScalars)
                case "&": name.append(contentsOf: "&amp;".unicodeScalars)
                default: name.append(s)
                }
            }
            name.append("\"")
            let back = Self.label(String(name))
            #expect(EscapingSamples.same(back, Self.displayed(input)), "\(EscapingSamples.shown(input)) → \(EscapingSamples.shown(title))")
        }
    }
}
