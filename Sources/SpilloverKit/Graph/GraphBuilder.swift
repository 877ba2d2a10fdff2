/// How duplicate ties (the same ordered pair when directed, the same unordered pair when
/// undirected) are merged into one.
public enum MergePolicy: String, Sendable, CaseIterable {
    /// Weights are summed (the default: repeated reports of a tie strengthen it).
    case sum
    /// The largest weight is kept.
    case max
    /// The first tie in file order is kept.
    case first
}

/// A tie given by firm ids, for building graphs in code.
public struct Tie: Sendable, Hashable {
    /// The id of the firm the tie starts from (its tail when the graph is directed).
    public var source: String
    /// The id of the firm the tie goes to (its head when the graph is directed).
    public var target: String
    /// The tie strength: a finite number > 0 (1 by default).
    public var weight: Double
    /// The tie type (`vertical`, `horizontal`, `institutional` or any other label); empty for an
    /// untyped tie.
    public var type: String

    /// A tie from `source` to `target`; nothing is checked until the graph is built.
    public init(_ source: String, _ target: String, weight: Double = 1, type: String = "") {
        self.source = source
        self.target = target
        self.weight = weight
        self.type = type
    }
}

/// Builds a ``ClusterGraph`` from raw ties and an optional node table.
///
/// Self-loops are dropped, duplicate ties merged by a ``MergePolicy`` (the merged tie keeps
/// the first tie's type), and both are counted in ``ClusterGraph/buildReport``. Firms of the
/// node table that have no tie are kept as isolates, numbered after the firms of the edge
/// list. Firms of the edge list missing from the table get empty attributes.
public enum GraphBuilder {
    /// - Throws: ``GraphBuildError`` when the weights are too large to add up
    ///   (``ClusterSource/validate()``); the rows and the table are consistent by construction.
    /// - Complexity: O(n + m log d) for n firms, m ties and largest degree d.
    public static func build(
        edges raw: RawEdgeList, nodes: NodeTable? = nil, directed: Bool = false, merge: MergePolicy = .sum
    ) throws(GraphBuildError) -> ClusterGraph {
        try ClusterSource(edges: raw, nodes: nodes, directed: directed, merge: merge).graph()
    }

    /// ``build(edges:nodes:directed:merge:)`` for rows whose weights are checked, or whose
    /// ``ClusterGraph/buildReport`` the caller reads.
    static func buildUnchecked(edges raw: RawEdgeList, nodes: NodeTable? = nil, directed: Bool = false, merge: MergePolicy = .sum) -> ClusterGraph {
        var report = BuildReport()
        report.rawTies = raw.tails.count
        var ids = raw.ids
        // Only a node table needs ids → numbers: without one this dictionary of 10^6 ids was
        // 30 MB of the peak RSS of loading 5·10^6 ties and half of the ~5 % that `perf` put
        // on String hashing (Benchmarks/loader/RESULTS.md).
        var position: [String: Int] = [:]
        if let nodes {
            position.reserveCapacity(ids.count + nodes.ids.count)
            for (i, id) in ids.enumerated() { position[id] = i }
            for id in nodes.ids where position[id] == nil {
                position[id] = ids.count
                ids.append(id)
                report.isolatesFromNodeTable += 1
            }
        }
        let n = ids.count
        let edges = mergeTies(raw, nodeCount: n, directed: directed, merge: merge, report: &report)
        report.weightSumOverflow = weightSumOverflow(edges, ids: ids)

        var attributes = NodeAttributes.empty(count: n)
        if let nodes {
            // The table row of each firm (-1: none), then each column laid out in firm order
            // in one pass: filling every column row by row copied each column once more
            // (they shared one array of "" until written) and wrote to them in table order.
            var row = [Int](repeating: -1, count: n)
            for (r, id) in nodes.ids.enumerated() { row[position[id]!] = r }
            let columns = nodes.columns.map { column in row.map { $0 < 0 ? "" : column[$0] } }
            let capacity = row.map { $0 < 0 ? 1 : nodes.absorptiveCapacity[$0] ?? 1 }
            attributes = NodeAttributes(columnNames: nodes.columnNames, columns: columns, hasNodeTable: true, absorptiveCapacity: capacity)
        }
        return ClusterGraph(
            ids: ids, attributes: attributes, isDirected: directed, isWeighted: raw.hasWeights,
            edges: edges, tieTypes: raw.tieTypes, buildReport: report)
    }

    /// `nil` when twice the sum of all weights is finite (then so is every sum of weights a
    /// measure forms); else the firm of largest strength (the first in node order on a tie).
    /// - Complexity: O(m), and O(n + m) when it overflows.
    static func weightSumOverflow(_ edges: EdgeList, ids: [String]) -> BuildReport.WeightSumOverflow? {
        var total = 0.0
        for w in edges.weights { total += w }
        guard !(2 * total).isFinite else { return nil }
        var strength = [Double](repeating: 0, count: ids.count)
        for e in 0..<edges.count {
            strength[Int(edges.tails[e])] += edges.weights[e]
            strength[Int(edges.heads[e])] += edges.weights[e]
        }
        var best = 0
        for v in strength.indices where strength[v] > strength[best] { best = v }
        return BuildReport.WeightSumOverflow(firm: ids[best], strength: strength[best])
    }

    /// Builds a graph from ties given by id, as a library user or a test would, with an
    /// optional node table for labels, groups and other attributes
    /// (``NodeTable/init(ids:columns:)``; its firms without ties are isolates).
    ///
    /// - Throws: ``GraphBuildError`` when a weight is not a finite number > 0 or an id is
    ///   empty (what ``EdgeListReader`` refuses in a file), or when the weights are too large
    ///   to add up (``GraphBuildError/weightSumOverflow(firm:strength:)``,
    ///   ``GraphBuildError/mergedWeightOverflow(ties:)``).
    public static func build(
        ties: [Tie], isolates: [String] = [], nodes: NodeTable? = nil, directed: Bool = false, weighted: Bool = true,
        merge: MergePolicy = .sum
    ) throws(GraphBuildError) -> ClusterGraph {
        try ClusterSource(ties: ties, isolates: isolates, nodes: nodes, directed: directed, weighted: weighted, merge: merge).graph()
    }

    /// Ties given by id as the rows of a file: ids and types numbered in order of first
    /// appearance, then the `isolates` not seen in a tie.
    /// - Throws: ``GraphBuildError`` when a weight is not a finite number > 0 or an id is empty.
    static func rawEdges(ties: [Tie], isolates: [String] = [], weighted: Bool = true) throws(GraphBuildError) -> RawEdgeList {
        for (k, tie) in ties.enumerated() {
            guard !tie.source.isEmpty, !tie.target.isEmpty else { throw .emptyID(index: k) }
            guard tie.weight.isFinite, tie.weight > 0 else {
                throw .invalidWeight(index: k, source: tie.source, target: tie.target, weight: tie.weight)
            }
        }
        var ids: [String] = []
        var index: [String: Int32] = [:]
        var typeIndex: [String: Int32] = [:]
        var typeNames: [String] = []
        func intern(_ id: String) -> Int32 {
            if let k = index[id] { return k }
            let k = Int32(ids.count)
            index[id] = k
            ids.append(id)
            return k
        }
        var raw = RawEdgeList(uncheckedFile: "<memory>", ids: [], tails: [], heads: [], weights: [], types: [], tieTypes: [], hasWeights: weighted)
        for tie in ties {
            raw.tails.append(intern(tie.source))
            raw.heads.append(intern(tie.target))
            raw.weights.append(tie.weight)
            if let k = typeIndex[tie.type] {
                raw.types.append(k)
            } else {
                let k = Int32(typeNames.count)
                typeIndex[tie.type] = k
                typeNames.append(tie.type)
                raw.types.append(k)
            }
        }
        for id in isolates { _ = intern(id) }
        raw.ids = ids
        raw.tieTypes = typeNames.isEmpty ? [""] : typeNames
        return raw
    }

    /// Drops self-loops and merges duplicates; returns ties sorted by (tail, head). With
    /// `byType` a duplicate is the same pair *and* tie type, so a pair tied in two channels
    /// keeps two ties (sorted by (tail, head, type)); otherwise the merged tie keeps the first
    /// tie's type.
    static func mergeTies(
        _ raw: RawEdgeList, nodeCount n: Int, directed: Bool, merge: MergePolicy, byType: Bool = false, report: inout BuildReport
    ) -> EdgeList {
        let m = raw.tails.count
        // Counting sort of tie numbers by tail (stable: file order within a tail).
        var offsets = [Int](repeating: 0, count: n + 1)
        var tails = [Int32](repeating: 0, count: m)
        var heads = [Int32](repeating: 0, count: m)
        var kept = 0
        for e in 0..<m {
            var t = raw.tails[e], h = raw.heads[e]
            if t == h {
                report.droppedSelfLoops += 1
                tails[e] = -1
                continue
            }
            if !directed, t > h { swap(&t, &h) }
            tails[e] = t
            heads[e] = h
            offsets[Int(t) + 1] += 1
            kept += 1
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var order = [Int32](repeating: 0, count: kept)
        var cursor = offsets
        for e in 0..<m where tails[e] >= 0 {
            let t = Int(tails[e])
            order[cursor[t]] = Int32(e)
            cursor[t] += 1
        }
        var out = EdgeList()
        out.tails.reserveCapacity(kept); out.heads.reserveCapacity(kept)
        out.weights.reserveCapacity(kept); out.types.reserveCapacity(kept)
        order.withUnsafeMutableBufferPointer { order in
            for v in 0..<n {
                let lo = offsets[v], hi = offsets[v + 1]
                guard lo < hi else { continue }
                var row = UnsafeMutableBufferPointer(rebasing: order[lo..<hi])
                if hi - lo > 1 {
                    // Sort by head, (type,) then file order (tie numbers increase with file order).
                    row.sort { a, b in
                        let ha = heads[Int(a)], hb = heads[Int(b)]
                        if ha != hb { return ha < hb }
                        if byType, raw.types[Int(a)] != raw.types[Int(b)] { return raw.types[Int(a)] < raw.types[Int(b)] }
                        return a < b
                    }
                }
                var i = 0
                while i < row.count {
                    let first = Int(row[i])
                    var weight = raw.weights[first]
                    let type = raw.types[first]
                    var j = i + 1
                    while j < row.count, heads[Int(row[j])] == heads[first], !byType || raw.types[Int(row[j])] == type {
                        let e = Int(row[j])
                        switch merge {
                        case .sum: weight += raw.weights[e]
                        case .max: weight = Swift.max(weight, raw.weights[e])
                        case .first: break
                        }
                        if raw.types[e] != type { report.mergedTypeConflicts += 1 }
                        report.mergedDuplicates += 1
                        j += 1
                    }
                    out.tails.append(Int32(v))
                    out.heads.append(heads[first])
                    if !weight.isFinite {
                        // A sum of finite weights above Double's range: keep the largest
                        // finite value and count it, so that callers can refuse the data.
                        weight = .greatestFiniteMagnitude
                        report.overflowedWeights += 1
                    }
                    out.weights.append(weight)
                    out.types.append(type)
                    i = j
                }
            }
        }
        return out
    }
}

extension ClusterGraph {
    /// Reads an edge list (and optionally a node table) and builds the graph; `reverse`
    /// flips every tie first (see ``RawEdgeList/reverse()``).
    public static func load(
        edges path: String, nodes nodesPath: String? = nil, directed: Bool = false,
        merge: MergePolicy = .sum, options: EdgeListOptions = EdgeListOptions(), reverse: Bool = false
    ) throws(InputError) -> ClusterGraph {
        try ClusterSource.load(edges: path, nodes: nodesPath, directed: directed, merge: merge, options: options, reverse: reverse).graph()
    }
}
