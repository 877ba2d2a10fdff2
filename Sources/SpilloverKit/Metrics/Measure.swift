/// A per-firm measure of ``MetricsTable``: what the metrics compute, the ranking criteria
/// rank and the report shows.
///
/// The raw value is the column name of the table's CSV and JSON output (snake_case), and the
/// cases are in column order (``MetricsTable/columns`` follow it):
///
/// ```swift
/// var options = MetricsOptions()
/// options.measures = [.degree, .effectiveSize]
/// let table = try MetricsTable.compute(graph, options: options)
/// let sizes = table[.effectiveSize]!
/// ```
public enum Measure: String, CaseIterable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// Number of ties (in plus out on a directed graph).
    case degree
    /// Number of incoming ties (directed graphs only).
    case inDegree = "in_degree"
    /// Number of outgoing ties (directed graphs only).
    case outDegree = "out_degree"
    /// Sum of tie weights.
    case strength
    /// Betweenness centrality: shortest paths between others through the firm.
    case betweenness
    /// Betweenness normalised as NetworkX does (divided by the number of pairs).
    case betweennessNorm = "betweenness_norm"
    /// Closeness centrality: inverse mean distance to the firms it reaches.
    case closeness
    /// Harmonic centrality: sum of inverse distances.
    case harmonic
    /// Eigenvector centrality: ties to well-tied firms.
    case eigenvector
    /// PageRank (damping 0.85).
    case pagerank
    /// k-core number.
    case coreness
    /// Local clustering coefficient.
    case clustering
    /// Burt's aggregate constraint (low: spans structural holes).
    case constraint
    /// Burt's effective size: non-redundant contacts.
    case effectiveSize = "effective_size"
    /// Effective size divided by the number of contacts.
    case efficiency
    /// Burt's hierarchy: how much constraint concentrates on one contact.
    case hierarchy
    /// Gould–Fernandez coordinator count (w_I).
    case brokerCoordinator = "broker_coordinator"
    /// Gould–Fernandez itinerant count (w_O).
    case brokerItinerant = "broker_itinerant"
    /// Gould–Fernandez representative count (b_IO).
    case brokerRepresentative = "broker_representative"
    /// Gould–Fernandez gatekeeper count (b_OI).
    case brokerGatekeeper = "broker_gatekeeper"
    /// Gould–Fernandez liaison count (b_O).
    case brokerLiaison = "broker_liaison"
    /// All brokered two-paths.
    case brokerTotal = "broker_total"
    /// z-score of the coordinator count against a random graph of the same density.
    case brokerCoordinatorZ = "broker_coordinator_z"
    /// z-score of the itinerant count.
    case brokerItinerantZ = "broker_itinerant_z"
    /// z-score of the representative count.
    case brokerRepresentativeZ = "broker_representative_z"
    /// z-score of the gatekeeper count.
    case brokerGatekeeperZ = "broker_gatekeeper_z"
    /// z-score of the liaison count.
    case brokerLiaisonZ = "broker_liaison_z"
    /// z-score of the total count.
    case brokerTotalZ = "broker_total_z"
    /// Expected coordinator count under a random graph of the same density.
    case brokerCoordinatorExpected = "broker_coordinator_expected"
    /// Expected itinerant count.
    case brokerItinerantExpected = "broker_itinerant_expected"
    /// Expected representative count.
    case brokerRepresentativeExpected = "broker_representative_expected"
    /// Expected gatekeeper count.
    case brokerGatekeeperExpected = "broker_gatekeeper_expected"
    /// Expected liaison count.
    case brokerLiaisonExpected = "broker_liaison_expected"
    /// Expected total count.
    case brokerTotalExpected = "broker_total_expected"

    /// The column name (the raw value), so that a measure reads in text as in the output.
    public var description: String { rawValue }

    /// Which number of a brokerage role a measure is.
    public enum BrokerageStatistic: Sendable, CaseIterable {
        /// The firm's count of brokered two-paths in the role.
        case count
        /// The count's z-score against a random graph of the same density.
        case zScore
        /// The count a random graph of the same density would give.
        case expected
    }

    /// The measure of `statistic` for brokerage role `role`.
    public static func broker(_ role: BrokerageRole, _ statistic: BrokerageStatistic = .count) -> Measure {
        let suffix =
            switch statistic {
            case .count: ""
            case .zScore: "_z"
            case .expected: "_expected"
            }
        return Measure(rawValue: "broker_" + role.rawValue + suffix)!
    }

    /// The measures of `statistic` for every brokerage role, in column order.
    public static func brokerage(_ statistic: BrokerageStatistic) -> [Measure] {
        BrokerageRole.allCases.map { broker($0, statistic) }
    }

    /// The brokerage role and statistic, or `nil` for a measure that is not brokerage.
    public var brokerage: (role: BrokerageRole, statistic: BrokerageStatistic)? {
        // A switch, not a search: the table writer asks once per cell (through isInteger).
        switch self {
        case .brokerCoordinator: (.coordinator, .count)
        case .brokerItinerant: (.itinerant, .count)
        case .brokerRepresentative: (.representative, .count)
        case .brokerGatekeeper: (.gatekeeper, .count)
        case .brokerLiaison: (.liaison, .count)
        case .brokerTotal: (.total, .count)
        case .brokerCoordinatorZ: (.coordinator, .zScore)
        case .brokerItinerantZ: (.itinerant, .zScore)
        case .brokerRepresentativeZ: (.representative, .zScore)
        case .brokerGatekeeperZ: (.gatekeeper, .zScore)
        case .brokerLiaisonZ: (.liaison, .zScore)
        case .brokerTotalZ: (.total, .zScore)
        case .brokerCoordinatorExpected: (.coordinator, .expected)
        case .brokerItinerantExpected: (.itinerant, .expected)
        case .brokerRepresentativeExpected: (.representative, .expected)
        case .brokerGatekeeperExpected: (.gatekeeper, .expected)
        case .brokerLiaisonExpected: (.liaison, .expected)
        case .brokerTotalExpected: (.total, .expected)
        default: nil
        }
    }

    /// Whether the measure needs groups (the brokerage measures).
    public var needsGroups: Bool { brokerage != nil }

    /// Whether values are counts, written without a fraction (degrees, coreness, brokerage
    /// counts).
    public var isInteger: Bool {
        switch self {
        case .degree, .inDegree, .outDegree, .coreness: true
        default: brokerage?.statistic == .count
        }
    }

    /// Whether the measure exists on directed graphs only (`in_degree`, `out_degree`).
    public var isDirectedOnly: Bool { self == .inDegree || self == .outDegree }

    /// Whether the measure comes from shortest paths (exact cost O(nm); sampled on large
    /// graphs).
    public var isPathBased: Bool { [.betweenness, .betweennessNorm, .closeness, .harmonic].contains(self) }

    /// Whether the measure is one of Burt's structural-hole measures (one pass computes all
    /// four).
    public var isStructuralHole: Bool { [.constraint, .effectiveSize, .efficiency, .hierarchy].contains(self) }

    /// Whether a low value marks a focal firm: Burt's constraint and hierarchy (a firm whose
    /// contacts are tied to each other, or to one dominant contact, spans no structural hole).
    public var lowerIsBetter: Bool { self == .constraint || self == .hierarchy }

    /// The measure in plain words, for sentences ("effective size", "PageRank").
    public var displayName: String { Self.displayNames[self] ?? rawValue }

    /// Made once: every reason sentence of a ranking names up to two measures, and at 10^6
    /// firms two million Foundation `replacingOccurrences` calls showed in the profile.
    private static let displayNames: [Measure: String] = Dictionary(
        uniqueKeysWithValues: allCases.map { m in
            let name: String =
                switch m {
                case .eigenvector: "eigenvector centrality"
                case .pagerank: "PageRank"
                case .harmonic: "harmonic centrality"
                default: m.rawValue.replacingOccurrences(of: "_", with: " ")
                }
            return (m, name)
        })

    /// The measures a `nil` measure list stands for: all but the directed-only ones on an
    /// undirected graph, and the brokerage expected values only when `expected`.
    public static func defaults(directed: Bool, expected: Bool) -> [Measure] {
        allCases.filter { (directed || !$0.isDirectedOnly) && (expected || $0.brokerage?.statistic != .expected) }
    }
}

import Foundation
