/// The focal-firm ranking from a graph: computes the measures the criteria need
/// (``MetricsTable``), then ranks (``FocalRanking``). This is the API the diffusion and
/// seed commands use to ask for "the top K focal firms".
public struct FocalRanker: FirmRanker {
    /// The criteria of the score, with their weights (by default ``FocalCriterion/defaults``).
    public var criteria: [FocalCriterion]
    /// How the criteria are combined into one score.
    public var method: FocalMethod
    /// How the measures are computed (weights, groups, sampling, seed); its measure list
    /// is replaced by what the criteria and roles need.
    public var metrics: MetricsOptions

    /// A ranker with the given criteria, combination method and measure options.
    public init(criteria: [FocalCriterion] = FocalCriterion.defaults, method: FocalMethod = .percentile, metrics: MetricsOptions = MetricsOptions()) {
        self.criteria = criteria
        self.method = method
        self.metrics = metrics
    }

    /// The metrics options with the measure list this ranking needs.
    var metricsForRanking: MetricsOptions {
        var options = metrics
        options.measures = FocalRanking.requiredMeasures(for: criteria)
        return options
    }

    /// The measures the ranking reads, computed on `graph`.
    public func measures(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> [Measure: [Double]] {
        try MetricsTable.compute(graph, options: metricsForRanking, diagnostics: diagnostics).valuesByMeasure
    }

    /// Ranks the firms of `graph`; a ``ResultCache`` bound to the task returns the ranking
    /// of an equal cluster with the same criteria, method and measure options.
    public func rank(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> FocalRanking {
        guard let cache = ResultCache.current else { return try rankNow(graph, diagnostics: diagnostics) }
        return try cache.value(for: rankKey(graph, in: cache), diagnostics: diagnostics) { d in try rankNow(graph, diagnostics: d) }
    }

    /// The cache key of this ranking of `graph`: the metrics options as the ranking uses them
    /// (its own measure list), so that rankers built with other measure lists share it.
    private func rankKey(_ graph: ClusterGraph, in cache: ResultCache) -> RankKey {
        RankKey(cluster: cache.key(for: graph), criteria: criteria, method: method, metrics: metricsForRanking)
    }

    /// Ranks the firms of `graph` from a metrics table already computed on it, when the
    /// table has every column the ranking reads; otherwise as ``rank(_:diagnostics:)``.
    ///
    /// `table` must come from ``MetricsTable/compute(_:options:diagnostics:)`` on `graph`
    /// with options equal to ``metrics`` but for the measure list (the list decides which
    /// columns exist, not their values): a caller that writes the whole table and the
    /// ranking (`spillover export --with metrics,rank`) then computes the measures once.
    public func rank(_ graph: ClusterGraph, using table: MetricsTable, diagnostics: Diagnostics? = nil) throws -> FocalRanking {
        let required = Set(FocalRanking.requiredMeasures(for: criteria))
        var columns: [Measure: [Double]] = [:]
        for c in table.columns where required.contains(c.measure) { columns[c.measure] = c.values }
        guard columns.count == required.count, table.ids.count == graph.nodeCount else { return try rank(graph, diagnostics: diagnostics) }
        guard let cache = ResultCache.current else { return try FocalRanking(graph: graph, measures: columns, criteria: criteria, method: method) }
        // Stored as `rank(_:diagnostics:)` would store it, with the warnings of the ranking's
        // own measures, so that a later ranking of the same cluster reuses it and warns the same.
        return try cache.value(for: rankKey(graph, in: cache), diagnostics: diagnostics) { d in
            for w in table.projected(onto: metricsForRanking, graph: graph)?.warnings ?? [] { d?.warn(w) }
            return try FocalRanking(graph: graph, measures: columns, criteria: criteria, method: method)
        }
    }

    private func rankNow(_ graph: ClusterGraph, diagnostics: Diagnostics?) throws -> FocalRanking {
        try FocalRanking(graph: graph, measures: measures(graph, diagnostics: diagnostics), criteria: criteria, method: method)
    }

    private struct RankKey: Equatable, Sendable {
        let cluster: ClusterKey
        let criteria: [FocalCriterion]
        let method: FocalMethod
        let metrics: MetricsOptions
    }

    /// Ranks and adds stability columns from `options.copies` perturbed copies.
    public func rank(_ graph: ClusterGraph, stability options: FocalStability.Options, diagnostics: Diagnostics? = nil) async throws -> FocalRanking {
        let ranking = try rank(graph, diagnostics: diagnostics)
        let ranker = self
        return try await FocalStability.estimate(ranking, graph: graph, options: options) { copy in
            try ranker.measures(copy)
        }
    }

    /// Node numbers, best first (``FirmRanker``).
    public func rankedFirms(in graph: ClusterGraph) throws -> [Int] {
        try rank(graph).rows.map(\.node)
    }
}
