/// What an XML graph reader does with the elements of a document (GraphML, GEXF).
protocol XMLGraphHandler {
    /// An element opens; `name` without namespace prefix, attributes as written (their
    /// names without prefix too, but for `xmlns…`).
    mutating func start(_ name: String, _ attributes: XMLAttributes, line: Int) throws(InputError)
    /// An element closes; `attributes` are those of its start tag, `text` the character
    /// data directly inside it (trimmed).
    mutating func end(_ name: String, _ attributes: XMLAttributes, text: String, line: Int) throws(InputError)
}

/// The attributes of one start tag, in document order. Looked up by a linear scan: a graph
/// element has a handful, and hashing every attribute name into a dictionary was a fifth of
/// reading a GraphML file of 5·10^5 ties (`perf`).
struct XMLAttributes {
    private var pairs: [(name: String, value: String)] = []

    /// The value of attribute `name`, if the tag has it.
    subscript(_ name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// Adds an attribute; `false` (and nothing added) when the tag has one of that name already.
    mutating func add(_ name: String, _ value: String) -> Bool {
        guard self[name] == nil else { return false }
        pairs.append((name, value))
        return true
    }
}

/// A byte-level XML reader for graph documents: hands each element to a handler with the
/// line it starts on, and stops with an ``InputError`` naming the line at the first thing
/// that is not well-formed XML (a tag that does not match, a document cut short, an
/// unknown entity, bytes that are not UTF-8).
///
/// It reads what GraphML and GEXF files hold: the XML declaration, comments, processing
/// instructions, CDATA, a DOCTYPE without an internal subset, elements, attributes in
/// single or double quotes, the five predefined entities and character references. It
/// checks nesting, not a schema.
///
/// Spillover's own rather than Foundation's `XMLParser`: that one (libxml2 underneath)
/// stopped with "XML parser error 1" at the end of a 69 MB GraphML file of 5·10^5 ties
/// (libxml2's limits for documents not parsed with `XML_PARSE_HUGE`, which Foundation does
/// not set), and reports nothing for a document cut short. Not igraph's readers either:
/// igraph 0.10 keeps a file's node ids and attributes only when a C attribute handler is
/// installed (`igraph_set_attribute_table`), process-wide state every other igraph call would
/// then pay for; without it `igraph_read_graph_graphml` returns vertices 0…n−1 with no ids,
/// labels, weights or types (measured: `Tests/SpilloverKitTests/Fixtures/formats/PROVENANCE.md`).
/// igraph has no GEXF reader at all.
enum XMLEvents {
    static func parse<H: XMLGraphHandler>(bytes: UnsafeBufferPointer<UInt8>, file: String, handler: inout H) throws(InputError) {
        var scanner = XMLScanner(bytes: bytes, file: file)
        try scanner.run(&handler)
    }
}

/// The scanner behind ``XMLEvents``.
struct XMLScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var pos = 0
    var line = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    }

    func fail(_ message: String, line: Int? = nil) -> InputError {
        InputError(file: file, line: line ?? self.line, message: "not well-formed XML: \(message)")
    }

    mutating func run<H: XMLGraphHandler>(_ handler: inout H) throws(InputError) {
        var open: [(name: String, attributes: XMLAttributes, text: [UInt8], line: Int)] = []
        var sawRoot = false
        let n = bytes.count
        while pos < n {
            let b = bytes[pos]
            if b != UInt8(ascii: "<") {
                // Character data up to the next tag.
                let start = pos
                while pos < n, bytes[pos] != UInt8(ascii: "<") {
                    if bytes[pos] == 10 { line += 1 }
                    pos += 1
                }
                // Blanks between elements carry nothing (and would pile up inside <graph>).
                guard UnsafeBufferPointer(rebasing: bytes[start..<pos]).contains(where: { $0 > 32 }) else { continue }
                guard !open.isEmpty else { throw fail(sawRoot ? "text after the root element" : "text before the root element") }
                open[open.count - 1].text += try decode(start..<pos)
                continue
            }
            if starts(with: "<!--") {
                try skip(past: "-->", what: "a comment")
            } else if starts(with: "<![CDATA[") {
                let start = pos + 9
                try skip(past: "]]>", what: "a CDATA section")
                guard !open.isEmpty else { throw fail("CDATA outside the root element") }
                open[open.count - 1].text += Array(bytes[start..<(pos - 3)])
            } else if starts(with: "<?") {
                try skip(past: "?>", what: "a processing instruction")
            } else if starts(with: "<!") {
                // A DOCTYPE; an internal subset (entity declarations) is not read.
                let tagLine = line
                while pos < n, bytes[pos] != UInt8(ascii: ">") {
                    if bytes[pos] == UInt8(ascii: "[") { throw fail("a DOCTYPE with an internal subset is not read", line: tagLine) }
                    if bytes[pos] == 10 { line += 1 }
                    pos += 1
                }
                guard pos < n else { throw fail("the file ends inside a DOCTYPE (truncated file?)", line: tagLine) }
                pos += 1
            } else if pos + 1 < n, bytes[pos + 1] == UInt8(ascii: "/") {
                let tagLine = line
                pos += 2
                let name = try readName(local: true)
                skipBlanks()
                guard pos < n, bytes[pos] == UInt8(ascii: ">") else { throw fail("the end tag </\(name)> is not closed with '>'", line: tagLine) }
                pos += 1
                guard let top = open.popLast() else { throw fail("</\(name)> closes no element", line: tagLine) }
                guard top.name == name else {
                    throw fail("</\(name)> closes <\(top.name)> (opened on line \(top.line))", line: tagLine)
                }
                try handler.end(name, top.attributes, text: Self.trimmed(top.text), line: tagLine)
            } else {
                let tagLine = line
                pos += 1
                let name = try readName(local: true)
                if open.isEmpty, sawRoot { throw fail("a second root element <\(name)>", line: tagLine) }
                sawRoot = true
                var attributes = XMLAttributes()
                var selfClosing = false
                while true {
                    skipBlanks()
                    guard pos < n else { throw fail("the file ends inside the tag <\(name)> (truncated file?)", line: tagLine) }
                    if bytes[pos] == UInt8(ascii: ">") { pos += 1; break }
                    if bytes[pos] == UInt8(ascii: "/") {
                        guard pos + 1 < n, bytes[pos + 1] == UInt8(ascii: ">") else { throw fail("'/' inside the tag <\(name)>", line: line) }
                        pos += 2
                        selfClosing = true
                        break
                    }
                    let keyStart = pos
                    var key = try readName(local: true)
                    if bytes[keyStart] == UInt8(ascii: "x"), starts(at: keyStart, with: "xmlns") { key = try text(keyStart..<pos) }
                    skipBlanks()
                    guard pos < n, bytes[pos] == UInt8(ascii: "=") else { throw fail("the attribute \(key) of <\(name)> has no '=' and value", line: line) }
                    pos += 1
                    skipBlanks()
                    guard pos < n, bytes[pos] == UInt8(ascii: "\"") || bytes[pos] == UInt8(ascii: "'") else {
                        throw fail("the value of \(key) in <\(name)> is not quoted", line: line)
                    }
                    let quote = bytes[pos]
                    pos += 1
                    let start = pos
                    while pos < n, bytes[pos] != quote {
                        if bytes[pos] == UInt8(ascii: "<") { throw fail("'<' in the value of \(key)", line: line) }
                        if bytes[pos] == 10 { line += 1 }
                        pos += 1
                    }
                    guard pos < n else { throw fail("the file ends inside the value of \(key) (truncated file?)", line: tagLine) }
                    let value = try attributeValue(start..<pos)
                    pos += 1
                    guard attributes.add(key, value) else { throw fail("<\(name)> has two attributes \(key)", line: line) }
                }
                try handler.start(name, attributes, line: tagLine)
                if selfClosing {
                    try handler.end(name, attributes, text: "", line: tagLine)
                } else {
                    open.append((name, attributes, [], tagLine))
                }
            }
        }
        if let top = open.last {
            throw fail("the file ends before <\(top.name)> (opened on line \(top.line)) is closed (truncated file?)")
        }
        if !sawRoot { throw fail("the document is empty") }
    }

    func starts(with prefix: StaticString) -> Bool { starts(at: pos, with: prefix) }

    func starts(at offset: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where bytes[offset + k] != p[k] { return false }
        return true
    }

    mutating func skip(past end: StaticString, what: String) throws(InputError) {
        let startLine = line
        while pos < bytes.count {
            if starts(with: end) {
                pos += end.utf8CodeUnitCount
                return
            }
            if bytes[pos] == 10 { line += 1 }
            pos += 1
        }
        throw fail("the file ends inside \(what) (truncated file?)", line: startLine)
    }

    mutating func skipBlanks() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 10: line += 1; pos += 1
            case 32, 9, 13: pos += 1
            default: return
            }
        }
    }

    /// An XML name: letters, digits, `_ : . -` and any non-ASCII byte; with `local`, only
    /// the part after its namespace prefix (cut here, on bytes: `String` index arithmetic was
    /// a tenth of reading a large GraphML file, `perf`).
    mutating func readName(local: Bool = false) throws(InputError) -> String {
        let start = pos
        var afterColon = pos
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 0x3A { afterColon = pos + 1 }
            let isName =
                (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x3A || c == 0x2E
                || c == 0x2D || c >= 0x80
            guard isName else { break }
            pos += 1
        }
        guard pos > start else {
            let found = pos < bytes.count ? String(decoding: [bytes[pos]], as: UTF8.self) : "the end of the file"
            throw fail("expected a name, found '\(found)'")
        }
        return try text((local ? afterColon : start)..<pos)
    }

    /// The bytes of `range` as a `String`, straight from the file.
    func text(_ range: Range<Int>) throws(InputError) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if let s = EdgeListReader.asciiString(slice) { return s }
        guard let s = String(validating: slice, as: UTF8.self) else { throw fail("invalid UTF-8; save the file as UTF-8") }
        return s
    }

    /// An attribute value: straight from the file when it holds no reference and no blank
    /// to normalise (nearly always), else decoded.
    func attributeValue(_ range: Range<Int>) throws(InputError) -> String {
        for i in range {
            let c = bytes[i]
            if c == UInt8(ascii: "&") || c == 9 || c == 10 || c == 13 { return try string(try decode(range, attribute: true)) }
        }
        return try text(range)
    }

    /// The bytes of `range` with entities and character references replaced; in an attribute
    /// value, tabs and line breaks become spaces (XML's attribute value normalisation).
    func decode(_ range: Range<Int>, attribute: Bool = false) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let c = bytes[i]
            if c == UInt8(ascii: "&") {
                guard let semi = (i..<min(range.upperBound, i + 12)).first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
                    throw fail("'&' that starts no entity (write &amp;)")
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<semi]), as: UTF8.self)
                let scalar = HTMLEntities.scalar(named: Substring(name))
                guard let scalar else { throw fail("unknown entity &\(name);") }
                out += Array(String(Character(scalar)).utf8)
                i = semi + 1
                continue
            }
            if attribute, c == 9 || c == 10 || c == 13 {
                out.append(32)
            } else if c != 13 || (i + 1 < range.upperBound && bytes[i + 1] != 10) {
                out.append(c == 13 ? 10 : c)
            }
            i += 1
        }
        return out
    }

    func string(_ utf8: [UInt8]) throws(InputError) -> String {
        guard let s = String(validating: utf8, as: UTF8.self) else { throw fail("invalid UTF-8; save the file as UTF-8") }
        return s
    }

    static func trimmed(_ text: [UInt8]) -> String {
        var lo = 0, hi = text.count
        while lo < hi, text[lo] == 32 || text[lo] == 9 || text[lo] == 10 || text[lo] == 13 { lo += 1 }
        while hi > lo, text[hi - 1] == 32 || text[hi - 1] == 9 || text[hi - 1] == 10 || text[hi - 1] == 13 { hi -= 1 }
        return String(decoding: text[lo..<hi], as: UTF8.self)
    }
}
