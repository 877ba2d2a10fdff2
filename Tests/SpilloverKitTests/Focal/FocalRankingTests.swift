import Foundation
import Testing
@testable import SpilloverKit

/// The focal ranking on real measures: the kite, a star, weights, threads.
@Suite("focal ranking on real measures")
struct FocalRankingTests {
    static func kite() throws -> ClusterGraph { try MeasureFixtureTests.load("kite").graph }

    /// The default criteria (prominence, bridging, holes, brokerage, reach) with these weights.
    static func criteria(_ weights: Double...) -> [FocalCriterion] {
        zip(FocalCriterion.defaults, weights).map { c, w in FocalCriterion(name: c.name, measures: c.measures, weight: w) }
    }

    static func position(_ ranking: FocalRanking, _ id: String) -> Int {
        ranking.rows.first { $0.id == id }!.rank
    }

    @Test("kite: Heather above Diane when bridging is weighted up, Diane above Heather when reach is")
    func kiteBridgingVersusReach() throws {
        let graph = try Self.kite()
        let bridging = try FocalRanker(criteria: Self.criteria(1, 10, 1, 1, 1)).rank(graph)
        #expect(Self.position(bridging, "Heather") < Self.position(bridging, "Diane"))
        #expect(Self.position(bridging, "Heather") <= 2)
        #expect(bridging.rows.first { $0.id == "Heather" }?.role == .bridge)
        let reach = try FocalRanker(criteria: Self.criteria(1, 1, 1, 1, 10)).rank(graph)
        #expect(Self.position(reach, "Diane") < Self.position(reach, "Heather"))
        #expect(reach.rows[0].id == "Diane")
        #expect(reach.rows[0].role == .hub)
        // The default ranking: Diane first (Krackhardt's most active actor), Jane last.
        let standard = try FocalRanker().rank(graph)
        #expect(standard.rows.first?.id == "Diane")
        #expect(standard.rows.last?.id == "Jane")
        #expect(standard.rows.last?.role == .peripheral)
    }

    @Test("raising a criterion's weight never lowers the score percentile of the firms it favours")
    func weightMovesFirms() throws {
        let graph = try Self.kite()
        let base = try FocalRanker().rank(graph)
        let heavier = try FocalRanker(criteria: Self.criteria(1, 5, 1, 1, 1)).rank(graph)
        // Heather has the top bridging percentile: she moves up; Carol (bridging pct 11) does not.
        #expect(Self.position(heavier, "Heather") < Self.position(base, "Heather"))
        #expect(Self.position(heavier, "Carol") >= Self.position(base, "Carol"))
        // Symmetric firms of the kite (Fernando and Garth, Andre and Beverley, Carol and Ed)
        // tie on prominence, whatever noise the iterative eigenvector solver leaves in the
        // last bits (their groups differ, so brokerage does not tie).
        for r in [base, heavier] {
            let prominence = Dictionary(uniqueKeysWithValues: r.rows.map { ($0.id, $0.percentiles[0]) })
            #expect(prominence["Fernando"] == prominence["Garth"])
            #expect(prominence["Andre"] == prominence["Beverley"])
            #expect(prominence["Carol"] == prominence["Ed"])
        }
        // Ike (bridging pct 67) gains on Andre (39) when bridging counts more.
        let ikeBase = base.rows.first { $0.id == "Ike" }!.score, andreBase = base.rows.first { $0.id == "Andre" }!.score
        let ikeHeavy = heavier.rows.first { $0.id == "Ike" }!.score, andreHeavy = heavier.rows.first { $0.id == "Andre" }!.score
        #expect(ikeHeavy - andreHeavy > ikeBase - andreBase)
    }

    @Test("a custom criterion on one measure orders firms by that measure")
    func singleMeasure() throws {
        let graph = try Self.kite()
        let ranking = try FocalRanker(criteria: [FocalCriterion(.betweenness)]).rank(graph)
        let b = try Centrality.betweenness(graph)
        let order = ranking.rows.map(\.node)
        for (a, c) in zip(order, order.dropFirst()) { #expect(b[a] >= b[c]) }
        let low = try FocalRanker(criteria: [FocalCriterion(.constraint)]).rank(graph)
        let constraint = try StructuralHoles.constraint(graph)
        #expect(constraint[low.rows[0].node] == constraint.min())
    }

    @Test("a criterion names its measure by type, as the metrics table does (issue 18: no spelling to get wrong)")
    func typedCriterion() throws {
        let graph = try Self.kite()
        let holes = [FocalCriterion(name: "holes", measures: [.effectiveSize], weight: 1)]
        #expect(FocalRanking.requiredMeasures(for: holes) == [.effectiveSize] + FocalRole.profileMeasures)
        let ranking = try FocalRanker(criteria: holes).rank(graph)
        var options = MetricsOptions()
        options.measures = [.effectiveSize]
        let table = try MetricsTable.compute(graph, options: options)
        let best = try #require(ranking.rows.first)
        #expect(best.values == [table[.effectiveSize, firm: best.id]!])
        #expect(best.values[0] == table[.effectiveSize]!.max())
    }

    @Test("the centre of a star ranks first with stability 1.0")
    func starStability() async throws {
        let leaves = (1...12).map { "leaf\($0)" }
        let graph = try GraphBuilder.build(ties: leaves.map { Tie("centre", $0) }, weighted: false)
        let options = FocalStability.Options(copies: 40, dropFraction: 0.2, addRandom: false, topK: 1, seed: 3)
        let ranking = try await FocalRanker().rank(graph, stability: options)
        #expect(ranking.rows[0].id == "centre")
        #expect(ranking.rows[0].topKShare == 1.0)
        #expect(ranking.rows[0].medianRank == 1)
        #expect(ranking.rows.dropFirst().allSatisfy { ($0.topKShare ?? 1) == 0 })
    }

    @Test("stability is identical for 1 and N threads and across runs")
    func stabilityThreads() async throws {
        let graph = ClusterGenerator(firms: 80, seed: 5).generate().graph()
        func run(_ threads: Int) async throws -> [String] {
            let options = FocalStability.Options(copies: 12, dropFraction: 0.1, addRandom: true, topK: 5, seed: 11, threads: threads)
            let r = try await FocalRanker().rank(graph, stability: options)
            return r.rows.map { "\($0.id) \($0.topKShare!) \($0.medianRank!)" }
        }
        let one = try await run(1)
        #expect(try await run(3) == one)
        #expect(try await run(1) == one)
        #expect(one.contains { !$0.hasSuffix(" 0.0 \(Double(Int($0.split(separator: " ").last!.split(separator: ".").first!)!))") })
    }

    @Test("every method ranks the kite's Jane last and gives scores in the documented ranges")
    func methods() throws {
        let graph = try Self.kite()
        for method in FocalMethod.allCases {
            let r = try FocalRanker(method: method).rank(graph)
            #expect(r.rows.last?.id == "Jane", "\(method)")
            switch method {
            case .percentile: #expect(r.rows.allSatisfy { $0.score >= 0 && $0.score <= 100 })
            case .borda: #expect(r.rows.allSatisfy { $0.score >= 0 && $0.score <= 5 * 9 })
            case .zscore: #expect(abs(r.rows.map(\.score).reduce(0, +)) < 1e-9)
            }
        }
    }
}
