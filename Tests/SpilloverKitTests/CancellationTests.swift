import SpilloverLock
import Foundation
import Testing
@testable import SpilloverIGraph
@testable import SpilloverKit

/// Every long computation stops soon after its task is cancelled and throws
/// `CancellationError` (issue #18: within 100 ms, at 10^4 firms).
///
/// Each workload would run for seconds to minutes; it is cancelled 150 ms after it starts and
/// the test measures the time from `cancel()` to its end. On a quiet machine every workload
/// ends within 40 ms of the cancel (one search, one run or one permutation per worker); at a
/// load average of 5 on 2 cores one ended after 107 ms. So the bound is 100 ms times
/// `SPILLOVER_TEST_TIME_SLACK`: 2 by default, for shared machines, and 30 under the
/// sanitizers (`make check`), which slow everything down about tenfold. The example package
/// (`make example`) holds its cancelled diffusion to 100 ms. `make test` runs this suite
/// alone, after the others: in the parallel suite a cancelled task waited up to 76 s for a
/// thread that other suites' tests held, which times the test runner, not the library.
@Suite("cancellation of long computations", .serialized)
struct CancellationTests {
    static let cluster = ClusterGenerator(firms: 10_000, seed: 7).generate().graph()

    static var bound: Double {
        0.1 * (ProcessInfo.processInfo.environment["SPILLOVER_TEST_TIME_SLACK"].flatMap(Double.init) ?? 2)
    }

    /// Runs `work` in a task, cancels it after `delay`; returns the seconds from the cancel to
    /// the task's end and what it threw. The cancel comes from a thread of its own, not from a
    /// sleeping task or a Dispatch timer: CPU-bound worker tasks can hold every thread of the
    /// cooperative pool (2 on a 2-core machine; on Linux it is Dispatch's global pool), and a
    /// sleeping task or a timer would only wake when they are done.
    static func cancel(
        after delay: Duration = .milliseconds(150), _ work: @escaping @Sendable () async throws -> Void
    ) async -> (seconds: Double, error: (any Error)?) {
        let task = Task { try await work() }
        let cancelledAt = Locked<ContinuousClock.Instant?>(nil)
        let canceller = Thread {
            Thread.sleep(forTimeInterval: delay / .seconds(1))
            cancelledAt.withLock { $0 = ContinuousClock.now }
            task.cancel()
        }
        canceller.start()
        let outcome = await task.result
        let end = ContinuousClock.now
        let seconds = cancelledAt.withLock { $0 }.map { (end - $0) / .seconds(1) } ?? -1
        if case .failure(let error) = outcome { return (seconds, error) }
        return (seconds, nil)
    }

    static func expectPromptCancellation(
        _ name: String, _ work: @escaping @Sendable () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let (seconds, error) = await cancel(work)
        #expect(error is CancellationError, "\(name): threw \(String(describing: error)) instead of CancellationError", sourceLocation: sourceLocation)
        #expect(seconds >= 0, "\(name): ended before it was cancelled", sourceLocation: sourceLocation)
        #expect(seconds < bound, "\(name): ended \(seconds) s after the cancel (bound \(bound) s)", sourceLocation: sourceLocation)
    }

    @Test("Monte Carlo diffusion runs")
    func diffusion() async throws {
        let sim = try DiffusionSimulation(graph: Self.cluster, model: .independentCascade(.uniform(0.05)), seeds: [0, 1, 2])
        await Self.expectPromptCancellation("diffusion") { _ = try await sim.run(budget: .runs(2_000_000), seed: 3) }
    }

    @Test("Monte Carlo runs to a precision")
    func precision() async throws {
        let sim = try DiffusionSimulation(graph: Self.cluster, model: .sir(beta: 0.2, gamma: 0.5), seeds: [0])
        await Self.expectPromptCancellation("precision") {
            _ = try await sim.run(budget: .precision(halfWidth: 1e-9, maxRuns: 50_000_000), seed: 3)
        }
    }

    @Test("an igraph call does not start once the task is cancelled; igraph works afterwards")
    func igraphCall() async throws {
        let g = Self.cluster
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try Centrality.pagerank(g)
        }
        let outcome = await task.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(IGraphGateway.finallyStackSize() == 0)
        #expect(try Centrality.pagerank(g).count == 10_000)
    }

    @Test("the Swift path measures on the worker pool")
    func pathMeasures() async throws {
        var options = MetricsOptions()
        options.measures = [.betweenness, .closeness, .harmonic]
        options.exact = true
        let opts = options, g = Self.cluster
        await Self.expectPromptCancellation("path measures") { _ = try MetricsTable.compute(g, options: opts) }
    }

    @Test("CELF and IMM seed selection")
    func seeds() async throws {
        let model = DiffusionModel.independentCascade(.uniform(0.05))
        let oracle = try SpreadOracle(graph: Self.cluster, model: model, runs: 1000)
        await Self.expectPromptCancellation("CELF") { _ = try await CELF.select(k: 5, oracle: oracle) }
        await Self.expectPromptCancellation("IMM") {
            _ = try await IMM(epsilon: 0.01).select(k: 50, graph: oracle.graph, model: .independentCascade(.uniform(0.2)))
        }
    }

    @Test("ranking stability")
    func stability() async throws {
        let ranker = FocalRanker(), g = Self.cluster
        await Self.expectPromptCancellation("stability") {
            _ = try await ranker.rank(g, stability: .init(copies: 10_000))
        }
    }

    @Test("the permutation test of the adoption fit")
    func permutations() async throws {
        let n = Self.cluster.nodeCount
        let time = (0..<n).map { Int32($0 % 7 == 0 ? -1 : $0 % 5) }
        let record = try AdoptionRecord(time: time, firstKey: 0, periodCount: 5)
        let arcs = AdoptionArcs.pooled(Self.cluster)
        await Self.expectPromptCancellation("permutation test") {
            // Enough for minutes; not 10^7, whose result slots alone (160 MB) took longer to
            // free than the 100 ms the cancel may take.
            _ = try StructuralTest(arcs: arcs, record: record, permutations: 200_000, threads: 2)
        }
    }

    @Test("a task that is not cancelled gets the same result as before")
    func uncancelled() async throws {
        let small = ClusterGenerator(firms: 300, seed: 7).generate().graph()
        let sim = try DiffusionSimulation(graph: small, model: .independentCascade(.uniform(0.1)), seeds: [0])
        let a = try await sim.run(budget: .runs(500), seed: 9, threads: 1)
        let b = try await Task { try await sim.run(budget: .runs(500), seed: 9, threads: 2) }.value
        #expect(a.runSpreads == b.runSpreads)
    }
}
