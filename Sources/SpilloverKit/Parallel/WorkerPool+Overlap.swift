internal import SpilloverIGraph
import Foundation

extension WorkerPool {
    /// Tokens for the threads of one ``overlapping(serial:parallel:)``: a worker holds one
    /// while it runs an item, the serial job holds one until it ends, so no more than
    /// ``WorkerPool/threads`` threads compute at once.
    final class Budget: Sendable {
        private let tokens: DispatchSemaphore

        init(tokens: Int) { self.tokens = DispatchSemaphore(value: tokens) }

        func acquire() { tokens.wait() }
        func release() { tokens.signal() }
    }

    /// The budget of the ``overlapping(serial:parallel:)`` whose parallel stage is running on
    /// this task; `nil` elsewhere, and inside a worker's item.
    @TaskLocal static var budget: Budget?

    /// Runs `serial`, work that cannot use more than one thread (igraph's measures, behind the
    /// gateway's lock), beside `parallel`, a stage of parallel Swift work, and returns both
    /// results once both have ended.
    ///
    /// With ``threads`` T ≥ 2, `serial` runs on a thread of its own with one thread and
    /// `parallel`'s workers share the other T − 1 tokens of a ``Budget``; when `serial` ends,
    /// its token goes to them, so the T cores stay busy until both are done. (Giving each
    /// side half of the threads would leave one idle whenever the shorter side is done.) With
    /// T = 1, `parallel` runs first, then `serial`, on the calling thread. The results do not
    /// depend on T: each side's work is what it would be alone.
    ///
    /// `serial` sees the caller's cancellation (``Cancellation``), progress reporter and
    /// enclosing stages, and the igraph graphs the caller reuses; ``threads`` is 1 for it.
    ///
    /// - Throws: the error of `parallel`, else that of `serial`; both have ended by then.
    static func overlapping<A, B>(serial: () throws -> A, parallel: () throws -> B) throws -> (serial: A, parallel: B) {
        guard threads > 1 else {
            let b = try parallel()
            return (try serial(), b)
        }
        let budget = Budget(tokens: threads)
        budget.acquire()  // the serial job's
        let reporter = ProgressReporter.current, stages = ProgressReporter.enclosing
        let reuse = IGraphGateway.currentGraphReuse
        return try Cancellation.observing { task in
            try withoutActuallyEscaping(serial) { serial in
                // The thread keeps its block until it exits, after `done` is signalled: the
                // block reaches `serial` through a box emptied before this scope ends.
                let box = SerialJob(serial)
                let done = DispatchSemaphore(value: 0)
                let thread = Thread {
                    box.result = Cancellation.$enclosing.withValue(task) {
                        WorkerPool.$threads.withValue(1) {
                            ProgressReporter.$current.withValue(reporter) {
                                ProgressReporter.$enclosing.withValue(stages) {
                                    IGraphGateway.reusing(reuse) { Result { try box.body!() } }
                                }
                            }
                        }
                    }
                    budget.release()
                    done.signal()
                }
                thread.stackSize = 8 << 20  // what the main thread has; ARPACK and igraph recurse
                thread.start()
                let parallelResult = Result { try WorkerPool.$budget.withValue(budget) { try parallel() } }
                done.wait()
                box.body = nil
                return (try box.result!.get(), try parallelResult.get())
            }
        }
    }
}

/// The serial job of ``WorkerPool/overlapping(serial:parallel:)`` and its result, handed to
/// its thread; used by one thread at a time (the thread, then the caller after `done`).
private final class SerialJob<A>: @unchecked Sendable {
    var body: (() throws -> A)?
    var result: Result<A, any Error>?
    init(_ body: @escaping () throws -> A) { self.body = body }
}
