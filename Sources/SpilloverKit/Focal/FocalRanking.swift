/// Which firms are focal: a composite score from weighted criteria, a role label and a
/// plain reason for every firm, and optionally how stable the ranking is when ties are
/// missing (see ``FocalStability``).
///
/// Each criterion (``FocalCriterion``) ranks the firms by one measure or a sum of
/// measures; the ranks are combined by a ``FocalMethod``. Firms are ordered by score
/// (descending), then by id, so equal scores never depend on input order.
public struct FocalRanking: Sendable {
    /// One firm of the ranking.
    public struct Row: Sendable {
        /// 1-based position in the ranking.
        public var rank: Int
        /// The firm's node number in the graph.
        public var node: Int
        /// The firm's id.
        public var id: String
        /// The firm's label (its id when the node table gives none).
        public var label: String
        /// The firm's group (empty when there are no groups).
        public var group: String
        /// The composite score: the weighted combination of the criteria by ``FocalRanking/method``.
        public var score: Double
        /// The role read off the firm's measures.
        public var role: FocalRole
        /// A plain-words sentence saying why the firm ranks where it does.
        ///
        /// Written when read: at 10^6 firms writing every firm's took about 10 s, and most
        /// rankings (of each channel, of perturbed copies, for the top firms) read a few.
        public var reason: String {
            get {
                written
                    ?? FocalReason.sentence(
                        rank: rank, of: context.firmCount, criteria: context.criteria, percentiles: percentiles, values: values,
                        role: FocalRole.Assignment(role: role, evidence: evidence))
            }
            set { written = newValue }
        }
        /// Percentile (0–100) of each criterion, in the order of ``FocalRanking/criteria``.
        ///
        /// Read from the ranking's columns (a set value replaces them): two arrays per row
        /// were 200 of a row's 330 bytes, and an analysis of 10^6 firms keeps four rankings.
        public var percentiles: [Double] {
            get { setPercentiles ?? context.percentiles.map { $0[node] } }
            set { setPercentiles = newValue }
        }
        /// The criterion values (sums of the measures behind each criterion), read as
        /// ``percentiles`` is.
        public var values: [Double] {
            get { setValues ?? context.values.map { $0[node] } }
            set { setValues = newValue }
        }
        /// With stability: share of perturbed copies in which the firm is in the top K.
        public var topKShare: Double?
        /// With stability: median rank over the perturbed copies.
        public var medianRank: Double?
        /// The fact that earned the firm its role, for ``reason``.
        var evidence: String
        /// What the row reads besides its own fields.
        let context: RowContext
        /// A reason set from outside, which replaces the written one.
        var written: String?
        /// Percentiles and values set from outside, which replace the ranking's.
        var setPercentiles: [Double]?
        var setValues: [Double]?
    }

    /// What the rows read besides their own fields, shared by them: the criteria, the
    /// number of firms, and each criterion's percentiles and values by node number.
    final class RowContext: Sendable {
        let criteria: [FocalCriterion]
        let firmCount: Int
        let percentiles: [[Double]]
        let values: [[Double]]
        init(criteria: [FocalCriterion], firmCount: Int, percentiles: [[Double]], values: [[Double]]) {
            self.criteria = criteria
            self.firmCount = firmCount
            self.percentiles = percentiles
            self.values = values
        }
    }

    /// How the criteria were combined.
    public let method: FocalMethod
    /// The criteria of the score, in column order.
    public let criteria: [FocalCriterion]
    /// All firms, best first.
    public internal(set) var rows: [Row]
    /// The K of the stability columns, when stability was estimated.
    public internal(set) var stabilityTopK: Int?

    /// The measures a ranking with `criteria` needs from the metrics table: the criteria's
    /// own and those behind the role labels.
    public static func requiredMeasures(for criteria: [FocalCriterion]) -> [Measure] {
        var seen = Set<Measure>()
        var out: [Measure] = []
        for m in criteria.flatMap(\.measures) + FocalRole.profileMeasures where seen.insert(m).inserted { out.append(m) }
        return out
    }

    /// Ranks the firms of `graph`.
    ///
    /// - Parameters:
    ///   - graph: the cluster whose firms are ranked.
    ///   - measures: per-node values of each measure (by node number); must hold
    ///     ``requiredMeasures(for:)``.
    ///   - criteria: the criteria and weights (default ``FocalCriterion/defaults``).
    ///   - method: how criteria combine (default percentile).
    /// - Throws: ``FocalError`` when the criteria are invalid
    ///   (``FocalCriterion/validate(_:)``), a measure is missing or the graph is empty.
    /// - Complexity: O(c · n log n) for c criteria and n firms.
    public init(
        graph: ClusterGraph, measures: [Measure: [Double]], criteria: [FocalCriterion] = FocalCriterion.defaults,
        method: FocalMethod = .percentile
    ) throws(FocalError) {
        guard graph.nodeCount > 0 else { throw .emptyGraph }
        try FocalCriterion.validate(criteria)
        self.method = method
        self.criteria = criteria
        let n = graph.nodeCount
        func column(_ measure: Measure) throws(FocalError) -> [Double] {
            guard let c = measures[measure], c.count == n else { throw .missingMeasure(measure) }
            return c
        }
        var criterionValues: [[Double]] = []
        for c in criteria {
            var sum = [Double](repeating: 0, count: n)
            for m in c.measures {
                let values = try column(m)
                for v in 0..<n { sum[v] += values[v] }
            }
            criterionValues.append(sum)
        }
        let percentiles = zip(criteria, criterionValues).map { RankTransform.percentiles($1, reversed: $0.isReversed) }
        let contributions: [[Double]] = zip(criteria, criterionValues).enumerated().map { k, pair in
            switch method {
            case .percentile: percentiles[k]
            case .zscore: RankTransform.zScores(pair.1, reversed: pair.0.isReversed)
            case .borda: RankTransform.bordaPoints(pair.1, reversed: pair.0.isReversed)
            }
        }
        let totalWeight = criteria.reduce(0) { $0 + $1.weight }
        var scores = [Double](repeating: 0, count: n)
        for (k, c) in criteria.enumerated() where c.weight > 0 {
            for v in 0..<n { scores[v] += c.weight * contributions[k][v] }
        }
        if method != .borda { scores = scores.map { $0 / totalWeight } }
        // Round away floating-point noise (sums of the same percentiles in another order
        // differ in the last bit), so equal scores are equal and fall to the id order.
        scores = scores.map(Self.roundNoise)

        var profile: [Measure: [Double]] = [:]
        for m in FocalRole.profileMeasures { profile[m] = try column(m) }
        let roles = FocalRole.assign(profile: profile, count: n)

        let order = (0..<n).sorted { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : graph.ids[a] < graph.ids[b]
        }
        let groups = graph.attributes.groups
        let context = RowContext(criteria: criteria, firmCount: n, percentiles: percentiles, values: criterionValues)
        rows = order.enumerated().map { position, v in
            Row(
                rank: position + 1, node: v, id: graph.ids[v], label: graph.label(of: v), group: groups?[v] ?? "",
                score: scores[v], role: roles[v].role, topKShare: nil, medianRank: nil, evidence: roles[v].evidence, context: context)
        }
        stabilityTopK = nil
    }

    /// `x` to 12 significant digits.
    static func roundNoise(_ x: Double) -> Double {
        guard x != 0, x.isFinite else { return x }
        let scale = pow(10, 11 - floor(log10(abs(x))))
        return (x * scale).rounded() / scale
    }

    /// The node numbers of the top `k` firms, best first.
    public func top(_ k: Int) -> [Int] { rows.prefix(max(0, k)).map(\.node) }
}

import Foundation
