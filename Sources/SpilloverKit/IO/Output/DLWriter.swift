/// Writes UCINET DL: `format = edgelist1` with a `labels:` list (the firm ids) and one line
/// `i j weight` per tie; a cluster with several tie types as `nm` full matrices, one per
/// type, named by `matrix labels:`. An undirected tie is written once: UCINET reads an
/// edge list as a symmetric matrix when told it is undirected.
///
/// DL labels are quoted when they hold a blank or a comma or could be read as part of the
/// header (a label starting with `data` or holding `labels` or `=`); a double quote in an
/// id becomes `'`.
public enum DLWriter {
    /// The DL text of `export`.
    public static func text(_ export: GraphExport) -> String {
        let graph = export.graph
        let n = graph.nodeCount
        let edges = export.ties
        let labels = graph.ids.map(label).joined(separator: "\n")
        guard export.hasTieTypes, graph.tieTypes.count > 1 else {
            var out = "dl n=\(n)\nformat = edgelist1\nlabels:\n\(labels)\ndata:\n"
            for e in 0..<edges.count {
                out += "\(edges.tails[e] + 1) \(edges.heads[e] + 1) \(GraphExport.number(edges.weights[e]))\n"
            }
            return out
        }
        let types = graph.tieTypes
        var out = "dl n=\(n) nm=\(types.count)\nformat = fullmatrix\nlabels:\n\(labels)\nmatrix labels:\n"
        out += types.map(label).joined(separator: "\n") + "\ndata:\n"
        for k in types.indices {
            var matrix = [Double](repeating: 0, count: n * n)
            for e in 0..<edges.count where Int(edges.types[e]) == k {
                let t = Int(edges.tails[e]), h = Int(edges.heads[e])
                matrix[t * n + h] = edges.weights[e]
                if !graph.isDirected { matrix[h * n + t] = edges.weights[e] }
            }
            for i in 0..<n {
                out += (0..<n).map { GraphExport.number(matrix[i * n + $0]) }.joined(separator: " ") + "\n"
            }
        }
        return out
    }

    /// `text` as a label: `"` as `'`, a line break (LF, VT, FF, CR, CRLF as one, NEL, U+2028,
    /// U+2029) as a space, everything else as given; quoted when empty, when holding a blank,
    /// a tab or a comma (which separate labels), or when a reader could take its line for
    /// part of the header: one that starts with `data` or holds `labels` or `=` (a label
    /// `DataSoft` on a line of its own ended the labels list).
    static func label(_ text: String) -> String {
        let clean = TextEscaping.rewrite(text, lineBreak: " ", drop: { _ in false }) { $0 == "\"" ? "'" : nil }
        let lower = clean.lowercased()
        let keyword = lower.hasPrefix("data") || lower.contains("labels") || clean.contains("=")
        return keyword || clean.isEmpty || clean.contains(where: { $0 == " " || $0 == "," || $0 == "\t" }) ? "\"\(clean)\"" : clean
    }
}
