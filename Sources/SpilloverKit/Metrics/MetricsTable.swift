/// Per-firm measures as named columns: what `spillover metrics` prints and what the ranking,
/// DOT and report code read.
///
/// Each column is a ``Measure`` (its raw value the column name of the output): an array of
/// `Double` aligned with the graph's node numbers, NaN where a value is undefined (null in
/// JSON, empty in CSV). Ask for one by measure, or for one firm's value by its id:
///
/// ```swift
/// let table = try MetricsTable.compute(graph)
/// let pagerank = table[.pagerank]!
/// let size = table[.effectiveSize, firm: "acme"]
/// ```
public struct MetricsTable: Sendable {
    /// One measure over all firms.
    public struct Column: Sendable {
        /// The measure of the column.
        public let measure: Measure
        /// The column name in the output (the measure's raw value).
        public var name: String { measure.rawValue }
        /// One value per firm, by node number; NaN where undefined.
        public let values: [Double]
        /// Counts (degree, coreness, brokerage counts) print without a fraction.
        public var isInteger: Bool { measure.isInteger }
    }

    /// One ordered pair of contacts with Burt's dyadic constraint c_ij.
    public struct Dyad: Sendable, Equatable {
        /// The firm i (node number).
        public let source: Int
        /// Its contact j (node number).
        public let target: Int
        /// c_ij = (p_ij + Σ_q p_iq · p_qj)², Burt's dyadic constraint of i's tie to j.
        public let localConstraint: Double
    }

    /// Firm ids by node number.
    public let ids: [String]
    /// Display labels (the `label` column, else the id).
    public let labels: [String]
    /// The group of each firm as used by brokerage (column values or community labels).
    public let groups: [String]
    /// Where ``groups`` came from; `nil` when no measure needed groups and the node table has
    /// no group column (then every group is empty and no communities were computed).
    public let groupSource: GroupSource?
    /// The number of distinct groups (counted on demand: only the JSON summary and the
    /// report print it, so computing the table does not hash every firm's group).
    public var groupCount: Int { Set(groups).count }
    /// The computed measures, in the order of the cases of ``Measure``.
    public let columns: [Column]
    /// Dyadic constraint per ordered pair of contacts, when asked for (rows by source node
    /// number, then target node number).
    public let dyads: [Dyad]?
    /// Wall-clock seconds of each stage of ``compute(_:options:diagnostics:)`` (groups,
    /// path measures, each other measure), in order: where the time of a large table goes.
    public internal(set) var stageSeconds: [(stage: String, seconds: Double)] = []
    /// How the sampled path-based measures were sampled (empty when all were exact).
    public internal(set) var sampling: [PathSampling] = []
    /// The computation's warnings, each with what it concerns, so that a request for fewer
    /// columns answered from this table gives the warnings its own computation would
    /// (``projected(onto:graph:)``).
    var notes: [Note] = []

    /// The values of `measure` by node number, or `nil` when it was not computed.
    public subscript(_ measure: Measure) -> [Double]? {
        columns.first { $0.measure == measure }?.values
    }

    /// The value of `measure` for the firm with id `id`; `nil` when the measure was not
    /// computed or no firm has that id, NaN where the value is undefined.
    ///
    /// - Complexity: O(n) to find the firm; for many lookups take its node number from
    ///   ``ClusterGraph/node(id:)`` and index the column.
    public subscript(_ measure: Measure, firm id: String) -> Double? {
        guard let column = self[measure], let v = ids.firstIndex(of: id) else { return nil }
        return column[v]
    }

    /// Every computed measure of the firm with id `id`, or `nil` when no firm has that id.
    ///
    /// - Complexity: O(n) to find the firm (see ``subscript(_:firm:)``).
    public subscript(firm id: String) -> [Measure: Double]? {
        guard let v = ids.firstIndex(of: id) else { return nil }
        return Dictionary(uniqueKeysWithValues: columns.map { ($0.measure, $0.values[v]) })
    }

    /// Every computed column by its measure (what ``FocalRanking/init(graph:measures:criteria:method:)`` reads).
    public var valuesByMeasure: [Measure: [Double]] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0.measure, $0.values) })
    }

    /// The computed measures, in column order.
    public var computedMeasures: [Measure] { columns.map(\.measure) }

    /// The measures to compute for `requested` (`nil`: ``Measure/defaults(directed:expected:)``),
    /// in column order without repeats: directed-only measures dropped on an undirected
    /// graph, and with `expected` each brokerage count's expected value added.
    static func columnMeasures(_ requested: [Measure]?, directed: Bool, expected: Bool) -> [Measure] {
        guard let requested else { return Measure.defaults(directed: directed, expected: expected) }
        var wanted = Set(requested)
        if expected {
            for m in requested { if let b = m.brokerage, b.statistic == .count { wanted.insert(.broker(b.role, .expected)) } }
        }
        return Measure.allCases.filter { wanted.contains($0) && (directed || !$0.isDirectedOnly) }
    }
}

import Foundation
