/// Single discount (Chen, Wang & Yang 2009): degree with one unit off for each tie to a
/// chosen seed, dd_v = d_v − t_v, since that tie adds nothing to the seeds' reach.
///
/// K times, take the firm of largest dd_v (ties: smaller id), then for each of its
/// neighbours v, t_v += 1. d_v is the (out-)degree and t_v the number of chosen firms with a
/// tie to v, as in ``DegreeDiscount``.
///
/// - Complexity: O(K · n + Σ degrees of the chosen firms) time, O(n) memory.
/// - References: W. Chen, Y. Wang, S. Yang, KDD 2009, doi:10.1145/1557019.1557047.
public enum SingleDiscount {
    /// Selects `k` seeds of `graph` by single discount, as described above.
    public static func select(k: Int, graph: ClusterGraph) -> SeedSet {
        DiscountHeuristic.select(k: k, graph: graph) { d, t in Double(d - t) }
    }
}
