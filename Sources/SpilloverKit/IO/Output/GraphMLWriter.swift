/// Writes GraphML (<http://graphml.graphdrawing.org/specification.html>), as igraph and
/// NetworkX read it.
///
/// Node ids are the firm ids when every one is an XML NMTOKEN (the type GraphML gives node
/// ids); otherwise — a firm id with a space, say — the nodes get ids `n0`, `n1`, … and the
/// firm ids go in a `name` attribute, as igraph writes them (spillover's reader takes `name`
/// back as the id). Node columns are attributes under their own names, typed `int`, `double`
/// or `string` by their content; ties carry `weight` (double) and, when typed, `type`.
public enum GraphMLWriter {
    /// The GraphML document of `export`.
    public static func text(_ export: GraphExport) -> String { String(decoding: bytes(export), as: UTF8.self) }

    /// The GraphML document of `export`, as UTF-8.
    public static func bytes(_ export: GraphExport) -> [UInt8] { ExportBuffer.document(export, write) }

    /// Writes the document of `export` to `path` atomically, a megabyte at a time.
    /// - Throws: ``OutputError`` when the file cannot be written.
    public static func write(_ export: GraphExport, toFile path: String) throws(OutputError) {
        try ExportBuffer.file(path, export, write)
    }

    static func write(_ export: GraphExport, to out: inout ExportBuffer) {
        let graph = export.graph
        let n = graph.nodeCount
        let generated = !graph.ids.allSatisfy(XMLText.isNMToken)
        var columns = export.columns
        if generated {
            // The firm id goes under `name`; a node column of that name moves aside.
            for k in columns.indices where columns[k].name == "name" { columns[k].name = "name_" }
        }
        out.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
            <!-- Written by spillover -->

            """)
        if generated { out.write("  <key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n") }
        for (k, c) in columns.enumerated() {
            let type =
                switch c.kind {
                case .integer: "long";
                case .double: "double";
                case .string: "string"
                }
            out.write("  <key id=\"v\(k)\" for=\"node\" attr.name=\"")
            out.xml(c.name)
            out.write("\" attr.type=\"\(type)\"/>\n")
        }
        out.write("  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
        let typed = export.hasTieTypes
        if typed { out.write("  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n") }
        out.write("  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n")
        // What is written many times is made once: each node's id (with the node and with
        // each of its ties), each column's start tag, each tie type's element.
        let nodeIDs = ExportPieces(count: n) { v, out in
            if generated {
                out.literal("n")
                out.integer(v)
            } else {
                out.xml(graph.ids[v])
            }
        }
        let keys = ExportPieces(count: columns.count) { k, out in
            out.literal("      <data key=\"v")
            out.integer(k)
            out.literal("\">")
        }
        let cells = columns.map(\.cells)
        for v in 0..<n {
            out.literal("    <node id=\"")
            out.write(nodeIDs, v)
            out.literal("\">\n")
            if generated {
                out.literal("      <data key=\"v_name\">")
                out.xml(graph.ids[v])
                out.literal("</data>\n")
            }
            for k in cells.indices {
                // A missing value is left out; numbers need no escaping.
                switch cells[k] {
                case .texts(let texts):
                    if texts[v].isEmpty { continue }
                    out.write(keys, k)
                    out.xml(texts[v])
                case .numbers(let numbers, let integral):
                    if !numbers[v].isFinite { continue }
                    out.write(keys, k)
                    out.cell(numbers[v], integral: integral)
                }
                out.literal("</data>\n")
            }
            out.literal("    </node>\n")
        }
        let ties = export.ties
        let types = ExportPieces(count: graph.tieTypes.count) { t, out in
            guard typed, !graph.tieTypes[t].isEmpty else { return }
            out.literal("      <data key=\"e_type\">")
            out.xml(graph.tieTypes[t])
            out.literal("</data>\n")
        }
        for e in 0..<ties.count {
            out.literal("    <edge source=\"")
            out.write(nodeIDs, Int(ties.tails[e]))
            out.literal("\" target=\"")
            out.write(nodeIDs, Int(ties.heads[e]))
            out.literal("\">\n      <data key=\"e_weight\">")
            out.number(ties.weights[e])
            out.literal("</data>\n")
            out.write(types, Int(ties.types[e]))
            out.literal("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }
}
