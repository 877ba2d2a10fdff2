import Foundation
import SpilloverKit
import Synchronization

/// Diffusion under structured concurrency on a generated cluster of `firms` firms: two
/// simulations run side by side in a task group, and a third, long one is cancelled.
///
/// Returns the time from `cancel()` to the cancelled task's return, and whether it ended
/// with `CancellationError`.
func concurrentDiffusions(firms: Int, runs: Int) async throws -> (cancelLatency: Duration, threwCancellation: Bool) {
    let graph = ClusterGenerator(firms: firms, seed: 7).generate().graph()
    let seeds = try SeedSelection.degree(10).resolve(in: graph, seed: 1)
    print("generated cluster: \(graph.nodeCount) firms, \(graph.edgeCount) ties; seeds: the 10 best-tied firms")

    // Two models at once. Each simulation spreads its runs over the worker pool; their
    // results do not depend on the number of threads or on what else runs.
    let models: [(String, DiffusionModel)] = [
        ("independent cascade, p = 0.05", .independentCascade(.uniform(0.05))),
        ("linear threshold", .linearThreshold),
    ]
    try await withThrowingTaskGroup(of: (String, DiffusionResult).self) { group in
        for (name, model) in models {
            let simulation = try DiffusionSimulation(graph: graph, model: model, seeds: seeds)
            group.addTask { (name, try await simulation.run(budget: .runs(100), seed: 1)) }
        }
        for try await (name, result) in group {
            print("  \(name): \(result.spread.mean) firms reached on average (\(result.runs) runs)")
        }
    }

    // A third, long simulation, cancelled after 200 ms. The cancel comes from a thread of
    // its own rather than after `Task.sleep` or from a Dispatch queue: both resume on
    // threads the simulation keeps busy (the cooperative pool's thread that runs it, the
    // worker pool's threads on Dispatch's global queues), so the cancel would come only
    // when the simulation ends.
    let long = try DiffusionSimulation(graph: graph, model: .independentCascade(.uniform(0.1)), seeds: seeds)
    let clock = ContinuousClock()
    let started = clock.now
    let task = Task { try await long.run(budget: .runs(runs), seed: 3) }
    let cancelledAt = Mutex<ContinuousClock.Instant?>(nil)
    Thread.detachNewThread {
        Thread.sleep(forTimeInterval: 0.2)
        cancelledAt.withLock { $0 = clock.now }
        task.cancel()
    }
    let outcome = await task.result
    let returned = clock.now
    guard let cancelled = cancelledAt.withLock({ $0 }) else {
        print("  the simulation ended after \(returned - started), before it could be cancelled: give it more runs")
        return (returned - started, false)
    }
    let latency = returned - cancelled
    print("  cancelled \(cancelled - started) after the start; returned \(latency) after cancel()")
    switch outcome {
    case .success(let result): print("  ...but it ran to the end: \(result.runs) runs")
    case .failure(let error): print("  it threw \(type(of: error))")
    }
    if case .failure(let error) = outcome, error is CancellationError { return (latency, true) }
    return (latency, false)
}
