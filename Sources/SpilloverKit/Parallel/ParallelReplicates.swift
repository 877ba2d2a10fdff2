/// Independent replicates (permutations, bootstrap samples, simulation runs) spread over
/// threads. Replicate r must draw only from its own generator, e.g.
/// `Xoshiro256StarStar(seed:stream: r)`; its result is stored at index r, so the output is
/// the same for any number of threads.
enum ParallelReplicates {
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func map<T: Sendable>(count: Int, threads: Int, _ body: @Sendable (Int) -> T) throws(CancellationError) -> [T] {
        try WorkerPool.map(count, workers: threads, makeState: {}) { _, r, _ in body(r) }.results
    }

    /// The q-quantile of `sorted` (ascending) by linear interpolation between order
    /// statistics (R's default, type 7): x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1)q.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down)), hi = Swift.min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
}
