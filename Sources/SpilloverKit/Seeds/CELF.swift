/// Greedy seed selection with lazy evaluation, CELF (Leskovec et al. 2007).
///
/// Greedy adds, K times, the firm of largest marginal gain σ(S ∪ {v}) − σ(S) in expected
/// spread. Because spread under the independent cascade and linear threshold models is
/// monotone and submodular (Kempe, Kleinberg & Tardos 2003), a gain computed in an earlier
/// round is an upper bound of the current one: CELF keeps every candidate's last gain and
/// re-evaluates only the candidate on top until the top one is fresh, which is then the
/// greedy choice. The result is within (1 − 1/e) of the optimum (up to the Monte Carlo
/// error). σ is estimated by ``SpreadOracle`` with common random numbers: every evaluation
/// uses the same runs, so gains of different candidates are compared on the same random
/// streams. For the cluster knowledge model the lazy step is a heuristic (its spread need not
/// be submodular).
///
/// Ties (equal estimated gains) go to the smaller firm id. The choice is the same for any
/// number of threads.
///
/// - Parameters:
///   - k: the number of seeds, 1 ≤ k ≤ n.
///   - oracle: the model, runs, seed and threads of the spread estimates.
/// - Returns: the seeds in order of choice with their estimated marginal gains.
/// - Complexity: n + (re-evaluations) spread estimates of R runs each; in practice a few
///   re-evaluations per round, so O((n + cK) · R · cascade size) time, O(n) memory.
/// - References: J. Leskovec, A. Krause, C. Guestrin, C. Faloutsos, J. VanBriesen,
///   N. Glance, "Cost-effective outbreak detection in networks", KDD 2007,
///   doi:10.1145/1281192.1281239; D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the spread
///   of influence through a social network", KDD 2003, doi:10.1145/956750.956769.
public enum CELF {
    /// Selects `k` seeds by lazy greedy over the spread estimates of `oracle`, as described above.
    /// - Throws: ``DiffusionError/tooFewSeeds(asked:)`` or
    ///   ``DiffusionError/tooManySeeds(asked:firms:)`` when `k` is not in 1…n;
    ///   `CancellationError` when the calling task is cancelled.
    public static func select(k: Int, oracle: SpreadOracle) async throws -> SeedSet {
        let graph = oracle.graph, n = graph.nodeCount
        try DiffusionError.requireSeedCount(k, firms: n)
        let rank = graph.idRanks()
        // Totals are Σ over runs of firms reached (integers): gains compare exactly.
        var gain = try await oracle.totals((0..<n).map { [$0] })
        var round = [Int](repeating: 0, count: n)  // the |S| at which gain[v] was computed
        var chosen = [Bool](repeating: false, count: n)
        var seeds: [Int] = [], gains: [Double] = []
        var current = 0  // total of S
        while seeds.count < k {
            var best = -1
            for v in 0..<n where !chosen[v] {
                if best < 0 || gain[v] > gain[best] || (gain[v] == gain[best] && rank[v] < rank[best]) { best = v }
            }
            if round[best] == seeds.count {
                chosen[best] = true
                seeds.append(best)
                gains.append(Double(gain[best]) / Double(oracle.runs))
                current += gain[best]
            } else {
                gain[best] = try await oracle.totals([seeds + [best]])[0] - current
                round[best] = seeds.count
            }
        }
        return SeedSet(seeds: seeds, estimatedGains: gains)
    }
}
