import Foundation
import Synchronization
import Testing
@testable import SpilloverKit

/// The one worker loop that every parallel stage runs on.
@Suite("worker pool")
struct WorkerPoolTests {
    @Test("map runs every item once and returns the results in item order, for any number of workers", arguments: [1, 2, 3, 8])
    func mapOrder(workers: Int) throws {
        let runs = Mutex([Int](repeating: 0, count: 1000))
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

    @Test("code nested in an item, on a thread in no task, sees the calling task's cancellation")
    func nestedCancellation() async throws {
        let task = Task {
            try WorkerPool.map(2, workers: 2, makeState: {}) { _, _, _ -> Bool in
                let start = ContinuousClock.now
                while ContinuousClock.now - start < .seconds(20) {
                    do { try Cancellation.check() } catch { return true }
                }
                return false
            }.results
        }
        let canceller = Thread {
            Thread.sleep(forTimeInterval: 0.2)
            task.cancel()
        }
        let start = ContinuousClock.now
        canceller.start()
        let outcome = await task.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}
