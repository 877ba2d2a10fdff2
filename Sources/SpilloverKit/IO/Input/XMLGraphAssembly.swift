/// The nodes of an XML graph document in document order: XML id, line, and data by
/// attribute name.
struct XMLNodeList {
    var ids: [String] = []
    var lines: [Int] = []
    var data: [[(String, String)]] = []
    var index: [String: Int] = [:]

    mutating func add(id: String, line: Int, data values: [(String, String)], file: String) throws(InputError) {
        if let k = index[id] {
            throw InputError(file: file, line: line, message: "node id '\(id)' declared twice (first on line \(lines[k]))")
        }
        index[id] = ids.count
        ids.append(id)
        lines.append(line)
        data.append(values)
    }
}

/// The edges of an XML graph document, with endpoints as XML ids until every node is known
/// (GraphML and GEXF allow an edge before the nodes it names).
struct XMLEdgeList {
    var sources: [String] = []
    var targets: [String] = []
    var weights: [String?] = []
    var types: [String] = []
    var lines: [Int] = []

    mutating func add(source: String, target: String, weight: String?, type: String, line: Int) {
        sources.append(source)
        targets.append(target)
        weights.append(weight)
        types.append(type)
        lines.append(line)
    }
}

/// Turns the nodes and edges of a GraphML or GEXF document into a ``GraphInput``.
enum XMLGraphAssembly {
    /// - Parameters:
    ///   - nodeDefaults: the default value of node attributes, by name.
    ///   - nameAttribute: a node attribute that, when present, holds the firm id instead of
    ///     the XML id (igraph's `name`); it is not kept as a column.
    /// - Throws: ``InputError`` at the line of an edge that names an undeclared node or has
    ///   a weight that is not a number > 0, or of a node whose name repeats another's.
    static func assemble(
        file: String, nodes: XMLNodeList, edges: XMLEdgeList, nodeDefaults: [String: String],
        edgeDefaults: (weight: String?, type: String?), nameAttribute: String?, directed: Bool?, notes: [SettingText]
    ) throws(InputError) -> GraphInput {
        var builder = GraphInputBuilder(file: file)
        let useNames = nameAttribute.map { name in nodes.data.contains { $0.contains { $0.0 == name } } } ?? false
        var number = [Int32](repeating: 0, count: nodes.ids.count)
        var firstLine: [String: Int] = [:]
        for k in nodes.ids.indices {
            var id = nodes.ids[k]
            if useNames, let name = nodes.data[k].first(where: { $0.0 == nameAttribute })?.1, !name.isEmpty { id = name }
            if let earlier = firstLine[id] {
                throw InputError(
                    file: file, line: nodes.lines[k],
                    message: "two nodes have the firm id '\(id)' (the first on line \(earlier)); ids must be unique")
            }
            firstLine[id] = nodes.lines[k]
            number[k] = builder.node(id)
        }
        for (name, value) in nodeDefaults.sorted(by: { $0.key < $1.key }) where !(useNames && name == nameAttribute) {
            for k in nodes.ids.indices { builder.set(name, value, of: number[k]) }
        }
        for k in nodes.ids.indices {
            for (name, value) in nodes.data[k] where !(useNames && name == nameAttribute) { builder.set(name, value, of: number[k]) }
        }
        for e in edges.sources.indices {
            let line = edges.lines[e]
            func endpoint(_ id: String, _ role: String) throws(InputError) -> Int32 {
                guard let k = nodes.index[id] else {
                    throw InputError(file: file, line: line, message: "the edge's \(role) '\(id)' is not a declared node")
                }
                return number[k]
            }
            let s = try endpoint(edges.sources[e], "source"), t = try endpoint(edges.targets[e], "target")
            var weight: Double? = nil
            if let text = edges.weights[e] ?? edgeDefaults.weight {
                guard let w = parseDouble(trimming: text), w.isFinite, w > 0 else {
                    throw InputError(file: file, line: line, message: "weight must be a finite number > 0, found \"\(text)\"")
                }
                weight = w
            }
            let type = edges.types[e].isEmpty ? edgeDefaults.type ?? "" : edges.types[e]
            try builder.tie(s, t, weight: weight, type: type, line: line)
        }
        return try builder.finish(directed: directed, notes: notes)
    }
}
