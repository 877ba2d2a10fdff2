import Foundation
import Testing
@testable import SpilloverKit

/// Recovery of known parameters: cascades simulated from ε and per-channel p on a generated
/// 300-firm cluster, each fitted by maximum likelihood; the profile-likelihood 95% intervals
/// must cover the truth in 90–99% of the cascades and the mean estimate must be within 10% of
/// each true value (issue 15). Fixed seeds; the full study with more cascades is
/// scripts/fit-recovery (Benchmarks).
@Suite("cascade model recovery")
struct CascadeRecoveryTests {
    static let truth = (epsilon: 0.02, p: ["vertical": 0.3, "horizontal": 0.15, "institutional": 0.25])
    static let periods = 12

    static func simulate(_ arcs: AdoptionArcs, cascade k: Int) -> AdoptionRecord? {
        let p = arcs.classNames.map { truth.p[$0]! }
        let sim = CascadeSimulator(arcs: arcs, epsilon: truth.epsilon, probabilities: p)
        var rng = Xoshiro256StarStar(seed: 2026, stream: UInt64(k))
        // Seeds: 10 firms drawn at random.
        var firms = Array(0..<arcs.nodeCount)
        firms.shuffle(using: &rng)
        let time = sim.simulate(seeds: Array(firms.prefix(10)), periodCount: periods, rng: &rng)
        return try? AdoptionRecord(time: time, firstKey: 1, periodCount: periods)
    }

    @Test("200 cascades: coverage 90-99% and mean bias under 10% for ε and each channel's p")
    func recovery() throws {
        let graph = ClusterGenerator(firms: 300, seed: 3).generate().graph()
        let arcs = AdoptionArcs.channels(graph: graph)
        #expect(arcs.classNames.sorted() == ["horizontal", "institutional", "vertical"])
        let names = ["epsilon"] + arcs.classNames
        let truth = [Self.truth.epsilon] + arcs.classNames.map { Self.truth.p[$0]! }
        var covered = [Int](repeating: 0, count: names.count), sums = [Double](repeating: 0, count: names.count)
        let cascades = 200
        for k in 0..<cascades {
            let record = try #require(Self.simulate(arcs, cascade: k))
            let fit = try CascadeModel.fit(arcs: arcs, record: record)
            for (j, parameter) in ([fit.epsilon] + fit.p).enumerated() {
                if parameter.profile95.contains(truth[j]) { covered[j] += 1 }
                sums[j] += parameter.estimate
            }
        }
        for j in names.indices {
            let coverage = Double(covered[j]) / Double(cascades)
            let bias = sums[j] / Double(cascades) - truth[j]
            print("\(names[j]): truth \(truth[j]) mean \(sums[j] / Double(cascades)) coverage \(coverage)")
            #expect(coverage >= 0.90 && coverage <= 0.99, "\(names[j]) coverage \(coverage)")
            #expect(abs(bias) < 0.1 * truth[j], "\(names[j]) bias \(bias)")
        }
    }
}
