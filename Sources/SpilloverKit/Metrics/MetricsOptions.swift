/// Where brokerage takes its groups from.
public enum GroupSource: String, Sendable, CaseIterable {
    /// A column of the node table (`group` unless another is named).
    case column
    /// Louvain communities found by igraph (seeded, deterministic).
    case community
}

/// What ``MetricsTable/compute(_:options:diagnostics:)`` computes, and how.
public struct MetricsOptions: Sendable, Equatable {
    /// The measures to compute, in any order (columns follow the order of the cases of
    /// ``Measure``); `nil` computes ``Measure/defaults(directed:expected:)``. Directed-only
    /// measures are left out on an undirected graph.
    public var measures: [Measure]?
    /// How weights enter path lengths (betweenness, closeness, harmonic).
    public var weightAs: WeightInterpretation = .strength
    /// The node-table column holding groups.
    public var groupColumn: String = "group"
    /// Where groups come from; `nil`: the column when the node table has it, else communities.
    public var groupSource: GroupSource?
    /// Add the brokerage expected values (``Measure/BrokerageStatistic/expected``) to the
    /// brokerage counts asked for (to all six with the default measure list).
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
    /// closeness and harmonic are estimated with the error guarantee of ``samplingEpsilon``,
    /// ``closenessEpsilon`` and ``samplingDelta`` (exact path-based measures cost O(nm)); a
    /// warning says so.
    public var autoSampleThreshold = 50_000
    /// Estimate betweenness, closeness and harmonic with the error guarantee at any size (as
    /// above the threshold), unless ``exact`` or an explicit sample size says otherwise.
    public var guaranteedSampling = false
    /// ε of sampled betweenness: with probability at least 1 − ``samplingDelta`` every firm's
    /// normalised betweenness is within ε of the exact value (Riondato–Kornaropoulos; see
    /// ``Centrality/approximateBetweenness(_:epsilon:delta:seed:normalized:weightAs:)``). In (0, 1).
    public var samplingEpsilon = 0.02
    /// ε of sampled closeness and harmonic: with probability at least 1 − ``samplingDelta``
    /// every firm's harmonic centrality is within ε/ℓ_min and its mean distance (1/closeness)
    /// within ε times its eccentricity (Eppstein–Wang pivots; ℓ_min the shortest tie length).
    /// In (0, 1).
    public var closenessEpsilon = 0.5
    /// δ of the sampling guarantees, in (0, 1).
    public var samplingDelta = 0.1
    /// Seeds path sampling and community detection.
    public var seed: UInt64 = 1
    /// Also compute Burt's dyadic constraint for every ordered pair of contacts.
    public var dyads = false

    /// The defaults: every measure, weights as strengths, groups from the `group` column (else
    /// communities), exact path measures up to 50,000 firms, ε = 0.02 and 0.5, δ = 0.1, seed 1.
    public init() {}
}

/// Why a metrics table cannot be computed as asked.
public enum MetricsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The group column asked for (``MetricsOptions/groupColumn``) is not in the node table.
    case missingGroupColumn(String)
    /// A sample size below 1: which one, and its value.
    case invalidSample(SampleSize, Int)
    /// An error bound outside (0, 1): which one, and its value.
    case invalidErrorBound(ErrorBound, Double)

    /// The sample sizes of ``MetricsOptions``.
    public enum SampleSize: String, Sendable, Equatable {
        /// ``MetricsOptions/pathSample``.
        case pathSample
        /// ``MetricsOptions/betweennessSample``.
        case betweennessSample
    }

    /// The error bounds of ``MetricsOptions``.
    public enum ErrorBound: String, Sendable, Equatable {
        /// ``MetricsOptions/samplingEpsilon``.
        case samplingEpsilon
        /// ``MetricsOptions/closenessEpsilon``.
        case closenessEpsilon
        /// ``MetricsOptions/samplingDelta``.
        case samplingDelta
    }

    /// A one-line message in plain words naming the column, sample size or bound at fault
    /// (as the ``MetricsOptions`` property that holds it).
    public var description: String {
        switch self {
        case .missingGroupColumn(let name):
            "the node table has no column '\(name)' to take groups from"
        case .invalidSample(let which, let k):
            "\(which.rawValue): a path sample must be at least 1 source, not \(k)"
        case .invalidErrorBound(let which, let value):
            "\(which.rawValue) must be in (0, 1), not \(value)"
        }
    }
}

extension MetricsOptions {
    /// How one family of path-based measures is computed.
    enum PathWay: Equatable {
        case exact
        /// From k sampled sources or pivots.
        case sources(Int)
        /// With the (ε, δ) guarantee (betweenness: Riondato–Kornaropoulos path samples).
        case guarantee
    }

    /// How betweenness and closeness/harmonic are computed on a graph of `nodeCount` firms,
    /// and whether the automatic switch chose sampling. A closeness guarantee becomes its
    /// pivot count (``Centrality/guaranteedPivotCount(nodeCount:epsilon:delta:)``).
    func pathPlan(nodeCount: Int) -> (betweenness: PathWay, closeness: PathWay, automatic: Bool) {
        let sampled = betweennessSample.map(PathWay.sources)
        if exact { return (sampled ?? .exact, .exact, false) }
        if let k = pathSample { return (sampled ?? .sources(k), .sources(k), false) }
        let automatic = nodeCount > autoSampleThreshold
        if automatic || guaranteedSampling {
            let k = Centrality.guaranteedPivotCount(nodeCount: nodeCount, epsilon: closenessEpsilon, delta: samplingDelta)
            return (sampled ?? .guarantee, .sources(k), automatic)
        }
        return (sampled ?? .exact, .exact, false)
    }
}
