/// Greedy maximum coverage of reverse-reachable sets: IMM's NodeSelection (Tang, Shi &
/// Xiao 2015, Algorithm 3).
///
/// K times, take the firm that appears in the most RR sets not yet covered (ties: smaller
/// id), then mark those sets covered and lower the counts of their other members. Greedy
/// coverage is within (1 − 1/e) of the best coverage by K firms.
///
/// - Returns: the firms in order of choice and how many new sets each covered.
/// - Complexity: up to ``scanLimit`` seeds O(K · (total size of the sets + n)) time and
///   O(n + number of sets) memory; above it O(total size + K · n) time and O(n + total size)
///   memory for the firm → sets index.
/// - References: Y. Tang, Y. Shi, X. Xiao, SIGMOD 2015, doi:10.1145/2723372.2723734.
enum MaximumCoverage {
    /// Up to this many seeds the sets are scanned once per seed for those holding it,
    /// instead of building the firm → sets index: at 10^6 firms the index is as large as
    /// the sets (760 MB of the analysis's IMM step), and 10 scans cost less than building it.
    static let scanLimit = 10

    static func select(k: Int, sets: ReverseReachableSampler.Batch, nodeCount n: Int, idRanks rank: [Int]) -> (seeds: [Int], covered: [Int]) {
        var count = [Int](repeating: 0, count: n)
        for chunk in sets.chunks {
            for v in chunk.members { count[Int(v)] += 1 }
        }
        var chosen = [Bool](repeating: false, count: n)
        var coveredSet = [Bool](repeating: false, count: sets.count)
        var seeds: [Int] = [], covered: [Int] = []
        /// The firm in the most sets not yet covered (ties: smaller id), now chosen.
        func choose() -> Int {
            var best = -1
            for v in 0..<n where !chosen[v] {
                if best < 0 || count[v] > count[best] || (count[v] == count[best] && rank[v] < rank[best]) { best = v }
            }
            chosen[best] = true
            seeds.append(best)
            covered.append(count[best])
            return best
        }
        let rounds = Swift.min(k, n)
        if rounds <= scanLimit {
            for _ in 0..<rounds {
                let best = Int32(choose())
                var j = 0
                for chunk in sets.chunks {
                    chunk.members.withUnsafeBufferPointer { members in
                        for i in 0..<chunk.count {
                            defer { j += 1 }
                            let set = members[chunk.offsets[i]..<chunk.offsets[i + 1]]
                            guard !coveredSet[j], set.contains(best) else { continue }
                            coveredSet[j] = true
                            for v in set { count[Int(v)] -= 1 }
                        }
                    }
                }
            }
            return (seeds, covered)
        }
        // Firm → RR sets containing it (counting sort by firm).
        var start = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { start[v + 1] = start[v] + count[v] }
        var fill = start
        var index = [Int32](repeating: 0, count: sets.totalSize)
        var j = 0
        for chunk in sets.chunks {
            for i in 0..<chunk.count {
                for e in chunk.offsets[i]..<chunk.offsets[i + 1] {
                    let v = Int(chunk.members[e])
                    index[fill[v]] = Int32(j)
                    fill[v] += 1
                }
                j += 1
            }
        }
        fill = []
        for _ in 0..<rounds {
            let best = choose()
            for e in start[best]..<start[best + 1] {
                let j = Int(index[e])
                guard !coveredSet[j] else { continue }
                coveredSet[j] = true
                for v in sets.members(of: j) { count[Int(v)] -= 1 }
            }
        }
        return (seeds, covered)
    }
}
