import Synchronization

/// What a batch of Monte Carlo runs produced: per-run outcomes in run order and per-firm
/// integer tallies. Integer sums do not depend on the order in which workers add them, and
/// per-run values are put back in run order, so a batch is the same for any thread count.
struct RunBatch: Sendable {
    /// Firms reached in each run.
    var spreads: [Int32] = []
    /// Firms with capability (tacit knowledge) at the end of each run; empty unless the
    /// model reports it.
    var capability: [Int32] = []
    /// Run k's firms newly reached at steps 0, 1, … are
    /// `curveCounts[curveOffsets[k]..<curveOffsets[k+1]]`.
    var curveOffsets: [Int] = [0]
    var curveCounts: [Int32] = []
    /// Per firm: runs in which it was reached, the sum of its arrival steps over those runs,
    /// and runs in which it ended with capability.
    var reach: [Int]
    var arrivalSum: [Int]
    var capable: [Int]
    /// Ties examined over all runs.
    var examinations = 0

    init(nodeCount: Int, capability: Bool) {
        reach = [Int](repeating: 0, count: nodeCount)
        arrivalSum = reach
        capable = capability ? reach : []
    }

    var runCount: Int { spreads.count }

    /// Appends `other`'s runs after this batch's runs and adds its tallies.
    mutating func append(_ other: RunBatch) {
        appendRuns(other)
        addTallies(other)
    }

    /// Appends `other`'s per-run outcomes after this batch's runs (not its tallies).
    mutating func appendRuns(_ other: RunBatch) {
        spreads += other.spreads
        capability += other.capability
        let base = curveOffsets[curveOffsets.count - 1]
        curveOffsets += other.curveOffsets.dropFirst().map { $0 + base }
        curveCounts += other.curveCounts
    }

    mutating func addTallies(_ other: RunBatch) {
        for v in reach.indices {
            reach[v] += other.reach[v]
            arrivalSum[v] += other.arrivalSum[v]
        }
        for v in capable.indices { capable[v] += other.capable[v] }
        examinations += other.examinations
    }
}

/// Runs a diffusion model many times, spread over cores, reproducibly.
///
/// Run r draws only from `Xoshiro256StarStar(seed: seed, stream: r)`. Runs are cut into
/// chunks that the workers of ``WorkerPool`` take in turn; each worker owns one
/// ``DiffusionScratch`` and the per-firm tallies of all its runs. Chunks' runs are put back in
/// chunk order and tallies are integer sums, so the result is byte-identical for any number
/// of threads.
enum MonteCarloEngine {
    /// A worker's scratch space and the tallies of its runs.
    private struct Worker {
        let scratch: DiffusionScratch
        var tallies: RunBatch
    }

    /// - Throws: `CancellationError` when the calling task is cancelled: the workers stop
    ///   between runs.
    static func run(
        _ kernel: some DiffusionKernel, nodeCount: Int, seeds: [Int32], blocked: [Int32],
        seed: UInt64, runs: Range<Int>, threads: Int, progress: (@Sendable (Int) -> Void)?
    ) throws(CancellationError) -> RunBatch {
        let capability = kernel.reportsCapability
        let workers = Swift.max(1, Swift.min(threads, runs.count))
        let chunkSize = Swift.max(1, Swift.min(256, runs.count / (workers * 8)))
        let chunkCount = (runs.count + chunkSize - 1) / chunkSize
        let completed = Atomic<Int>(0)
        let done = try WorkerPool.map(
            chunkCount, workers: workers,
            makeState: { Worker(scratch: DiffusionScratch(nodeCount: nodeCount), tallies: RunBatch(nodeCount: nodeCount, capability: capability)) }
        ) { worker, c, task in
            let lo = runs.lowerBound + c * chunkSize
            let hi = Swift.min(runs.upperBound, lo + chunkSize)
            var own = RunBatch(nodeCount: 0, capability: false)
            seeds.withUnsafeBufferPointer { seeds in
                blocked.withUnsafeBufferPointer { blocked in
                    for r in lo..<hi where !task.isCancelled {
                        var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(r))
                        worker.scratch.beginRun(blocked: blocked)
                        kernel.simulate(seeds: seeds, scratch: worker.scratch, rng: &rng)
                        record(worker.scratch, into: &own, tallies: &worker.tallies, capability: capability)
                    }
                }
            }
            progress?(completed.wrappingAdd(hi - lo, ordering: .relaxed).newValue)
            return own
        }
        var states = done.states
        // The first worker's tallies become the total (taken out, so not copied on write).
        var total = RunBatch(nodeCount: states.isEmpty ? nodeCount : 0, capability: capability)
        for w in states.indices {
            states[w].tallies.examinations = states[w].scratch.examinations
            if w == 0 { swap(&total, &states[0].tallies) } else { total.addTallies(states[w].tallies) }
        }
        for chunk in done.results { total.appendRuns(chunk) }
        return total
    }

    /// Adds one finished run to the chunk's outcomes and the worker's tallies.
    private static func record(_ s: DiffusionScratch, into own: inout RunBatch, tallies: inout RunBatch, capability: Bool) {
        own.spreads.append(Int32(s.count))
        var current: Int32 = 0, newcomers: Int32 = 0
        tallies.reach.withUnsafeMutableBufferPointer { reach in
            tallies.arrivalSum.withUnsafeMutableBufferPointer { arrival in
                for k in 0..<s.count {
                    let v = Int(s.order[k])
                    let t = s.step[v]
                    reach[v] += 1
                    arrival[v] += Int(t)
                    while current < t {
                        own.curveCounts.append(newcomers)
                        newcomers = 0
                        current += 1
                    }
                    newcomers += 1
                }
            }
        }
        own.curveCounts.append(newcomers)
        own.curveOffsets.append(own.curveCounts.count)
        if capability {
            own.capability.append(Int32(s.capableCount))
            for k in 0..<s.capableCount { tallies.capable[Int(s.listA[k])] += 1 }
        }
    }
}
