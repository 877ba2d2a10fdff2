/// The role a firm plays in the cluster, read off its measures (never off its name).
///
/// With percentiles p(·) in [0, 100] within the cluster, the first rule that holds wins:
///
/// | role | rule |
/// |---|---|
/// | `isolate` | degree 0 |
/// | `hub` | p(degree) ≥ 80 and p(eigenvector) ≥ 80: many ties, to well-tied firms |
/// | `bridge` | p(betweenness) ≥ 80 and betweenness > 0: on the shortest paths between others |
/// | `gatekeeper` | p(cross-group brokerage) ≥ 75, and gatekeeper is its largest part (b_OI: brings knowledge from outside into its own group) |
/// | `representative` | as above, representative largest (b_IO: carries its group's knowledge out) |
/// | `liaison` | as above, liaison largest (b_O: links two other groups) |
/// | `coordinator` | p(coordinator) ≥ 75 and coordinator > 0: brokers inside its own group |
/// | `peripheral` | degree 1 (a pendant firm), or p(degree) ≤ 25 and p(betweenness) ≤ 25 |
/// | `member` | none of the above |
///
/// Cross-group brokerage is gatekeeper + representative + liaison (Gould & Fernandez
/// 1989). On an undirected graph every tie is two arcs and gatekeeper = representative for
/// every firm; the tie goes to `gatekeeper`, after the technological gatekeepers of
/// Giuliani & Bell (2005). Ties between the three parts are broken in the order
/// gatekeeper, representative, liaison.
public enum FocalRole: String, Sendable, CaseIterable {
    /// One role of the table above; the rules are tried in the order of the cases, and the raw
    /// value is the name in the table.
    case isolate, hub, bridge, gatekeeper, representative, liaison, coordinator, peripheral, member

    /// The measures the rules read.
    public static let profileMeasures: [Measure] = [
        .degree, .eigenvector, .betweenness, .brokerGatekeeper, .brokerRepresentative, .brokerLiaison, .brokerCoordinator,
    ]

    /// A role with the fact that earned it, for the reason sentence.
    struct Assignment {
        var role: FocalRole
        var evidence: String
    }

    static func assign(profile: [Measure: [Double]], count n: Int) -> [Assignment] {
        let degree = profile[.degree]!, eigenvector = profile[.eigenvector]!, betweenness = profile[.betweenness]!
        let gatekeeper = profile[.brokerGatekeeper]!, representative = profile[.brokerRepresentative]!
        let liaison = profile[.brokerLiaison]!, coordinator = profile[.brokerCoordinator]!
        let crossGroup = (0..<n).map { gatekeeper[$0] + representative[$0] + liaison[$0] }
        let pDegree = RankTransform.percentiles(degree), pEigen = RankTransform.percentiles(eigenvector)
        let pBetween = RankTransform.percentiles(betweenness), pCross = RankTransform.percentiles(crossGroup)
        let pCoordinator = RankTransform.percentiles(coordinator)
        return (0..<n).map { v in
            if !(degree[v] > 0) { return Assignment(role: .isolate, evidence: "no ties") }
            if pDegree[v] >= 80, pEigen[v] >= 80 {
                return Assignment(role: .hub, evidence: "top fifth by both degree and eigenvector centrality")
            }
            if pBetween[v] >= 80, betweenness[v] > 0 {
                return Assignment(role: .bridge, evidence: "top fifth by betweenness")
            }
            if pCross[v] >= 75, crossGroup[v] > 0 {
                let parts: [(FocalRole, Double, String)] = [
                    (.gatekeeper, gatekeeper[v], "into its group"), (.representative, representative[v], "out of its group"),
                    (.liaison, liaison[v], "between two other groups"),
                ]
                let best = parts.max { $0.1 < $1.1 }!  // max keeps the first of equal maxima
                let top = parts.first { $0.1 == best.1 }!
                return Assignment(role: top.0, evidence: "top quarter in cross-group brokerage, mostly \(top.2)")
            }
            if pCoordinator[v] >= 75, coordinator[v] > 0 {
                return Assignment(role: .coordinator, evidence: "top quarter in brokerage inside its group")
            }
            if degree[v] <= 1 {
                return Assignment(role: .peripheral, evidence: "a single tie")
            }
            if pDegree[v] <= 25, pBetween[v] <= 25 {
                return Assignment(role: .peripheral, evidence: "bottom quarter by degree and betweenness")
            }
            return Assignment(role: .member, evidence: "no stand-out position")
        }
    }
}

/// The one plain sentence that says why a firm ranks where it does.
enum FocalReason {
    /// "prominence (eigenvector centrality 0.84, percentile 99)", or for a measure used
    /// directly as a criterion "PageRank 0.031 (percentile 97)".
    static func describe(_ c: FocalCriterion, value: Double, percentile: Double) -> String {
        let number = formatSignificant(value, digits: 4), pct = "percentile \(Int(percentile.rounded()))"
        if c.name == "brokerage" { return "brokerage (\(number) cross-group brokerage roles, \(pct))" }
        if c.measures.count == 1 {
            let display = c.measures[0].displayName
            return FocalCriterion.named[c.name] == nil ? "\(display) \(number) (\(pct))" : "\(c.name) (\(display) \(number), \(pct))"
        }
        return "\(c.name) \(number) (\(pct))"
    }

    static func sentence(
        rank: Int, of n: Int, criteria: [FocalCriterion], percentiles: [Double], values: [Double],
        role: FocalRole.Assignment
    ) -> String {
        let weighted = criteria.indices.filter { criteria[$0].weight > 0 }
        let strongest = weighted.sorted { a, b in
            let x = criteria[a].weight * percentiles[a], y = criteria[b].weight * percentiles[b]
            return x != y ? x > y : a < b
        }.prefix(2)
        let parts = strongest.map { describe(criteria[$0], value: values[$0], percentile: percentiles[$0]) }
        let best = strongest.first.map { percentiles[$0] } ?? 0
        let lead = best >= 50 ? "strongest on" : "below the median on every criterion, best on"
        return "Rank \(rank) of \(n): \(lead) \(parts.joined(separator: " and ")); \(role.role.rawValue): \(role.evidence)."
    }
}

import Foundation
