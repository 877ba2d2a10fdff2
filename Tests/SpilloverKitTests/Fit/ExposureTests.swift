import Testing
@testable import SpilloverKit

/// Exposure by hand on a four-firm cluster: a → c (weight 1), b → c (weight 3), c → d;
/// a adopts in period 1, b in 2, c in 3, d never.
@Suite("exposure by hand")
struct ExposureTests {
    static func cluster(directed: Bool) throws -> (AdoptionArcs, AdoptionRecord, ClusterGraph) {
        let g = try GraphBuilder.build(ties: [Tie("a", "c", weight: 1), Tie("b", "c", weight: 3), Tie("c", "d", weight: 1)], directed: directed)
        let keys: [Int?] = g.ids.map { ["a": 1, "b": 2, "c": 3][$0] }
        return (AdoptionArcs.pooled(g), try AdoptionRecord.from(keys: keys, observedUntil: nil), g)
    }

    @Test("directed: in-neighbours only; weighted shares; thresholds; a firm without in-ties has 0")
    func directed() throws {
        let (arcs, record, g) = try Self.cluster(directed: true)
        let binary = ExposureTable(arcs: arcs, record: record), weighted = ExposureTable(arcs: arcs, record: record, weighted: true)
        let a = g.node(id: "a")!, c = g.node(id: "c")!, d = g.node(id: "d")!
        #expect((0..<3).map { binary.exposure(c, $0) } == [0.5, 1, 1])
        #expect((0..<3).map { weighted.exposure(c, $0) } == [0.25, 1, 1])
        #expect((0..<3).map { binary.exposure(d, $0) } == [0, 0, 1])
        #expect((0..<3).map { binary.exposure(a, $0) } == [0, 0, 0])
        let thresholds = binary.thresholds(record: record)
        #expect(thresholds[c] == 1 && thresholds[a] == 0 && thresholds[d].isNaN)
        // Mean exposure at adoption over the adopters a, b, c: (0 + 0 + 1) / 3.
        #expect(abs(binary.meanThreshold(record: record) - 1.0 / 3) < 1e-15)
    }

    @Test("undirected: every neighbour counts; censored firms never do")
    func undirected() throws {
        let (arcs, record, g) = try Self.cluster(directed: false)
        let binary = ExposureTable(arcs: arcs, record: record)
        let c = g.node(id: "c")!
        let values: [Double] = (0..<3).map { binary.exposure(c, $0) }
        let expected: [Double] = [1.0 / 3, 2.0 / 3, 2.0 / 3]
        #expect(values == expected)
    }

    @Test("the cascade's firm-periods: seeds never at risk, never-adopters to the end, counts of last period's adopters")
    func patterns() throws {
        let (arcs, record, _) = try Self.cluster(directed: true)
        let patterns = CascadePatterns(arcs: arcs, time: record.time, periodCount: record.periodCount)
        // At risk: b in period 1 (adopts; no in-arc), c in periods 1 (a adopted in 0: k = 1)
        // and 2 (b adopted in 1: k = 1, adopts), d in periods 1 and 2 (k = 0, no adoption).
        #expect(patterns.totalTrials == 5 && patterns.totalEvents == 2)
        #expect(patterns.trials == [3, 2] && patterns.events == [1, 1] && patterns.counts == [0, 1])
    }
}
