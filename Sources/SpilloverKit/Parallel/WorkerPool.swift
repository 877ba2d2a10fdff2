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
///
/// The workers are threads of Dispatch's `concurrentPerform`, not Swift tasks: a stage
/// blocks the task that runs it until its items are done, and the calling thread works on
/// items too. That is safe inside `async` functions because the workers never wait for other
/// tasks: they only compute, so a blocked thread of Swift's cooperative pool delays other
/// tasks but cannot deadlock them. The workers see the calling task's cancellation, also in
/// code nested in an item, and parallel stages nested in an item share the threads of their
/// worker (``threads`` is bound to them there).
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
        _ = try withWorkers(count, workers: workers, makeState: {}) { _, i, _ in body(i) }
    }

    /// ``forEachIndex(_:workers:_:)`` for items that are long themselves (a block of
    /// searches): `body(i, task)` checks `task.isCancelled` between its steps and returns
    /// early when it is set.
    static func forEachIndex(
        _ count: Int, workers: Int = threads, _ body: (Int, Cancellation.Observer) -> Void
    ) throws(CancellationError) {
        _ = try withWorkers(count, workers: workers, makeState: {}) { _, i, task in body(i, task) }
    }

    /// ``forEachIndex(_:workers:_:)`` for passes that always run to the end: O(count) work
    /// (building an index, a final sum) that takes well under a second at 10^6 firms, between
    /// cancellable stages.
    static func forEachIndexToEnd(_ count: Int, workers: Int = threads, _ body: (Int) -> Void) {
        _ = pull(count, workers: workers, task: .never, makeState: {}) { _, i, _ in body(i) }
    }

    /// ``forEachIndexToEnd(_:workers:_:)`` whose items each give a result: the results in
    /// item order, the same for any number of threads.
    static func mapToEnd<Output>(_ count: Int, workers: Int = threads, _ body: (Int) -> Output) -> [Output] {
        var results = [Output?](repeating: nil, count: Swift.max(count, 0))
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            forEachIndexToEnd(count, workers: workers) { i in slots[i] = body(i) }
        }
        return results.map { $0! }
    }

    /// Runs `body(&state, i, task)` for every item i in `0..<count` on `min(workers, count)`
    /// threads, each with its own state made once by `makeState` (scratch space, tallies), and
    /// returns the workers' states. Workers take the next index from a shared counter, so
    /// which worker's state saw an item depends on scheduling: whatever the states accumulate
    /// must be combined in an order-independent way (integer sums) for a deterministic result;
    /// per-item results belong in ``map(_:workers:makeState:_:)``. A long item checks
    /// `task.isCancelled` between its steps and returns early when it is set.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled: the workers stop
    ///   taking items, so some items were not run or not finished.
    static func withWorkers<State>(
        _ count: Int, workers: Int = threads, makeState: () -> State,
        _ body: (inout State, Int, Cancellation.Observer) -> Void
    ) throws(CancellationError) -> [State] {
        let (states, stopped) = Cancellation.observing { task in
            (pull(count, workers: workers, task: task, makeState: makeState, body), task.isCancelled)
        }
        if stopped { throw CancellationError() }
        return states
    }

    /// ``withWorkers(_:workers:makeState:_:)`` whose items each give a result: returns the
    /// results in item order (the same for any number of threads) and the workers' states.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled.
    static func map<State, Output>(
        _ count: Int, workers: Int = threads, makeState: () -> State,
        _ body: (inout State, Int, Cancellation.Observer) -> Output
    ) throws(CancellationError) -> (results: [Output], states: [State]) {
        var results = [Output?](repeating: nil, count: Swift.max(count, 0))
        let states = try results.withUnsafeMutableBufferPointer { slots throws(CancellationError) in
            nonisolated(unsafe) let slots = slots
            return try withWorkers(count, workers: workers, makeState: makeState) { state, i, task in
                slots[i] = body(&state, i, task)
            }
        }
        return (results.map { $0! }, states)
    }

    /// The one worker loop: each of `min(workers, count)` threads makes its state, then takes
    /// indices from a shared counter until they run out or `task` is cancelled.
    private static func pull<State>(
        _ count: Int, workers requested: Int, task: Cancellation.Observer, makeState: () -> State,
        _ body: (inout State, Int, Cancellation.Observer) -> Void
    ) -> [State] {
        guard count > 0 else { return [] }
        let workers = Swift.max(1, Swift.min(requested, count))
        guard workers > 1 else {
            // On the calling thread, in its task: nested stages keep its threads (beside a
            // serial job, this is the one thread the stage may use).
            var state = makeState()
            for i in 0..<count {
                if task.isCancelled { break }
                body(&state, i, task)
            }
            return [state]
        }
        // Stages nested in an item share their worker's part of the threads (1 when there are
        // at least as many items as threads), instead of every worker starting all of them.
        // Beside a serial job (`overlapping`), a worker runs an item only with a token, and
        // stages nested in it get no threads of their own (the tokens count every thread).
        let budget = WorkerPool.budget
        let share = budget == nil ? Swift.max(1, requested / workers) : 1
        let next = Atomic<Int>(0)
        var states = [State?](repeating: nil, count: workers)
        states.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            withoutActuallyEscaping(makeState) { makeState in
                withoutActuallyEscaping(body) { body in
                    nonisolated(unsafe) let makeState = makeState, body = body
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        // Dispatch's threads are in no task: bind what nested stages read.
                        Cancellation.$enclosing.withValue(task) {
                            WorkerPool.$threads.withValue(share) {
                                WorkerPool.$budget.withValue(nil) {
                                    var state = makeState()
                                    while !task.isCancelled {
                                        budget?.acquire()
                                        defer { budget?.release() }
                                        let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                                        guard i < count else { break }
                                        body(&state, i, task)
                                    }
                                    slots[w] = state
                                }
                            }
                        }
                    }
                }
            }
        }
        return states.map { $0! }
    }
}
