/// Random reverse-reachable (RR) sets, the samples behind IMM (Borgs et al. 2014; Tang,
/// Shi & Xiao 2015).
///
/// An RR set is drawn by picking a root firm v uniformly at random and collecting every firm
/// that reaches v in a random live-edge graph of the model: for the independent cascade, a
/// breadth-first search backwards over in-ties, each tie u → v live with probability p_uv;
/// for the linear threshold model, a backward random walk in which each firm keeps at most
/// one in-tie, u → v with probability b_uv = w_uv / Σ_u w_uv, stopping at a firm already in
/// the set or with no in-tie kept. For any seed set S, n · P(S meets an RR set) is the
/// expected spread of S, so the share of sampled RR sets that S covers estimates σ(S)/n.
///
/// Set i is drawn from `Xoshiro256StarStar(seed: seed, stream: i)` (its own stream), in
/// chunks spread over workers and put back in index order: the sets are the same for any
/// number of threads.
///
/// - Complexity: O(Σ in-ties examined) time per set; memory O(total size of the sets).
/// - References: C. Borgs, M. Brautbar, J. Chayes, B. Lucier, "Maximizing social influence
///   in nearly optimal time", SODA 2014, doi:10.1137/1.9781611973402.70; Y. Tang, Y. Shi,
///   X. Xiao, "Influence maximization in near-linear time: a martingale approach",
///   SIGMOD 2015, doi:10.1145/2723372.2723734.
struct ReverseReachableSampler: Sendable {
    enum Rule: Sendable {
        /// Bernoulli thresholds per in-adjacency entry.
        case cascade([UInt64])
        /// Cumulative b_uv per in-adjacency entry (per receiver, ending at ~1).
        case threshold([Double])
    }

    let nodeCount: Int
    let offsets: [Int]
    let neighbors: [Int32]
    let rule: Rule

    /// - Throws: ``DiffusionError/unsupportedModel(_:_:)`` for models without an RR-set
    ///   sampler (IMM works for the independent cascade and linear threshold models only).
    init(graph: ClusterGraph, model: DiffusionModel) throws(DiffusionError) {
        try model.validate()
        let inn = graph.inAdjacency, w = graph.edges.weights
        nodeCount = graph.nodeCount
        offsets = inn.offsets
        neighbors = inn.neighbors
        switch model {
        case .independentCascade(let probability):
            var th = [UInt64](repeating: 0, count: inn.neighbors.count)
            for v in 0..<graph.nodeCount {
                for i in inn.range(v) {
                    th[i] = Bernoulli.threshold(probability.probability(edge: Int(inn.edgeIDs[i]), head: v, in: graph))
                }
            }
            rule = .cascade(th)
        case .linearThreshold:
            var cumulative = [Double](repeating: 0, count: inn.neighbors.count)
            for v in 0..<graph.nodeCount {
                var strength = 0.0
                for i in inn.range(v) { strength += w[Int(inn.edgeIDs[i])] }
                var running = 0.0
                for i in inn.range(v) {
                    running += w[Int(inn.edgeIDs[i])] / strength
                    cumulative[i] = running
                }
            }
            rule = .threshold(cumulative)
        default:
            throw .unsupportedModel(.imm, model)
        }
    }

    /// Draws RR set `index` into `scratch.order[0..<scratch.count]`.
    @inline(__always)
    func draw(_ index: Int, seed: UInt64, scratch: DiffusionScratch, none: UnsafeBufferPointer<Int32>) {
        var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(index))
        scratch.beginRun(blocked: none)
        let root = Int(rng.next().multipliedFullWidth(by: UInt64(nodeCount)).high)
        scratch.reach(root, at: 0)
        let epoch = scratch.epoch, mark = scratch.mark0, order = scratch.order
        offsets.withUnsafeBufferPointer { off in
            neighbors.withUnsafeBufferPointer { nb in
                switch rule {
                case .cascade(let thresholds):
                    thresholds.withUnsafeBufferPointer { th in
                        var head = 0, count = scratch.count
                        while head < count {
                            let v = Int(order[head])
                            head &+= 1
                            for i in off[v]..<off[v &+ 1] {
                                let u = Int(nb[i])
                                if mark[u] != epoch, rng.bernoulli(th[i]) {
                                    mark[u] = epoch
                                    order[count] = Int32(truncatingIfNeeded: u)
                                    count &+= 1
                                }
                            }
                        }
                        scratch.count = count
                    }
                case .threshold(let cumulative):
                    cumulative.withUnsafeBufferPointer { cum in
                        var v = root
                        while true {
                            let lo = off[v], hi = off[v &+ 1]
                            guard lo < hi else { break }
                            let x = rng.uniform()
                            var i = lo
                            while i < hi && cum[i] <= x { i &+= 1 }
                            guard i < hi else { break }  // no in-tie kept (rounding only)
                            let u = Int(nb[i])
                            guard mark[u] != epoch else { break }
                            scratch.reach(u, at: 0)
                            v = u
                        }
                    }
                }
            }
        }
    }

    /// RR sets, in the chunks the workers drew them in (never copied into one array: at
    /// 10^6 firms IMM's sets hold 10^8-10^9 members, and the copy doubled its peak memory).
    /// Set j is the j-th set over the chunks in order.
    struct Batch: Sendable {
        /// Consecutive sets: set i of the chunk is `members[offsets[i]..<offsets[i+1]]`.
        struct Chunk: Sendable {
            var members: [Int32] = []
            var offsets: [Int] = [0]
            var count: Int { offsets.count - 1 }
        }
        private(set) var chunks: [Chunk] = []
        /// The index of the first set of each chunk, and the set count at the end.
        private(set) var starts: [Int] = [0]
        var count: Int { starts[starts.count - 1] }
        /// The number of members over all sets.
        private(set) var totalSize = 0

        init() {}

        init(_ chunks: [Chunk]) {
            for chunk in chunks { append(chunk) }
        }

        mutating func append(_ chunk: Chunk) {
            chunks.append(chunk)
            starts.append(count + chunk.count)
            totalSize += chunk.members.count
        }

        mutating func append(_ other: Batch) {
            for chunk in other.chunks { append(chunk) }
        }

        /// The members of set `j`, 0 ≤ j < ``count``.
        /// - Complexity: O(log chunks).
        func members(of j: Int) -> ArraySlice<Int32> {
            var lo = 0, hi = chunks.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if starts[mid] <= j { lo = mid } else { hi = mid - 1 }
            }
            let chunk = chunks[lo], i = j - starts[lo]
            return chunk.members[chunk.offsets[i]..<chunk.offsets[i + 1]]
        }
    }

    /// Draws the RR sets with indices in `range` on `threads` workers of ``WorkerPool``, in
    /// chunks that each worker draws with its own ``DiffusionScratch``, put back in chunk order.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    func sample(_ range: Range<Int>, seed: UInt64, threads: Int) throws(CancellationError) -> Batch {
        guard !range.isEmpty else { return Batch() }
        let chunkSize = 4096
        let chunks = (range.count + chunkSize - 1) / chunkSize
        let none: [Int32] = []
        let parts = try WorkerPool.map(chunks, workers: threads, makeState: { DiffusionScratch(nodeCount: nodeCount) }) {
            scratch, c, task in
            let lo = range.lowerBound + c * chunkSize, hi = Swift.min(range.upperBound, lo + chunkSize)
            var batch = Batch.Chunk()
            batch.offsets.reserveCapacity(hi - lo + 1)
            none.withUnsafeBufferPointer { none in
                for i in lo..<hi where !task.isCancelled {
                    draw(i, seed: seed, scratch: scratch, none: none)
                    batch.members.append(contentsOf: UnsafeBufferPointer(start: scratch.order, count: scratch.count))
                    batch.offsets.append(batch.members.count)
                }
            }
            return batch
        }.results
        return Batch(parts)
    }
}
