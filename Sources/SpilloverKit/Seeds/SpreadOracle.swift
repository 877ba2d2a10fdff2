/// Expected spread of seed sets under one diffusion model, estimated with common random
/// numbers: every evaluation uses the same Monte Carlo runs `0..<runs`, run r drawing from
/// `Xoshiro256StarStar(seed: seed, stream: r)` exactly as ``DiffusionSimulation`` does. The
/// spreads of two seed sets are then compared on the same random streams, so their difference
/// (a marginal gain) has far less noise than two independent estimates would give, and a
/// set's estimate here equals the mean of `DiffusionSimulation.run(budget: .runs(runs), seed:)`.
///
/// Estimates are kept as integer totals (firms reached summed over runs), so they do not
/// depend on the order in which workers add them: the same for any number of threads.
///
/// - Complexity: O(R · (n_reached + arcs examined)) per seed set, spread over `threads` workers.
public struct SpreadOracle: Sendable {
    /// The cluster the spreads are estimated on.
    public let graph: ClusterGraph
    /// The diffusion model, as ``DiffusionSimulation`` runs it.
    public let model: DiffusionModel
    /// Monte Carlo runs per evaluation.
    public let runs: Int
    /// The random seed of the runs.
    public let seed: UInt64
    /// Worker threads (``WorkerPool/threads`` unless named); results do not depend on it.
    public let threads: Int
    private let kernel: any DiffusionKernel

    /// - Throws: ``DiffusionError/invalidParameter(_:value:expected:file:)`` when a model
    ///   parameter is out of range or `runs` < 1.
    public init(
        graph: ClusterGraph, model: DiffusionModel, runs: Int = 1000, seed: UInt64 = 1,
        threads: Int = WorkerPool.threads
    ) throws(DiffusionError) {
        try model.validate()
        try DiffusionError.require(.runs, Double(runs), in: .atLeast(1))
        self.graph = graph
        self.model = model
        self.runs = runs
        self.seed = seed
        self.threads = Swift.max(1, threads)
        self.kernel = model.kernel(for: graph)
    }

    /// Σ over the runs of the firms reached from each seed set (distinct, valid node numbers).
    /// Divide by ``runs`` for the expected spread.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled (the workers stop
    ///   between runs).
    public func totals(_ sets: [[Int]]) async throws(CancellationError) -> [Int] {
        try Self.totals(
            kernel, nodeCount: graph.nodeCount, sets: sets.map { $0.map { Int32($0) } },
            runs: runs, seed: seed, threads: threads)
    }

    /// The expected spread of one seed set.
    public func spread(_ seeds: [Int]) async throws(CancellationError) -> Double {
        Double(try await totals([seeds])[0]) / Double(runs)
    }

    /// Each seed's marginal gain in expected spread, in order: σ(S_i) − σ(S_{i−1}) for the
    /// prefixes S_i of `seeds`, all on the same runs.
    public func marginalGains(_ seeds: [Int]) async throws(CancellationError) -> [Double] {
        let prefixes = (1...Swift.max(1, seeds.count)).map { Array(seeds.prefix($0)) }
        let t = seeds.isEmpty ? [] : try await totals(prefixes)
        return t.indices.map { Double(t[$0] - ($0 == 0 ? 0 : t[$0 - 1])) / Double(runs) }
    }

    /// Work items are (set, chunk of runs); with many sets a chunk is all runs of a set, so
    /// each worker evaluates whole sets; with few sets the runs are cut so all workers help.
    /// Each worker of ``WorkerPool`` keeps one ``DiffusionScratch``; an item's total goes to its
    /// own slot and the slots are summed per set in item order.
    static func totals(
        _ kernel: some DiffusionKernel, nodeCount: Int, sets: [[Int32]], runs: Int, seed: UInt64, threads: Int
    ) throws(CancellationError) -> [Int] {
        guard !sets.isEmpty else { return [] }
        let workers = Swift.max(1, threads)
        let chunkSize = sets.count >= 4 * workers ? runs : Swift.max(1, runs / (workers * 8))
        let chunksPerSet = (runs + chunkSize - 1) / chunkSize
        let none: [Int32] = []
        let sums = try WorkerPool.map(
            sets.count * chunksPerSet, workers: workers, makeState: { DiffusionScratch(nodeCount: nodeCount) }
        ) { scratch, item, task in
            let s = item / chunksPerSet, c = item % chunksPerSet
            let lo = c * chunkSize, hi = Swift.min(runs, lo + chunkSize)
            var sum = 0
            sets[s].withUnsafeBufferPointer { seeds in
                none.withUnsafeBufferPointer { blocked in
                    for r in lo..<hi where !task.isCancelled {
                        var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(r))
                        scratch.beginRun(blocked: blocked)
                        kernel.simulate(seeds: seeds, scratch: scratch, rng: &rng)
                        sum += scratch.count
                    }
                }
            }
            return sum
        }.results
        var total = [Int](repeating: 0, count: sets.count)
        for (item, sum) in sums.enumerated() { total[item / chunksPerSet] += sum }
        return total
    }
}
