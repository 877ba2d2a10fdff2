import SpilloverLock
import Foundation
import Synchronization
import Testing
@testable import SpilloverKit

/// ``WorkerPool/overlapping(serial:parallel:)``: a one-thread job beside a parallel stage,
/// within the thread count.
@Suite("worker pool: a serial job beside a parallel stage")
struct WorkerPoolOverlapTests {
    /// Counts the threads computing at once and the most seen.
    final class Gauge: Sendable {
        private let state = Locked((now: 0, most: 0))
        func enter() {
            state.withLock {
                $0.now += 1; $0.most = max($0.most, $0.now)
            }
        }
        func leave() { state.withLock { $0.now -= 1 } }
        var most: Int { state.withLock { $0.most } }
    }

    /// Busy work of about `milliseconds`, entered in `gauge`.
    static func work(_ gauge: Gauge, milliseconds: Int) {
        gauge.enter()
        defer { gauge.leave() }
        let start = ContinuousClock.now
        while ContinuousClock.now - start < .milliseconds(milliseconds) {}
    }

    @Test("both sides run, with their results, and no more threads compute at once than the thread count", arguments: [1, 2, 3])
    func withinThreads(threads: Int) throws {
        let gauge = Gauge()
        let (serial, parallel) = try WorkerPool.$threads.withValue(threads) {
            try WorkerPool.overlapping {
                Self.work(gauge, milliseconds: 150)
                return WorkerPool.threads
            } parallel: {
                try WorkerPool.map(12, makeState: {}) { _, i, _ in
                    Self.work(gauge, milliseconds: 20)
                    return i * i
                }.results
            }
        }
        #expect(serial == 1)
        #expect(parallel == (0..<12).map { $0 * $0 })
        #expect(gauge.most <= threads)
        // With two threads or more the serial job and the stage did overlap.
        if threads > 1 { #expect(gauge.most >= 2) }
    }

    @Test("stages nested in the parallel stage's items stay within the thread count")
    func nested() throws {
        let gauge = Gauge()
        _ = try WorkerPool.$threads.withValue(4) {
            try WorkerPool.overlapping {
                Self.work(gauge, milliseconds: 150)
            } parallel: {
                try WorkerPool.map(2, makeState: {}) { _, _, _ in
                    try? WorkerPool.map(8, makeState: {}) { _, _, _ in Self.work(gauge, milliseconds: 20) }
                }
            }
        }
        #expect(gauge.most <= 4)
    }

    @Test("the serial job reports its stages under the caller's, and sees the caller's cancellation")
    func taskContext() async throws {
        let paths = Locked<[[String]]>([])
        let reporter = ProgressReporter { event in
            if case .started = event.kind { paths.withLock { $0.append(event.path) } }
        }
        let ran = try ProgressReporter.$current.withValue(reporter) {
            try ProgressStage.run("outer") { _ in
                try WorkerPool.$threads.withValue(2) {
                    try WorkerPool.overlapping {
                        try ProgressStage.run("serial") { _ in try Cancellation.check() }
                        return true
                    } parallel: {
                        0
                    }.serial
                }
            }
        }
        #expect(ran)
        #expect(paths.withLock { $0 }.contains(["outer", "serial"]))

        let task = Task {
            try WorkerPool.$threads.withValue(2) {
                try WorkerPool.overlapping {
                    let start = ContinuousClock.now
                    while ContinuousClock.now - start < .seconds(30) { try Cancellation.check() }
                    return false
                } parallel: {
                    0
                }
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test("an error of either side is thrown after both have ended")
    func errors() throws {
        struct Failure: Error {}
        let serialEnded = Atomic<Bool>(false)
        #expect(throws: Failure.self) {
            try WorkerPool.$threads.withValue(2) {
                try WorkerPool.overlapping {
                    Thread.sleep(forTimeInterval: 0.1)
                    serialEnded.store(true, ordering: .releasing)
                } parallel: {
                    throw Failure()
                }
            }
        }
        let ended = serialEnded.load(ordering: .acquiring)
        #expect(ended)
        #expect(throws: Failure.self) {
            try WorkerPool.$threads.withValue(2) {
                try WorkerPool.overlapping {
                    throw Failure()
                } parallel: {
                    0
                }
            }
        }
    }
}
