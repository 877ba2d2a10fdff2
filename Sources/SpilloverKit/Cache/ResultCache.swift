import SpilloverLock

/// Results computed once and reused when the same computation is asked again in the same
/// scope: the same measures of the same cluster with the same options, the same diffusion
/// runs, the same seed selection.
///
/// A report runs every command that reproduces one of its parts; on a cluster of 10^5
/// firms each would otherwise compute the measures again (about ten times per report).
/// Bind a cache to a task with `ResultCache.$current.withValue(ResultCache()) { … }`; the
/// computations that look it up (``MetricsTable/compute(_:options:diagnostics:)``,
/// ``FocalRanker/rank(_:diagnostics:)``, ``DiffusionSimulation/run(budget:seed:threads:)``, IMM and CELF in
/// ``SeedMethod/select(k:graph:model:oracle:imm:focal:seed:threads:)``,
/// ``ChannelAnalysis/measure(source:cluster:top:ranker:clusterRanking:)`` and
/// ``ChannelExperiments/run(source:cluster:channels:model:seeds:runs:seed:alone:base:threads:)``) then return the
/// stored value for an equal key, with the warnings the first computation gave. Keys compare
/// the cluster by content (firms, ties, weights, types, node table; a 128-bit digest of it,
/// so that the cache keeps no graph alive; the channel computations compare the rows the
/// same way), never by identity, so a cluster read again from the same file is the same
/// cluster. A request for fewer measures than a stored table holds
/// is cut from that table. Every cached computation is
/// deterministic for its key (seeded, independent of the thread count), so a hit returns
/// exactly what computing again would.
///
/// With no cache bound (the default) nothing is stored.
public final class ResultCache: Sendable {
    /// The cache of the current task; `nil`: compute everything.
    @TaskLocal public static var current: ResultCache?

    private struct Entry: @unchecked Sendable {
        // `any Equatable` values compared through `matches`; the value is Sendable by the
        // signatures of `value(for:…)`.
        let key: any Sendable
        let matches: @Sendable (any Sendable) -> Bool
        let value: any Sendable
        let warnings: [SettingText]
    }

    /// The most entries kept; the oldest go first (a report needs about a dozen).
    public let capacity: Int
    private let entries = Locked<[Entry]>([])
    private let counts = Locked<(hits: Int, misses: Int)>((0, 0))

    /// An empty cache that keeps at most `capacity` results (at least 1), dropping the oldest first.
    public init(capacity: Int = 64) {
        self.capacity = Swift.max(1, capacity)
    }

    /// The key of `graph`, made once per graph value (copies share it).
    func key(for graph: ClusterGraph) -> ClusterKey { graph.cacheKey.key(of: graph) }

    /// How many lookups found a stored value, and how many computed one.
    public var statistics: (hits: Int, misses: Int) { counts.withLock { $0 } }

    private func lookup<K: Equatable & Sendable, V: Sendable>(_ key: K, as: V.Type) -> (value: V, warnings: [SettingText])? {
        let found = entries.withLock { list in list.last { $0.matches(key) } }
        guard let found, let value = found.value as? V else {
            counts.withLock { $0.misses += 1 }
            return nil
        }
        counts.withLock { $0.hits += 1 }
        return (value, found.warnings)
    }

    /// The first non-`nil` `derive(key, value)` over the stored entries whose key is a `K`
    /// and value a `V`, newest first: for answering a request from a stored result that
    /// holds more (a metrics table with more columns). Not counted in ``statistics``: the
    /// exact lookup before it already counted a miss.
    func derived<K: Sendable, V: Sendable, R>(
        from _: K.Type, _: V.Type, _ derive: (K, V) -> R?
    ) -> R? {
        let list = entries.withLock { $0 }
        for entry in list.reversed() {
            if let key = entry.key as? K, let value = entry.value as? V, let found = derive(key, value) { return found }
        }
        return nil
    }

    private func store<K: Equatable & Sendable, V: Sendable>(_ key: K, _ value: V, warnings: [SettingText]) {
        let entry = Entry(key: key, matches: { ($0 as? K) == key }, value: value, warnings: warnings)
        entries.withLock { list in
            list.append(entry)
            if list.count > capacity { list.removeFirst(list.count - capacity) }
        }
    }

    /// The value stored for `key`, or `compute()`'s, stored. Warnings that `compute` gives
    /// to its diagnostics are stored with the value and given again to `diagnostics` on a hit.
    public func value<K: Equatable & Sendable, V: Sendable, E: Error>(
        for key: K, diagnostics: Diagnostics? = nil, _ compute: (Diagnostics?) throws(E) -> V
    ) throws(E) -> V {
        if let (value, warnings) = lookup(key, as: V.self) {
            for w in warnings { diagnostics?.warn(w) }
            return value
        }
        let local = Diagnostics()
        defer { for w in local.warnings { diagnostics?.warn(w) } }
        let value = try compute(local)
        store(key, value, warnings: local.warnings)
        return value
    }

    /// The asynchronous form of ``value(for:diagnostics:_:)``, for computations without
    /// warnings.
    public func value<K: Equatable & Sendable, V: Sendable, E: Error>(
        for key: K, isolation: isolated (any Actor)? = #isolation, _ compute: () async throws(E) -> V
    ) async throws(E) -> V {
        if let (value, _) = lookup(key, as: V.self) { return value }
        let value = try await compute()
        store(key, value, warnings: [])
        return value
    }
}
