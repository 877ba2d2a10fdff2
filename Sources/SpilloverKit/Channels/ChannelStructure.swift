/// The structure of one learning channel (the ties of one type) or of the whole cluster,
/// always over the n firms of the cluster: the per-channel row of `spillover channels`.
///
/// With m ties (unordered pairs; arcs when directed) among n firms:
/// - `firms`: firms with at least one tie in the channel (active);
/// - `density` = m / (n(n−1)/2), or m / (n(n−1)) when directed;
/// - `components`: (weak) components among the active firms; `largestComponentShare` = firms
///   in the largest one / n (0 when the channel has no tie);
/// - `meanDegree` = 2m / n, or m / n when directed;
/// - `transitivity` = 3 · triangles / connected triples of the collapsed undirected graph
///   (NetworkX `transitivity`; 0 without triples);
/// - `degreeCentralization`: Freeman's Σ_i (k_max − k_i) / ((n−1)(n−2)) over the n firms'
///   undirected degrees (1 for a star, 0 for a regular graph; NaN when n < 3).
///
/// - References: L. C. Freeman, "Centrality in social networks: conceptual clarification",
///   Social Networks 1(3), 1978, doi:10.1016/0378-8733(78)90021-7; M. E. J. Newman, "The
///   structure and function of complex networks", SIAM Review 45(2), 2003, doi:10.1137/S003614450342480
///   (transitivity).
public struct ChannelStructure: Sendable, Equatable {
    /// The channel's tie type, or `all` for the aggregate graph.
    public var type: String
    /// Firms with at least one tie in the channel (active firms).
    public var firms: Int
    /// Ties of the channel: unordered pairs, or arcs when directed, after merging duplicates.
    public var ties: Int
    /// m / (n(n−1)/2), or m / (n(n−1)) when directed, over all n firms of the cluster; in [0, 1].
    public var density: Double
    /// Weak components among the active firms (isolated firms are not counted).
    public var components: Int
    /// Firms in the largest component divided by n, in [0, 1]; 0 when the channel has no tie.
    public var largestComponentShare: Double
    /// 2m / n, or m / n when directed.
    public var meanDegree: Double
    /// 3 · triangles / connected triples of the collapsed undirected graph, in [0, 1]; 0 without
    /// triples.
    public var transitivity: Double
    /// Freeman's degree centralization Σ_i (k_max − k_i) / ((n−1)(n−2)), in [0, 1]; NaN when n < 3.
    public var degreeCentralization: Double
    /// The top focal firms of the channel alone (ids, best first; active firms only).
    public var focal: [String]

    /// The measures of `graph` (a channel's graph over all the cluster's firms); `focal` is
    /// filled in by the caller.
    /// - Complexity: O(n + Σ_i k_i²) for the triangle count.
    public init(type: String, graph: ClusterGraph, focal: [String] = []) {
        let n = graph.nodeCount, m = graph.edgeCount
        let contacts = ContactAdjacency(graph)
        let nd = Double(n)
        self.type = type
        ties = m
        firms = (0..<n).reduce(0) { $0 + (contacts.count($1) > 0 ? 1 : 0) }
        density = n > 1 ? Double(m) / (graph.isDirected ? nd * (nd - 1) : nd * (nd - 1) / 2) : 0
        meanDegree = n > 0 ? (graph.isDirected ? Double(m) : 2 * Double(m)) / nd : 0
        let sizes = Self.componentSizes(contacts, nodeCount: n)
        components = sizes.filter { $0 > 1 }.count
        largestComponentShare = n > 0 && m > 0 ? Double(sizes.max() ?? 0) / nd : 0
        transitivity = Self.transitivity(contacts, nodeCount: n)
        degreeCentralization = Self.degreeCentralization((0..<n).map(contacts.count))
        self.focal = focal
    }

    /// Sizes of the components of the undirected contact graph (isolates are components of one).
    static func componentSizes(_ c: ContactAdjacency, nodeCount n: Int) -> [Int] {
        var parent = Array(0..<n)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for i in 0..<n {
            for k in c.offsets[i]..<c.offsets[i + 1] {
                let a = find(i), b = find(Int(c.contacts[k]))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var size = [Int](repeating: 0, count: n)
        for i in 0..<n { size[find(i)] += 1 }
        return size.filter { $0 > 0 }
    }

    /// 3 · triangles / connected triples: each triangle is counted once per tie by the common
    /// contacts of its two ends (sorted merge), i.e. three times.
    static func transitivity(_ c: ContactAdjacency, nodeCount n: Int) -> Double {
        var closed = 0, triples = 0
        for i in 0..<n {
            let k = c.count(i)
            triples += k * (k - 1) / 2
            for e in c.offsets[i]..<c.offsets[i + 1] {
                let j = Int(c.contacts[e])
                guard j > i else { continue }
                var a = c.offsets[i], b = c.offsets[j]
                let aEnd = c.offsets[i + 1], bEnd = c.offsets[j + 1]
                while a < aEnd && b < bEnd {
                    let x = c.contacts[a], y = c.contacts[b]
                    if x == y { closed += 1; a += 1; b += 1 } else if x < y { a += 1 } else { b += 1 }
                }
            }
        }
        return triples > 0 ? Double(closed) / Double(triples) : 0
    }

    /// Freeman's degree centralization Σ (k_max − k_i) / ((n−1)(n−2)); NaN when n < 3.
    static func degreeCentralization(_ degrees: [Int]) -> Double {
        let n = degrees.count
        guard n >= 3 else { return .nan }
        let top = degrees.max() ?? 0
        let sum = degrees.reduce(0) { $0 + (top - $1) }
        return Double(sum) / (Double(n - 1) * Double(n - 2))
    }
}
