/// Reads a Pajek network (`.net`; Batagelj & Mrvar, *Pajek manual*, section "Input
/// files"), as written by Pajek, igraph, NetworkX and UCINET.
///
/// - `*Vertices n`: vertices 1…n; a vertex line `k "label" [x y z] [parameters]` gives
///   vertex k its label. The labels are the firm ids when every vertex has one and they
///   are unique (NetworkX and igraph write the node names there); otherwise the vertex
///   numbers are, and the labels become the `label` column.
/// - `*Arcs` and `*Arcslist` are directed ties, `*Edges` and `*Edgeslist` undirected; a
///   third number on a tie line is its weight. In a file with both, the graph is directed
///   and each edge becomes two arcs.
/// - `*Arcs :2 "business"` (a relation of a multi-relational network) gives its ties the
///   tie type `business`.
/// - `*Matrix` reads an n × n matrix (see `MatrixTies`).
///
/// igraph's `igraph_read_graph_pajek` keeps labels, weights and relation names only with a
/// process-wide attribute handler installed (see `XMLEvents`), so this reader is
/// spillover's own.
public enum PajekReader {
    /// Parses a Pajek network from `bytes`, named `file` in errors; `merge` combines duplicate
    /// ties and differing matrix entries.
    /// - Throws: ``InputError`` for a line that does not fit its section.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, merge: MergePolicy = .sum) throws(InputError) -> GraphInput {
        enum Section { case none, vertices, arcs, edges, arcslist, edgeslist, matrix, other }
        var section = Section.none
        var n = -1
        var labels: [String?] = []
        var relation = ""
        var sawArcs = false, sawEdges = false
        struct Tie { var tail: Int32; var head: Int32; var weight: Double?; var type: String; var line: Int; var undirected: Bool }
        var ties: [Tie] = []
        var matrix: MatrixTies? = nil
        var matrixRow = 0
        var matrixType = ""

        func vertex(_ word: Substring, line: Int) throws(InputError) -> Int32 {
            guard let k = Int(word) else {
                throw InputError(file: file, line: line, message: "expected a vertex number, found '\(word)'")
            }
            guard n >= 0 else { throw InputError(file: file, line: line, message: "a tie before the *Vertices line") }
            guard k >= 1, k <= n else {
                throw InputError(file: file, line: line, message: "vertex \(k) is not declared: *Vertices declares 1 to \(n)")
            }
            return Int32(k - 1)
        }

        for (number, raw) in try TextLines(bytes: bytes, file: file) {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("%") { continue }
            if line.hasPrefix("*") {
                let words = Words.split(line)
                let keyword = words[0].lowercased()
                relation = ""
                if words.count > 1, words[1].hasPrefix(":") {
                    relation = words.count > 2 ? String(words[2]) : String(words[1].dropFirst())
                }
                switch keyword {
                case "*vertices":
                    guard words.count > 1, let count = Int(words[1]), count >= 0 else {
                        throw InputError(file: file, line: number, message: "*Vertices needs the number of vertices, as in '*Vertices 34'")
                    }
                    guard count <= GraphInputBuilder.maximumFirms else {
                        throw InputError(file: file, line: number, message: "*Vertices \(count) is more firms than spillover reads (at most \(GraphInputBuilder.maximumFirms))")
                    }
                    n = count
                    labels = [String?](repeating: nil, count: n)
                    section = .vertices
                case "*arcs": section = .arcs; sawArcs = true
                case "*edges": section = .edges; sawEdges = true
                case "*arcslist": section = .arcslist; sawArcs = true
                case "*edgeslist": section = .edgeslist; sawEdges = true
                case "*matrix":
                    guard n >= 0 else { throw InputError(file: file, line: number, message: "*Matrix before *Vertices") }
                    section = .matrix
                    matrix = MatrixTies(n: n)
                    matrixRow = 0
                    matrixType = relation
                    sawArcs = true
                case "*network": section = .none
                default: section = .other
                }
                if section != .vertices, section != .none, section != .other, n < 0 {
                    throw InputError(file: file, line: number, message: "\(words[0]) before the *Vertices line")
                }
                continue
            }
            if section == .arcs || section == .edges, n >= 0, let tie = Self.plainTie(line, vertices: n) {
                ties.append(Tie(tail: tie.tail, head: tie.head, weight: tie.weight, type: relation, line: number, undirected: section == .edges))
                continue
            }
            var words = Words.split(line)
            if words.isEmpty { continue }
            // A relation number before the tie (`2: 1 5 1`) in multi-relational files.
            if words.first?.hasSuffix(":") == true, section != .vertices { words.removeFirst() }
            if words.isEmpty { continue }
            switch section {
            case .vertices:
                let k = try vertex(words[0], line: number)
                if words.count > 1 { labels[Int(k)] = String(words[1]) }
            case .arcs, .edges:
                guard words.count >= 2 else {
                    throw InputError(file: file, line: number, message: "a tie line needs two vertex numbers and an optional weight")
                }
                let t = try vertex(words[0], line: number), h = try vertex(words[1], line: number)
                var weight: Double? = nil
                if words.count > 2, let w = Double(words[2]) {
                    weight = w
                } else if words.count > 2, !words[2].isEmpty, words[2].first!.isNumber || words[2].first == "-" {
                    throw InputError(file: file, line: number, message: "the weight '\(words[2])' is not a number")
                }
                ties.append(Tie(tail: t, head: h, weight: weight, type: relation, line: number, undirected: section == .edges))
            case .arcslist, .edgeslist:
                let t = try vertex(words[0], line: number)
                for w in words.dropFirst() {
                    ties.append(Tie(tail: t, head: try vertex(w, line: number), weight: nil, type: relation, line: number, undirected: section == .edgeslist))
                }
            case .matrix:
                guard matrixRow < n else {
                    throw InputError(file: file, line: number, message: "the matrix has more than \(n) rows, as *Vertices declares")
                }
                guard words.count == n else {
                    throw InputError(file: file, line: number, message: "a matrix row needs \(n) values, as *Vertices declares; found \(words.count)")
                }
                for (j, w) in words.enumerated() {
                    guard let v = Double(w) else { throw InputError(file: file, line: number, message: "'\(w)' in the matrix is not a number") }
                    try matrix!.set(matrixRow, j, v, line: number, file: file, merge: merge)
                }
                matrixRow += 1
            case .none, .other: continue
            }
        }
        guard n >= 0 else { throw InputError(file: file, message: "no *Vertices line; this is not a Pajek network") }
        if matrix != nil, matrixRow < n {
            throw InputError(file: file, message: "the matrix has \(matrixRow) rows; *Vertices declares \(n) (truncated file?)")
        }

        var builder = GraphInputBuilder(file: file)
        var notes: [SettingText] = []
        let named = labels.allSatisfy { $0 != nil && !$0!.isEmpty } && Set(labels.compactMap { $0 }).count == n
        var nodes: [Int32] = []
        for k in 0..<n {
            let v = builder.node(named ? labels[k]! : String(k + 1))
            nodes.append(v)
            if !named, let label = labels[k] { builder.set("label", label, of: v) }
        }
        if !named, labels.contains(where: { $0 != nil }) {
            notes.append("the vertex labels of \(file) are missing or repeat, so the vertex numbers are the firm ids and the labels a label column")
        }
        let directed = sawArcs
        if sawArcs && sawEdges { notes.append("\(file) has both *Arcs and *Edges: read as directed, each edge as two arcs") }
        for tie in ties {
            try builder.tie(tie.tail, tie.head, weight: tie.weight, type: tie.type, line: tie.line)
            if directed, tie.undirected { try builder.tie(tie.head, tie.tail, weight: tie.weight, type: tie.type, line: tie.line) }
        }
        if let matrix {
            _ = try matrix.addTies(to: &builder, nodes: nodes, type: matrixType, directed: true, merge: merge)
        }
        return try builder.finish(directed: directed, notes: notes)
    }

    /// A tie line of the common shape `tail head [weight]` — two declared vertex numbers and a
    /// number, blanks between, nothing after — read straight from its bytes; `nil` for any
    /// other line, which the general path then reads (and explains when it is wrong). Splitting
    /// every line into words made reading 5·10^5 ties take 1.56× python-igraph's time
    /// (Benchmarks/formats/RESULTS.md).
    static func plainTie(_ line: Substring, vertices n: Int) -> (tail: Int32, head: Int32, weight: Double?)? {
        line.utf8.withContiguousStorageIfAvailable { bytes -> (tail: Int32, head: Int32, weight: Double?)? in
            var i = 0
            func blanks() { while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 { i += 1 } }
            func vertex() -> Int32? {
                var k = 0
                let start = i
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, i - start < 10 {
                    k = k * 10 + Int(bytes[i] - 48)
                    i += 1
                }
                guard i > start, k >= 1, k <= n, i == bytes.count || bytes[i] == 32 || bytes[i] == 9 else { return nil }
                return Int32(k - 1)
            }
            blanks()
            guard let tail = vertex() else { return nil }
            blanks()
            guard let head = vertex() else { return nil }
            blanks()
            guard i < bytes.count else { return (tail, head, nil) }
            let start = i
            while i < bytes.count, bytes[i] != 32, bytes[i] != 9 { i += 1 }
            let end = i
            blanks()
            guard i == bytes.count, let weight = parseDouble(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
            return (tail, head, weight)
        } ?? nil
    }
}
