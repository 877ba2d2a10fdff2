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
    public static func text(_ export: GraphExport) -> String {
        let graph = export.graph
        let n = graph.nodeCount
        let generated = !graph.ids.allSatisfy(XMLText.isNMToken)
        var columns = export.columns
        if generated {
            // The firm id goes under `name`; a node column of that name moves aside.
            for k in columns.indices where columns[k].name == "name" { columns[k].name = "name_" }
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
            <!-- Written by spillover -->

            """
        if generated { out += "  <key id=\"v_name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n" }
        for (k, c) in columns.enumerated() {
            let type =
                switch c.kind {
                case .integer: "long";
                case .double: "double";
                case .string: "string"
                }
            out += "  <key id=\"v\(k)\" for=\"node\" attr.name=\"\(XMLText.escaped(c.name))\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        let typed = export.hasTieTypes
        if typed { out += "  <key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n" }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.isDirected ? "directed" : "undirected")\">\n"
        let nodeIDs = generated ? (0..<n).map { "n\($0)" } : graph.ids.map(XMLText.escaped)
        for v in 0..<n {
            out += "    <node id=\"\(nodeIDs[v])\">\n"
            if generated { out += "      <data key=\"v_name\">\(XMLText.escaped(graph.ids[v]))</data>\n" }
            for (k, c) in columns.enumerated() where !c.values[v].isEmpty {
                out += "      <data key=\"v\(k)\">\(XMLText.escaped(c.values[v]))</data>\n"
            }
            out += "    </node>\n"
        }
        let edges = graph.edges
        for e in 0..<edges.count {
            out += "    <edge source=\"\(nodeIDs[Int(edges.tails[e])])\" target=\"\(nodeIDs[Int(edges.heads[e])])\">\n"
            out += "      <data key=\"e_weight\">\(GraphExport.number(edges.weights[e]))</data>\n"
            let type = export.tieType(e)
            if typed, !type.isEmpty { out += "      <data key=\"e_type\">\(XMLText.escaped(type))</data>\n" }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
