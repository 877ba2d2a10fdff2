import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The one setting of how many threads parallel work uses, and the one way it runs.
///
/// Every parallel stage — the measures' searches and passes, diffusion runs, seed
/// selection, ranking stability, the fit's bootstrap and permutations — takes its number of
/// workers from ``threads`` unless a call names its own. Bind it for a task with
/// `WorkerPool.$threads.withValue(2) { … }`; the default is every core. Work is split into
/// items whose results go to fixed places and are combined in a fixed order, so results
/// are identical for any number of threads.
public enum WorkerPool {
    /// The number of cores of this machine.
    public static let cores: Int = {
        #if canImport(Glibc)
            return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 4
        #endif
    }()

    /// The number of worker threads of the current task (at least 1).
    @TaskLocal public static var threads: Int = cores

    /// Runs `body(i)` for every i in `0..<count` on `min(workers, count)` threads that take
    /// the next index from a shared counter; returns when all are done. `body` must write
    /// shared results at places of its own index only.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled: the workers stop
    ///   taking indices (the items under way finish), so some items were not run.
    static func forEachIndex(_ count: Int, workers: Int = threads, _ body: (Int) -> Void) throws(CancellationError) {
        try forEachIndex(count, workers: workers) { i, _ in body(i) }
    }

    /// ``forEachIndex(_:workers:_:)`` for items that are long themselves (a block of
    /// searches): `body(i, task)` checks `task.isCancelled` between its steps and returns
    /// early when it is set.
    static func forEachIndex(
        _ count: Int, workers: Int = threads, _ body: (Int, Cancellation.Observer) -> Void
    ) throws(CancellationError) {
        let stopped = Cancellation.observing { task in
            spread(count, workers: workers, stop: { task.isCancelled }) { i in body(i, task) }
            return task.isCancelled
        }
        if stopped { throw CancellationError() }
    }

    /// ``forEachIndex(_:workers:_:)`` for passes that always run to the end: O(count) work
    /// (building an index, a final sum) that takes well under a second at 10^6 firms, between
    /// cancellable stages.
    static func forEachIndexToEnd(_ count: Int, workers: Int = threads, _ body: (Int) -> Void) {
        spread(count, workers: workers, stop: { false }, body)
    }

    private static func spread(_ count: Int, workers: Int, stop: () -> Bool, _ body: (Int) -> Void) {
        guard count > 0 else { return }
        let workers = Swift.max(1, Swift.min(workers, count))
        guard workers > 1 else {
            for i in 0..<count {
                if stop() { return }
                body(i)
            }
            return
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(body) { body in
            withoutActuallyEscaping(stop) { stop in
                nonisolated(unsafe) let body = body, stop = stop
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while !stop() {
                        let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard i < count else { break }
                        body(i)
                    }
                }
            }
        }
    }

    /// Runs `body(w, task)` once for each worker w in `0..<workers` (each with state of its
    /// own, pulling work from a shared counter of the caller's); `task` says whether the
    /// calling task is cancelled, and a worker stops pulling work when it is.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func forEachWorker(_ workers: Int, _ body: (Int, Cancellation.Observer) -> Void) throws(CancellationError) {
        let stopped = Cancellation.observing { task in
            if workers == 1 {
                body(0, task)
            } else if workers > 1 {
                withoutActuallyEscaping(body) { body in
                    nonisolated(unsafe) let body = body
                    DispatchQueue.concurrentPerform(iterations: workers) { w in body(w, task) }
                }
            }
            return task.isCancelled
        }
        if stopped { throw CancellationError() }
    }
}
