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
        // What is written many times is made once: each firm's escaped id (with its node and
        // with each of its ties), each attribute's start tag, each tie type's two pieces.
        let ids = ExportPieces(count: graph.nodeCount) { v, out in out.xml(graph.ids[v]) }
        let cells = attributes.map { export.columns[$0].cells }
        let labels = labelColumn.map { export.columns[$0].values }
        let attvalues = ExportPieces(count: attributes.count) { i, out in
            out.literal("          <attvalue for=\"")
            out.integer(attributes[i])
            out.literal("\" value=\"")
        }
        out.write("    <nodes count=\"\(graph.nodeCount)\">\n")
        for v in 0..<graph.nodeCount {
            out.literal("      <node id=\"")
            out.write(ids, v)
            out.literal("\" label=\"")
            if let label = labels?[v], !label.isEmpty { out.xml(label) } else { out.write(ids, v) }
            out.literal("\">\n")
            var opened = false
            for i in cells.indices {
                // A missing value is left out; numbers need no escaping.
                switch cells[i] {
                case .texts(let texts):
                    if texts[v].isEmpty { continue }
                    if !opened { out.literal("        <attvalues>\n") }
                    out.write(attvalues, i)
                    out.xml(texts[v])
                case .numbers(let numbers, let integral):
                    if !numbers[v].isFinite { continue }
                    if !opened { out.literal("        <attvalues>\n") }
                    out.write(attvalues, i)
                    out.cell(numbers[v], integral: integral)
                }
                opened = true
                out.literal("\"/>\n")
            }
            if opened { out.literal("        </attvalues>\n") }
            if let look = export.look {
                let c = look.colors[v]
                out.literal("        <viz:color r=\"")
                out.integer(Int(c.red))
                out.literal("\" g=\"")
                out.integer(Int(c.green))
                out.literal("\" b=\"")
                out.integer(Int(c.blue))
                out.literal("\"/>\n        <viz:position x=\"")
                out.number(look.x[v])
                out.literal("\" y=\"")
                out.number(look.y[v])
                out.literal("\" z=\"0\"/>\n        <viz:size value=\"")
                out.number(look.sizes[v])
                out.literal("\"/>\n")
            }
            out.literal("      </node>\n")
        }
        let ties = export.ties
        // A typed tie's type goes in its start tag (`kind`) and in its attribute values.
        let kinds = ExportPieces(count: graph.tieTypes.count) { t, out in
            guard typed, !graph.tieTypes[t].isEmpty else { return }
            out.literal("\" kind=\"")
            out.xml(graph.tieTypes[t])
        }
        let ends = ExportPieces(count: graph.tieTypes.count) { t, out in
            guard typed, !graph.tieTypes[t].isEmpty else { return out.literal("\"/>\n") }
            out.literal("\">\n        <attvalues>\n          <attvalue for=\"type\" value=\"")
            out.xml(graph.tieTypes[t])
            out.literal("\"/>\n        </attvalues>\n      </edge>\n")
        }
        let (tails, heads, weights, types) = (ties.tails, ties.heads, ties.weights, ties.types)
        out.write("    </nodes>\n    <edges count=\"\(ties.count)\">\n")
        for e in 0..<ties.count {
            out.literal("      <edge id=\"")
            out.integer(e)
            out.literal("\" source=\"")
            out.write(ids, Int(tails[e]))
            out.literal("\" target=\"")
            out.write(ids, Int(heads[e]))
            out.write(kinds, Int(types[e]))
            out.literal("\" weight=\"")
            out.number(weights[e])
            out.write(ends, Int(types[e]))
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }
}
