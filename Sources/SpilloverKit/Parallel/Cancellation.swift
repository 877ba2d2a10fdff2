/// Task cancellation for the long computations, seen from the threads that do the work.
///
/// A computation that can run for more than a second stops within a fraction of a second of
/// the cancellation of the task that called it, and throws `CancellationError`: serial loops
/// call ``check()`` once per unit of work (a diffusion run, a search from one source, a
/// greedy round), ``WorkerPool``'s workers stop taking items, and igraph's loops stop through
/// its interruption handler (``IGraphGateway``). Nothing computed before the cancellation is
/// returned or cached.
enum Cancellation {
    /// On a thread of ``WorkerPool``: the task that started the parallel stage, whose
    /// cancellation code nested in an item checks (the thread itself is in no task).
    @TaskLocal static var enclosing: Observer?

    /// Throws `CancellationError` when the current task is cancelled, or, on a thread of
    /// ``WorkerPool``, the task that started its stage.
    @inline(__always)
    static func check() throws(CancellationError) {
        if Task.isCancelled || (enclosing?.isCancelled ?? false) { throw CancellationError() }
    }

    /// Runs `body` with a way to ask, from any thread, whether the task that called this is
    /// cancelled (on a thread of ``WorkerPool``: the task that started its stage). The threads
    /// of a parallel stage are not tasks (`Task.isCancelled` is always false there), so they
    /// ask through the caller's task; `body` runs synchronously on the caller's thread, which
    /// keeps that task alive until it returns.
    static func observing<T>(_ body: (Observer) throws -> T) rethrows -> T {
        try withUnsafeCurrentTask { task in
            try body(task.map { Observer(task: $0) } ?? enclosing ?? .never)
        }
    }

    /// Whether the caller's task is cancelled; valid only inside ``observing(_:)``.
    struct Observer: @unchecked Sendable {
        // Only read, through the runtime's atomic status load; the task outlives `observing`.
        fileprivate let task: UnsafeCurrentTask?

        /// An observer of no task: never cancelled (passes that always run to the end).
        static let never = Observer(task: nil)

        var isCancelled: Bool { task?.isCancelled ?? false }
    }
}
