/// The arcs along which adoption can spread, each in a class (a channel, or one class for
/// all), indexed by head and by tail.
///
/// Knowledge flows from `tail` to `head`: a firm's exposure counts its in-arcs. An undirected
/// tie is two arcs. Two sets are used by the fit:
/// - ``pooled(_:)``: one arc per distinct ordered pair of the graph (a pair tied under several
///   types counts once, weights merged as the graph merged them), one class `all`. This is
///   netdiffuseR's binary union graph and the graph `diffuse` runs on.
/// - ``channels(graph:ties:)``: one arc per distinct (pair, type), weights of repeated rows
///   summed, class = tie type. A pair tied under two types has two arcs.
public struct AdoptionArcs: Sendable {
    /// The number of firms (nodes); arcs join nodes `0..<nodeCount`.
    public let nodeCount: Int
    /// Class names; ``classes`` indexes into it.
    public let classNames: [String]
    /// Tail (source) node of each arc.
    public let tails: [Int32]
    /// Head (target) node of each arc.
    public let heads: [Int32]
    /// Class of each arc, an index into ``classNames``.
    public let classes: [Int32]
    /// Weight of each arc (merged tie weight; 1 when unweighted).
    public let weights: [Double]
    /// Arcs into node v: `inArcs[inOffsets[v]..<inOffsets[v+1]]` (arc numbers).
    public let inOffsets: [Int]
    /// Arc numbers grouped by head; see ``inOffsets``.
    public let inArcs: [Int32]
    /// Tail of each entry of ``inArcs``, in the same order (sequential reads for exposure).
    public let inTails: [Int32]
    /// Arcs out of node v: `outArcs[outOffsets[v]..<outOffsets[v+1]]`.
    public let outOffsets: [Int]
    /// Arc numbers grouped by tail; see ``outOffsets``.
    public let outArcs: [Int32]
    /// Head and class of each entry of ``outArcs``, stored in the same order so that a
    /// simulation walks them sequentially instead of through the arc numbers.
    public let outHeads: [Int32]
    /// Class of each entry of ``outArcs``, in the same order.
    public let outClasses: [Int32]

    /// The number of arcs.
    public var count: Int { tails.count }

    /// Arcs from parallel arrays (one entry per arc); builds the in- and out-indexes.
    /// Tails and heads must be in `0..<nodeCount` and classes in `0..<classNames.count`.
    public init(nodeCount: Int, classNames: [String], tails: [Int32], heads: [Int32], classes: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.classNames = classNames
        self.tails = tails
        self.heads = heads
        self.classes = classes
        self.weights = weights
        (inOffsets, inArcs) = Self.index(heads, nodeCount)
        inTails = inArcs.map { tails[Int($0)] }
        (outOffsets, outArcs) = Self.index(tails, nodeCount)
        outHeads = outArcs.map { heads[Int($0)] }
        outClasses = outArcs.map { classes[Int($0)] }
    }

    /// Counting sort of arc numbers by `key` (stable).
    private static func index(_ key: [Int32], _ n: Int) -> ([Int], [Int32]) {
        var offsets = [Int](repeating: 0, count: n + 1)
        for k in key { offsets[Int(k) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var cursor = offsets
        var order = [Int32](repeating: 0, count: key.count)
        for (a, k) in key.enumerated() {
            order[cursor[Int(k)]] = Int32(a)
            cursor[Int(k)] += 1
        }
        return (offsets, order)
    }

    /// One arc per distinct ordered pair of `graph` (both directions of an undirected tie),
    /// weighted by the graph's merged weight, in one class `all`.
    public static func pooled(_ graph: ClusterGraph) -> AdoptionArcs {
        let adj = graph.outAdjacency
        var tails: [Int32] = [], heads: [Int32] = [], weights: [Double] = []
        tails.reserveCapacity(adj.neighbors.count); heads.reserveCapacity(adj.neighbors.count)
        weights.reserveCapacity(adj.neighbors.count)
        for u in 0..<graph.nodeCount {
            for i in adj.range(u) {
                tails.append(Int32(u))
                heads.append(adj.neighbors[i])
                weights.append(graph.edges.weights[Int(adj.edgeIDs[i])])
            }
        }
        return AdoptionArcs(
            nodeCount: graph.nodeCount, classNames: ["all"], tails: tails, heads: heads,
            classes: [Int32](repeating: 0, count: tails.count), weights: weights)
    }

    /// One arc per distinct (ordered pair, tie type), from the rows of `ties` (already read
    /// and, with `--reverse`, flipped exactly as the graph's were), numbered by `graph`'s ids;
    /// weights of repeated rows are summed; self-loops dropped; undirected rows give two arcs.
    /// Without `ties` the graph's own ties are used, each with the type it kept.
    public static func channels(graph: ClusterGraph, ties: RawEdgeList? = nil) -> AdoptionArcs {
        var keyed: [(tail: Int32, head: Int32, type: Int32, weight: Double)] = []
        let names: [String]
        if let ties {
            names = ties.tieTypes
            let number = ties.ids.map { graph.node(id: $0).map(Int32.init) ?? -1 }
            keyed.reserveCapacity(ties.tails.count * (graph.isDirected ? 1 : 2))
            for e in ties.tails.indices {
                let t = number[Int(ties.tails[e])], h = number[Int(ties.heads[e])]
                guard t >= 0, h >= 0, t != h else { continue }
                keyed.append((t, h, ties.types[e], ties.hasWeights ? ties.weights[e] : 1))
                if !graph.isDirected { keyed.append((h, t, ties.types[e], ties.hasWeights ? ties.weights[e] : 1)) }
            }
        } else {
            names = graph.tieTypes
            let edges = graph.edges
            for e in 0..<edges.count {
                keyed.append((edges.tails[e], edges.heads[e], edges.types[e], edges.weights[e]))
                if !graph.isDirected { keyed.append((edges.heads[e], edges.tails[e], edges.types[e], edges.weights[e])) }
            }
        }
        keyed.sort { ($0.tail, $0.head, $0.type) < ($1.tail, $1.head, $1.type) }
        var tails: [Int32] = [], heads: [Int32] = [], classes: [Int32] = [], weights: [Double] = []
        for k in keyed {
            if let last = tails.indices.last, tails[last] == k.tail, heads[last] == k.head, classes[last] == k.type {
                weights[last] += k.weight
            } else {
                tails.append(k.tail); heads.append(k.head); classes.append(k.type); weights.append(k.weight)
            }
        }
        // Keep only the types that occur, in the order of their names.
        var used = [Bool](repeating: false, count: names.count)
        for c in classes { used[Int(c)] = true }
        var renumber = [Int32](repeating: -1, count: names.count)
        var kept: [String] = []
        for (c, name) in names.enumerated() where used[c] {
            renumber[c] = Int32(kept.count)
            kept.append(name.isEmpty ? "untyped" : name)
        }
        return AdoptionArcs(
            nodeCount: graph.nodeCount, classNames: kept, tails: tails, heads: heads,
            classes: classes.map { renumber[Int($0)] }, weights: weights)
    }

    /// The same arcs in one class `all` (the "all channels transmit equally" model).
    public func oneClass() -> AdoptionArcs {
        AdoptionArcs(
            nodeCount: nodeCount, classNames: ["all"], tails: tails, heads: heads,
            classes: [Int32](repeating: 0, count: count), weights: weights)
    }
}
