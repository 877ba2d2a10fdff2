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
        for name in ["closeness", "constraint", "effective_size", "efficiency", "hierarchy"] {
            #expect(t.values(for: name)![z].isNaN, "\(name)")
        }
        #expect(t.values(for: "harmonic")![z] == 0)
        #expect(t.values(for: "betweenness")![z] == 0)
        #expect(t.values(for: "degree")![z] == 0)
    }

    @Test("a single firm and an empty graph")
    func singleAndEmpty() throws {
        let one = try GraphBuilder.build(ties: [], isolates: ["solo"], weighted: false)
        let t = try Self.all(one)
        #expect(t.ids == ["solo"])
        #expect(t.values(for: "betweenness_norm")! == [0])
        #expect(t.values(for: "constraint")![0].isNaN)
        #expect(t.values(for: "broker_total_z")![0].isNaN)
        #expect(t.values(for: "broker_total_expected")![0].isNaN)  // density undefined for n = 1
        let none = try GraphBuilder.build(ties: [], weighted: false)
        let e = try Self.all(none)
        #expect(e.ids.isEmpty && e.columns.allSatisfy { $0.values.isEmpty })
    }

    @Test("two firms, one tie")
    func twoFirms() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b")], weighted: false)
        let t = try Self.all(g)
        #expect(t.values(for: "constraint")! == [1, 1])
        #expect(t.values(for: "effective_size")! == [1, 1])
        #expect(t.values(for: "hierarchy")!.allSatisfy { $0.isNaN })
        #expect(t.values(for: "betweenness_norm")! == [0, 0])
        #expect(t.values(for: "closeness")! == [1, 1])
        #expect(t.values(for: "broker_total")! == [0, 0])
    }

    @Test("a directed sink: null closeness, zero harmonic, defined constraint")
    func directedSink() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "s"), Tie("b", "s"), Tie("c", "s"), Tie("a", "b")], directed: true, weighted: false)
        let t = try Self.all(g)
        let s = g.node(id: "s")!
        #expect(t.values(for: "closeness")![s].isNaN)
        #expect(t.values(for: "harmonic")![s] == 0)
        #expect(t.values(for: "out_degree")![s] == 0 && t.values(for: "in_degree")![s] == 3)
        #expect(t.values(for: "constraint")![s].isFinite)
        #expect(t.values(for: "effective_size")![s].isFinite)
    }

    @Test("a group of one and a single group give null z-scores, not crashes")
    func degenerateGroups() throws {
        let ties = [Tie("a", "b"), Tie("b", "c"), Tie("c", "d"), Tie("d", "a"), Tie("a", "e")]
        let g = try GraphBuilder.build(ties: ties, weighted: false)
        let lonely = try Brokerage(g, groups: g.ids.map { $0 == "e" ? "E" : "M" })
        #expect(lonely.zScores[.coordinator]![g.node(id: "e")!].isNaN)  // w_I in a group of 1
        let single = try Brokerage(g, groups: g.ids.map { _ in "all" })
        for role in [BrokerageRole.itinerant, .representative, .gatekeeper, .liaison] {
            #expect(single.zScores[role]!.allSatisfy { $0.isNaN }, "\(role)")
        }
        #expect(single.zScores[.coordinator]!.allSatisfy { $0.isFinite })
        #expect(single.counts[.coordinator]! == single.counts[.total]!)
    }

    @Test("zero density: every brokerage expectation is 0 and every z null")
    func zeroDensity() throws {
        let g = try GraphBuilder.build(ties: [], isolates: ["a", "b", "c", "d"], weighted: false)
        let b = try Brokerage(g, groups: ["x", "x", "y", "y"])
        for role in BrokerageRole.allCases {
            #expect(b.expected[role]!.allSatisfy { $0 == 0 })
            #expect(b.zScores[role]!.allSatisfy { $0.isNaN })
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

    @Test("an unknown measure name throws, naming it")
    func unknownMeasure() throws {
        var options = MetricsOptions()
        options.measures = ["degree", "pagernak"]
        let g = try GraphBuilder.build(ties: [Tie("a", "b")], weighted: false)
        #expect(throws: MetricsError.unknownMeasure("pagernak")) { _ = try MetricsTable.compute(g, options: options) }
        options.measures = ["Effective-Size", "brokerage"]
        let t = try MetricsTable.compute(g, options: options)
        #expect(t.computedMeasures.first == "effective_size" && t.computedMeasures.count == 13)
    }

    @Test("stage timings name exactly the stages that ran, in order, with non-negative seconds")
    func stageTimings() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("c", "a"), Tie("c", "d")], weighted: false)
        var options = MetricsOptions()
        options.measures = ["pagerank", "degree", "constraint"]
        let t = try MetricsTable.compute(g, options: options)
        // No brokerage asked and no group column: no communities are computed (issue 17).
        #expect(t.stageSeconds.map(\.stage) == ["degree", "pagerank", "structural holes"])
        #expect(t.groupSource == nil && t.groups.allSatisfy(\.isEmpty))
        #expect(t.stageSeconds.allSatisfy { $0.seconds >= 0 && $0.seconds < 60 })
        options.measures = ["harmonic", "brokerage"]
        options.groupSource = .column
        options.groupColumn = "none"
        #expect(throws: MetricsError.self) { _ = try MetricsTable.compute(g, options: options) }
        options.groupSource = .community
        let u = try MetricsTable.compute(g, options: options)
        #expect(u.stageSeconds.map(\.stage) == ["communities", "paths", "brokerage"])
    }
}
