/// Adopters, cumulative adopters and the hazard rate per period (Valente 1995; netdiffuseR
/// `cumulative_adopt_count()` and `hazard_rate()`).
///
///     h(t) = a(t) / (n − A(t − 1)),  h(first period) = 0
///
/// with a(t) the adopters in t, A the cumulative count and n every firm, never-adopters
/// included. The first period's adopters are the seeds, so its hazard is 0 by definition.
public struct AdoptionCurve: Sendable, Equatable {
    public struct Period: Sendable, Equatable {
        /// The period's label (`7`, `2020-03`).
        public var label: String
        public var adopters: Int
        public var cumulative: Int
        public var hazard: Double
    }

    public let periods: [Period]
    /// Firms in the cluster (the hazard's population).
    public let firmCount: Int

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
