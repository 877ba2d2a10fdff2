/// Writes GEXF 1.2 (<https://gexf.net>), as Gephi and NetworkX read it.
///
/// GEXF 1.2 rather than 1.3: its schema is the one this project can validate against (the
/// GEXF schema that Debian ships, in `libjgrapht-java`, is 1.2draft's; see
/// `Tests/SpilloverCLITests/Fixtures/schemas/SOURCE.md`), and Gephi, NetworkX and igraph-based
/// tools read both. spillover reads 1.3 too.
///
/// Node ids are the firm ids (GEXF ids are any string); a `label` column is the node's
/// label (else its id); every other column is a node attribute under its own title, typed
/// `long`, `double` or `string`. Ties carry `weight`, and a tie type as an edge attribute
/// `type`: in GEXF an edge's own `type` is its direction (GEXF 1.3's `kind` would also
/// serve; 1.2 has none). With a ``GraphExport/Look`` the nodes carry `viz:position`,
/// `viz:color` and `viz:size`, so Gephi opens the network as spillover draws it.
public enum GEXFWriter {
    /// The GEXF document of `export`.
    public static func text(_ export: GraphExport) -> String {
        let graph = export.graph
        let labelColumn = export.columns.firstIndex { $0.name.lowercased() == "label" }
        let attributes = export.columns.indices.filter { $0 != labelColumn }
        let typed = export.hasTieTypes
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
              <meta>
                <creator>spillover</creator>
              </meta>
              <graph defaultedgetype="\(graph.isDirected ? "directed" : "undirected")" mode="static">

            """
        if !attributes.isEmpty {
            out += "    <attributes class=\"node\" mode=\"static\">\n"
            for k in attributes {
                let c = export.columns[k]
                let type =
                    switch c.kind {
                    case .integer: "long";
                    case .double: "double";
                    case .string: "string"
                    }
                out += "      <attribute id=\"\(k)\" title=\"\(XMLText.escaped(c.name))\" type=\"\(type)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        if typed {
            out += "    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n    </attributes>\n"
        }
        out += "    <nodes>\n"
        for v in 0..<graph.nodeCount {
            let label = labelColumn.map { export.columns[$0].values[v] }.flatMap { $0.isEmpty ? nil : $0 } ?? graph.ids[v]
            out += "      <node id=\"\(XMLText.escaped(graph.ids[v]))\" label=\"\(XMLText.escaped(label))\">\n"
            let present = attributes.filter { !export.columns[$0].values[v].isEmpty }
            if !present.isEmpty {
                out += "        <attvalues>\n"
                for k in present {
                    out += "          <attvalue for=\"\(k)\" value=\"\(XMLText.escaped(export.columns[k].values[v]))\"/>\n"
                }
                out += "        </attvalues>\n"
            }
            if let look = export.look {
                let c = look.colors[v]
                out += "        <viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\"/>\n"
                out += "        <viz:position x=\"\(GraphExport.number(look.x[v]))\" y=\"\(GraphExport.number(look.y[v]))\" z=\"0\"/>\n"
                out += "        <viz:size value=\"\(GraphExport.number(look.sizes[v]))\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        let edges = graph.edges
        for e in 0..<edges.count {
            let type = export.tieType(e)
            out +=
                "      <edge id=\"\(e)\" source=\"\(XMLText.escaped(graph.ids[Int(edges.tails[e])]))\" target=\"\(XMLText.escaped(graph.ids[Int(edges.heads[e])]))\" weight=\"\(GraphExport.number(edges.weights[e]))\""
            if typed, !type.isEmpty {
                out += ">\n        <attvalues>\n          <attvalue for=\"type\" value=\"\(XMLText.escaped(type))\"/>\n        </attvalues>\n      </edge>\n"
            } else {
                out += "/>\n"
            }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
