/// Degree discount for the independent cascade (Chen, Wang & Yang 2009): a fast heuristic
/// that picks high-degree firms but discounts firms next to seeds already chosen.
///
/// Start with dd_v = d_v. K times, take the firm of largest dd_v (ties: smaller id); for each
/// of its neighbours v not chosen, t_v += 1 and
///
///     dd_v = d_v − 2 t_v − (d_v − t_v) · t_v · p
///
/// where d_v is v's degree (out-degree when directed: the ties it can pass knowledge along)
/// and t_v the number of chosen firms with a tie to v. The discount approximates, to first
/// order in p, the spread v loses because its seed neighbours may already reach it.
///
/// - Parameters:
///   - k: the number of seeds (at most n).
///   - p: the uniform tie probability of the cascade.
/// - Complexity: O(K · n + Σ degrees of the chosen firms) time, O(n) memory.
/// - References: W. Chen, Y. Wang, S. Yang, "Efficient influence maximization in social
///   networks", KDD 2009, doi:10.1145/1557019.1557047.
public enum DegreeDiscount {
    /// Selects `k` seeds of `graph` by degree discount with tie probability `p`, as described above.
    public static func select(k: Int, p: Double, graph: ClusterGraph) -> SeedSet {
        DiscountHeuristic.select(k: k, graph: graph) { d, t in Double(d) - 2 * Double(t) - Double(d - t) * Double(t) * p }
    }

    /// The p to use for a model: the independent cascade's uniform p; otherwise the mean
    /// probability that a tie is live in the model's live-edge view (mean p_uv for a
    /// non-uniform cascade, mean b_uv for the linear threshold model); `nil` for the
    /// knowledge model, which has no single live-edge probability.
    public static func tieProbability(for model: DiffusionModel, in graph: ClusterGraph) -> Double? {
        let entries = graph.outAdjacency.neighbors.count
        switch model {
        case .independentCascade(.uniform(let p)): return p
        case .independentCascade(let rule):
            guard entries > 0 else { return 0 }
            return rule.probabilities(in: graph).reduce(0, +) / Double(entries)
        case .linearThreshold:
            // Σ b_uv over the in-ties of a firm with any is 1.
            guard entries > 0 else { return 0 }
            let receivers = (0..<graph.nodeCount).filter { graph.inAdjacency.degree($0) > 0 }.count
            return Double(receivers) / Double(entries)
        case .sir, .knowledge, .externalCascade: return nil
        }
    }
}

/// The shared loop of the two discount heuristics, with the discounted score of a firm of
/// degree d and t chosen neighbours.
enum DiscountHeuristic {
    static func select(k: Int, graph: ClusterGraph, score: (Int, Int) -> Double) -> SeedSet {
        let n = graph.nodeCount, out = graph.outAdjacency
        let rank = graph.idRanks()
        var dd = (0..<n).map { score(out.degree($0), 0) }
        var t = [Int](repeating: 0, count: n)
        var chosen = [Bool](repeating: false, count: n)
        var seeds: [Int] = []
        for _ in 0..<Swift.min(k, n) {
            var best = -1
            for v in 0..<n where !chosen[v] {
                if best < 0 || dd[v] > dd[best] || (dd[v] == dd[best] && rank[v] < rank[best]) { best = v }
            }
            chosen[best] = true
            seeds.append(best)
            for i in out.range(best) {
                let v = Int(out.neighbors[i])
                guard !chosen[v] else { continue }
                t[v] += 1
                dd[v] = score(out.degree(v), t[v])
            }
        }
        return SeedSet(seeds: seeds)
    }
}
