/// Splits `0..<count` into contiguous chunks and runs `body` on each, on
/// ``WorkerPool/threads`` threads.
///
/// Each chunk is handled by one call, so per-chunk scratch space is allocated once per chunk
/// rather than once per item. Results must be written to disjoint places (each item's own
/// index), which makes the outcome independent of scheduling.
enum ParallelChunks {
    /// Items per chunk below which the work runs on the calling thread.
    static let sequentialThreshold = 2048

    /// It always runs to the end: it is meant for O(count) passes (building an index, a final
    /// sum) that take well under a second at 10^6 firms; cancellable stages use
    /// ``withWorkers(count:makeState:_:)`` or ``WorkerPool/forEachIndex(_:workers:_:)``.
    static func forEach(count: Int, _ body: (Range<Int>) -> Void) {
        guard count > sequentialThreshold else {
            if count > 0 { body(0..<count) }
            return
        }
        // A fixed chunking (not one that depends on the thread count), so that results are too.
        let chunks = min(count / 512, 64)
        let size = (count + chunks - 1) / chunks
        WorkerPool.forEachIndexToEnd(chunks) { c in
            let start = c * size
            let end = min(count, start + size)
            if start < end { body(start..<end) }
        }
    }

    /// Runs `body` over `0..<count` on ``WorkerPool/threads`` workers, each with its own state made once
    /// by `makeState` (scratch space, accumulators), and returns the workers' states.
    ///
    /// Workers pull chunks of about `count / (16 · workers)` items (at least 64) from a shared
    /// counter, so a few expensive items (the hubs of a cluster) do not leave a core idle, while
    /// per-worker scratch is allocated once per worker instead of once per chunk. Up to
    /// ``sequentialThreshold`` items run on the calling thread with a single state. `body` must
    /// write shared outputs at disjoint indices only; whatever it accumulates in its state is
    /// the caller's to merge (in an order-independent way if the result is to be
    /// deterministic).
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func withWorkers<State>(
        count: Int, makeState: () -> State, _ body: (inout State, Range<Int>) -> Void
    ) throws(CancellationError) -> [State] {
        let threads = WorkerPool.threads
        let size = Swift.max(64, count / (16 * threads))
        // Up to the threshold: one state on the calling thread, in the same chunks (so that a
        // cancelled task stops between them even with one thread): the same result as one call.
        let workers = count > sequentialThreshold ? threads : 1
        guard count > 0 else { return [makeState()] }
        return try WorkerPool.withWorkers((count + size - 1) / size, workers: workers, makeState: makeState) { state, c, _ in
            body(&state, c * size..<Swift.min(count, (c + 1) * size))
        }
    }
}

/// A buffer that chunks of a parallel loop write to at disjoint indices.
struct DisjointWrites<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    @inline(__always) func set(_ i: Int, _ value: Element) { base[i] = value }
}

extension Array {
    /// Runs `body` with a writer over this array's storage, for parallel loops whose chunks
    /// write disjoint indices.
    mutating func withDisjointWrites<R, E: Error>(_ body: (DisjointWrites<Element>) throws(E) -> R) throws(E) -> R {
        try withUnsafeMutableBufferPointer { buffer throws(E) in
            try body(DisjointWrites(base: buffer.baseAddress!))
        }
    }
}
