import Testing
@testable import SpilloverKit

/// Odd graphs: every measure returns a value or null, never a crash.
@Suite("measure edge cases", .serialized)
struct MeasureEdgeCaseTests {
    static func all(_ g: ClusterGraph, groups: GroupSource = .community) throws -> MetricsTable {
        var options = MetricsOptions()
        options.brokerageExpected = true
        options.groupSource = groups
        return try MetricsTable.compute(g, options: options)
    }

    @Test("isolates get null closeness and structural holes, zero harmonic and betweenness")
    func isolates() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c")], isolates: ["z"], weighted: false)
        let t = try Self.all(g)
        let z = g.node(id: "z")!
        for m in [Measure.closeness, .constraint, .effectiveSize, .efficiency, .hierarchy] {
            #expect(t[m]![z].isNaN, "\(m)")
        }
        #expect(t[.harmonic]![z] == 0)
        #expect(t[.betweenness]![z] == 0)
        #expect(t[.degree]![z] == 0)
    }

    @Test("a single firm and an empty graph")
    func singleAndEmpty() throws {
        let one = try GraphBuilder.build(ties: [], isolates: ["solo"], weighted: false)
        let t = try Self.all(one)
        #expect(t.ids == ["solo"])
        #expect(t[.betweennessNorm]! == [0])
        #expect(t[.constraint]![0].isNaN)
        #expect(t[.brokerTotalZ]![0].isNaN)
        #expect(t[.brokerTotalExpected]![0].isNaN)  // density undefined for n = 1
        let none = try GraphBuilder.build(ties: [], weighted: false)
        let e = try Self.all(none)
        #expect(e.ids.isEmpty && e.columns.allSatisfy { $0.values.isEmpty })
    }

    @Test("two firms, one tie")
    func twoFirms() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b")], weighted: false)
        let t = try Self.all(g)
        #expect(t[.constraint]! == [1, 1])
        #expect(t[.effectiveSize]! == [1, 1])
        #expect(t[.hierarchy]!.allSatisfy { $0.isNaN })
        #expect(t[.betweennessNorm]! == [0, 0])
        #expect(t[.closeness]! == [1, 1])
        #expect(t[.brokerTotal]! == [0, 0])
    }

    @Test("a directed sink: null closeness, zero harmonic, defined constraint")
    func directedSink() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "s"), Tie("b", "s"), Tie("c", "s"), Tie("a", "b")], directed: true, weighted: false)
        let t = try Self.all(g)
        let s = g.node(id: "s")!
        #expect(t[.closeness]![s].isNaN)
        #expect(t[.harmonic]![s] == 0)
        #expect(t[.outDegree]![s] == 0 && t[.inDegree]![s] == 3)
        #expect(t[.constraint]![s].isFinite)
        #expect(t[.effectiveSize]![s].isFinite)
    }

    @Test("a group of one and a single group give null z-scores, not crashes")
    func degenerateGroups() throws {
        let ties = [Tie("a", "b"), Tie("b", "c"), Tie("c", "d"), Tie("d", "a"), Tie("a", "e")]
        let g = try GraphBuilder.build(ties: ties, weighted: false)
        let lonely = try Brokerage(g, groups: g.ids.map { $0 == "e" ? "E" : "M" })
        #expect(lonely.zScores[.coordinator][g.node(id: "e")!].isNaN)  // w_I in a group of 1
        let single = try Brokerage(g, groups: g.ids.map { _ in "all" })
        for role in [BrokerageRole.itinerant, .representative, .gatekeeper, .liaison] {
            #expect(single.zScores[role].allSatisfy { $0.isNaN }, "\(role)")
        }
        #expect(single.zScores[.coordinator].allSatisfy { $0.isFinite })
        #expect(single.counts[.coordinator] == single.counts[.total])
    }

    @Test("zero density: every brokerage expectation is 0 and every z null")
    func zeroDensity() throws {
        let g = try GraphBuilder.build(ties: [], isolates: ["a", "b", "c", "d"], weighted: false)
        let b = try Brokerage(g, groups: ["x", "x", "y", "y"])
        for role in BrokerageRole.allCases {
            #expect(b.expected[role].allSatisfy { $0 == 0 })
            #expect(b.zScores[role].allSatisfy { $0.isNaN })
        }
    }

    @Test("eigenvector centrality of a directed acyclic graph: igraph's warning reaches Diagnostics")
    func eigenvectorWarning() throws {
        let dag = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("a", "c")], directed: true, weighted: false)
        let diagnostics = Diagnostics()
        let values = try Centrality.eigenvector(dag, diagnostics: diagnostics)
        #expect(values == [0, 0, 0])
        #expect(
            diagnostics.messages.contains { $0.hasPrefix("igraph (igraph_eigenvector_centrality)") && $0.contains("acyclic") },
            "\(diagnostics.messages)")
    }

    @Test("a measure list is computed in column order, without repeats, directed-only measures dropped when undirected")
    func measureList() throws {
        var options = MetricsOptions()
        options.measures = Measure.brokerage(.zScore) + [.effectiveSize, .inDegree, .effectiveSize] + Measure.brokerage(.count)
        let g = try GraphBuilder.build(ties: [Tie("a", "b")], weighted: false)
        let t = try MetricsTable.compute(g, options: options)
        #expect(t.computedMeasures == [.effectiveSize] + Measure.brokerage(.count) + Measure.brokerage(.zScore))
        #expect(t.columns.map(\.name).first == "effective_size")
        options.measures = [.brokerTotal]
        options.brokerageExpected = true
        #expect(try MetricsTable.compute(g, options: options).computedMeasures == [.brokerTotal, .brokerTotalExpected])
    }

    @Test("a table is read by measure and by firm id")
    func lookupByFirm() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c")], isolates: ["z"], weighted: false)
        var options = MetricsOptions()
        options.measures = [.degree, .effectiveSize]
        let t = try MetricsTable.compute(g, options: options)
        #expect(t[.degree, firm: "b"] == 2)
        #expect(t[.effectiveSize, firm: "z"]?.isNaN == true)
        #expect(t[.pagerank, firm: "b"] == nil && t[.degree, firm: "nobody"] == nil)
        #expect(t[firm: "a"] == [.degree: 1, .effectiveSize: 1])
        #expect(t[firm: "nobody"] == nil)
    }

    @Test("stage timings name exactly the stages that ran, in order, with non-negative seconds")
    func stageTimings() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("c", "a"), Tie("c", "d")], weighted: false)
        var options = MetricsOptions()
        options.measures = [.pagerank, .degree, .constraint]
        let t = try MetricsTable.compute(g, options: options)
        // No brokerage asked and no group column: no communities are computed (issue 17).
        #expect(t.stageSeconds.map(\.stage) == ["degree", "pagerank", "structural holes"])
        #expect(t.groupSource == nil && t.groups.allSatisfy(\.isEmpty))
        #expect(t.stageSeconds.allSatisfy { $0.seconds >= 0 && $0.seconds < 60 })
        options.measures = [.harmonic] + Measure.brokerage(.count) + Measure.brokerage(.zScore)
        options.groupSource = .column
        options.groupColumn = "none"
        #expect(throws: MetricsError.self) { _ = try MetricsTable.compute(g, options: options) }
        options.groupSource = .community
        let u = try MetricsTable.compute(g, options: options)
        #expect(u.stageSeconds.map(\.stage) == ["communities", "paths", "brokerage"])
    }
}
