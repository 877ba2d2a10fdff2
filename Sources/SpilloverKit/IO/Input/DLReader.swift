/// Reads UCINET DL files (Borgatti, Everett & Freeman, *UCINET for Windows*, "DL" help
/// page): `format = fullmatrix` (the default), `edgelist1` and `nodelist1`, with labels in
/// a `labels:` list, embedded in the data (`labels embedded`), or absent (vertices 1…n);
/// `nm` > 1 stacked matrices become tie types named by `matrix labels:` (else 1, 2, …).
///
/// DL declares no direction: read as undirected (the default), each pair is one tie, as
/// UCINET reads a symmetric matrix, and differing entries i→j and j→i are combined by the
/// merge policy with a note (`MatrixTies`). Matrix data are read as a stream of numbers,
/// so a row may wrap over several lines, as in UCINET.
///
/// igraph's `igraph_read_graph_dl` keeps labels and values only with a process-wide
/// attribute handler installed and knows no `nm` > 1 (see `XMLEvents`), so this reader
/// is spillover's own.
public enum DLReader {
    /// Parses a DL file from `bytes`, named `file` in errors; `directed` and `merge` as for an
    /// adjacency matrix.
    /// - Throws: ``InputError`` for a header or data that do not fit the DL format.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, directed: Bool = false, merge: MergePolicy = .sum) throws(InputError) -> GraphInput {
        let header = try DLHeader.parse(lines: TextLines(bytes: bytes, file: file), file: file)
        let n = header.n
        let nm = header.nm
        var labels = header.labels
        var tokens = header.data
        var position = 0
        func next(_ what: String) throws(InputError) -> (text: Substring, line: Int) {
            guard position < tokens.count else {
                throw InputError(
                    file: file, line: tokens.last?.line,
                    message: "the data end before \(what) (truncated file? n = \(n), nm = \(nm), format = \(header.format))")
            }
            defer { position += 1 }
            return tokens[position]
        }
        func number(_ t: (text: Substring, line: Int)) throws(InputError) -> Double {
            guard let v = Double(t.text) else { throw InputError(file: file, line: t.line, message: "'\(t.text)' is not a number") }
            return v
        }
        guard n <= GraphInputBuilder.maximumFirms else {
            throw InputError(file: file, message: "n = \(n) is more firms than spillover reads (at most \(GraphInputBuilder.maximumFirms))")
        }
        if header.format == "fullmatrix" {
            // Checked before anything is allocated: a header can claim any n.
            let cells = n.multipliedReportingOverflow(by: n), values = cells.partialValue.multipliedReportingOverflow(by: nm)
            let labelled = header.embedded ? (nm + 1) * n : 0
            if cells.overflow || values.overflow || values.partialValue + labelled > tokens.count {
                throw InputError(
                    file: file, line: tokens.last?.line,
                    message: "the data hold \(tokens.count) values; n = \(n), nm = \(nm) needs \(nm) matrix of \(n) × \(n) (truncated file, or a wrong n?)")
            }
        }
        var matrices = [MatrixTies](repeating: MatrixTies(n: n), count: nm)
        var labelIndex: [String: Int] = [:]
        for (k, l) in labels.enumerated() { labelIndex[l] = k }
        /// A vertex by number (1…n) or, with embedded labels, by label.
        func vertex(_ t: (text: Substring, line: Int)) throws(InputError) -> Int {
            if header.embedded {
                if let k = labelIndex[String(t.text)] { return k }
                guard header.labels.isEmpty, labels.count < n else {
                    throw InputError(file: file, line: t.line, message: "'\(t.text)' is not one of the \(n) labels declared")
                }
                labelIndex[String(t.text)] = labels.count
                labels.append(String(t.text))
                return labels.count - 1
            }
            guard let k = Int(t.text), k >= 1, k <= n else {
                throw InputError(file: file, line: t.line, message: "'\(t.text)' is not a vertex number from 1 to \(n) (n = \(n))")
            }
            return k - 1
        }
        switch header.format {
        case "fullmatrix":
            for m in 0..<nm {
                if header.embedded {
                    for k in 0..<n {
                        let t = try next("the column labels of matrix \(m + 1)")
                        if m == 0, header.labels.isEmpty { labels.append(String(t.text)); labelIndex[String(t.text)] = k }
                    }
                }
                for i in 0..<n {
                    if header.embedded {
                        let t = try next("the label of row \(i + 1)")
                        guard labelIndex[String(t.text)] == i else {
                            throw InputError(file: file, line: t.line, message: "row \(i + 1) is labelled '\(t.text)' but column \(i + 1) is '\(labels[i])'")
                        }
                    }
                    for j in 0..<n {
                        let t = try next("row \(i + 1), column \(j + 1) of matrix \(m + 1)")
                        try matrices[m].set(i, j, try number(t), line: t.line, file: file, merge: merge)
                    }
                }
            }
            if position < tokens.count {
                throw InputError(
                    file: file, line: tokens[position].line,
                    message: "more values than \(nm) matrix of \(n) × \(n) (wrong n or matrix shape?)")
            }
        case "edgelist1", "nodelist1":
            var m = 0
            for line in header.dataLines where !line.words.isEmpty {
                if line.words.count == 1, line.words[0] == "!" {
                    m += 1
                    guard m < nm else { throw InputError(file: file, line: line.number, message: "more edge lists ('!') than nm = \(nm)") }
                    continue
                }
                let words = line.words.map { ($0, line.number) }
                let i = try vertex(words[0])
                if header.format == "edgelist1" {
                    guard words.count == 2 || words.count == 3 else {
                        throw InputError(file: file, line: line.number, message: "an edgelist1 line holds two vertices and an optional value, found \(words.count) items")
                    }
                    let j = try vertex(words[1])
                    try matrices[m].set(i, j, words.count == 3 ? try number(words[2]) : 1, line: line.number, file: file, merge: merge)
                } else {
                    for w in words.dropFirst() { try matrices[m].set(i, try vertex(w), 1, line: line.number, file: file, merge: merge) }
                }
            }
            tokens = []
        default:
            throw InputError(file: file, message: "format = \(header.format) is not read; spillover reads fullmatrix, edgelist1 and nodelist1")
        }
        var builder = GraphInputBuilder(file: file)
        var notes: [SettingText] = []
        if labels.count < n, header.embedded {
            notes.append("\(file): n = \(n) but only \(labels.count) labels occur in the data; the other \(n - labels.count) firms are isolates numbered \(labels.count + 1)…\(n)")
        }
        let nodes = (0..<n).map { k in builder.node(k < labels.count ? labels[k] : String(k + 1)) }
        var differing = 0
        for m in 0..<nm {
            let type = nm == 1 ? "" : (m < header.matrixLabels.count ? header.matrixLabels[m] : String(m + 1))
            differing += try matrices[m].addTies(
                to: &builder, nodes: nodes, type: type, directed: directed, merge: merge, isFullMatrix: header.format == "fullmatrix")
        }
        if let note = MatrixTies.note(differing: differing, file: file, merge: merge) { notes.append(note) }
        let repeated = matrices.reduce(0) { $0 + $1.repeated }
        if repeated > 0 { notes.append("\(file): \(repeated) entr\(repeated == 1 ? "y was" : "ies were") given twice; combined by \(Setting.merge(merge))") }
        return try builder.finish(directed: nil, notes: notes)
    }
}
