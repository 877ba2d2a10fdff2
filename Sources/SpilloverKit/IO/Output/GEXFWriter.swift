/// Writes GEXF 1.3 (<https://gexf.net>), as Gephi 0.9+ and NetworkX read it.
///
/// Node ids are the firm ids (GEXF ids are any string); a `label` column is the node's
/// label (else its id); every other column is a node attribute under its own title, typed
/// `long`, `double` or `string`. Ties carry `weight`, and a typed tie its type twice: as the
/// edge's `kind` (GEXF 1.3's label for parallel edges, so that Gephi keeps a pair's marriage
/// and business ties apart) and as an edge attribute `type` (what NetworkX and GEXF 1.2
/// readers see; an edge's own `type` attribute is its direction in GEXF). With a
/// ``GraphExport/Look`` the nodes carry `viz:position`, `viz:color` and `viz:size`, so Gephi
/// opens the network as spillover draws it.
///
/// The root element carries no `xsi:schemaLocation`: GEXF's normative schema is the
/// RELAX NG grammar (`gexf.rnc`, from which `gexf.rng` and `gexf.xsd` are generated), and it
/// allows no attribute of another namespace there; the tests validate against it
/// (`Tests/SpilloverCLITests/Fixtures/schemas/SOURCE.md`).
public enum GEXFWriter {
    /// The GEXF document of `export`.
    public static func text(_ export: GraphExport) -> String { String(decoding: bytes(export), as: UTF8.self) }

    /// The GEXF document of `export`, as UTF-8.
    public static func bytes(_ export: GraphExport) -> [UInt8] { ExportBuffer.document(export, write) }

    /// Writes the document of `export` to `path` atomically, a megabyte at a time.
    /// - Throws: ``OutputError`` when the file cannot be written.
    public static func write(_ export: GraphExport, toFile path: String) throws(OutputError) {
        try ExportBuffer.file(path, export, write)
    }

    static func write(_ export: GraphExport, to out: inout ExportBuffer) {
        let graph = export.graph
        let labelColumn = export.columns.firstIndex { $0.name.lowercased() == "label" }
        let attributes = export.columns.indices.filter { $0 != labelColumn }
        let typed = export.hasTieTypes
        out.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <meta>
                <creator>spillover</creator>
              </meta>
              <graph defaultedgetype="\(graph.isDirected ? "directed" : "undirected")" mode="static">

            """)
        if !attributes.isEmpty {
            out.write("    <attributes class=\"node\" mode=\"static\">\n")
            for k in attributes {
                let c = export.columns[k]
                let type =
                    switch c.kind {
                    case .integer: "long";
                    case .double: "double";
                    case .string: "string"
                    }
                out.write("      <attribute id=\"\(k)\" title=\"")
                out.xml(c.name)
                out.write("\" type=\"\(type)\"/>\n")
            }
            out.write("    </attributes>\n")
        }
        if typed {
            out.write("    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n    </attributes>\n")
        }
        let attributeIDs = attributes.map(String.init)
        out.write("    <nodes count=\"\(graph.nodeCount)\">\n")
        for v in 0..<graph.nodeCount {
            let label = labelColumn.map { export.columns[$0].values[v] }.flatMap { $0.isEmpty ? nil : $0 } ?? graph.ids[v]
            out.write("      <node id=\"")
            out.xml(graph.ids[v])
            out.write("\" label=\"")
            out.xml(label)
            out.write("\">\n")
            if attributes.contains(where: { !export.columns[$0].values[v].isEmpty }) {
                out.write("        <attvalues>\n")
                for (i, k) in attributes.enumerated() where !export.columns[k].values[v].isEmpty {
                    out.write("          <attvalue for=\"")
                    out.write(attributeIDs[i])
                    out.write("\" value=\"")
                    out.xml(export.columns[k].values[v])
                    out.write("\"/>\n")
                }
                out.write("        </attvalues>\n")
            }
            if let look = export.look {
                let c = look.colors[v]
                out.write("        <viz:color r=\"\(c.red)\" g=\"\(c.green)\" b=\"\(c.blue)\"/>\n        <viz:position x=\"")
                out.number(look.x[v])
                out.write("\" y=\"")
                out.number(look.y[v])
                out.write("\" z=\"0\"/>\n        <viz:size value=\"")
                out.number(look.sizes[v])
                out.write("\"/>\n")
            }
            out.write("      </node>\n")
        }
        let ties = export.ties
        out.write("    </nodes>\n    <edges count=\"\(ties.count)\">\n")
        for e in 0..<ties.count {
            out.write("      <edge id=\"")
            out.integer(e)
            out.write("\" source=\"")
            out.xml(graph.ids[Int(ties.tails[e])])
            out.write("\" target=\"")
            out.xml(graph.ids[Int(ties.heads[e])])
            let type = export.tieType(e)
            if typed, !type.isEmpty {
                out.write("\" kind=\"")
                out.xml(type)
            }
            out.write("\" weight=\"")
            out.number(ties.weights[e])
            if typed, !type.isEmpty {
                out.write("\">\n        <attvalues>\n          <attvalue for=\"type\" value=\"")
                out.xml(type)
                out.write("\"/>\n        </attvalues>\n      </edge>\n")
            } else {
                out.write("\"/>\n")
            }
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }
}
