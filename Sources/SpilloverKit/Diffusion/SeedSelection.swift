/// A ranking of firms, best first, supplied by the caller for ``SeedSelection/focal(_:_:)``
/// seeds (the focal-firm ranking lives above this layer).
public protocol FirmRanker: Sendable {
    /// Node numbers, best first.
    func rankedFirms(in graph: ClusterGraph) throws -> [Int]
}

/// How the seed firms of a diffusion are chosen.
public enum SeedSelection: Sendable {
    /// The firms with these ids, in the given order; a text that is no id but the label of
    /// exactly one firm names that firm.
    case ids([String])
    /// The K firms of highest out-degree (all ties when undirected); ties by id.
    case degree(Int)
    /// K distinct firms uniformly at random, from the generator of the run seed's stream
    /// 2^64 − 1 (a stream no Monte Carlo run uses).
    case random(Int)
    /// The top K of a focal-firm ranking.
    case focal(Int, any FirmRanker)

    /// The seed firms (node numbers, distinct, in rank or given order).
    /// - Throws: ``DiffusionError/unknownSeeds(_:)`` naming every unknown id;
    ///   ``DiffusionError/ambiguousSeedLabel(_:_:)`` for a label several firms share;
    ///   ``DiffusionError/tooFewSeeds(asked:)`` or ``DiffusionError/tooManySeeds(asked:firms:)``
    ///   when K is not in 1…n; for ``focal(_:_:)``, the ranking's own error unchanged (such as
    ///   a ``FocalError``, a ``MetricsError``, an ``IGraphError`` or `CancellationError`).
    public func resolve(in graph: ClusterGraph, seed: UInt64) throws -> [Int] {
        let n = graph.nodeCount
        func check(_ k: Int) throws(DiffusionError) { try DiffusionError.requireSeedCount(k, firms: n) }
        switch self {
        case .ids(let ids):
            var unknown: [String] = [], nodes: [Int] = []
            let labels = graph.attributes.labels
            for id in ids {
                var found = graph.node(id: id)
                if found == nil, let labels {
                    let named = labels.indices.filter { labels[$0] == id }
                    if named.count > 1 { throw DiffusionError.ambiguousSeedLabel(id, named.map { graph.ids[$0] }) }
                    found = named.first
                }
                if let v = found {
                    if !nodes.contains(v) { nodes.append(v) }
                } else if !unknown.contains(id) {
                    unknown.append(id)
                }
            }
            guard unknown.isEmpty else { throw DiffusionError.unknownSeeds(unknown) }
            return nodes
        case .degree(let k):
            try check(k)
            let order = (0..<n).sorted {
                let da = graph.outAdjacency.degree($0), db = graph.outAdjacency.degree($1)
                return da != db ? da > db : graph.ids[$0] < graph.ids[$1]
            }
            return Array(order.prefix(k))
        case .random(let k):
            try check(k)
            var rng = Xoshiro256StarStar(seed: seed, stream: UInt64.max)
            var pool = Array(0..<n)
            for i in 0..<k {
                let j = i + Int(rng.next() % UInt64(n - i))
                pool.swapAt(i, j)
            }
            return Array(pool.prefix(k))
        case let .focal(k, ranking):
            try check(k)
            return Array(try ranking.rankedFirms(in: graph).prefix(k))
        }
    }
}
