import Foundation

extension Xoshiro256StarStar {
    /// The number of failures before the next success in independent trials of success
    /// probability ε, given `logSurvival` = log(1 − ε) < 0: ⌊log U / log(1 − ε)⌋ with U
    /// uniform on (0, 1] (a Geometric(ε) draw by inversion). Walking a list with these gaps
    /// picks each entry with probability ε in O(ε·n) draws instead of n; capped at `Int32.max`.
    @inlinable
    public mutating func geometricGap(logSurvival: Double) -> Int {
        let u = 1 - uniform()
        return Int(Swift.min((log(u) / logSurvival).rounded(.down), Double(Int32.max)))
    }
}
