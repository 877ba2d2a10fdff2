/// Seed firms chosen by a method, in the order it chose them.
public struct SeedSet: Sendable, Equatable {
    /// Node numbers, in order of choice.
    public var seeds: [Int]
    /// Each seed's marginal gain in expected spread as the method estimated it (CELF: Monte
    /// Carlo; IMM: n × newly covered share of the reverse-reachable sets); empty for methods
    /// that do not estimate spread (degree discount, focal, random).
    public var estimatedGains: [Double]

    /// A seed set; `estimatedGains` is empty or has one entry per seed.
    public init(seeds: [Int], estimatedGains: [Double] = []) {
        self.seeds = seeds
        self.estimatedGains = estimatedGains
    }
}

/// The ways `spillover seeds` can choose K seed firms.
public enum SeedMethod: String, Sendable, CaseIterable {
    /// CELF: lazy greedy on Monte Carlo spread estimates (``CELF``).
    case celf
    /// IMM: reverse-reachable sets with a stated guarantee (``IMM``).
    case imm
    /// Degree discount (``DegreeDiscount``); raw value `degree-discount`.
    case degreeDiscount = "degree-discount"
    /// Single discount (``SingleDiscount``); raw value `single-discount`.
    case singleDiscount = "single-discount"
    /// The top focal firms of the ranking (``FocalRanker``).
    case focal
    /// Firms drawn uniformly at random: the baseline.
    case random
}

extension ClusterGraph {
    /// Each node's position when nodes are sorted by id: the deterministic tie-break of
    /// the seed methods (equal scores → smaller id first).
    func idRanks() -> [Int] {
        var rank = [Int](repeating: 0, count: nodeCount)
        for (position, v) in (0..<nodeCount).sorted(by: { ids[$0] < ids[$1] }).enumerated() { rank[v] = position }
        return rank
    }
}
