/// Reads GraphML (<http://graphml.graphdrawing.org/specification.html>) as written by
/// igraph, NetworkX, yEd and Cytoscape.
///
/// - Node ids: the `id` of each `<node>`, or, when the nodes carry a `name` attribute (what
///   igraph writes: ids `n0`, `n1`, … and the vertex names under `name`), that name.
/// - Node attributes (`<key for="node">` with an `attr.name`, defaults applied) become
///   node columns under their own names: `label`, `group`, ….
/// - Edge attributes `weight` and `type` become the tie weight and tie type; other edge
///   attributes are ignored, with a note.
/// - `edgedefault="directed"` declares the ties directed.
///
/// Only the first `<graph>` is read; nested graphs and hyperedges are refused. Written on
/// Foundation's `XMLParser` (see `XMLEvents` for why not igraph's reader).
public enum GraphMLReader {
    /// Parses a GraphML document from `bytes`, named `file` in errors.
    /// - Throws: ``InputError`` for malformed XML, nested graphs, hyperedges, or an edge naming
    ///   an unknown node.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> GraphInput {
        var handler = Handler(file: file)
        try XMLEvents.parse(bytes: bytes, file: file, handler: &handler)
        return try handler.finish()
    }

    /// A `<key>`: what it applies to, its attribute name and default.
    struct Key {
        var domain: String
        var name: String
        var defaultValue: String?
    }

    struct Handler: XMLGraphHandler {
        let file: String
        var keys: [String: Key] = [:]
        var sawRoot = false
        var graphDepth = 0
        var graphsSeen = 0
        var directed: Bool?
        var nodes = XMLNodeList()
        var edges = XMLEdgeList()
        /// Data of the node or edge being read, by attribute name.
        var data: [(String, String)] = []
        var ignoredEdgeAttributes: Set<String> = []
        /// The text of the `<default>` inside the `<key>` being read.
        var pendingDefault: String?

        init(file: String) { self.file = file }

        mutating func start(_ name: String, _ a: XMLAttributes, line: Int) throws(InputError) {
            switch name {
            case "graphml": sawRoot = true
            case "graph":
                graphDepth += 1
                graphsSeen += 1
                if graphDepth > 1 {
                    throw InputError(file: file, line: line, message: "nested graphs are not supported; flatten the graph first")
                }
                if graphsSeen == 1 { directed = a["edgedefault"].map { $0 == "directed" } }
            case "node", "edge": data = []
            case "hyperedge":
                throw InputError(file: file, line: line, message: "hyperedges are not supported; spillover reads ties between two firms")
            default: break
            }
        }

        mutating func end(_ name: String, _ a: XMLAttributes, text: String, line: Int) throws(InputError) {
            guard sawRoot else { throw InputError(file: file, line: line, message: "no <graphml> root element; this is not a GraphML file") }
            switch name {
            case "default": pendingDefault = text
            case "key":
                guard let id = a["id"] else { throw InputError(file: file, line: line, message: "<key> without an id attribute") }
                keys[id] = Key(domain: a["for"] ?? "all", name: a["attr.name"] ?? "", defaultValue: pendingDefault)
                pendingDefault = nil
            case "data":
                guard let k = a["key"] else { throw InputError(file: file, line: line, message: "<data> without a key attribute") }
                guard let key = keys[k] else {
                    throw InputError(file: file, line: line, message: "<data key=\"\(k)\"> names a key that no <key> declares")
                }
                if !key.name.isEmpty { data.append((key.name, text)) }
            case "graph": graphDepth -= 1
            case "node" where graphsSeen == 1:
                guard let id = a["id"], !id.isEmpty else { throw InputError(file: file, line: line, message: "<node> without an id attribute") }
                try nodes.add(id: id, line: line, data: data, file: file)
            case "edge" where graphsSeen == 1:
                guard let s = a["source"], let t = a["target"] else {
                    throw InputError(file: file, line: line, message: "<edge> needs source and target attributes")
                }
                var weight: String? = nil, type = ""
                for (k, v) in data {
                    switch k.lowercased() {
                    case "weight": weight = v
                    case "type": type = v
                    default: ignoredEdgeAttributes.insert(k)
                    }
                }
                edges.add(source: s, target: t, weight: weight, type: type, line: line)
            default: break
            }
        }

        /// The graph, once the document is read: keys' defaults applied, edges resolved.
        func finish() throws(InputError) -> GraphInput {
            guard sawRoot else { throw InputError(file: file, message: "no <graphml> root element; this is not a GraphML file") }
            var defaults: [String: String] = [:]
            var edgeDefaults: (weight: String?, type: String?) = (nil, nil)
            for key in keys.values {
                guard let d = key.defaultValue, !key.name.isEmpty else { continue }
                if key.domain == "node" || key.domain == "all" { defaults[key.name] = d }
                if key.domain == "edge" || key.domain == "all" {
                    if key.name.lowercased() == "weight" { edgeDefaults.weight = d }
                    if key.name.lowercased() == "type" { edgeDefaults.type = d }
                }
            }
            var notes: [SettingText] = []
            if !ignoredEdgeAttributes.isEmpty {
                notes.append("ignored edge attributes of \(file): \(ignoredEdgeAttributes.sorted().joined(separator: ", ")) (spillover keeps weight and type)")
            }
            return try XMLGraphAssembly.assemble(
                file: file, nodes: nodes, edges: edges, nodeDefaults: defaults, edgeDefaults: edgeDefaults,
                nameAttribute: "name", directed: directed, notes: notes)
        }
    }
}
