import Testing
@testable import SpilloverKit

/// Reproducibility, precision mode, knockouts and seed selection.
@Suite("Monte Carlo engine and seeds")
struct MonteCarloEngineTests {
    static func kite() -> ClusterGraph {
        DiffusionFixtures.graph(of: DiffusionFixtures.exact.cases.first { $0.name == "kite IC p=0.3 from 0" }!)
    }

    static func same(_ a: DiffusionResult, _ b: DiffusionResult) -> Bool {
        a.runs == b.runs && a.spread == b.spread && a.curve == b.curve && a.reachProbability == b.reachProbability
            && zip(a.meanArrivalStep, b.meanArrivalStep).allSatisfy { $0.bitPattern == $1.bitPattern }
            && a.tieExaminations == b.tieExaminations && a.capabilityProbability == b.capabilityProbability
    }

    @Test(
        "results are identical for 1, 2 and 5 threads and across repeated runs",
        arguments: [DiffusionModel.independentCascade(.uniform(0.4)), .linearThreshold, .sir(beta: 0.3, gamma: 0.5), .knowledge(KnowledgeParameters())])
    func determinism(model: DiffusionModel) async throws {
        let sim = try DiffusionSimulation(graph: Self.kite(), model: model, seeds: [0, 5])
        let one = try await sim.run(budget: .runs(777), seed: 99, threads: 1)
        let two = try await sim.run(budget: .runs(777), seed: 99, threads: 2)
        let five = try await sim.run(budget: .runs(777), seed: 99, threads: 5)
        let again = try await sim.run(budget: .runs(777), seed: 99, threads: 2)
        #expect(Self.same(one, two))
        #expect(Self.same(one, five))
        #expect(Self.same(two, again))
        let other = try await sim.run(budget: .runs(777), seed: 100, threads: 2)
        #expect(!Self.same(one, other))
    }

    @Test("--precision runs until the 95% half-width is below E, in doubling batches")
    func precision() async throws {
        let sim = try DiffusionSimulation(graph: Self.kite(), model: .independentCascade(.uniform(0.3)), seeds: [0])
        let r = try await sim.run(budget: .precision(halfWidth: 0.15), seed: 1, threads: 2)
        #expect(r.spread.halfWidth < 0.15)
        #expect([100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600].contains(r.runs))
        let half = try await sim.run(budget: .runs(r.runs / 2), seed: 1)
        #expect(half.spread.halfWidth >= 0.15)
        let again = try await sim.run(budget: .precision(halfWidth: 0.15), seed: 1, threads: 1)
        #expect(Self.same(r, again))
    }

    @Test("knockout of a cut firm on a path leaves only the seed")
    func knockout() async throws {
        let g = DiffusionFixtures.path(4)
        let sim = try DiffusionSimulation(graph: g, model: .independentCascade(.uniform(1)), seeds: [0, 3])
        let base = try await sim.run(budget: .runs(10))
        #expect(base.spread.mean == 4)
        let out = try await sim.knockout(firms: [3, 0], budget: .runs(10))
        #expect(out[0].firm == 3 && out[0].result.spread.mean == 3)  // seed 0 still reaches 1, 2
        let cut = try await DiffusionSimulation(graph: g, model: .independentCascade(.uniform(1)), seeds: [0])
            .knockout(firms: [1, 2], budget: .runs(10))
        #expect(cut.map(\.result.spread.mean) == [1, 2])
        #expect(cut[0].result.firmCount == 3)
        #expect(cut[0].result.reachProbability[1] == 0 && cut[0].result.reachProbability[2] == 0)
        #expect(cut[0].result.spread.share == 1.0 / 3)
    }

    struct ByLabel: FirmRanker {
        func rankedFirms(in graph: ClusterGraph) throws -> [Int] { (0..<graph.nodeCount).sorted { graph.ids[$0] > graph.ids[$1] } }
    }

    @Test("seed rules: degree, random, ids, focal")
    func seeds() throws {
        let g = DiffusionFixtures.star(leaves: 4)
        #expect(try SeedSelection.degree(2).resolve(in: g, seed: 1).map { g.ids[$0] } == ["c", "l0"])
        let random = try SeedSelection.random(3).resolve(in: g, seed: 7)
        #expect(Set(random).count == 3)
        #expect(try SeedSelection.random(3).resolve(in: g, seed: 7) == random)
        #expect(try SeedSelection.ids(["l2", "c", "l2"]).resolve(in: g, seed: 1).map { g.ids[$0] } == ["l2", "c"])
        #expect(throws: DiffusionError.unknownSeeds(["x", "y"])) { try SeedSelection.ids(["c", "x", "y", "x"]).resolve(in: g, seed: 1) }
        #expect(try SeedSelection.focal(2, ByLabel()).resolve(in: g, seed: 1).map { g.ids[$0] } == ["l3", "l2"])
        #expect(throws: DiffusionError.tooManySeeds(asked: 9, firms: 5)) { try SeedSelection.degree(9).resolve(in: g, seed: 1) }
    }
}
