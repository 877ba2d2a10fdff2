/// Seed firms chosen by a method, in the order it chose them.
public struct SeedSet: Sendable, Equatable {
    /// Node numbers, in order of choice.
    public var seeds: [Int]
    /// Each seed's marginal gain in expected spread as the method estimated it (CELF: Monte
    /// Carlo; IMM: n × newly covered share of the reverse-reachable sets); empty for methods
    /// that do not estimate spread (degree discount, focal, random).
    public var estimatedGains: [Double]

    public init(seeds: [Int], estimatedGains: [Double] = []) {
        self.seeds = seeds
        self.estimatedGains = estimatedGains
    }
}

/// The ways `spillover seeds` can choose K seed firms.
public enum SeedMethod: String, Sendable, CaseIterable {
    case celf
    case imm
    case degreeDiscount = "degree-discount"
    case singleDiscount = "single-discount"
    case focal
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
