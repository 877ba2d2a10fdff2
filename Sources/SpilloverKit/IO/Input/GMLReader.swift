/// Reads GML as written by igraph, NetworkX and Cytoscape.
///
/// - Firm ids: a node's `name` when the nodes have one (igraph writes vertex names there),
///   else its `label` when the labels are unique (NetworkX writes the node itself there),
///   else its numeric `id`.
/// - Every other scalar key of a node becomes a node column (`label`, `group`, …); nested
///   lists (`graphics [ … ]`) are skipped.
/// - An edge's `weight` and `type` are the tie weight and type; `directed 1` declares the
///   ties directed.
///
/// igraph's `igraph_read_graph_gml` keeps ids and attributes only with a process-wide
/// attribute handler installed (see `XMLEvents`), so this reader is spillover's own.
public enum GMLReader {
    /// Parses a GML document from `bytes`, named `file` in errors.
    /// - Throws: ``InputError`` for a syntax error or an edge naming an unknown node.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> GraphInput {
        var parser = Parser(tokens: GMLTokenizer(bytes: bytes, file: file), file: file)
        try parser.document()
        return try parser.assemble()
    }

    struct Item {
        var id: String
        var line: Int
        var values: [(String, String)]
    }

    struct Parser {
        var tokens: GMLTokenizer
        let file: String
        var sawGraph = false
        var directed: Bool?
        var nodes: [Item] = []
        var edges: [Item] = []

        /// The top level: `graph [ … ]` (the first one) among other keys.
        mutating func document() throws(InputError) {
            while let key = try tokens.next() {
                guard key.kind == .key else {
                    throw InputError(file: file, line: key.line, message: "expected a key such as 'graph', found '\(key.text)'")
                }
                let value = try self.value(after: key)
                if key.text.lowercased() == "graph", value.kind == .open, !sawGraph {
                    sawGraph = true
                    try graph(openedOn: value.line)
                } else if value.kind == .open {
                    try skipList(openedOn: value.line)
                }
            }
            guard sawGraph else { throw InputError(file: file, message: "no 'graph [ … ]' in the file; this is not a GML graph") }
        }

        mutating func value(after key: GMLTokenizer.Token) throws(InputError) -> GMLTokenizer.Token {
            guard let v = try tokens.next() else {
                throw InputError(file: file, line: key.line, message: "the file ends after the key '\(key.text)' (truncated file?)")
            }
            guard v.kind != .close, v.kind != .key else {
                throw InputError(file: file, line: v.line, message: "the key '\(key.text)' has no value")
            }
            return v
        }

        mutating func skipList(openedOn line: Int) throws(InputError) {
            var depth = 1
            while depth > 0 {
                guard let t = try tokens.next() else { throw truncated(line) }
                if t.kind == .open { depth += 1 } else if t.kind == .close { depth -= 1 }
            }
        }

        func truncated(_ line: Int) -> InputError {
            InputError(file: file, line: line, message: "the list opened here is never closed: the file ends first (truncated file?)")
        }

        mutating func graph(openedOn line: Int) throws(InputError) {
            while true {
                guard let key = try tokens.next() else { throw truncated(line) }
                if key.kind == .close { return }
                guard key.kind == .key else { throw InputError(file: file, line: key.line, message: "expected a key, found '\(key.text)'") }
                let value = try self.value(after: key)
                switch (key.text.lowercased(), value.kind) {
                case ("directed", .number): directed = Double(value.text) != 0
                case ("node", .open): nodes.append(try item(openedOn: value.line, idKey: "id"))
                case ("edge", .open): edges.append(try item(openedOn: value.line, idKey: nil))
                case (_, .open): try skipList(openedOn: value.line)
                default: break
                }
            }
        }

        /// A node or edge list: its scalar values (nested lists skipped).
        mutating func item(openedOn line: Int, idKey: String?) throws(InputError) -> Item {
            var values: [(String, String)] = []
            var id: String? = nil
            while true {
                guard let key = try tokens.next() else { throw truncated(line) }
                if key.kind == .close { break }
                guard key.kind == .key else { throw InputError(file: file, line: key.line, message: "expected a key, found '\(key.text)'") }
                let value = try self.value(after: key)
                if value.kind == .open { try skipList(openedOn: value.line); continue }
                if let idKey, key.text == idKey {
                    guard value.kind == .number, Int(value.text) != nil else {
                        throw InputError(file: file, line: value.line, message: "a node's id must be a whole number, found '\(value.text)'")
                    }
                    id = value.text
                } else {
                    values.append((key.text, value.text))
                }
            }
            if idKey != nil, id == nil { throw InputError(file: file, line: line, message: "a node without an 'id'") }
            return Item(id: id ?? "", line: line, values: values)
        }

        /// The graph read: firm ids chosen (see ``GMLReader``), edges resolved.
        func assemble() throws(InputError) -> GraphInput {
            var number: [String: Int] = [:]
            for (k, node) in nodes.enumerated() {
                if let first = number[node.id] {
                    throw InputError(file: file, line: node.line, message: "node id \(node.id) declared twice (first on line \(nodes[first].line))")
                }
                number[node.id] = k
            }
            func values(_ key: String) -> [String]? {
                let v = nodes.map { n in n.values.first { $0.0 == key }?.1 }
                return v.contains(nil) || v.contains("") ? nil : v.map { $0! }
            }
            var idKey: String? = nil
            var notes: [SettingText] = []
            for key in ["name", "label"] {
                guard let v = values(key) else { continue }
                if Set(v).count == v.count { idKey = key; break }
                notes.append("the nodes' \(key)s repeat, so the numeric ids of \(file) are the firm ids")
            }
            var builder = GraphInputBuilder(file: file)
            for node in nodes {
                let id = idKey.flatMap { k in node.values.first { $0.0 == k }?.1 } ?? node.id
                let v = builder.node(id)
                for (key, value) in node.values where key != idKey { builder.set(key, value, of: v) }
            }
            for edge in edges {
                var source: String?, target: String?, weight: Double? = nil, type = ""
                for (key, value) in edge.values {
                    switch key.lowercased() {
                    case "source": source = value
                    case "target": target = value
                    case "weight":
                        guard let w = Double(value), w.isFinite, w > 0 else {
                            throw InputError(file: file, line: edge.line, message: "weight must be a finite number > 0, found \"\(value)\"")
                        }
                        weight = w
                    case "type": type = value
                    default: break
                    }
                }
                guard let source, let target else {
                    throw InputError(file: file, line: edge.line, message: "an edge needs a source and a target")
                }
                guard let s = number[source] else {
                    throw InputError(file: file, line: edge.line, message: "the edge's source \(source) is not a declared node id")
                }
                guard let t = number[target] else {
                    throw InputError(file: file, line: edge.line, message: "the edge's target \(target) is not a declared node id")
                }
                try builder.tie(Int32(s), Int32(t), weight: weight, type: type, line: edge.line)
            }
            return try builder.finish(directed: directed, notes: notes)
        }
    }
}
