/// The immutable graph of a cluster: firms, their attributes and their ties.
///
/// A `ClusterGraph` is built once from the inputs (see ``GraphBuilder`` and
/// ``EdgeListReader``) and read by everything downstream. Firms are numbered
/// `0..<nodeCount` in the order they were first seen; ties are stored once each in
/// ``edges`` and indexed twice in compressed sparse row (CSR) form, by tail
/// (``outAdjacency``) and by head (``inAdjacency``).
///
/// For an undirected graph each tie is listed in the adjacency of both of its ends,
/// and ``inAdjacency`` is the same value as ``outAdjacency``.
///
/// The type knows nothing of igraph; the gateway builds an `igraph_t` from it when a
/// wrapped algorithm needs one.
public struct ClusterGraph: Sendable {
    /// The firm ids, indexed by node number.
    public let ids: [String]
    /// Node attributes from the node table (labels, groups, absorptive capacity, …).
    public let attributes: NodeAttributes
    /// Whether ties have a direction.
    public let isDirected: Bool
    /// Whether the input carried a weight column (otherwise every weight is 1).
    public let isWeighted: Bool
    /// The ties, once each, sorted by (tail, head); for undirected graphs tail < head.
    public let edges: EdgeList
    /// The labels of the tie types; ``EdgeList/types`` indexes into this array.
    public let tieTypes: [String]
    /// Out-ties by tail (all ties of each node when undirected).
    public let outAdjacency: Adjacency
    /// In-ties by head (the same as ``outAdjacency`` when undirected).
    public let inAdjacency: Adjacency
    /// What the builder merged and dropped on the way in.
    public let buildReport: BuildReport
    /// The graph's ``ResultCache`` key, made when first asked for and shared by copies.
    let cacheKey = ClusterKey.Memo()

    /// The number of firms.
    @inlinable public var nodeCount: Int { ids.count }
    /// The number of distinct ties (after merging duplicates and dropping self-loops).
    @inlinable public var edgeCount: Int { edges.count }

    /// Density: ties over possible ties, m / (n(n−1)) directed or 2m / (n(n−1)) undirected;
    /// 0 when n < 2.
    public var density: Double {
        let n = Double(nodeCount)
        guard nodeCount > 1 else { return 0 }
        let possible = isDirected ? n * (n - 1) : n * (n - 1) / 2
        return Double(edgeCount) / possible
    }

    /// The node number of a firm id, or `nil` when the graph has no such firm.
    public func node(id: String) -> Int? { idIndex[id] }

    private let idIndex: [String: Int]

    init(
        ids: [String], attributes: NodeAttributes, isDirected: Bool, isWeighted: Bool,
        edges: EdgeList, tieTypes: [String], buildReport: BuildReport
    ) {
        self.ids = ids
        self.attributes = attributes
        self.isDirected = isDirected
        self.isWeighted = isWeighted
        self.edges = edges
        self.tieTypes = tieTypes
        self.buildReport = buildReport
        var index = [String: Int](minimumCapacity: ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        self.idIndex = index
        if isDirected {
            outAdjacency = Adjacency(nodeCount: ids.count, edges: edges, by: .tail)
            inAdjacency = Adjacency(nodeCount: ids.count, edges: edges, by: .head)
        } else {
            outAdjacency = Adjacency(nodeCount: ids.count, edges: edges, by: .both)
            inAdjacency = outAdjacency
        }
    }
}

/// Ties as parallel arrays (structure of arrays), one entry per tie.
public struct EdgeList: Sendable, Equatable {
    /// Tail of each tie (for undirected ties the smaller node number).
    public var tails: [Int32]
    /// Head of each tie.
    public var heads: [Int32]
    /// Weight (tie strength) of each tie, finite and > 0.
    public var weights: [Double]
    /// Tie type of each tie, an index into ``ClusterGraph/tieTypes``.
    public var types: [Int32]

    /// The number of ties.
    @inlinable public var count: Int { tails.count }

    /// Ties from parallel arrays, one entry per tie; the four arrays must have the same length.
    public init(tails: [Int32] = [], heads: [Int32] = [], weights: [Double] = [], types: [Int32] = []) {
        precondition(tails.count == heads.count && heads.count == weights.count && weights.count == types.count)
        self.tails = tails
        self.heads = heads
        self.weights = weights
        self.types = types
    }
}

/// Compressed sparse row adjacency: the neighbours of node `v` are
/// `neighbors[offsets[v]..<offsets[v+1]]`, sorted by node number, and `edgeIDs` gives the
/// tie (an index into ``ClusterGraph/edges``) behind each entry.
public struct Adjacency: Sendable {
    /// `offsets[v]..<offsets[v + 1]` is the range of node v's entries; n + 1 entries, the last
    /// the total.
    public let offsets: [Int]
    /// The neighbour of each entry, sorted by node number within a node's range.
    public let neighbors: [Int32]
    /// The tie behind each entry: an index into ``ClusterGraph/edges``.
    public let edgeIDs: [Int32]

    enum Key { case tail, head, both }

    /// The number of entries of node `v` (its out-, in- or total degree).
    @inlinable public func degree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// The range of `v`'s entries in ``neighbors`` and ``edgeIDs``.
    @inlinable public func range(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    /// A value per tie (a weight, a length) laid out per entry, beside ``neighbors``, so that
    /// inner loops read it without going through ``edgeIDs``.
    func entryValues(_ perTie: [Double]) -> [Double] { edgeIDs.map { perTie[Int($0)] } }

    init(nodeCount n: Int, edges: EdgeList, by key: Key) {
        var counts = [Int](repeating: 0, count: n + 1)
        let m = edges.count
        edges.tails.withUnsafeBufferPointer { tails in
            edges.heads.withUnsafeBufferPointer { heads in
                for e in 0..<m {
                    switch key {
                    case .tail: counts[Int(tails[e]) + 1] += 1
                    case .head: counts[Int(heads[e]) + 1] += 1
                    case .both:
                        counts[Int(tails[e]) + 1] += 1
                        counts[Int(heads[e]) + 1] += 1
                    }
                }
            }
        }
        for v in 0..<n { counts[v + 1] += counts[v] }
        let total = counts[n]
        var cursor = counts
        var neighbors = [Int32](repeating: 0, count: total)
        var edgeIDs = [Int32](repeating: 0, count: total)
        // Edges are sorted by (tail, head), so filling rows in edge order leaves each row
        // sorted by neighbour: `.tail` rows get heads in increasing order, `.head` rows get
        // tails in increasing order, and (undirected, tail < head) a `.both` row v first gets
        // its neighbours below v, in increasing order, then those above v.
        edges.tails.withUnsafeBufferPointer { tails in
            edges.heads.withUnsafeBufferPointer { heads in
                for e in 0..<m {
                    let t = Int(tails[e]), h = Int(heads[e])
                    switch key {
                    case .tail:
                        neighbors[cursor[t]] = Int32(h); edgeIDs[cursor[t]] = Int32(e); cursor[t] += 1
                    case .head:
                        neighbors[cursor[h]] = Int32(t); edgeIDs[cursor[h]] = Int32(e); cursor[h] += 1
                    case .both:
                        neighbors[cursor[t]] = Int32(h); edgeIDs[cursor[t]] = Int32(e); cursor[t] += 1
                        neighbors[cursor[h]] = Int32(t); edgeIDs[cursor[h]] = Int32(e); cursor[h] += 1
                    }
                }
            }
        }
        self.offsets = counts
        self.neighbors = neighbors
        self.edgeIDs = edgeIDs
    }
}

/// What the builder did to the raw ties.
public struct BuildReport: Sendable, Equatable {
    /// Ties read from the input (rows), before merging and dropping.
    public var rawTies: Int = 0
    /// Duplicate ties merged into an earlier one.
    public var mergedDuplicates: Int = 0
    /// Merged duplicates whose tie types differed (the first type is kept).
    public var mergedTypeConflicts: Int = 0
    /// Self-loops dropped.
    public var droppedSelfLoops: Int = 0
    /// Firms in the node table that have no tie.
    public var isolatesFromNodeTable: Int = 0
    /// Merged ties whose summed weight overflowed (beyond ±1.8·10^308); their weight is
    /// `Double.greatestFiniteMagnitude`. Only a graph built without checks has one: every
    /// public builder refuses such data (``GraphBuildError/mergedWeightOverflow(ties:)``).
    public var overflowedWeights: Int = 0
    /// Set when twice the sum of all tie weights is beyond `Double`'s range, so that sums
    /// of weights (strength, constraint's mutual weights, the total weight of a partition)
    /// could be infinite: the firm of largest strength. Every public builder refuses such
    /// data (``ClusterSource/validate()`` throws
    /// ``GraphBuildError/weightSumOverflow(firm:strength:)``).
    public var weightSumOverflow: WeightSumOverflow?

    /// The firm named by ``weightSumOverflow``.
    public struct WeightSumOverflow: Sendable, Equatable {
        /// The firm's id.
        public var firm: String
        /// Its strength (summed tie weights, in and out); may be infinite.
        public var strength: Double
    }

    /// An empty report: nothing read, merged or dropped.
    public init() {}
}
