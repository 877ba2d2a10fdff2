/// Writes a Pajek network: `*Vertices n` with each firm id as a quoted vertex label, then
/// the ties as `*Edges` (or `*Arcs` when directed) with their weights; a typed cluster gets
/// one relation per tie type (`*Edges :1 "marriage"`), as Pajek writes multi-relational
/// networks.
///
/// Pajek labels cannot hold a double quote or a line break: those become `'` and a space.
/// Node columns are not written (Pajek keeps them in `.clu`/`.vec` files of their own).
public enum PajekWriter {
    /// The Pajek `.net` text of `export`.
    public static func text(_ export: GraphExport) -> String {
        let graph = export.graph
        var out = "*Vertices \(graph.nodeCount)\n"
        for v in 0..<graph.nodeCount { out += "\(v + 1) \(label(graph.ids[v]))\n" }
        let keyword = graph.isDirected ? "*Arcs" : "*Edges"
        let edges = export.ties
        let types = export.hasTieTypes ? graph.tieTypes : [""]
        for (k, type) in types.enumerated() {
            out += export.hasTieTypes ? "\(keyword) :\(k + 1) \(label(type))\n" : "\(keyword)\n"
            for e in 0..<edges.count where !export.hasTieTypes || Int(edges.types[e]) == k {
                out += "\(edges.tails[e] + 1) \(edges.heads[e] + 1) \(GraphExport.number(edges.weights[e]))\n"
            }
        }
        return out
    }

    /// `text` as a quoted vertex label: `"` as `'`, a line break (LF, VT, FF, CR, CRLF as
    /// one, NEL, U+2028, U+2029) or a tab as a space, everything else as given.
    static func label(_ text: String) -> String {
        "\"" + TextEscaping.rewrite(text, lineBreak: " ", drop: { _ in false }) { $0 == "\"" ? "'" : ($0 == "\t" ? " " : nil) } + "\""
    }
}
