/// One learning channel of a cluster, as the overlap and participation measures need it: its
/// firms' degrees and its tied pairs restated in the numbering of the whole cluster's graph (a
/// channel's own graph, ``ClusterSource/keeping(types:)``, numbers firms in their order of
/// first appearance in that channel's rows). The channel's graph itself is not kept, so that
/// one channel graph at a time is in memory.
public struct ChannelLayer: Sendable {
    /// The tie type.
    public let type: String
    /// Degree of each firm of the cluster (by its node number in the cluster's graph): ties
    /// when undirected, in- plus out-arcs when directed.
    public let degrees: [Int]
    /// Tied unordered pairs, as sorted distinct keys min·2^32 + max in the cluster's numbering.
    let pairs: [UInt64]

    /// The layer of `graph` (the channel alone, over every firm of the cluster) restated in
    /// the numbering of `cluster`.
    /// - Precondition: every firm of `cluster` is a firm of `graph`.
    /// - Complexity: O(n + m log m) with n dictionary look-ups.
    public init(type: String, graph: ClusterGraph, in cluster: ClusterGraph) {
        self.type = type
        let n = cluster.nodeCount
        var toCluster = [Int32](repeating: -1, count: graph.nodeCount)
        var degrees = [Int](repeating: 0, count: n)
        for v in 0..<n {
            guard let w = graph.node(id: cluster.ids[v]) else { preconditionFailure("firm \(cluster.ids[v]) missing from channel \(type)") }
            toCluster[w] = Int32(v)
            degrees[v] = graph.degree(of: w)
        }
        var keys = [UInt64]()
        keys.reserveCapacity(graph.edgeCount)
        for e in 0..<graph.edgeCount {
            let t = UInt64(toCluster[Int(graph.edges.tails[e])]), h = UInt64(toCluster[Int(graph.edges.heads[e])])
            keys.append(min(t, h) << 32 | max(t, h))
        }
        keys.sort()
        var distinct = [UInt64]()
        distinct.reserveCapacity(keys.count)
        for k in keys where distinct.last != k { distinct.append(k) }
        self.degrees = degrees
        self.pairs = distinct
    }
}

extension ClusterGraph {
    /// Each firm's degree: ties when undirected, in- plus out-arcs when directed.
    public var degrees: [Int] { (0..<nodeCount).map(degree(of:)) }

    /// Firm `v`'s degree: ties when undirected, in- plus out-arcs when directed.
    @inlinable public func degree(of v: Int) -> Int { outAdjacency.degree(v) + (isDirected ? inAdjacency.degree(v) : 0) }
}
