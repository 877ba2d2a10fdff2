import Foundation
import Testing
@testable import SpilloverKit

/// Degree and single discount by hand; determinism for 1 and N threads; the spread oracle
/// against the engine.
@Suite("seed selection")
struct SeedSelectionTests {
    /// a–b, a–c, a–d, a–e, b–c, b–f, f–g, f–h, f–i. Degrees: a 4, f 4, b 3, c 2, others 1.
    static let discountGraph = try! GraphBuilder.build(ties: [
        Tie("a", "b"), Tie("a", "c"), Tie("a", "d"), Tie("a", "e"), Tie("b", "c"),
        Tie("b", "f"), Tie("f", "g"), Tie("f", "h"), Tie("f", "i"),
    ])

    /// By hand, p = 0.1, dd_v = d_v − 2t_v − (d_v − t_v)·t_v·p:
    /// round 1: dd = degree; a and f tie at 4 → a (smaller id). Neighbours of a get t = 1:
    ///   b: 3 − 2 − 2·1·0.1 = 0.8; c: 2 − 2 − 1·1·0.1 = −0.1; d, e: 1 − 2 − 0 = −1.
    /// round 2: f (4). Its neighbours: b now t = 2: 3 − 4 − 1·2·0.1 = −1.2; g, h, i: −1.
    /// round 3: c (−0.1) beats d, e, g, h, i (−1) and b (−1.2) → a, f, c.
    /// Single discount, dd_v = d_v − t_v: after a: b 2, c 1, d 0, e 0; f (4); after f: b 1,
    /// g, h, i 0; round 3: b and c tie at 1 → b. → a, f, b. (Plain degree: a, f, b too.)
    @Test("degree discount matches the hand-computed picks")
    func degreeDiscount() {
        let g = Self.discountGraph
        #expect(DegreeDiscount.select(k: 3, p: 0.1, graph: g).seeds.map { g.ids[$0] } == ["a", "f", "c"])
        #expect(DegreeDiscount.select(k: 3, p: 0.5, graph: g).seeds.map { g.ids[$0] } == ["a", "f", "c"])
        #expect(SingleDiscount.select(k: 3, graph: g).seeds.map { g.ids[$0] } == ["a", "f", "b"])
        #expect(DegreeDiscount.select(k: 20, p: 0.1, graph: g).seeds.count == g.nodeCount)
    }

    @Test("degree discount's p: the uniform p, mean p_uv, mean b_uv; none for the knowledge model")
    func tieProbability() {
        let g = Self.discountGraph
        #expect(DegreeDiscount.tieProbability(for: .independentCascade(.uniform(0.2)), in: g) == 0.2)
        // Weighted cascade: each firm's in-ties sum to 1, so the mean is n / (2m) = 9 / 18.
        #expect(abs(DegreeDiscount.tieProbability(for: .independentCascade(.weightedCascade), in: g)! - 0.5) < 1e-12)
        #expect(DegreeDiscount.tieProbability(for: .linearThreshold, in: g) == 0.5)
        #expect(DegreeDiscount.tieProbability(for: .knowledge(KnowledgeParameters()), in: g) == nil)
    }

    static let generated = ClusterGenerator(firms: 150, seed: 7, tiesPerFirm: 3).generate().graph()

    @Test(
        "CELF, IMM and RR sets are the same for 1 and 4 threads",
        arguments: [DiffusionModel.independentCascade(.uniform(0.1)), .linearThreshold])
    func determinism(model: DiffusionModel) async throws {
        let g = Self.generated
        let one = try SpreadOracle(graph: g, model: model, runs: 100, seed: 4, threads: 1)
        let four = try SpreadOracle(graph: g, model: model, runs: 100, seed: 4, threads: 4)
        let a = try await CELF.select(k: 4, oracle: one), b = try await CELF.select(k: 4, oracle: four)
        #expect(a == b)
        let imm = IMM(epsilon: 0.5, ell: 1)
        let (x, tx) = try await imm.select(k: 4, graph: g, model: model, seed: 8, threads: 1)
        let (y, ty) = try await imm.select(k: 4, graph: g, model: model, seed: 8, threads: 4)
        #expect(x == y && tx == ty)
        let sampler = try ReverseReachableSampler(graph: g, model: model)
        let s1 = try sampler.sample(0..<10_000, seed: 2, threads: 1)
        let s4 = try sampler.sample(0..<10_000, seed: 2, threads: 4)
        let sets1 = (0..<s1.count).map { Array(s1.members(of: $0)) }
        #expect(s1.count == 10_000 && sets1 == (0..<s4.count).map { Array(s4.members(of: $0)) })
        // A different seed gives different sets (the test can fail).
        let other = try sampler.sample(0..<10_000, seed: 3, threads: 4)
        #expect((0..<other.count).map { Array(other.members(of: $0)) } != sets1)
    }

    @Test("greedy coverage picks the same firms scanning the sets (up to 10 seeds) as with its firm → sets index")
    func coverageStrategies() throws {
        let g = Self.generated
        let sets = try ReverseReachableSampler(graph: g, model: .independentCascade(.uniform(0.1))).sample(0..<20_000, seed: 5, threads: 2)
        let rank = g.idRanks()
        let scanned = MaximumCoverage.select(k: MaximumCoverage.scanLimit, sets: sets, nodeCount: g.nodeCount, idRanks: rank)
        let indexed = MaximumCoverage.select(k: MaximumCoverage.scanLimit + 5, sets: sets, nodeCount: g.nodeCount, idRanks: rank)
        #expect(scanned.seeds == Array(indexed.seeds.prefix(MaximumCoverage.scanLimit)))
        #expect(scanned.covered == Array(indexed.covered.prefix(MaximumCoverage.scanLimit)))
        #expect(scanned.covered == scanned.covered.sorted(by: >))
    }

    @Test("the oracle's spread is the engine's mean, and gains add up to it")
    func oracleMatchesEngine() async throws {
        let g = Self.generated
        let model = DiffusionModel.knowledge(KnowledgeParameters())
        let oracle = try SpreadOracle(graph: g, model: model, runs: 300, seed: 6, threads: 3)
        let seeds = [0, 17, 42]
        let r = try await DiffusionSimulation(graph: g, model: model, seeds: seeds).run(budget: .runs(300), seed: 6)
        #expect(try await oracle.spread(seeds) == r.spread.mean)
        let gains = try await oracle.marginalGains(seeds)
        #expect(abs(gains.reduce(0, +) - r.spread.mean) < 1e-9)
        #expect(try gains[0] == (await oracle.spread([0])))
    }

    @Test("bad parameters throw errors that name them")
    func errors() async throws {
        let g = Self.discountGraph
        await #expect(throws: DiffusionError.invalidParameter(.immEpsilon, value: 0, expected: .openUnitInterval)) {
            try await IMM(epsilon: 0, ell: 1).select(k: 2, graph: g, model: .linearThreshold)
        }
        let knowledge = DiffusionModel.knowledge(KnowledgeParameters())
        await #expect(throws: DiffusionError.unsupportedModel(.imm, knowledge)) { try await IMM().select(k: 2, graph: g, model: knowledge) }
        await #expect(throws: DiffusionError.tooManySeeds(asked: 99, firms: 9)) { try await IMM().select(k: 99, graph: g, model: .linearThreshold) }
        #expect(throws: DiffusionError.invalidParameter(.runs, value: 0, expected: .atLeast(1))) { try SpreadOracle(graph: g, model: .linearThreshold, runs: 0) }
        let oracle = try SpreadOracle(graph: g, model: .linearThreshold, runs: 10)
        await #expect(throws: DiffusionError.tooManySeeds(asked: 10, firms: 9)) { try await CELF.select(k: 10, oracle: oracle) }
    }

    @Test("IMM's sample-size constants follow the paper's formulas")
    func bounds() {
        // n = 100, K = 5, ε = 0.1, ℓ = 1, evaluated independently with Python's math module
        // (math.comb for C(n, K)): ℓ' = 1 + ln 2 / ln 100 = 1.1505150, ln C(100, 5) = 18.136825,
        // ε' = √2 ε, λ' = (2 + 2ε'/3)(ln C + ℓ' ln n + ln log₂ n) n / ε'² = 265 228.48,
        // α = 2.4477468, β = 3.9053793, λ* = 2n((1 − 1/e)α + β)² / ε² = 594 627.94.
        let b = IMM.bounds(n: 100, k: 5, epsilon: 0.1, ell: 1)
        #expect(abs(b.epsilonPrime - 0.1414214) < 1e-6)
        #expect(abs(b.lambdaPrime - 265_228.48) / 265_228.48 < 1e-6)
        #expect(abs(b.lambdaStar - 594_627.94) / 594_627.94 < 1e-6)
    }
}
