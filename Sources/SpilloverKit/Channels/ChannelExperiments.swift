/// Which channel carries the knowledge: a diffusion model run on the whole cluster (`base`),
/// with each channel removed (`cut`) and on each channel alone (`alone`), from the same seeds.
///
/// Every variant is built from the rows (``ClusterSource``), so a cut is the cluster as if
/// the channel's rows had never been in the file, and all variants keep every firm (the
/// denominator of shares is the same). Every variant uses the same seed, so run r draws from
/// the same generator stream in all of them (common random numbers), and the spread lost by a
/// cut, lost = base − cut, is estimated from the per-run differences d_r = base_r − cut_r:
/// mean d̄ with the paired interval d̄ ± 1.959964 · s_d / √R. Its width reflects the
/// correlation the shared streams induce; it is not assumed.
///
/// - References: A. M. Law, *Simulation Modeling and Analysis*, 5th ed., McGraw-Hill 2015,
///   §11.2 (common random numbers, paired-t interval).
public struct ChannelExperiments: Sendable {
    /// One variant: the cluster without a channel, or a channel alone.
    public struct Variant: Sendable {
        /// The channel (tie type) cut or kept alone.
        public var type: String
        /// The diffusion estimate on the cluster without that channel (a cut) or with it alone.
        public var result: DiffusionResult
        /// For a cut: base − cut from the per-run differences (mean and paired 95% interval).
        public var lost: SpreadEstimate?
    }

    /// Monte Carlo runs of every variant.
    public var runs: Int
    /// The random seed every variant runs with (common random numbers).
    public var seed: UInt64
    /// The seed firms' ids.
    public var seeds: [String]
    /// The diffusion estimate on the whole cluster.
    public var base: DiffusionResult
    /// One variant per channel with that channel's ties removed, in channel order.
    public var cut: [Variant]
    /// One variant per channel with only that channel's ties, in channel order; empty when the
    /// experiments were run without them.
    public var alone: [Variant]

    /// Runs the experiments.
    /// - Parameters:
    ///   - source: the rows of the cluster.
    ///   - cluster: the graph built from `source` (``ClusterSource/graph()``).
    ///   - channels: the channels to cut and isolate (by default ``ClusterSource/channels``).
    ///   - model: the diffusion model of every variant.
    ///   - seeds: seed firms, node numbers of `cluster`.
    ///   - runs: Monte Carlo runs of every variant.
    ///   - seed: the random seed of every variant (common random numbers).
    ///   - alone: whether to run the `alone` variants too.
    ///   - known: the base result when already computed (same model, seeds, runs and seed).
    ///   - threads: worker threads; the results do not depend on it.
    /// - Throws: ``DiffusionError`` for a bad model parameter or seed; `CancellationError`
    ///   when the calling task is cancelled.
    /// - Complexity: (1 + 2C) simulations of `runs` runs for C channels, plus building 2C graphs.
    ///
    /// With a ``ResultCache`` bound, the experiments on equal rows (compared by a digest of
    /// their content) with the same channels, model, seeds, runs, seed and `alone` are run
    /// once (a report's `spillover channels` command takes the analysis's).
    public static func run(
        source: ClusterSource, cluster: ClusterGraph, channels: [String]? = nil, model: DiffusionModel,
        seeds: [Int], runs: Int, seed: UInt64, alone: Bool = true, base known: DiffusionResult? = nil,
        threads: Int = WorkerPool.threads
    ) async throws -> ChannelExperiments {
        let channels = channels ?? source.channels
        func compute() async throws -> ChannelExperiments {
            try await runNow(
                source: source, cluster: cluster, channels: channels, model: model, seeds: seeds, runs: runs, seed: seed, alone: alone,
                base: known, threads: threads)
        }
        guard let cache = ResultCache.current else { return try await compute() }
        // `known` is left out: it is the base run these arguments give.
        let key = RunKey(source: SourceKey(source), channels: channels, model: model, seeds: seeds, runs: runs, seed: seed, alone: alone)
        return try await cache.value(for: key, compute)
    }

    private struct RunKey: Equatable, Sendable {
        let source: SourceKey
        let channels: [String]
        let model: DiffusionModel
        let seeds: [Int]
        let runs: Int
        let seed: UInt64
        let alone: Bool
    }

    private static func runNow(
        source: ClusterSource, cluster: ClusterGraph, channels: [String], model: DiffusionModel,
        seeds: [Int], runs: Int, seed: UInt64, alone: Bool, base known: DiffusionResult?, threads: Int
    ) async throws -> ChannelExperiments {
        let seedIDs = seeds.map { cluster.ids[$0] }
        func simulate(_ g: ClusterGraph) async throws -> DiffusionResult {
            let mapped = seedIDs.compactMap { g.node(id: $0) }
            let sim = try DiffusionSimulation(graph: g, model: model, seeds: mapped)
            return try await sim.run(budget: .runs(runs), seed: seed, threads: threads)
        }
        let base: DiffusionResult
        if let known { base = known } else { base = try await simulate(cluster) }
        var cut: [Variant] = [], isolated: [Variant] = []
        for type in channels {
            let r = try await simulate(source.removing(types: [type]).graph())
            let d = zip(base.runSpreads, r.runSpreads).map { $0 - $1 }
            cut.append(Variant(type: type, result: r, lost: SpreadEstimate(counts: d, firmCount: cluster.nodeCount)))
        }
        if alone {
            for type in channels {
                isolated.append(Variant(type: type, result: try await simulate(source.keeping(types: [type]).graph()), lost: nil))
            }
        }
        return ChannelExperiments(runs: runs, seed: seed, seeds: seedIDs, base: base, cut: cut, alone: isolated)
    }
}

extension DiffusionSimulation {
    /// For each firm of `firms` (ids), the spread on the cluster rebuilt from `source` without
    /// the firm's rows (``ClusterSource/removing(firms:types:)``), from `seeds` (ids; the
    /// removed firm is dropped from them), with the same `seed`: the same output as a run on
    /// the file without the firm's rows (and, when a node table lists them, with the firms
    /// that lose every tie kept as isolates).
    ///
    /// - Throws: ``DiffusionError`` for a bad model parameter; `CancellationError` when the
    ///   calling task is cancelled.
    public static func knockouts(
        of firms: [String], source: ClusterSource, model: DiffusionModel, seeds: [String],
        budget: RunBudget, seed: UInt64, threads: Int = WorkerPool.threads
    ) async throws -> [DiffusionResult] {
        var out: [DiffusionResult] = []
        for f in firms {
            let g = source.removing(firms: [f]).graph()
            let mapped = seeds.filter { $0 != f }.compactMap { g.node(id: $0) }
            let sim = try DiffusionSimulation(graph: g, model: model, seeds: mapped)
            out.append(try await sim.run(budget: budget, seed: seed, threads: threads))
        }
        return out
    }
}
