/// Parametric-bootstrap intervals of the cascade model (Efron & Tibshirani 1993, ch. 6, 13).
///
/// Replicate b simulates the fitted model (``CascadeSimulator``) from the observed seeds over
/// the observed periods with the generator `Xoshiro256StarStar(seed:stream: b)`, refits it
/// by maximum likelihood, and keeps the estimates; each parameter's interval is the 2.5% and
/// 97.5% quantiles (type 7) of its replicates. Replicates in which a parameter cannot be
/// estimated (no firm exposed through its channel) leave that parameter out and are counted.
/// Results do not depend on the number of threads.
///
/// - References: B. Efron, R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman &
///   Hall, 1993.
public struct CascadeBootstrap: Sendable {
    /// Replicates asked for.
    public let replicates: Int
    /// Per parameter (ε, then each p), the replicates that estimated it.
    public let usable: [Int]
    /// Per parameter, the 95% percentile interval (NaN bounds when no replicate estimated it).
    public let intervals: [ClosedInterval]

    /// Runs `replicates` bootstrap replicates of `fit` on `arcs` from the seeds and periods of
    /// `record`; replicate b draws from stream b of `seed`.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: `replicates` simulations and maximum-likelihood fits, spread over `threads`.
    public init(fit: CascadeFit, arcs: AdoptionArcs, record: AdoptionRecord, replicates: Int, seed: UInt64 = 1, threads: Int = WorkerPool.threads) throws(CancellationError) {
        let simulator = CascadeSimulator(arcs: arcs, epsilon: fit.epsilon.estimate, probabilities: fit.probabilities)
        let seeds = record.seeds, T = record.periodCount, names = arcs.classNames
        let estimates: [[Double]] = try ParallelReplicates.map(count: replicates, threads: threads) { b in
            var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(b))
            let time = simulator.simulate(seeds: seeds, periodCount: T, rng: &rng)
            let patterns = CascadePatterns(arcs: arcs, time: time, periodCount: T)
            guard let refit = try? CascadeModel.fit(patterns: patterns, classNames: names, intervals: false) else {
                return [Double](repeating: .nan, count: names.count + 1)
            }
            return [refit.epsilon.estimate] + refit.p.map(\.estimate)
        }
        self.replicates = replicates
        var usable: [Int] = [], intervals: [ClosedInterval] = []
        for j in 0...names.count {
            let values = estimates.map { $0[j] }.filter { !$0.isNaN }.sorted()
            usable.append(values.count)
            intervals.append(ClosedInterval(ParallelReplicates.quantile(values, 0.025), ParallelReplicates.quantile(values, 0.975)))
        }
        self.usable = usable
        self.intervals = intervals
    }
}

extension CascadeFit {
    /// This fit with the bootstrap intervals filled in.
    public func with(_ bootstrap: CascadeBootstrap) -> CascadeFit {
        var copy = self
        copy.epsilon.bootstrap95 = bootstrap.intervals[0]
        for c in copy.p.indices { copy.p[c].bootstrap95 = bootstrap.intervals[c + 1] }
        return copy
    }
}
