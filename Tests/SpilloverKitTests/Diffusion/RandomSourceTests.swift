import Testing
@testable import SpilloverKit

/// The generators against an independent implementation (scripts/diffusion-reference.py).
@Suite("random source")
struct RandomSourceTests {
    @Test("SplitMix64 matches the published vector for seed 1234567")
    func splitMix() {
        var g = SplitMix64(seed: 1234567)
        #expect((0..<5).map { _ in String(g.next()) } == DiffusionFixtures.exact.rng["splitmix64_seed_1234567"])
    }

    @Test("xoshiro256** seeded by SplitMix64 matches the reference algorithm")
    func xoshiro() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect((0..<5).map { _ in String(g.next()) } == DiffusionFixtures.exact.rng["xoshiro256starstar_seed_42"])
        var h = Xoshiro256StarStar(seed: 7, stream: 3)
        #expect((0..<5).map { _ in String(h.next()) } == DiffusionFixtures.exact.rng["xoshiro256starstar_seed_7_stream_3"])
    }

    @Test("Bernoulli thresholds are exact at 0, 1/2 and 1")
    func thresholds() {
        #expect(Bernoulli.threshold(0) == 0)
        #expect(Bernoulli.threshold(-1) == 0)
        #expect(Bernoulli.threshold(0.5) == 1 << 52)
        #expect(Bernoulli.threshold(1) == 1 << 53)
        var g = Xoshiro256StarStar(seed: 1)
        #expect((0..<1000).allSatisfy { _ in g.bernoulli(Bernoulli.threshold(1)) })
        #expect((0..<1000).allSatisfy { _ in !g.bernoulli(0) })
        let hits = (0..<100_000).filter { _ in g.bernoulli(Bernoulli.threshold(0.25)) }.count
        expectProbability(Double(hits) / 100_000, 0.25, runs: 100_000, "P(draw < 0.25)")
    }
}
