import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import SpilloverKit

/// Each escaper against a decoder that does not share its code: Foundation's XML parser
/// (libxml2) and JSON parsers, spillover's own CSV readers and a GitHub-flavoured Markdown
/// row splitter, over ``EscapingSamples``. What must come back is the input, less exactly
/// what the escaper's documentation says it drops or replaces.
@Suite("escaping: every control character and hostile id decodes back")
struct EscapingPropertyTests {
    // MARK: XML

    /// XML 1.0's `Char` production (§2.2): what a document may hold, even as a reference.
    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The attribute `a` and the text of the root element of `document`, as libxml2 reads
    /// them; `nil` when it refuses the document.
    final class RootReader: NSObject, XMLParserDelegate {
        var attribute: String?
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            attribute = attributeDict["a"]
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        static func read(_ document: String) -> (attribute: String?, text: String)? {
            let parser = XMLParser(data: Data(document.utf8))
            let reader = RootReader()
            parser.delegate = reader
            guard parser.parse() else { return nil }
            return (reader.attribute ?? "", reader.text)
        }
    }

    @Test("XML: text and attribute values parse back, less what XML 1.0 cannot hold")
    func xml() {
        for input in EscapingSamples.all {
            let escaped = TextEscaping.xml(input)
            let expected = String(String.UnicodeScalarView(input.unicodeScalars.filter(Self.isXMLChar)))
            guard let back = RootReader.read("<r a=\"\(escaped)\">\(escaped)</r>") else {
                Issue.record("XMLParser refused \(EscapingSamples.shown(escaped))")
                continue
            }
            #expect(EscapingSamples.same(back.attribute, expected), "attribute: \(EscapingSamples.shown(input))")
            #expect(EscapingSamples.same(back.text, expected), "text: \(EscapingSamples.shown(input))")
            // The streaming writers' fast path must escape exactly as the one function does.
            var buffer = ExportBuffer()
            buffer.xml(input)
            #expect(buffer.bytes == Array(escaped.utf8), "ExportBuffer: \(EscapingSamples.shown(input))")
        }
    }

    // MARK: JSON

    @Test("JSON: strings and keys decode back exactly, with no raw control character")
    func json() throws {
        for input in EscapingSamples.all {
            let text = JSONValue.array([.string(input), .object([(input, .integer(1))])]).serialized(pretty: false)
            // RFC 8259 §7: U+0000…U+001F must be escaped; a lenient parser would not notice.
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 }, "raw control: \(EscapingSamples.shown(input))")
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any]
            #expect(EscapingSamples.same(parsed?.first as? String, input), "JSONSerialization: \(EscapingSamples.shown(input))")
            let key = (parsed?.last as? [String: Any])?.keys.first
            #expect(EscapingSamples.same(key, input), "JSONSerialization key: \(EscapingSamples.shown(input))")
            struct Row: Decodable {
                let value: String
                init(from decoder: any Decoder) throws {
                    var items = try decoder.unkeyedContainer()
                    value = try items.decode(String.self)
                }
            }
            let decoded = try JSONDecoder().decode(Row.self, from: Data(text.utf8))
            #expect(EscapingSamples.same(decoded.value, input), "JSONDecoder: \(EscapingSamples.shown(input))")
        }
    }

    // MARK: CSV

    /// What `parse` reads, or `nil` with the reader's complaint recorded against `input`.
    static func read<T>(_ parse: () throws(InputError) -> T, _ input: String) -> T? {
        do { return try parse() } catch {
            Issue.record("\(EscapingSamples.shown(input)): \(error)")
            return nil
        }
    }

    @Test("CSV: ids, ends of ties and tie types read back exactly from the edge list")
    func csvEdgeList() {
        for input in EscapingSamples.ids {
            let table = DataTable(
                columns: ["source", "target", "weight", "type"],
                rows: [[.text(input), .text("other"), .integer(1), .text(input)], [.text("other"), .text(input), .integer(2), .text("plain")]])
            guard let edges = Self.read({ () throws(InputError) in try EdgeListReader.parse(text: table.csv()) }, input) else { continue }
            #expect(edges.ids.count == 2, "\(EscapingSamples.shown(input)): \(edges.ids.map(EscapingSamples.shown))")
            #expect(EscapingSamples.same(edges.ids.first, input), "id: \(EscapingSamples.shown(input))")
            #expect(EscapingSamples.same(edges.tieTypes.first, input), "type: \(EscapingSamples.shown(input))")
            #expect(edges.weights == [1, 2], "\(EscapingSamples.shown(input))")
        }
    }

    @Test("CSV: column names, ids and values (empty included) read back exactly from the node table")
    func csvNodeTable() {
        let reserved: Set<String> = ["id", "name", "absorptive_capacity", "external_ties"]
        for input in EscapingSamples.all {
            let name = input.isEmpty || reserved.contains(input.lowercased()) ? "note" : input
            let id = input.isEmpty ? "firm" : input
            let table = DataTable(columns: ["id", name], rows: [[.text(id), .text(input)], [.text("other"), .text("")]])
            guard let nodes = Self.read({ () throws(InputError) in try NodeTableReader.parse(text: table.csv()) }, input) else { continue }
            #expect(nodes.ids.count == 2 && EscapingSamples.same(nodes.ids.first, id), "id: \(EscapingSamples.shown(input))")
            #expect(nodes.columnNames.count == 1 && EscapingSamples.same(nodes.columnNames.first, name), "name: \(EscapingSamples.shown(input))")
            #expect(nodes.columns.first?.count == 2 && EscapingSamples.same(nodes.columns.first?.first, input), "value: \(EscapingSamples.shown(input))")
        }
    }

    // MARK: Markdown

    /// The cells of one GitHub-flavoured Markdown table row, as cmark-gfm splits it: a
    /// backslash before ASCII punctuation escapes it (`\|` is no border, `\\` one backslash),
    /// the outer pipes are dropped and each cell is trimmed of blanks. `nil` when `row` holds
    /// a line ending (CommonMark's LF or CR), which would end the row.
    static func markdownCells(_ row: String) -> [String]? {
        guard !row.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        var cells: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var scalars = row.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            if s == "\\" {
                guard let next = scalars.next() else {
                    cells[cells.count - 1].append(s)
                    break
                }
                if next.isASCII, next.properties.generalCategory.isPunctuationOrSymbol {
                    cells[cells.count - 1].append(next)
                } else {
                    cells[cells.count - 1].append(contentsOf: [s, next])
                }
            } else if s == "|" {
                cells.append(String.UnicodeScalarView())
            } else {
                cells[cells.count - 1].append(s)
            }
        }
        guard cells.count >= 2 else { return nil }
        return cells.dropFirst().dropLast().map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
    }

    @Test("Markdown: a cell keeps the row's three columns and reads back as its text on one line")
    func markdownCell() {
        for input in EscapingSamples.all {
            let row = "| a | \(TextEscaping.markdownCell(input)) | b |"
            guard let cells = Self.markdownCells(row) else {
                Issue.record("line ending in the row: \(EscapingSamples.shown(input))")
                continue
            }
            let expected = EscapingSamples.flattened(input, lineBreak: " ", drop: EscapingSamples.isControl)
                .trimmingCharacters(in: CharacterSet(charactersIn: " "))
            #expect(cells.count == 3, "\(cells.count) columns: \(EscapingSamples.shown(input))")
            #expect(cells.count == 3 && EscapingSamples.same(cells[1], expected), "text: \(EscapingSamples.shown(input)) → \(EscapingSamples.shown(cells[1]))")
        }
    }

    @Test("Text table: hostile cells keep one line per row and send no control character to the terminal")
    func terminalTable() {
        let table = DataTable(columns: ["id", "n"], rows: EscapingSamples.all.map { [.text($0), .number(1)] })
        let text = table.text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == table.rows.count + 2)
        #expect(!text.unicodeScalars.contains { EscapingSamples.isControl($0) && $0 != "\n" }, "a control character reached the table")
        for (input, line) in zip(EscapingSamples.all, lines.dropFirst(2)) {
            let expected = EscapingSamples.flattened(input, lineBreak: " ", drop: EscapingSamples.isControl)
            #expect(line.unicodeScalars.starts(with: expected.unicodeScalars), "\(EscapingSamples.shown(input)) → \(EscapingSamples.shown(String(line)))")
        }
    }

    @Test("Markdown: a table of hostile cells keeps one line per row and its column count")
    func markdownTable() {
        let table = DataTable(columns: ["id", "note"], rows: EscapingSamples.all.map { [.text($0), .text("|" + $0 + "|")] })
        let lines = table.markdown().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == table.rows.count + 2)
        for line in lines { #expect(Self.markdownCells(String(line))?.count == 2, "\(EscapingSamples.shown(String(line)))") }
    }
}

extension Unicode.GeneralCategory {
    /// Punctuation or symbol: for ASCII, the characters CommonMark lets a backslash escape.
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
            .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
