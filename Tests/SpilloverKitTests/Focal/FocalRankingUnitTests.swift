import Testing
@testable import SpilloverKit

/// The parts of the focal ranking that need no measures: rank transforms, criteria,
/// roles from given profiles.
@Suite("focal ranking: transforms, criteria, roles")
struct FocalRankingUnitTests {
    @Test("average ranks share ties; NaN ranks lowest")
    func averageRanks() {
        #expect(RankTransform.averageRanks([3, 1, 3, .nan, 2]) == [4.5, 2, 4.5, 1, 3])
        #expect(RankTransform.percentiles([3, 1, 3, .nan, 2]) == [87.5, 25, 87.5, 0, 50])
        #expect(RankTransform.percentiles([0.2, 0.9, .nan], reversed: true) == [100, 50, 0])
        #expect(RankTransform.bordaPoints([5, 5, 1]) == [1.5, 1.5, 0])
        #expect(RankTransform.percentiles([7]) == [100])
        // Iterative solvers leave noise in the last bits: such values tie.
        #expect(RankTransform.averageRanks([0.8267949192431122, 0.8267949192431119, 0.5]) == [2.5, 2.5, 1])
        #expect(RankTransform.averageRanks([1e-12, 2e-12]) == [1, 2])
    }

    @Test("z-scores: sample standard deviation, NaN at the column minimum, constant column 0")
    func zScores() {
        let z = RankTransform.zScores([1, 2, 3, .nan])
        #expect(z == [-1, 0, 1, -1])
        #expect(RankTransform.zScores([4, 4, 4]) == [0, 0, 0])
        #expect(RankTransform.zScores([1, 3], reversed: true).map { $0 * 2.squareRoot() } == [1, -1])
    }

    @Test("criteria: typed measures, reversed low-is-better measures; invalid criteria name the fault")
    func validateCriteria() throws {
        let c = [
            FocalCriterion(.pagerank, weight: 2), FocalCriterion(name: "bridging", measures: [.betweenness], weight: 1),
            FocalCriterion(.constraint, weight: 0.5),
        ]
        try FocalCriterion.validate(c)
        #expect(c.map(\.name) == ["pagerank", "bridging", "constraint"])
        #expect(c[2].isReversed && !c[0].isReversed)
        #expect(FocalCriterion.named["holes"] == [.effectiveSize])
        #expect(throws: FocalError.repeatedCriterion("pagerank")) {
            try FocalCriterion.validate([FocalCriterion(.pagerank), FocalCriterion(.pagerank)])
        }
        #expect(throws: FocalError.noPositiveWeight) {
            try FocalCriterion.validate([FocalCriterion(.pagerank, weight: 0)])
        }
        #expect(throws: FocalError.invalidWeight(criterion: "pagerank", weight: -1)) {
            try FocalCriterion.validate([FocalCriterion(.degree), FocalCriterion(.pagerank, weight: -1)])
        }
        #expect(throws: FocalError.noMeasure(criterion: "none")) { try FocalCriterion.validate([FocalCriterion(name: "none", measures: [], weight: 1)]) }
        #expect(FocalError.invalidWeight(criterion: "holes", weight: .infinity).description == "criteria: weight of 'holes' must be a number ≥ 0, not inf")
        #expect(FocalError.repeatedCriterion("holes").description(naming: { _ in "--criteria" }) == "--criteria: criterion 'holes' given twice")
        #expect(FocalError.noMeasure(criterion: "none").description == "criteria: criterion 'none' has no measure")
    }

    /// A star with centre c, leaves a1…a3 in c's group A and b1, b2 in group B, with its
    /// measures in closed form: degree, eigenvector (centre 1, leaves 1/√k), betweenness
    /// C(k,2) at the centre, effective size k, and the brokerage of MODELS.md's hand check
    /// (m = 3, r = 2: coordinator 6, itinerant 2, representative = gatekeeper 6, liaison 0).
    static func star() -> (ClusterGraph, [Measure: [Double]]) {
        let leaves = ["a1", "a2", "a3", "b1", "b2"]
        let g = try! GraphBuilder.build(ties: leaves.map { Tie("c", $0) }, weighted: false)
        let k = 5.0
        var m: [Measure: [Double]] = [:]
        m[.degree] = [k, 1, 1, 1, 1, 1]
        m[.eigenvector] = [1] + [Double](repeating: 1 / k.squareRoot(), count: 5)
        m[.betweenness] = [10, 0, 0, 0, 0, 0]
        m[.effectiveSize] = [5, 1, 1, 1, 1, 1]
        m[.brokerCoordinator] = [6, 0, 0, 0, 0, 0]
        m[.brokerGatekeeper] = [6, 0, 0, 0, 0, 0]
        m[.brokerRepresentative] = [6, 0, 0, 0, 0, 0]
        m[.brokerLiaison] = [0, 0, 0, 0, 0, 0]
        return (g, m)
    }

    @Test("the centre of a star ranks first, as a hub, in every method", arguments: FocalMethod.allCases)
    func starCentre(_ method: FocalMethod) throws {
        let (g, m) = Self.star()
        let r = try FocalRanking(graph: g, measures: m, method: method)
        #expect(r.rows[0].id == "c")
        #expect(r.rows[0].role == .hub)
        #expect(r.rows[0].percentiles.allSatisfy { $0 == 100 })
        // Leaves tie on every criterion: the order among them is by id.
        #expect(r.rows.dropFirst().map(\.id) == ["a1", "a2", "a3", "b1", "b2"])
        #expect(r.rows.dropFirst().allSatisfy { $0.role == .peripheral })
        #expect(r.rows[0].reason.hasPrefix("Rank 1 of 6: strongest on"))
    }

    @Test("a missing measure is an error naming it")
    func missingMeasure() throws {
        var (g, m) = Self.star()
        m[.eigenvector] = nil
        #expect(throws: FocalError.missingMeasure(.eigenvector)) { _ = try FocalRanking(graph: g, measures: m) }
        g = try GraphBuilder.build(ties: [])
        #expect(throws: FocalError.emptyGraph) { _ = try FocalRanking(graph: g, measures: [:]) }
    }

    @Test("roles follow the numbers: bridge, gatekeeper, liaison, coordinator, isolate")
    func roles() {
        // Ten firms; firm 0 bridges, 1 gatekeeps, 2 liaises, 3 coordinates, 9 is isolated.
        var p: [Measure: [Double]] = [:]
        p[.degree] = [4, 2, 2, 2, 3, 3, 3, 3, 3, 0]
        p[.eigenvector] = [0.2, 0.5, 0.5, 0.5, 0.4, 0.4, 0.4, 0.4, 0.4, 0]
        p[.betweenness] = [40, 5, 5, 5, 1, 1, 1, 1, 1, 0]
        p[.brokerGatekeeper] = [0, 9, 1, 0, 0, 0, 0, 0, 0, 0]
        p[.brokerRepresentative] = [0, 3, 1, 0, 0, 0, 0, 0, 0, 0]
        p[.brokerLiaison] = [0, 0, 8, 0, 0, 0, 0, 0, 0, 0]
        p[.brokerCoordinator] = [0, 0, 0, 7, 1, 0, 0, 0, 0, 0]
        let roles = FocalRole.assign(profile: p, count: 10).map(\.role)
        #expect(roles[0] == .bridge)
        #expect(roles[1] == .gatekeeper)
        #expect(roles[2] == .liaison)
        #expect(roles[3] == .coordinator)
        #expect(roles[9] == .isolate)
    }

    @Test("perturbation drops the asked share of ties, keeps firms and attributes, is seeded")
    func perturbation() throws {
        var ties: [Tie] = []
        for i in 0..<50 { ties.append(Tie("f\(i)", "f\((i + 1) % 50)")); ties.append(Tie("f\(i)", "f\((i + 7) % 50)")) }
        let g = try GraphBuilder.build(ties: ties)
        var rng1 = SplitMix64(seed: 9), rng2 = SplitMix64(seed: 9)
        let drop = TiePerturbation(dropFraction: 0.1, addRandom: false)
        let a = drop.apply(to: g, rng: &rng1), b = drop.apply(to: g, rng: &rng2)
        #expect(a.edgeCount == 90)
        #expect(a.ids == g.ids)
        #expect(a.edges == b.edges)
        var rng3 = SplitMix64(seed: 9)
        let swapped = TiePerturbation(dropFraction: 0.1, addRandom: true).apply(to: g, rng: &rng3)
        #expect(swapped.edgeCount == 100)
        #expect(swapped.edges != g.edges)
    }
}
