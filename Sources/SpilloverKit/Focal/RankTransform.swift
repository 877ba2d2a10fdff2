/// Turning a column of values into ranks, percentiles, z-scores and Borda points.
///
/// Missing values (NaN) count as the least focal; equal values share their average rank,
/// so ties never decide an order by accident. Values that differ by less than one part in
/// 10^9 count as equal: measures computed iteratively (eigenvector centrality by ARPACK)
/// give symmetric firms values that differ in the last bits, differently from run to run.
enum RankTransform {
    /// Average ranks 1…n, ascending (1 = lowest); NaN values rank below every number.
    static func averageRanks(_ values: [Double]) -> [Double] {
        let n = values.count
        let order = (0..<n).sorted { a, b in
            let x = values[a], y = values[b]
            if x.isNaN != y.isNaN { return x.isNaN }
            return x < y
        }
        var ranks = [Double](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i + 1
            let x = values[order[i]]
            while j < n, nearlyEqual(values[order[j - 1]], values[order[j]]) || (x.isNaN && values[order[j]].isNaN) { j += 1 }
            let average = Double(i + 1 + j) / 2  // mean of ranks i+1 … j
            for k in i..<j { ranks[order[k]] = average }
            i = j
        }
        return ranks
    }

    /// Equal up to a relative 10^-9.
    static func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// Percentile ranks in [0, 100]: 100·(r − 1)/(n − 1) for average rank r (0 when n = 1).
    /// With `reversed`, low values get high percentiles (NaN still lowest).
    static func percentiles(_ values: [Double], reversed: Bool = false) -> [Double] {
        let oriented = reversed ? values.map { $0.isNaN ? $0 : -$0 } : values
        let n = oriented.count
        guard n > 1 else { return [Double](repeating: 100, count: n) }
        return averageRanks(oriented).map { 100 * ($0 - 1) / Double(n - 1) }
    }

    /// Borda points: the number of firms with a strictly lower value (ties: half a point
    /// for each other firm with the same value).
    static func bordaPoints(_ values: [Double], reversed: Bool = false) -> [Double] {
        let oriented = reversed ? values.map { $0.isNaN ? $0 : -$0 } : values
        return averageRanks(oriented).map { $0 - 1 }
    }

    /// z-scores (x − mean)/sd over the defined values, reversed when asked; NaN values get
    /// the lowest z of the column; a constant column gives 0 for all.
    ///
    /// z-scores do not change when a column is scaled, so a column whose sum or sum of
    /// squares would overflow (strengths of ties weighing 10^200) is first divided by its
    /// largest magnitude; other columns are computed as they are, digit for digit.
    static func zScores(_ values: [Double], reversed: Bool = false) -> [Double] {
        var oriented = reversed ? values.map { $0.isNaN ? $0 : -$0 } : values
        var defined = oriented.filter { !$0.isNaN }
        guard defined.count > 1 else { return oriented.map { _ in 0 } }
        var mean = defined.reduce(0, +) / Double(defined.count)
        var variance = defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(defined.count - 1)
        if !variance.isFinite || !mean.isFinite, let largest = defined.map(abs).max(), largest.isFinite, largest > 0 {
            oriented = oriented.map { $0 / largest }
            defined = defined.map { $0 / largest }
            mean = defined.reduce(0, +) / Double(defined.count)
            variance = defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(defined.count - 1)
        }
        let sd = variance.squareRoot()
        guard sd > 0 else { return oriented.map { _ in 0 } }
        let z = oriented.map { $0.isNaN ? Double.nan : ($0 - mean) / sd }
        let lowest = z.filter { !$0.isNaN }.min() ?? 0
        return z.map { $0.isNaN ? lowest : $0 }
    }
}
