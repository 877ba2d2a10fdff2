/// Where brokerage takes its groups from.
public enum GroupSource: String, Sendable, CaseIterable {
    /// A column of the node table (`group` unless another is named).
    case column
    /// Louvain communities found by igraph (seeded, deterministic).
    case community
}

/// What ``MetricsTable/compute(_:options:diagnostics:)`` computes, and how.
public struct MetricsOptions: Sendable, Equatable {
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
    /// Estimate betweenness from this many sampled sources (Brandes–Pich) instead of exactly;
    /// closeness and harmonic are left as ``pathSample`` and ``exact`` say. Wins over
    /// ``pathSample`` for betweenness.
    public var betweennessSample: Int?
    /// Estimate all path-based measures (betweenness by Brandes–Pich, closeness and harmonic
    /// by Eppstein–Wang) from this many sampled sources.
    public var pathSample: Int?
    /// Compute path-based measures exactly even on graphs above ``autoSampleThreshold``.
    public var exact = false
    /// Above this many firms, when neither ``pathSample`` nor ``exact`` is set, betweenness,
    /// closeness and harmonic are estimated from ``autoSampleSize`` sampled sources (exact
    /// path-based measures cost O(nm)); a warning says so.
    public var autoSampleThreshold = 50_000
    /// The number of sampled sources of the automatic switch.
    public var autoSampleSize = 256
    /// Seeds path sampling and community detection.
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
            "a path sample must be at least 1 source, not \(k)"
        }
    }
}

extension MetricsOptions {
    /// The sample sizes of betweenness and of closeness/harmonic for a graph of `nodeCount`
    /// firms (`nil`: exact), and whether the automatic switch chose them.
    func pathSampling(nodeCount: Int) -> (betweenness: Int?, closeness: Int?, automatic: Bool) {
        if exact { return (betweennessSample, nil, false) }
        if let k = pathSample { return (betweennessSample ?? k, k, false) }
        if nodeCount > autoSampleThreshold {
            return (betweennessSample ?? autoSampleSize, autoSampleSize, true)
        }
        return (betweennessSample, nil, false)
    }
}
