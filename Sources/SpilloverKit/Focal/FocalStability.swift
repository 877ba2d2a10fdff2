/// How stable a focal ranking is when ties are missing: the ranking is redone on
/// perturbed copies of the graph (`TiePerturbation`), and each firm gets the share of
/// copies in which it stays in the top K and its median rank.
///
/// Copy r draws from its own generator, xoshiro256** seeded from (`seed`, r) as the
/// diffusion engine's runs are, and copies are ranked in
/// parallel on ``WorkerPool``; results are the same for any number of threads.
public enum FocalStability {
    /// What the perturbation does and how many copies are ranked.
    public struct Options: Sendable {
        /// Number of perturbed copies (R).
        public var copies: Int
        /// Share of ties dropped in each copy.
        public var dropFraction: Double
        /// Add as many random ties as are dropped.
        public var addRandom: Bool
        /// The K of "stays in the top K".
        public var topK: Int
        /// The random seed; copy r draws from stream r of it.
        public var seed: UInt64
        /// Worker threads; `nil` for ``WorkerPool/threads``.
        public var threads: Int?

        /// Options; by default 10% of the ties are dropped, none added, the top 10 are followed, seed
        /// 1 and ``WorkerPool/threads`` workers.
        public init(copies: Int, dropFraction: Double = 0.1, addRandom: Bool = false, topK: Int = 10, seed: UInt64 = 1, threads: Int? = nil) {
            self.copies = copies
            self.dropFraction = dropFraction
            self.addRandom = addRandom
            self.topK = topK
            self.seed = seed
            self.threads = threads
        }
    }

    /// Adds `top_k_share` and `median_rank` to `ranking`.
    ///
    /// - Parameters:
    ///   - ranking: the ranking of the unperturbed graph; its criteria and method are reused.
    ///   - graph: the graph that `ranking` ranks.
    ///   - options: the perturbation, the number of copies, K, the seed and the threads.
    ///   - measures: computes the measures that the ranking needs on a
    ///     perturbed copy (``FocalRanking/requiredMeasures(for:)``).
    /// - Complexity: R times the cost of the measures and the ranking.
    public static func estimate(
        _ ranking: FocalRanking, graph: ClusterGraph, options: Options,
        measures: @escaping @Sendable (ClusterGraph) throws -> [Measure: [Double]]
    ) async throws -> FocalRanking {
        let n = graph.nodeCount
        let copies = max(0, options.copies)
        let workers = max(1, min(options.threads ?? WorkerPool.threads, max(copies, 1)))
        let perturbation = TiePerturbation(dropFraction: options.dropFraction, addRandom: options.addRandom)
        let criteria = ranking.criteria, method = ranking.method
        // Set once a copy fails: the workers take no more copies.
        let failed = Atomic<Bool>(false)
        // outcomes[r]: the rank of each node v in copy r, or why copy r failed; nil for a copy
        // not ranked after a failure.
        let outcomes = try ProgressStage.run("ranking stability", total: copies) { stage in
            try WorkerPool.map(copies, workers: workers, makeState: {}) { _, r, _ -> Result<[Int], any Error>? in
                guard !failed.load(ordering: .relaxed) else { return nil }
                do {
                    var rng = Xoshiro256StarStar(seed: options.seed, stream: UInt64(r))
                    let copy = perturbation.apply(to: graph, rng: &rng)
                    // One stage for all copies: their measures' own stages would repeat it. No
                    // cache either: a perturbed copy is never asked for again.
                    let values = try ProgressReporter.$current.withValue(nil) {
                        try ResultCache.$current.withValue(nil) { try measures(copy) }
                    }
                    let ranked = try FocalRanking(graph: copy, measures: values, criteria: criteria, method: method)
                    var byNode = [Int](repeating: 0, count: n)
                    for row in ranked.rows { byNode[row.node] = row.rank }
                    stage.advance()
                    return .success(byNode)
                } catch {
                    failed.store(true, ordering: .relaxed)
                    return .failure(error)
                }
            }.results
        }
        // Copies are taken in order, so every copy before the first failure was ranked: the
        // error thrown is that of the first failing copy, for any number of threads.
        var ranks: [[Int]] = []
        ranks.reserveCapacity(copies)
        for outcome in outcomes { ranks.append(try outcome!.get()) }
        var result = ranking
        result.stabilityTopK = options.topK
        for i in result.rows.indices {
            let v = result.rows[i].node
            let mine = ranks.map { $0[v] }.sorted()
            guard !mine.isEmpty else { continue }
            result.rows[i].topKShare = Double(mine.filter { $0 <= options.topK }.count) / Double(mine.count)
            let mid = mine.count / 2
            result.rows[i].medianRank = mine.count % 2 == 1 ? Double(mine[mid]) : Double(mine[mid - 1] + mine[mid]) / 2
        }
        return result
    }
}

import Foundation
import Synchronization
