/// The rows of a cluster as read, before merging: what a ``ClusterGraph`` is built from, kept
/// so that a part of the cluster can be removed *as if it had never been in the file*.
///
/// Removing a firm (a knockout) or a channel (a tie type: a cut, `--layer`, `--drop-layer`)
/// filters the rows and builds the graph again, so every model parameter that depends on the
/// neighbourhood — the linear threshold weights b_uv = w_uv / Σ_u w_uv, the weighted-cascade
/// probabilities 1 / in-degree(v), merged weights — is computed on what remains, and firms
/// and tie types are numbered in their order of first appearance in the remaining rows,
/// exactly as ``EdgeListReader`` numbers them in a file without those rows. Same rows, same
/// numbering, same random draws: a removal gives the same output, byte for byte, as the
/// reduced file.
///
/// One difference from the reduced file, on purpose: a firm that loses all its rows but was
/// not removed stays in the cluster as an isolated firm (it still exists; it is only cut off).
/// In the reduced file it would vanish unless the node table lists it; with a node table that
/// lists it, the two agree exactly.
public struct ClusterSource: Sendable {
    /// The ties as read (rows in file order).
    public internal(set) var edges: RawEdgeList
    /// The node table, if any.
    public internal(set) var nodes: NodeTable?
    /// Whether the ties are arcs (source → target); `false` treats every row as an undirected tie.
    public internal(set) var directed: Bool
    /// How duplicate rows of a pair (within a tie type) are merged when the graph is built.
    public internal(set) var merge: MergePolicy

    /// The rows of a cluster: ties (and a node table) made by a reader or by their checking
    /// initialisers, so that only their weights can still be at fault together.
    /// - Throws: ``GraphBuildError/weightSumOverflow(firm:strength:)`` or
    ///   ``GraphBuildError/mergedWeightOverflow(ties:)`` when the weights are too large to add
    ///   up (``validate()``).
    public init(edges: RawEdgeList, nodes: NodeTable? = nil, directed: Bool = false, merge: MergePolicy = .sum) throws(GraphBuildError) {
        self.init(unchecked: edges, nodes: nodes, directed: directed, merge: merge)
        try validate()
    }

    /// Rows whose weights the caller has checked or will check (a reader's, a subset of
    /// checked rows).
    init(unchecked edges: RawEdgeList, nodes: NodeTable? = nil, directed: Bool = false, merge: MergePolicy = .sum) {
        self.edges = edges
        self.nodes = nodes
        self.directed = directed
        self.merge = merge
    }

    /// The rows of ties given by id, as a library user or a test would give them, with a
    /// node table for labels, groups and other attributes (``NodeTable/init(ids:columns:)``).
    /// - Throws: ``GraphBuildError`` when a weight is not a finite number > 0, an id is empty,
    ///   or the weights are too large to add up.
    public init(
        ties: [Tie], isolates: [String] = [], nodes: NodeTable? = nil, directed: Bool = false, weighted: Bool = true,
        merge: MergePolicy = .sum
    ) throws(GraphBuildError) {
        try self.init(
            edges: try GraphBuilder.rawEdges(ties: ties, isolates: isolates, weighted: weighted), nodes: nodes, directed: directed,
            merge: merge)
    }

    /// Checks that the graph of these rows can add up its weights: twice the sum of all
    /// merged weights must be finite (strengths, constraint and modularity add them up).
    /// O(m) when it holds, as it does for any weights below about 10^300.
    /// - Throws: ``GraphBuildError/mergedWeightOverflow(ties:)`` when merging duplicates
    ///   overflows, else ``GraphBuildError/weightSumOverflow(firm:strength:)``.
    public func validate() throws(GraphBuildError) {
        if (2 * edges.weights.reduce(0, +)).isFinite { return }
        let report = graph().buildReport
        if report.overflowedWeights > 0 { throw .mergedWeightOverflow(ties: report.overflowedWeights) }
        if let overflow = report.weightSumOverflow { throw .weightSumOverflow(firm: overflow.firm, strength: overflow.strength) }
    }

    /// Reads an edge list (and optionally a node table); `reverse` flips every tie first
    /// (see ``RawEdgeList/reverse()``).
    /// - Throws: ``InputError`` for a file that cannot be read or rows that cannot make a
    ///   graph (its ``InputError/buildError`` says why).
    public static func load(
        edges path: String, nodes nodesPath: String? = nil, directed: Bool = false,
        merge: MergePolicy = .sum, options: EdgeListOptions = EdgeListOptions(), reverse: Bool = false
    ) throws(InputError) -> ClusterSource {
        var raw = try EdgeListReader.read(path: path, options: options)
        if reverse { raw.reverse() }
        let nodes = try nodesPath.map { p throws(InputError) in try NodeTableReader.read(path: p, delimiter: options.delimiter) }
        return try ClusterSource(checking: raw, nodes: nodes, directed: directed, merge: merge, file: path)
    }

    /// The rows of an edge list CSV (and a node table CSV) given as text, read as files are.
    /// - Throws: ``InputError`` naming `<edges>` or `<nodes>` and the line at fault.
    public init(
        csv edges: String, nodes: String? = nil, directed: Bool = false, merge: MergePolicy = .sum,
        options: EdgeListOptions = EdgeListOptions()
    ) throws(InputError) {
        let raw = try EdgeListReader.parse(text: edges, file: "<edges>", options: options)
        let table = try nodes.map { (text) throws(InputError) in try NodeTableReader.parse(text: text, file: "<nodes>", delimiter: options.delimiter) }
        try self.init(checking: raw, nodes: table, directed: directed, merge: merge, file: "<edges>")
    }

    /// ``init(edges:nodes:directed:merge:)`` with its error as an ``InputError`` naming `file`.
    init(checking edges: RawEdgeList, nodes: NodeTable?, directed: Bool, merge: MergePolicy, file: String) throws(InputError) {
        do throws(GraphBuildError) {
            try self.init(edges: edges, nodes: nodes, directed: directed, merge: merge)
        } catch {
            throw InputError(file: file, message: error.description, buildError: error)
        }
    }

    /// The graph of these rows (the aggregate graph: every channel of a pair merged).
    public func graph() -> ClusterGraph {
        GraphBuilder.buildUnchecked(edges: edges, nodes: nodes, directed: directed, merge: merge)
    }

    /// The ties with each channel's tie of a pair kept apart: self-loops dropped, duplicate
    /// rows merged by ``merge`` only within the same pair *and* tie type, sorted by (tail,
    /// head, type). Firms and tie types are numbered as in ``graph()``, so these are the ties
    /// of that graph before the channels of a pair were merged — what an export writes, so
    /// that a pair tied by marriage and by business comes back as two ties.
    /// - Complexity: O(n + m log d) for n firms, m rows and largest degree d.
    public func channelTies() -> EdgeList {
        var report = BuildReport()
        return GraphBuilder.mergeTies(edges, nodeCount: edges.ids.count, directed: directed, merge: merge, byType: true, report: &report)
    }

    /// The ties a file of another format must carry so that no channel is lost:
    /// ``channelTies()`` when the rows have more than one tie type label (an untyped row's
    /// empty label counts), else `nil`, since with one label they are the graph's own ties.
    public func tiesForExport() -> EdgeList? {
        edges.tieTypes.count > 1 ? channelTies() : nil
    }

    /// The tie types that label at least one row, in order of first appearance; empty when
    /// the edge list has no type column (or only empty type cells).
    public var channels: [String] {
        var used = [Bool](repeating: false, count: edges.tieTypes.count)
        for t in edges.types { used[Int(t)] = true }
        return edges.tieTypes.indices.filter { used[$0] && !edges.tieTypes[$0].isEmpty }.map { edges.tieTypes[$0] }
    }

    /// These rows without the rows of the firms `firms` (and their node-table rows) and
    /// without the rows whose tie type is in `types`; ids not in the cluster are ignored.
    ///
    /// - Complexity: O(n + m) for n firms and m rows.
    public func removing(firms: Set<String> = [], types: Set<String> = []) -> ClusterSource {
        let raw = edges
        let n = raw.ids.count
        var removedFirm = [Bool](repeating: false, count: n)
        if !firms.isEmpty { for (v, id) in raw.ids.enumerated() where firms.contains(id) { removedFirm[v] = true } }
        let removedType = raw.tieTypes.map { types.contains($0) }
        var newFirm = [Int32](repeating: -1, count: n)
        var newType = [Int32](repeating: -1, count: raw.tieTypes.count)
        var out = RawEdgeList(uncheckedFile: raw.file, ids: [], tails: [], heads: [], weights: [], types: [], tieTypes: [], hasWeights: raw.hasWeights)
        let untyped = raw.tieTypes == [""]
        if untyped { out.tieTypes = [""]; newType[0] = 0 }
        func firm(_ v: Int32) -> Int32 {
            let k = newFirm[Int(v)]
            if k >= 0 { return k }
            let new = Int32(out.ids.count)
            newFirm[Int(v)] = new
            out.ids.append(raw.ids[Int(v)])
            return new
        }
        for e in 0..<raw.tails.count {
            let t = raw.tails[e], h = raw.heads[e], type = Int(raw.types[e])
            guard !removedType[type], !removedFirm[Int(t)], !removedFirm[Int(h)] else { continue }
            out.tails.append(firm(t))
            out.heads.append(firm(h))
            out.weights.append(raw.weights[e])
            if newType[type] < 0 {
                newType[type] = Int32(out.tieTypes.count)
                out.tieTypes.append(raw.tieTypes[type])
            }
            out.types.append(newType[type])
        }
        // Firms left without rows stay as isolates (after the firms of the rows, in their
        // first order), except those the node table lists: the builder adds those in table order.
        let listed = Set(nodes?.ids ?? [])
        for v in 0..<n where newFirm[v] < 0 && !removedFirm[v] && !listed.contains(raw.ids[v]) { out.ids.append(raw.ids[v]) }
        return ClusterSource(unchecked: out, nodes: nodes?.removing(firms: firms), directed: directed, merge: merge)
    }

    /// These rows with only the channels `types`.
    public func keeping(types: Set<String>) -> ClusterSource {
        removing(types: Set(edges.tieTypes.filter { !types.contains($0) }))
    }
}

extension NodeTable {
    /// The table without the rows of `firms`.
    func removing(firms: Set<String>) -> NodeTable {
        guard !firms.isEmpty else { return self }
        let keep = ids.indices.filter { !firms.contains(ids[$0]) }
        return NodeTable(
            uncheckedFile: file, ids: keep.map { ids[$0] }, columnNames: columnNames,
            columns: columns.map { c in keep.map { c[$0] } }, absorptiveCapacity: keep.map { absorptiveCapacity[$0] })
    }
}
