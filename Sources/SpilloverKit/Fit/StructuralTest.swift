/// A structural-dependence test of adoption (after Vega Yon & Valente's netdiffuseR
/// `struct_test()`): is exposure at adoption higher than if the same adoption times had
/// fallen on other adopters?
///
/// The statistic is the mean network threshold (exposure at adoption, seeds included) over
/// every adopter. The adoption times are permuted among the adopters R times (censored firms
/// stay censored); the p-value is the share of permutations whose statistic is at least the
/// observed one (one-sided: contagion raises it). Permutation r shuffles with its own
/// generator `Xoshiro256StarStar(seed:stream: r)`, so the result is the same for any number
/// of threads.
public struct StructuralTest: Sendable, Equatable {
    /// The observed mean network threshold over every adopter, in [0, 1].
    public let statistic: Double
    /// One-sided p-value: the share of permutations whose statistic is at least the observed one.
    public let pValue: Double
    /// The number of permutations R.
    public let permutations: Int
    /// Mean of the statistic over the permutations.
    public let permutedMean: Double

    /// - Throws: `CancellationError` when the calling task is cancelled.
    /// - Complexity: O(R · (n + m)) time over `threads` workers.
    public init(
        arcs: AdoptionArcs, record: AdoptionRecord, weighted: Bool = false, permutations: Int = 1000,
        seed: UInt64 = 1, threads: Int = WorkerPool.threads
    ) throws(CancellationError) {
        let observed = arcs.meanThreshold(time: record.time, weighted: weighted)
        let adopters = record.time.indices.filter { record.time[$0] >= 0 }
        let adoptedTimes = adopters.map { record.time[$0] }
        let stats = try ParallelReplicates.map(count: permutations, threads: threads) { r in
            var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(r))
            var shuffled = adoptedTimes
            shuffled.shuffle(using: &rng)
            var time = record.time
            for (k, i) in adopters.enumerated() { time[i] = shuffled[k] }
            return arcs.meanThreshold(time: time, weighted: weighted)
        }
        let tolerance = 1e-12 * Swift.max(1, abs(observed))
        statistic = observed
        self.permutations = permutations
        pValue = permutations > 0 ? Double(stats.filter { $0 >= observed - tolerance }.count) / Double(permutations) : .nan
        permutedMean = permutations > 0 ? stats.reduce(0, +) / Double(permutations) : .nan
    }
}
