import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an XML graph reader does with the elements of a document (GraphML, GEXF).
protocol XMLGraphHandler {
    /// An element opens; `name` without namespace prefix, attributes as written.
    mutating func start(_ name: String, _ attributes: [String: String], line: Int) throws(InputError)
    /// An element closes; `attributes` are those of its start tag, `text` the character
    /// data directly inside it (trimmed).
    mutating func end(_ name: String, _ attributes: [String: String], text: String, line: Int) throws(InputError)
}

/// Runs Foundation's `XMLParser` (libxml2's SAX parser underneath, so entities, CDATA,
/// comments and encodings are handled as XML defines them) over a document and hands its
/// elements to a handler, with the line of each; a malformed document or a handler's
/// ``InputError`` stops the parse.
///
/// Why not igraph's own readers: igraph 0.10 keeps a file's node ids and attributes only
/// when a C attribute handler is installed (`igraph_set_attribute_table`), which is
/// process-wide state every other igraph call would then pay for; without it
/// `igraph_read_graph_graphml` returns vertices 0…n−1 with no ids, labels, weights or types
/// (measured: see `Tests/SpilloverKitTests/Fixtures/formats/PROVENANCE.md`). igraph has no
/// GEXF reader at all.
enum XMLEvents {
    static func parse<H: XMLGraphHandler>(bytes: UnsafeBufferPointer<UInt8>, file: String, handler: inout H) throws(InputError) {
        let data = Data(buffer: bytes)
        let delegate = Delegate<H>(file: file, handler: handler)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let error = delegate.failure { throw error }
        if ok, !delegate.open.isEmpty {
            // libxml2 through Foundation on Linux reports no error for a document cut short.
            throw InputError(
                file: file, line: max(1, parser.lineNumber),
                message: "not well-formed XML: the document ends before its <\(delegate.openNames.last ?? "?")> element is closed (truncated file?)")
        }
        if !ok {
            let reason = (parser.parserError as NSError?).map { xmlReason($0) } ?? "malformed XML"
            throw InputError(file: file, line: max(1, parser.lineNumber), message: "not well-formed XML: \(reason)")
        }
        handler = delegate.handler
    }

    /// libxml2's message of a parse error, or its code when Foundation gives none.
    private static func xmlReason(_ error: NSError) -> String {
        if let text = error.userInfo[NSLocalizedDescriptionKey] as? String, !text.contains("NSXMLParserErrorDomain") {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        switch error.code {
        case 5: return "the document ends before its elements are closed (truncated file?)"
        case 76: return "a closing tag does not match the element it closes"
        case 4: return "the document is empty"
        default: return "XML parser error \(error.code)"
        }
    }

    private final class Delegate<H: XMLGraphHandler>: NSObject, XMLParserDelegate {
        let file: String
        var handler: H
        var failure: InputError?
        /// The text directly inside each open element.
        var texts: [String] = []
        /// The attributes and names of each open element.
        var open: [[String: String]] = []
        var openNames: [String] = []

        init(file: String, handler: H) {
            self.file = file
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            texts.append("")
            open.append(attributes)
            openNames.append(elementName)
            do {
                try handler.start(Self.local(elementName), attributes, line: parser.lineNumber)
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let text = texts.popLast() ?? ""
            let attributes = open.popLast() ?? [:]
            _ = openNames.popLast()
            do {
                try handler.end(Self.local(elementName), attributes, text: text.trimmingCharacters(in: .whitespacesAndNewlines), line: parser.lineNumber)
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !texts.isEmpty { texts[texts.count - 1] += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if !texts.isEmpty { texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self) }
        }

        static func local(_ name: String) -> String {
            if let colon = name.lastIndex(of: ":") { return String(name[name.index(after: colon)...]) }
            return name
        }
    }
}
