/// Goodness of fit of the cascade model: the observed cumulative number of adopters per
/// period against the same count in cascades simulated from the fitted model, started from
/// the observed first-period adopters (run r uses `Xoshiro256StarStar(seed:stream: r)`; the
/// result does not depend on the number of threads). The band is the 5–95% quantiles (type
/// 7) of the simulated counts.
public struct FitCheck: Sendable, Equatable {
    /// One observed period: the observed cumulative adopters and the simulated band.
    public struct Period: Sendable, Equatable {
        /// The period's label (`7`, `2020-03`).
        public var label: String
        /// Observed cumulative adopters by the end of the period.
        public var observed: Int
        /// Median over the simulated cascades of the cumulative adopters.
        public var median: Double
        /// 5th percentile (type 7) of the simulated cumulative adopters.
        public var p05: Double
        /// 95th percentile (type 7) of the simulated cumulative adopters.
        public var p95: Double
    }

    /// The periods in time order.
    public let periods: [Period]
    /// Simulated cascades behind the band.
    public let runs: Int

    /// Simulates `runs` cascades of `fit` on `arcs` from the first-period adopters of `record`
    /// over its periods; run r draws from stream r of `seed`.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: `runs` simulations, spread over `threads`.
    public init(fit: CascadeFit, arcs: AdoptionArcs, record: AdoptionRecord, runs: Int = 1000, seed: UInt64 = 1, threads: Int = WorkerPool.threads) throws(CancellationError) {
        let simulator = CascadeSimulator(arcs: arcs, epsilon: fit.epsilon.estimate, probabilities: fit.probabilities)
        let seeds = record.seeds, T = record.periodCount
        let curves: [[Int32]] = try ParallelReplicates.map(count: runs, threads: threads) { r in
            var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(r))
            let time = simulator.simulate(seeds: seeds, periodCount: T, rng: &rng)
            var perPeriod = [Int32](repeating: 0, count: T)
            for t in time where t >= 0 { perPeriod[Int(t)] += 1 }
            for t in 1..<Swift.max(1, T) { perPeriod[t] += perPeriod[t - 1] }
            return perPeriod
        }
        let observed = AdoptionCurve(record: record).periods
        periods = (0..<T).map { t in
            let values = curves.map { Double($0[t]) }.sorted()
            return Period(
                label: record.label(t), observed: observed[t].cumulative,
                median: ParallelReplicates.quantile(values, 0.5),
                p05: ParallelReplicates.quantile(values, 0.05), p95: ParallelReplicates.quantile(values, 0.95))
        }
        self.runs = runs
    }
}
