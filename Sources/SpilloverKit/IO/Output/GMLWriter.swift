/// Writes GML as igraph writes it: nodes numbered `id 0…n−1` with the firm id under `name`
/// and the display label under `label`; node columns as keys of their own (numbers bare,
/// text quoted); ties with `weight` and, when typed, `type`; `directed 1` for a directed
/// cluster; `multigraph 1` when a pair has a tie in two channels (one tie each).
///
/// GML keys are letters, digits and `_` starting with a letter: other characters of a
/// column name become `_`. Strings escape `&`, `"`, `<`, `>` and control characters as
/// HTML entities, as NetworkX and igraph read them. NetworkX reads the firm ids back with
/// `nx.read_gml(path, label="name")`.
public enum GMLWriter {
    /// The GML text of `export`.
    public static func text(_ export: GraphExport) -> String {
        let graph = export.graph
        var out = "Creator \"spillover\"\ngraph\n[\n  directed \(graph.isDirected ? 1 : 0)\n"
        // NetworkX refuses a second tie of a pair unless the graph says it is a multigraph.
        if export.hasParallelTies { out += "  multigraph 1\n" }
        let labelColumn = export.columns.firstIndex { $0.name.lowercased() == "label" }
        var used: Set<String> = ["id", "name", "label"]
        let keys = export.columns.indices.map { k -> String? in
            if k == labelColumn { return nil }
            var key = gmlKey(export.columns[k].name)
            while used.contains(key) { key += "_" }
            used.insert(key)
            return key
        }
        let values = export.columns.map(\.values)  // made once: a numeric column makes its text when asked
        for v in 0..<graph.nodeCount {
            out += "  node\n  [\n    id \(v)\n    name \(quoted(graph.ids[v]))\n    label \(quoted(graph.label(of: v)))\n"
            for (k, c) in export.columns.enumerated() where !values[k][v].isEmpty {
                guard let key = keys[k] else { continue }
                out += "    \(key) \(c.kind == .string ? quoted(values[k][v]) : values[k][v])\n"
            }
            out += "  ]\n"
        }
        let edges = export.ties
        for e in 0..<edges.count {
            out += "  edge\n  [\n    source \(edges.tails[e])\n    target \(edges.heads[e])\n    weight \(GraphExport.number(edges.weights[e]))\n"
            let type = export.tieType(e)
            if !type.isEmpty { out += "    type \(quoted(type))\n" }
            out += "  ]\n"
        }
        out += "]\n"
        return out
    }

    /// `name` as a GML key: `[A-Za-z][A-Za-z0-9_]*`.
    static func gmlKey(_ name: String) -> String {
        var key = String(
            name.unicodeScalars.map { c -> Character in
                (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) ? Character(c) : "_"
            })
        if key.isEmpty || !(key.unicodeScalars.first!.isASCII && key.unicodeScalars.first!.properties.isAlphabetic) { key = "x" + key }
        return key
    }

    /// A GML string: in double quotes, with `&"<>` as named entities and U+0000…U+001F and
    /// DEL as numeric ones (`&#10;`), so no line break or quote ends it early; everything else,
    /// the C1 controls included, as UTF-8. spillover's reader gives back exactly `text`;
    /// NetworkX's (`html.unescape`) drops or maps some control-character references.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\u{0}"..."\u{1F}", "\u{7F}": out += "&#\(c.value);"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
