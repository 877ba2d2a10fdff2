/// One criterion of the focal score: a measure (or a sum of measures) turned into a
/// percentile rank, a z-score or Borda points, and weighted.
public struct FocalCriterion: Sendable, Hashable {
    /// The criterion's name: the `<name>_pct` column of the ranking and the word of its
    /// reasons (a key of ``named``, or the measure's raw value for a single measure).
    public var name: String
    /// The measures whose sum the criterion ranks (e.g. the three cross-group brokerage
    /// counts). Measures for which ``Measure/lowerIsBetter`` holds rank in reverse.
    public var measures: [Measure]
    /// The criterion's weight in the composite score (≥ 0; weights are used as given, not
    /// normalised).
    public var weight: Double

    /// A criterion named `name` that ranks the sum of `measures` with weight `weight`.
    public init(name: String, measures: [Measure], weight: Double) {
        self.name = name
        self.measures = measures
        self.weight = weight
    }

    /// A criterion that ranks the single measure `measure`, named by its column name.
    public init(_ measure: Measure, weight: Double = 1) {
        self.init(name: measure.rawValue, measures: [measure], weight: weight)
    }

    /// Whether the criterion ranks low values first (all its measures are lower-is-better).
    public var isReversed: Bool { measures.allSatisfy(\.lowerIsBetter) }

    /// The named criteria and the measures behind them.
    ///
    /// - `prominence`: eigenvector centrality (ties to well-tied firms);
    /// - `bridging`: betweenness (on shortest paths between others);
    /// - `holes`: effective size (non-redundant contacts; Burt 1992);
    /// - `brokerage`: gatekeeper + representative + liaison (cross-group brokerage,
    ///   Gould & Fernandez 1989);
    /// - `reach`: degree.
    public static let named: [String: [Measure]] = [
        "prominence": [.eigenvector],
        "bridging": [.betweenness],
        "holes": [.effectiveSize],
        "brokerage": [.brokerGatekeeper, .brokerRepresentative, .brokerLiaison],
        "reach": [.degree],
    ]

    /// The default criteria, each with weight 1, in this order.
    public static let defaults: [FocalCriterion] = ["prominence", "bridging", "holes", "brokerage", "reach"].map {
        FocalCriterion(name: $0, measures: named[$0]!, weight: 1)
    }

    /// Checks that `criteria` can make a score: each has a measure and a finite weight ≥ 0,
    /// no name repeats, and some weight is > 0.
    ///
    /// - Throws: ``FocalError/invalidCriteria(_:)`` naming the criterion at fault.
    public static func validate(_ criteria: [FocalCriterion]) throws(FocalError) {
        var names = Set<String>()
        for c in criteria {
            guard c.weight.isFinite, c.weight >= 0 else {
                throw .invalidCriteria("weight of '\(c.name)' must be a number ≥ 0, not \(c.weight)")
            }
            guard !c.measures.isEmpty else { throw .invalidCriteria("criterion '\(c.name)' has no measure") }
            guard names.insert(c.name).inserted else { throw .invalidCriteria("criterion '\(c.name)' given twice") }
        }
        guard criteria.contains(where: { $0.weight > 0 }) else { throw .invalidCriteria("at least one criterion needs a weight > 0") }
    }
}

/// How criteria are combined into one score.
public enum FocalMethod: String, Sendable, CaseIterable {
    /// Weighted mean of percentile ranks (0–100), ties sharing their average rank.
    case percentile
    /// Weighted mean of z-scores of the criterion values.
    case zscore
    /// Weighted Borda count: each criterion gives a firm one point per firm it beats.
    case borda
}

/// A ranking that cannot be made as asked.
public enum FocalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The criteria cannot be used as given (a bad weight, a repeated name, no measure; a front
    /// end that reads criteria from text also reports an unknown name so); the message says
    /// which.
    case invalidCriteria(String)
    /// A criterion or role needs a measure that was not given.
    case missingMeasure(Measure)
    /// The graph has no firm to rank.
    case emptyGraph

    /// A one-line message in plain words, naming settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`.
    public func description(naming name: (Setting) -> String) -> String {
        switch self {
        case .invalidCriteria(let s): "\(name(.criteria)): \(s)"
        case .missingMeasure(let m): "the measure '\(m.rawValue)' was not computed"
        case .emptyGraph: "the graph has no firms to rank"
        }
    }
}

import Foundation
