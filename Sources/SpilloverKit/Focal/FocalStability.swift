/// How stable a focal ranking is when ties are missing: the ranking is redone on
/// perturbed copies of the graph (``TiePerturbation``), and each firm gets the share of
/// copies in which it stays in the top K and its median rank.
///
/// Copy r draws from its own generator seeded from (`seed`, r), and copies are ranked in
/// parallel; results are the same for any number of threads.
public enum FocalStability {
    public struct Options: Sendable {
        /// Number of perturbed copies (R).
        public var copies: Int
        /// Share of ties dropped in each copy.
        public var dropFraction: Double
        /// Add as many random ties as are dropped.
        public var addRandom: Bool
        /// The K of "stays in the top K".
        public var topK: Int
        public var seed: UInt64
        /// Worker tasks; `nil` for one per core.
        public var threads: Int?

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
    /// - Parameter measures: computes the metrics columns that the ranking needs on a
    ///   perturbed copy (``FocalRanking/requiredMeasures(for:)``).
    /// - Complexity: R times the cost of the measures and the ranking.
    public static func estimate(
        _ ranking: FocalRanking, graph: ClusterGraph, options: Options,
        measures: @escaping @Sendable (ClusterGraph) throws -> [String: [Double]]
    ) async throws -> FocalRanking {
        let n = graph.nodeCount
        let copies = max(0, options.copies)
        let workers = max(1, min(options.threads ?? ProcessInfoCores.count, max(copies, 1)))
        let perturbation = TiePerturbation(dropFraction: options.dropFraction, addRandom: options.addRandom)
        let criteria = ranking.criteria, method = ranking.method
        // ranks[r][v]: rank of node v in copy r.
        var ranks = [[Int]](repeating: [], count: copies)
        try await withThrowingTaskGroup(of: [(Int, [Int])].self) { group in
            for w in 0..<workers {
                group.addTask {
                    var out: [(Int, [Int])] = []
                    var r = w
                    while r < copies {
                        var rng = SplitMix64(seed: SplitMix64.stream(options.seed, UInt64(r)))
                        let copy = perturbation.apply(to: graph, rng: &rng)
                        let ranked = try FocalRanking(graph: copy, measures: try measures(copy), criteria: criteria, method: method)
                        var byNode = [Int](repeating: 0, count: n)
                        for row in ranked.rows { byNode[row.node] = row.rank }
                        out.append((r, byNode))
                        r += workers
                    }
                    return out
                }
            }
            for try await part in group { for (r, byNode) in part { ranks[r] = byNode } }
        }
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

extension SplitMix64 {
    /// A seed for stream `index` of a master `seed`: two SplitMix64 steps over their mix,
    /// so neighbouring streams are unrelated.
    static func stream(_ seed: UInt64, _ index: UInt64) -> UInt64 {
        var g = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        _ = g.next()
        return g.next()
    }
}

/// The number of cores to spread parallel work over.
enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

import Foundation
