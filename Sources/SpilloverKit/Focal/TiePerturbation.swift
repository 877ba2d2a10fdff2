/// Perturbed copies of a graph, for asking how much a result depends on ties a survey may
/// have missed: drop a share of the ties at random and, optionally, add as many random
/// ties between firms that were not tied.
struct TiePerturbation: Sendable {
    /// Share of ties dropped, in [0, 1).
    var dropFraction: Double
    /// Whether to add as many random ties as were dropped.
    var addRandom: Bool

    /// A copy of `graph` with the same firms and attributes and perturbed ties; added ties
    /// take the weight and type of a tie drawn at random from the graph.
    func apply(to graph: ClusterGraph, rng: inout some RandomNumberGenerator) -> ClusterGraph {
        let m = graph.edgeCount
        let drop = Int((dropFraction * Double(m)).rounded())
        // Partial Fisher–Yates: the first `drop` entries of `order` are the dropped ties.
        var order = Array(0..<m)
        for i in 0..<min(drop, m) {
            let j = i + rng.below(m - i)
            order.swapAt(i, j)
        }
        let kept = order[min(drop, m)...].sorted()
        var raw = RawEdgeList(
            uncheckedFile: "<perturbed>", ids: graph.ids, tails: kept.map { graph.edges.tails[$0] },
            heads: kept.map { graph.edges.heads[$0] }, weights: kept.map { graph.edges.weights[$0] },
            types: kept.map { graph.edges.types[$0] }, tieTypes: graph.tieTypes, hasWeights: graph.isWeighted)
        let n = graph.nodeCount
        let possible = graph.isDirected ? n * (n - 1) : n * (n - 1) / 2
        if addRandom, drop > 0, m > 0, possible > m {
            func key(_ a: Int32, _ b: Int32) -> UInt64 {
                let (x, y) = graph.isDirected || a < b ? (a, b) : (b, a)
                return UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))
            }
            var present = Set((0..<m).map { key(graph.edges.tails[$0], graph.edges.heads[$0]) })
            var added = 0, attempts = 0
            while added < drop, attempts < 100 * drop {
                attempts += 1
                let a = Int32(rng.below(n)), b = Int32(rng.below(n))
                guard a != b, present.insert(key(a, b)).inserted else { continue }
                let template = rng.below(m)
                raw.tails.append(a)
                raw.heads.append(b)
                raw.weights.append(graph.edges.weights[template])
                raw.types.append(graph.edges.types[template])
                added += 1
            }
        }
        var report = BuildReport()
        let edges = GraphBuilder.mergeTies(raw, nodeCount: n, directed: graph.isDirected, merge: .first, report: &report)
        return ClusterGraph(
            ids: graph.ids, attributes: graph.attributes, isDirected: graph.isDirected, isWeighted: graph.isWeighted,
            edges: edges, tieTypes: graph.tieTypes, buildReport: graph.buildReport)
    }
}
