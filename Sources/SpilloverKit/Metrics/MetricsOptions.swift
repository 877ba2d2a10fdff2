/// Where brokerage takes its groups from.
public enum GroupSource: String, Sendable, CaseIterable {
    /// A column of the node table (`group` unless another is named).
    case column
    /// Louvain communities found by igraph (seeded, deterministic).
    case community
}

/// What ``MetricsTable/compute(_:options:diagnostics:)`` computes, and how.
public struct MetricsOptions: Sendable {
    /// Measure names to compute (see ``MetricsTable/measureNames``; the family name
    /// `brokerage` stands for the six counts and their z-scores); `nil` computes them all.
    public var measures: [String]?
    /// How weights enter path lengths (betweenness, closeness, harmonic).
    public var weightAs: WeightInterpretation = .strength
    /// The node-table column holding groups.
    public var groupColumn: String = "group"
    /// Where groups come from; `nil`: the column when the node table has it, else communities.
    public var groupSource: GroupSource?
    /// Add the brokerage expected values (`broker_*_expected`) to the brokerage columns.
    public var brokerageExpected = false
    /// Estimate betweenness from this many sampled sources (Brandes–Pich) instead of exactly.
    public var betweennessSample: Int?
    /// Seeds betweenness sampling and community detection.
    public var seed: UInt64 = 1
    /// Also compute Burt's dyadic constraint for every ordered pair of contacts.
    public var dyads = false

    public init() {}
}

/// Why a metrics table cannot be computed as asked.
public enum MetricsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A name in the measure list that is not a measure.
    case unknownMeasure(String)
    /// `--groups column` (or the default) asked for a column the node table does not have.
    case missingGroupColumn(String)
    /// A sample size below 1.
    case invalidSample(Int)

    public var description: String {
        switch self {
        case .unknownMeasure(let name):
            "unknown measure '\(name)'; known measures: \(MetricsTable.measureNames.joined(separator: ", ")), brokerage"
        case .missingGroupColumn(let name):
            "the node table has no column '\(name)' to take groups from"
        case .invalidSample(let k):
            "the betweenness sample must be at least 1 source, not \(k)"
        }
    }
}
