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
    /// - Throws: ``FocalError/invalidWeight(criterion:weight:)``,
    ///   ``FocalError/noMeasure(criterion:)`` or ``FocalError/repeatedCriterion(_:)`` naming
    ///   the first criterion at fault; ``FocalError/noPositiveWeight`` when every weight is 0.
    public static func validate(_ criteria: [FocalCriterion]) throws(FocalError) {
        var names = Set<String>()
        for c in criteria {
            guard c.weight.isFinite, c.weight >= 0 else { throw .invalidWeight(criterion: c.name, weight: c.weight) }
            guard !c.measures.isEmpty else { throw .noMeasure(criterion: c.name) }
            guard names.insert(c.name).inserted else { throw .repeatedCriterion(c.name) }
        }
        guard criteria.contains(where: { $0.weight > 0 }) else { throw .noPositiveWeight }
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
    /// A criterion's weight is not a finite number ≥ 0: the criterion's name and the weight.
    case invalidWeight(criterion: String, weight: Double)
    /// A criterion with no measure: its name.
    case noMeasure(criterion: String)
    /// Two criteria with this name.
    case repeatedCriterion(String)
    /// Every criterion has weight 0, so no score can be made.
    case noPositiveWeight
    /// A criterion or role needs a measure that was not given.
    case missingMeasure(Measure)
    /// The graph has no firm to rank.
    case emptyGraph

    /// A one-line message in plain words, naming settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`.
    public func description(naming name: (Setting) -> String) -> String {
        switch self {
        case let .invalidWeight(criterion, weight): "\(name(.criteria)): weight of '\(criterion)' must be a number ≥ 0, not \(weight)"
        case .noMeasure(let criterion): "\(name(.criteria)): criterion '\(criterion)' has no measure"
        case .repeatedCriterion(let criterion): "\(name(.criteria)): criterion '\(criterion)' given twice"
        case .noPositiveWeight: "\(name(.criteria)): at least one criterion needs a weight > 0"
        case .missingMeasure(let m): "the measure '\(m.rawValue)' was not computed"
        case .emptyGraph: "the graph has no firms to rank"
        }
    }
}

import Foundation
