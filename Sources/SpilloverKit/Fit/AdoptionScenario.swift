/// True parameters from which `spillover generate --adoption` simulates adoption times, for
/// tests and teaching: the cascade model of ``CascadeModel`` with known ε and p per tie type.
public struct AdoptionScenario: Sendable, Equatable {
    /// Adoption from outside the network, per period.
    public var epsilon: Double
    /// Transmission probability per tie type; types not listed use `otherP`.
    public var p: [String: Double]
    /// Transmission probability of a tie whose type is not in ``p``.
    public var otherP: Double
    /// Observed periods, the seeds' period included.
    public var periods: Int
    /// Chance that a firm is a seed (adopts in period 1); at least one firm is.
    public var seedShare: Double

    /// A scenario; the defaults are illustrative (ε = 0.01; p = 0.2 vertical, 0.05 horizontal,
    /// 0.1 institutional, 0.05 other; 20 periods; 2% seeds), not estimates.
    public init(
        epsilon: Double = 0.01, p: [String: Double] = ["vertical": 0.2, "horizontal": 0.05, "institutional": 0.1],
        otherP: Double = 0.05, periods: Int = 20, seedShare: Double = 0.02
    ) {
        self.epsilon = epsilon
        self.p = p
        self.otherP = otherP
        self.periods = periods
        self.seedShare = seedShare
    }

    /// Adoption periods 1…`periods` per node of `arcs` (0 = not adopted). Seeds are drawn
    /// from `Xoshiro256StarStar(seed:stream: 0)`, the cascade from stream 1.
    public func simulate(on arcs: AdoptionArcs, seed: UInt64) -> [Int] {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0)
        var seeds = (0..<arcs.nodeCount).filter { _ in rng.uniform() < seedShare }
        if seeds.isEmpty, arcs.nodeCount > 0 { seeds = [Int(rng.next() % UInt64(arcs.nodeCount))] }
        let simulator = CascadeSimulator(arcs: arcs, epsilon: epsilon, probabilities: arcs.classNames.map { p[$0] ?? otherP })
        var cascade = Xoshiro256StarStar(seed: seed, stream: 1)
        return simulator.simulate(seeds: seeds, periodCount: periods, rng: &cascade).map { Int($0) + 1 }
    }
}

extension ClusterGenerator.Cluster {
    /// The node table (``nodesCSV``) with an `adopted_at` column: `times[v]` per firm, empty
    /// where 0 (not adopted).
    public func nodesCSV(adoption times: [Int]) -> String {
        var out = ""
        for (k, line) in nodesCSV.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            out += line + (k == 0 ? ",adopted_at" : "," + (times[k - 1] > 0 ? String(times[k - 1]) : "")) + "\n"
        }
        return out
    }
}
