/// Per-firm measures as named columns: what `spillover metrics` prints and what the ranking,
/// DOT and report code read.
///
/// Column names are the snake_case names of the metrics issue (``measureNames``); every
/// column is an array of `Double` aligned with the graph's node numbers, NaN where a value is
/// undefined (null in JSON, empty in CSV). Ask for one with ``values(for:)``:
///
/// ```swift
/// let table = try MetricsTable.compute(graph)
/// let pagerank = table.values(for: "pagerank")!
/// ```
public struct MetricsTable: Sendable {
    /// One measure over all firms.
    public struct Column: Sendable {
        /// The column name (``MetricsTable/measureNames``).
        public let name: String
        /// One value per firm, by node number; NaN where undefined.
        public let values: [Double]
        /// Counts (degree, coreness, brokerage counts) print without a fraction.
        public let isInteger: Bool
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
    /// The computed measures, in the order of ``measureNames``.
    public let columns: [Column]
    /// Dyadic constraint per ordered pair of contacts, when asked for (rows by source node
    /// number, then target node number).
    public let dyads: [Dyad]?
    /// Wall-clock seconds of each stage of ``compute(_:options:diagnostics:)`` (groups,
    /// path measures, each other measure), in order: where the time of a large table goes.
    public internal(set) var stageSeconds: [(stage: String, seconds: Double)] = []
    /// How the sampled path-based measures were sampled (empty when all were exact).
    public internal(set) var sampling: [PathSampling] = []

    /// The values of measure `name`, or `nil` when it was not computed.
    public func values(for name: String) -> [Double]? {
        columns.first { $0.name == name }?.values
    }

    /// The names of the computed measures, in column order.
    public var computedMeasures: [String] { columns.map(\.name) }

    static let roleNames = BrokerageRole.allCases.map { "broker_" + $0.rawValue }

    /// Every measure name, in column order. `in_degree` and `out_degree` exist for directed
    /// graphs only; the `_expected` columns only when asked for.
    public static let measureNames: [String] =
        [
            "degree", "in_degree", "out_degree", "strength", "betweenness", "betweenness_norm", "closeness",
            "harmonic", "eigenvector", "pagerank", "coreness", "clustering", "constraint", "effective_size",
            "efficiency", "hierarchy",
        ]
        + roleNames + roleNames.map { $0 + "_z" } + roleNames.map { $0 + "_expected" }

    /// The measures a `nil` measure list stands for.
    static func defaultMeasures(directed: Bool, expected: Bool) -> [String] {
        measureNames.filter { name in
            if !directed && (name == "in_degree" || name == "out_degree") { return false }
            if !expected && name.hasSuffix("_expected") { return false }
            return true
        }
    }

    /// Resolves a user's measure list (names, `-` or `_`, any case; `brokerage` for the
    /// counts and z-scores) to column names in column order.
    ///
    /// - Throws: ``MetricsError/unknownMeasure(_:)`` naming the first unknown entry.
    public static func resolve(_ requested: [String], directed: Bool, expected: Bool) throws(MetricsError) -> [String] {
        var wanted = Set<String>()
        for raw in requested {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            if name.isEmpty { continue }
            if name == "brokerage" {
                wanted.formUnion(roleNames)
                wanted.formUnion(roleNames.map { $0 + "_z" })
                if expected { wanted.formUnion(roleNames.map { $0 + "_expected" }) }
            } else if measureNames.contains(name) {
                wanted.insert(name)
                if expected && roleNames.contains(name) { wanted.insert(name + "_expected") }
            } else {
                throw .unknownMeasure(raw)
            }
        }
        return measureNames.filter { wanted.contains($0) && (directed || ($0 != "in_degree" && $0 != "out_degree")) }
    }
}

import Foundation
