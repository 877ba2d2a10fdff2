/// Reads GEXF 1.1, 1.2 and 1.3 (<https://gexf.net>) as written by Gephi and NetworkX.
///
/// - Node ids are the `id` of each `<node>`; its `label` becomes the `label` column, and
///   each `<attvalue>` a column named by its `<attribute title>` (defaults applied).
/// - The edge's `weight` is the tie weight. Its tie type is the `kind` attribute (GEXF 1.3,
///   for parallel edges) or an edge attribute titled `type` or `kind`; an edge `type` other
///   than `directed`/`undirected`/`mutual` (what NetworkX writes for an edge attribute
///   called `type`) is taken as the tie type too.
/// - `defaultedgetype="directed"`, or any edge of `type="directed"`, declares the ties
///   directed.
///
/// Dynamic attributes (spells) are read as their last value; viz data are ignored. igraph
/// has no GEXF reader; written on Foundation's `XMLParser` (see `XMLEvents`).
public enum GEXFReader {
    /// Parses a GEXF document from `bytes`, named `file` in errors.
    /// - Throws: ``InputError`` for malformed XML or an edge naming an unknown node.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> GraphInput {
        var handler = Handler(file: file)
        try XMLEvents.parse(bytes: bytes, file: file, handler: &handler)
        return try handler.finish()
    }

    struct Handler: XMLGraphHandler {
        let file: String
        var sawRoot = false
        var graphs = 0
        var defaultDirected: Bool?
        var anyDirectedEdge = false
        /// `(class, id)` → title and default.
        var attributes: [String: (title: String, defaultValue: String?)] = [:]
        var attributeClass = "node"
        var pendingDefault: String?
        var nodes = XMLNodeList()
        var edges = XMLEdgeList()
        var data: [(String, String)] = []
        var inNode = 0
        var inEdge = false

        init(file: String) { self.file = file }

        mutating func start(_ name: String, _ a: XMLAttributes, line: Int) throws(InputError) {
            switch name {
            case "gexf": sawRoot = true
            case "graph":
                graphs += 1
                if graphs == 1, let t = a["defaultedgetype"] { defaultDirected = t == "directed" }
            case "attributes": attributeClass = a["class"] ?? "node"
            case "node":
                inNode += 1
                if inNode > 1 { throw InputError(file: file, line: line, message: "nested nodes (hierarchies) are not supported") }
                data = []
            case "edge": inEdge = true; data = []
            default: break
            }
        }

        mutating func end(_ name: String, _ a: XMLAttributes, text: String, line: Int) throws(InputError) {
            guard sawRoot else { throw InputError(file: file, line: line, message: "no <gexf> root element; this is not a GEXF file") }
            switch name {
            case "default": pendingDefault = text
            case "attribute":
                guard let id = a["id"] else { throw InputError(file: file, line: line, message: "<attribute> without an id") }
                attributes[attributeClass + "\u{0}" + id] = (a["title"] ?? id, pendingDefault)
                pendingDefault = nil
            case "attvalue":
                guard let key = a["for"] ?? a["id"] else { throw InputError(file: file, line: line, message: "<attvalue> without a for attribute") }
                let cls = inEdge ? "edge" : "node"
                guard let attribute = attributes[cls + "\u{0}" + key] else {
                    throw InputError(file: file, line: line, message: "<attvalue for=\"\(key)\"> names an \(cls) attribute that no <attribute> declares")
                }
                let value = a["value"] ?? ""
                if let k = data.firstIndex(where: { $0.0 == attribute.title }) { data[k].1 = value } else { data.append((attribute.title, value)) }
            case "node" where graphs == 1:
                inNode -= 1
                guard let id = a["id"], !id.isEmpty else { throw InputError(file: file, line: line, message: "<node> without an id attribute") }
                var values = data
                if let label = a["label"] { values.insert(("label", label), at: 0) }
                try nodes.add(id: id, line: line, data: values, file: file)
            case "edge" where graphs == 1:
                inEdge = false
                guard let s = a["source"], let t = a["target"] else {
                    throw InputError(file: file, line: line, message: "<edge> needs source and target attributes")
                }
                var type = a["kind"] ?? ""
                for (k, v) in data where type.isEmpty && (k.lowercased() == "type" || k.lowercased() == "kind") { type = v }
                if let t = a["type"] {
                    switch t {
                    case "directed": anyDirectedEdge = true
                    case "undirected", "mutual": break
                    default: if type.isEmpty { type = t }
                    }
                }
                let weight = a["weight"] ?? data.first { $0.0.lowercased() == "weight" }?.1
                edges.add(source: s, target: t, weight: weight, type: type, line: line)
            default: break
            }
        }

        func finish() throws(InputError) -> GraphInput {
            guard sawRoot else { throw InputError(file: file, message: "no <gexf> root element; this is not a GEXF file") }
            var defaults: [String: String] = [:]
            var edgeDefaults: (weight: String?, type: String?) = (nil, nil)
            for (key, attribute) in attributes {
                guard let d = attribute.defaultValue else { continue }
                if key.hasPrefix("node\u{0}") { defaults[attribute.title] = d }
                let title = attribute.title.lowercased()
                if key.hasPrefix("edge\u{0}"), title == "weight" { edgeDefaults.weight = d }
                if key.hasPrefix("edge\u{0}"), title == "type" || title == "kind" { edgeDefaults.type = d }
            }
            let directed: Bool? = anyDirectedEdge ? true : defaultDirected
            return try XMLGraphAssembly.assemble(
                file: file, nodes: nodes, edges: edges, nodeDefaults: defaults, edgeDefaults: edgeDefaults,
                nameAttribute: nil, directed: directed, notes: [])
        }
    }
}
