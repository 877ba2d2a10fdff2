/// How much two learning channels coincide: the same pairs of firms, the same busy firms.
///
/// - `jaccard` = |E_a ∩ E_b| / |E_a ∪ E_b| over the sets of tied *unordered* pairs of the two
///   channels (direction ignored; 0 when both are empty);
/// - `degreeSpearman`: Spearman's rank correlation of the n firms' degrees in the two
///   channels, the Pearson correlation of their ranks with average ranks for ties (as SciPy
///   `spearmanr`); NaN when either degree vector is constant.
///
/// - References: C. Spearman, "The proof and measurement of association between two things",
///   Am. J. Psychol. 15(1), 1904, doi:10.2307/1412159; F. Battiston, V. Nicosia, V. Latora,
///   "Structural measures for multiplex networks", Phys. Rev. E 89, 032804 (2014),
///   doi:10.1103/PhysRevE.89.032804 (edge overlap).
public struct ChannelOverlap: Sendable, Equatable {
    /// The first channel (tie type) of the pair.
    public var a: String
    /// The second channel (tie type) of the pair.
    public var b: String
    /// |E_a ∩ E_b| / |E_a ∪ E_b| over the tied unordered pairs of the two channels, in [0, 1]; 0 when
    /// both are empty.
    public var jaccard: Double
    /// Spearman's rank correlation of the firms' degrees in the two channels, in [−1, 1]; NaN when
    /// either degree vector is constant.
    public var degreeSpearman: Double

    /// An overlap with known values (for example read back from a table); nothing is computed.
    public init(a: String, b: String, jaccard: Double, degreeSpearman: Double) {
        self.a = a
        self.b = b
        self.jaccard = jaccard
        self.degreeSpearman = degreeSpearman
    }

    /// The overlap of two layers (over the same firms, in the same numbering).
    /// - Complexity: O(m + n log n).
    public init(_ x: ChannelLayer, _ y: ChannelLayer) {
        precondition(x.degrees.count == y.degrees.count)
        a = x.type
        b = y.type
        let pa = x.pairs, pb = y.pairs
        var i = 0, j = 0, shared = 0
        while i < pa.count && j < pb.count {
            if pa[i] == pb[j] { shared += 1; i += 1; j += 1 } else if pa[i] < pb[j] { i += 1 } else { j += 1 }
        }
        let union = pa.count + pb.count - shared
        jaccard = union > 0 ? Double(shared) / Double(union) : 0
        degreeSpearman = Self.spearman(x.degrees.map(Double.init), y.degrees.map(Double.init))
    }

    /// Spearman's ρ with average ranks; NaN when either side is constant (or fewer than 2 values).
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        let rx = averageRanks(x), ry = averageRanks(y)
        let n = Double(x.count)
        guard x.count > 1 else { return .nan }
        let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in rx.indices {
            let dx = rx[i] - mx, dy = ry[i] - my
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return .nan }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Ranks 1…n, tied values sharing the mean of their ranks.
    static func averageRanks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let r = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = r }
            i = j + 1
        }
        return ranks
    }
}
