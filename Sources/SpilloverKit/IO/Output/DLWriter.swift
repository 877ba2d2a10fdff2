/// Writes UCINET DL: `format = edgelist1` with a `labels:` list (the firm ids) and one line
/// `i j weight` per tie. An undirected tie is written once: UCINET reads an edge list as a
/// symmetric matrix when told it is undirected.
///
/// A cluster with several tie types is `nm` edge lists, one per type, named by `matrix labels:`
/// and separated by a line `!`, as R `sna`'s `write.dl` writes them and UCINET reads them: the
/// non-zero cells of the `nm` n × n matrices, so the file is O(n + m) for any n (the full
/// matrices it used to write needed n² cells per type: 80 GB for 10^5 firms and 3 types).
/// Each type's edge list holds every non-zero cell of that type's matrix, both cells (i, j)
/// and (j, i) of an undirected tie as the full matrix had them, so the file means what the
/// matrices meant to UCINET; read as undirected, the two agreeing cells are one tie again.
///
/// DL carries no tie of weight 0 (a cell 0 is no tie, in UCINET and in spillover's reader);
/// spillover's ties all weigh more than 0, so none is lost.
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
        var out = "dl n=\(n) nm=\(types.count)\nformat = edgelist1\nlabels:\n\(labels)\nmatrix labels:\n"
        out += types.map(label).joined(separator: "\n") + "\ndata:\n"
        // The ties by type, each type's in the order given (a counting sort: O(m), not O(n²)).
        var start = [Int](repeating: 0, count: types.count + 1)
        for e in 0..<edges.count { start[Int(edges.types[e]) + 1] += 1 }
        for k in types.indices { start[k + 1] += start[k] }
        var order = [Int32](repeating: 0, count: edges.count)
        var next = start
        for e in 0..<edges.count {
            let k = Int(edges.types[e])
            order[next[k]] = Int32(e)
            next[k] += 1
        }
        for k in types.indices {
            if k > 0 { out += "!\n" }
            for p in start[k]..<start[k + 1] {
                let e = Int(order[p])
                let t = edges.tails[e] + 1, h = edges.heads[e] + 1, w = GraphExport.number(edges.weights[e])
                out += "\(t) \(h) \(w)\n"
                if !graph.isDirected, t != h { out += "\(h) \(t) \(w)\n" }
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
