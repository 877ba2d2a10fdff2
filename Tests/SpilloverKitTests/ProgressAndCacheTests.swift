import SpilloverLock
import Foundation
import Testing
@testable import SpilloverKit

/// Progress reporting (``ProgressReporter``), the result cache (``ResultCache``) and the
/// worker pool's thread setting (``WorkerPool``): none of them may change a result.
@Suite("progress, result cache and worker pool")
struct ProgressAndCacheTests {
    static let graph = ClusterGenerator(firms: 120, seed: 4).generate().graph()

    final class Recorder: Sendable {
        let events = Locked<[ProgressReporter.Event]>([])
        var reporter: ProgressReporter { ProgressReporter { [self] e in events.withLock { $0.append(e) } } }
        var all: [ProgressReporter.Event] { events.withLock { $0 } }
    }

    /// Every column's values bit for bit (NaN equal to NaN).
    static func bits(_ table: MetricsTable) -> [[UInt64]] { table.columns.map { $0.values.map(\.bitPattern) } }

    @Test("stages nest, every started stage finishes, diffusion counts its runs to the total")
    func stages() async throws {
        let recorder = Recorder()
        try await ProgressReporter.$current.withValue(recorder.reporter) {
            _ = try MetricsTable.compute(Self.graph)
            _ = try await DiffusionSimulation(graph: Self.graph, model: .independentCascade(.uniform(0.2)), seeds: [0, 1])
                .run(budget: .runs(700), seed: 3, threads: 2)
        }
        let events = recorder.all
        let started = events.filter { $0.kind == .started }.map(\.path)
        let finished = events.compactMap { e -> [String]? in if case .finished = e.kind { e.path } else { nil } }
        #expect(started.contains(["measures"]))
        #expect(started.contains(["measures", "paths"]))
        #expect(started.contains(["measures", "structural holes"]))
        #expect(started.contains(["diffusion"]))
        #expect(Set(started) == Set(finished))
        #expect(started.count == finished.count)
        // Inner stages finish before the stage they run in.
        let order = finished.map { $0.joined(separator: "/") }
        #expect(order.firstIndex(of: "measures/paths")! < order.firstIndex(of: "measures")!)
        let runs = events.filter { $0.path == ["diffusion"] && $0.kind == .advanced }
        #expect(runs.allSatisfy { $0.total == 700 })
        #expect(runs.map(\.completed).max() == 700)
    }

    @Test("with a reporter or without, the results are the same")
    func progressChangesNothing() async throws {
        let plain = try MetricsTable.compute(Self.graph)
        let reported = try ProgressReporter.$current.withValue(Recorder().reporter) { try MetricsTable.compute(Self.graph) }
        #expect(Self.bits(plain) == Self.bits(reported))
    }

    @Test("a cached measure table is the one computing again gives, with its warnings; another cluster misses")
    func metricsCache() throws {
        let cache = ResultCache()
        var options = MetricsOptions()
        options.measures = [.degree, .betweenness] + Measure.brokerage(.count) + Measure.brokerage(.zScore)
        options.groupSource = .community
        let fresh = Diagnostics()
        let uncached = try MetricsTable.compute(Self.graph, options: options, diagnostics: fresh)
        let (first, second, firstWarnings, secondWarnings) = try ResultCache.$current.withValue(cache) {
            let d1 = Diagnostics(), d2 = Diagnostics()
            // The same cluster read again (a copy made from its rows), not the same value.
            let again = ClusterGenerator(firms: 120, seed: 4).generate().graph()
            return (
                try MetricsTable.compute(Self.graph, options: options, diagnostics: d1),
                try MetricsTable.compute(again, options: options, diagnostics: d2), d1.messages, d2.messages
            )
        }
        #expect(cache.statistics.hits == 1 && cache.statistics.misses == 1)
        #expect(Self.bits(first) == Self.bits(uncached))
        #expect(Self.bits(second) == Self.bits(uncached))
        #expect(!fresh.messages.isEmpty, "brokerage on communities warns")
        #expect(firstWarnings == fresh.messages && secondWarnings == fresh.messages)

        // Other options, or another cluster, compute.
        var other = options
        other.seed = 2
        let otherGraph = ClusterGenerator(firms: 120, seed: 5).generate().graph()
        try ResultCache.$current.withValue(cache) {
            _ = try MetricsTable.compute(Self.graph, options: other)
            _ = try MetricsTable.compute(otherGraph, options: options)
        }
        #expect(cache.statistics.misses == 3)
    }

    @Test("a cached diffusion and IMM selection equal the uncached ones")
    func diffusionAndSeedsCache() async throws {
        let model = DiffusionModel.independentCascade(.uniform(0.15))
        let simulation = try DiffusionSimulation(graph: Self.graph, model: model, seeds: [3, 7])
        let oracle = try SpreadOracle(graph: Self.graph, model: model, runs: 200, seed: 1)
        func select() async throws -> [Int] {
            try await SeedMethod.imm.select(
                k: 3, graph: Self.graph, model: model, oracle: oracle, imm: IMM(epsilon: 0.3, ell: 1),
                focal: FocalRanker(), seed: 1, threads: 2
            ).seeds
        }
        let plain = try await simulation.run(budget: .runs(300), seed: 5)
        let plainSeeds = try await select()
        let cache = ResultCache()
        let (a, b, seedsA, seedsB) = try await ResultCache.$current.withValue(cache) {
            (
                try await simulation.run(budget: .runs(300), seed: 5, threads: 1), try await simulation.run(budget: .runs(300), seed: 5, threads: 2),
                try await select(), try await select()
            )
        }
        #expect(cache.statistics.hits == 2 && cache.statistics.misses == 2)
        for r in [a, b] {
            #expect(r.spread.mean == plain.spread.mean)
            #expect(r.reachProbability == plain.reachProbability)
            #expect(r.meanArrivalStep.map(\.bitPattern) == plain.meanArrivalStep.map(\.bitPattern))
        }
        #expect(seedsA == plainSeeds && seedsB == plainSeeds)
    }

    @Test("every measure is the same on 1 and 2 worker threads (3000 firms: the chunked passes run in parallel)")
    func threads() throws {
        let graph = ClusterGenerator(firms: 3000, seed: 6).generate().graph()
        var options = MetricsOptions()
        options.pathSample = 40
        let one = try WorkerPool.$threads.withValue(1) { try MetricsTable.compute(graph, options: options) }
        let two = try WorkerPool.$threads.withValue(2) { try MetricsTable.compute(graph, options: options) }
        for (x, y) in zip(one.columns, two.columns) {
            #expect(x.values.map(\.bitPattern) == y.values.map(\.bitPattern), "\(x.name)")
        }
        #expect(WorkerPool.$threads.withValue(3) { DiffusionSimulation.defaultThreads } == 3)
    }
}
