import SpilloverLock
import Foundation
import Synchronization
import Testing
@testable import SpilloverKit

/// The one worker loop that every parallel stage runs on.
@Suite("worker pool")
struct WorkerPoolTests {
    @Test("map runs every item once and returns the results in item order, for any number of workers", arguments: [1, 2, 3, 8])
    func mapOrder(workers: Int) throws {
        let runs = Locked([Int](repeating: 0, count: 1000))
        let (results, states) = try WorkerPool.map(1000, workers: workers, makeState: { 0 }) { seen, i, _ in
            runs.withLock { $0[i] += 1 }
            seen += 1
            return i * i
        }
        #expect(results == (0..<1000).map { $0 * $0 })
        #expect(runs.withLock { $0 } == [Int](repeating: 1, count: 1000))
        #expect(states.count == min(workers, 1000))
        #expect(states.reduce(0, +) == 1000)
    }

    @Test("no items: no states, no results")
    func empty() throws {
        let (results, states) = try WorkerPool.map(0, workers: 4, makeState: { 0 }) { _, i, _ in i }
        #expect(results.isEmpty && states.isEmpty)
    }

    @Test("stages nested in an item share their worker's threads")
    func nestedThreads() throws {
        let inner = try WorkerPool.map(2, workers: 4, makeState: {}) { _, _, _ in WorkerPool.threads }.results
        #expect(inner == [2, 2])
        let one = try WorkerPool.map(8, workers: 2, makeState: {}) { _, _, _ in WorkerPool.threads }.results
        #expect(one == [Int](repeating: 1, count: 8))
    }

    /// What the items of ``nestedCancellation()`` saw, shared with the thread that cancels.
    final class Probe: Sendable {
        let started = Atomic<Bool>(false)
        let cancelledAt = Locked<ContinuousClock.Instant?>(nil)
        let latencies = Locked<[Duration]>([])
    }

    /// The latency is measured inside the items, from the cancel to `Cancellation.check`
    /// throwing, and the cancel waits until an item runs: in the parallel test run the task
    /// itself may wait many seconds for a thread that other suites hold.
    @Test("code nested in an item, on a thread in no task, sees the calling task's cancellation")
    func nestedCancellation() async throws {
        let probe = Probe()
        let task = Task {
            try WorkerPool.map(2, workers: 2, makeState: {}) { _, _, _ -> Bool in
                probe.started.store(true, ordering: .releasing)
                let start = ContinuousClock.now
                while ContinuousClock.now - start < .seconds(60) {
                    do { try Cancellation.check() } catch {
                        let seen = ContinuousClock.now
                        if let cancelled = probe.cancelledAt.withLock({ $0 }) { probe.latencies.withLock { $0.append(seen - cancelled) } }
                        return true
                    }
                }
                return false
            }.results
        }
        let canceller = Thread {
            while !probe.started.load(ordering: .acquiring) { Thread.sleep(forTimeInterval: 0.01) }
            Thread.sleep(forTimeInterval: 0.05)
            probe.cancelledAt.withLock { $0 = ContinuousClock.now }
            task.cancel()
        }
        canceller.start()
        let outcome = await task.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        let latencies = probe.latencies.withLock { $0 }
        #expect(!latencies.isEmpty)
        #expect(latencies.allSatisfy { $0 < .seconds(5) }, "\(latencies)")
    }
}
