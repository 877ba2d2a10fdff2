/// One criterion of the focal score: a measure (or a sum of measures) turned into a
/// percentile rank, a z-score or Borda points, and weighted.
public struct FocalCriterion: Sendable, Hashable {
    /// The name used in `--criteria`, in the `<criterion>_pct` column and in reasons.
    public var name: String
    /// Metrics columns whose sum the criterion ranks (e.g. the three cross-group brokerage
    /// roles). Columns in ``FocalCriterion/lowerIsBetter`` rank in reverse.
    public var measures: [String]
    /// The criterion's weight in the composite score (≥ 0; weights are used as given, not
    /// normalised).
    public var weight: Double

    /// A criterion named `name` that ranks the sum of `measures` (metrics column names) with
    /// weight `weight`.
    public init(name: String, measures: [String], weight: Double) {
        self.name = name
        self.measures = measures
        self.weight = weight
    }

    /// Measures for which a low value marks a focal firm: Burt's constraint and hierarchy
    /// (a firm whose contacts are tied to each other, or to one dominant contact, spans
    /// no structural hole).
    public static let lowerIsBetter: Set<String> = ["constraint", "hierarchy"]

    /// Whether the criterion ranks low values first.
    public var isReversed: Bool { measures.allSatisfy { Self.lowerIsBetter.contains($0) } }

    /// The named criteria and the measures behind them.
    ///
    /// - `prominence`: eigenvector centrality (ties to well-tied firms);
    /// - `bridging`: betweenness (on shortest paths between others);
    /// - `holes`: effective size (non-redundant contacts; Burt 1992);
    /// - `brokerage`: gatekeeper + representative + liaison (cross-group brokerage,
    ///   Gould & Fernandez 1989);
    /// - `reach`: degree.
    public static let named: [String: [String]] = [
        "prominence": ["eigenvector"],
        "bridging": ["betweenness"],
        "holes": ["effective_size"],
        "brokerage": ["broker_gatekeeper", "broker_representative", "broker_liaison"],
        "reach": ["degree"],
    ]

    /// The default criteria, each with weight 1, in this order.
    public static let defaults: [FocalCriterion] = ["prominence", "bridging", "holes", "brokerage", "reach"].map {
        FocalCriterion(name: $0, measures: named[$0]!, weight: 1)
    }

    /// Parses `name=weight,name=weight,…`; a name is a named criterion or a metrics column
    /// in `available`. A name alone means weight 1.
    ///
    /// - Throws: ``FocalError/invalidCriteria(_:)`` naming the part at fault.
    public static func parse(_ spec: String, available: Set<String>) throws(FocalError) -> [FocalCriterion] {
        var result: [FocalCriterion] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { throw .invalidCriteria("empty criterion in '\(spec)'") }
            let pieces = item.split(separator: "=", maxSplits: 1).map(String.init)
            let name = pieces[0].trimmingCharacters(in: .whitespaces)
            var weight = 1.0
            if pieces.count == 2 {
                guard let w = Double(pieces[1].trimmingCharacters(in: .whitespaces)), w.isFinite, w >= 0 else {
                    throw .invalidCriteria("weight of '\(name)' must be a number ≥ 0, not '\(pieces[1])'")
                }
                weight = w
            }
            let measures: [String]
            if let named = named[name] {
                measures = named
            } else if available.contains(name), name != "id", name != "label", name != "group" {
                measures = [name]
            } else {
                let choices = (named.keys.sorted() + available.sorted()).joined(separator: ", ")
                throw .invalidCriteria("unknown criterion '\(name)'; use one of: \(choices)")
            }
            guard !result.contains(where: { $0.name == name }) else { throw .invalidCriteria("criterion '\(name)' given twice") }
            result.append(FocalCriterion(name: name, measures: measures, weight: weight))
        }
        guard result.contains(where: { $0.weight > 0 }) else { throw .invalidCriteria("at least one criterion needs a weight > 0") }
        return result
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
    /// The criteria cannot be used as given (an unknown criterion, a bad weight); the message says
    /// which.
    case invalidCriteria(String)
    /// A criterion needs a measure that was not computed: its column name.
    case missingMeasure(String)
    /// The graph has no firm to rank.
    case emptyGraph

    /// A one-line message in plain words, naming settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`.
    public func description(naming name: (Setting) -> String) -> String {
        switch self {
        case .invalidCriteria(let s): "\(name(.criteria)): \(s)"
        case .missingMeasure(let m): "the measure '\(m)' was not computed"
        case .emptyGraph: "the graph has no firms to rank"
        }
    }
}

import Foundation
