/// Adopters, cumulative adopters and the hazard rate per period (Valente 1995; netdiffuseR
/// `cumulative_adopt_count()` and `hazard_rate()`).
///
///     h(t) = a(t) / (n − A(t − 1)),  h(first period) = 0
///
/// with a(t) the adopters in t, A the cumulative count and n every firm, never-adopters
/// included. The first period's adopters are the seeds, so its hazard is 0 by definition.
public struct AdoptionCurve: Sendable, Equatable {
    /// One observed period of the curve.
    public struct Period: Sendable, Equatable {
        /// The period's label (`7`, `2020-03`).
        public var label: String
        /// Firms adopting in this period, a(t).
        public var adopters: Int
        /// Firms adopted by the end of this period, A(t).
        public var cumulative: Int
        /// The hazard rate h(t) = a(t) / (n − A(t − 1)), in [0, 1]; 0 in the first period.
        public var hazard: Double
    }

    /// The periods in time order, the seeds' period first.
    public let periods: [Period]
    /// Firms in the cluster (the hazard's population).
    public let firmCount: Int

    /// The curve of `record`.
    /// - Complexity: O(T) for T periods.
    public init(record: AdoptionRecord) {
        let n = record.nodeCount
        var cumulative = 0
        var out: [Period] = []
        for (t, a) in record.adoptersPerPeriod.enumerated() {
            let atRisk = n - cumulative
            let hazard = t == 0 || atRisk == 0 ? 0 : Double(a) / Double(atRisk)
            cumulative += a
            out.append(Period(label: record.label(t), adopters: a, cumulative: cumulative, hazard: hazard))
        }
        periods = out
        firmCount = n
    }
}
