import Testing
@testable import SpilloverKit

/// Bootstrap and goodness-of-fit simulations: identical for any thread count, and sensible.
@Suite("cascade bootstrap and fit check")
struct FitReplicatesTests {
    let data: MedInnovations

    init() throws { data = try MedInnovations() }

    @Test("bootstrap: same intervals on 1 and 3 threads; the interval holds the estimate")
    func bootstrap() throws {
        let fit = try CascadeModel.fit(arcs: data.pooled, record: data.record)
        let one = try CascadeBootstrap(fit: fit, arcs: data.pooled, record: data.record, replicates: 60, seed: 9, threads: 1)
        let three = try CascadeBootstrap(fit: fit, arcs: data.pooled, record: data.record, replicates: 60, seed: 9, threads: 3)
        #expect(one.intervals == three.intervals && one.usable == three.usable)
        #expect(one.intervals[0].contains(fit.epsilon.estimate))
        #expect(one.usable[0] == 60)
    }

    @Test("fit check: same band on 1 and 3 threads; seeds fixed in the first period; the observed curve mostly in the band")
    func check() throws {
        let fit = try CascadeModel.fit(arcs: data.pooled, record: data.record)
        let one = try FitCheck(fit: fit, arcs: data.pooled, record: data.record, runs: 300, seed: 4, threads: 1)
        let three = try FitCheck(fit: fit, arcs: data.pooled, record: data.record, runs: 300, seed: 4, threads: 3)
        #expect(one == three)
        #expect(one.periods[0].median == 11 && one.periods[0].p05 == 11 && one.periods[0].observed == 11)
        let inside = one.periods.filter { Double($0.observed) >= $0.p05 && Double($0.observed) <= $0.p95 }.count
        #expect(inside >= 12)
    }

    @Test("the simulator: ε = 1 adopts everyone in period 1; ε = 0 and p = 0 adopts nobody")
    func simulatorBounds() {
        var rng = Xoshiro256StarStar(seed: 1, stream: 0)
        let all = CascadeSimulator(arcs: data.pooled, epsilon: 1, probabilities: [0]).simulate(seeds: [0], periodCount: 5, rng: &rng)
        #expect(all[0] == 0 && all.dropFirst().allSatisfy { $0 == 1 })
        let none = CascadeSimulator(arcs: data.pooled, epsilon: 0, probabilities: [0]).simulate(seeds: [0], periodCount: 5, rng: &rng)
        #expect(none[0] == 0 && none.dropFirst().allSatisfy { $0 == -1 })
    }
}
