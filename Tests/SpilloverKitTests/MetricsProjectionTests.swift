import Foundation
import SpilloverLock
import Testing
@testable import SpilloverKit

/// A request for fewer measures answered from a cached table with more columns
/// (``MetricsTable/projected(onto:graph:)``) gives what computing it gives: the same bits,
/// groups, sampling and warnings, and it computes nothing where the numbers cannot differ.
@Suite("metrics tables cut from a cached wider table")
struct MetricsProjectionTests {
    struct Outcome {
        let table: MetricsTable
        let warnings: [String]
        let computed: Bool
    }

    final class StageLog: Sendable {
        let started = Locked<[[String]]>([])
        var reporter: ProgressReporter {
            ProgressReporter { [self] e in if e.kind == .started { started.withLock { $0.append(e.path) } } }
        }
    }

    /// `subset` computed alone, and computed in a cache that already holds `full`.
    static func both(_ graph: ClusterGraph, full: MetricsOptions, subset: MetricsOptions) throws -> (alone: Outcome, cut: Outcome) {
        let d = Diagnostics()
        let alone = try MetricsTable.compute(graph, options: subset, diagnostics: d)
        let cache = ResultCache()
        let log = StageLog()
        let (cut, warnings) = try ResultCache.$current.withValue(cache) {
            _ = try MetricsTable.compute(graph, options: full)
            return try ProgressReporter.$current.withValue(log.reporter) {
                let d = Diagnostics()
                return (try MetricsTable.compute(graph, options: subset, diagnostics: d), d.messages)
            }
        }
        let computed = log.started.withLock { $0 }.contains(["measures"])
        return (Outcome(table: alone, warnings: d.messages, computed: true), Outcome(table: cut, warnings: warnings, computed: computed))
    }

    static func expectSame(_ a: MetricsTable, _ b: MetricsTable, _ note: String) {
        #expect(a.computedMeasures == b.computedMeasures, "\(note)")
        #expect(a.columns.map { $0.values.map(\.bitPattern) } == b.columns.map { $0.values.map(\.bitPattern) }, "\(note)")
        #expect(a.groups == b.groups && a.groupSource == b.groupSource, "\(note)")
        #expect(a.sampling == b.sampling, "\(note)")
        #expect(a.dyads == b.dyads, "\(note)")
    }

    /// `measures` of `graph` alone and cut from `full`: the same table and warnings; the cut one.
    static func expectCut(_ graph: ClusterGraph, full: MetricsOptions, measures: [Measure]) throws -> Outcome {
        var subset = full
        subset.measures = measures
        let (alone, cut) = try both(graph, full: full, subset: subset)
        expectSame(alone.table, cut.table, "\(measures)")
        #expect(alone.warnings == cut.warnings, "\(measures)")
        return cut
    }

    static let subsets: [[Measure]] = [
        [.betweennessNorm], [.closeness, .harmonic], [.eigenvector, .constraint], [.degree],
        [.broker(.gatekeeper), .broker(.total)], FocalRanking.requiredMeasures(for: FocalCriterion.defaults),
        [.betweenness, .closeness, .pagerank],
    ]

    @Test("sampled path measures (the automatic switch): every subset is cut, not computed, with its own warnings")
    func sampled() throws {
        let graph = ClusterGenerator(firms: 400, seed: 4).generate().graph()
        var full = MetricsOptions()
        full.autoSampleThreshold = 100
        for measures in Self.subsets {
            #expect(try !Self.expectCut(graph, full: full, measures: measures).computed, "\(measures)")
        }
        // The sampling warning names only the path measures of the subset.
        let cut = try Self.expectCut(graph, full: full, measures: [.betweennessNorm])
        #expect(cut.warnings.count == 1 && cut.warnings[0].contains("betweenness_norm") && !cut.warnings[0].contains("closeness"))
    }

    @Test("exact path measures from one set of searches: a subset with one of them is computed again")
    func exact() throws {
        let graph = ClusterGenerator(firms: 150, seed: 2).generate().graph()
        let full = MetricsOptions()
        for measures in Self.subsets {
            let cut = try Self.expectCut(graph, full: full, measures: measures)
            let onePathFamily = Set(measures).isDisjoint(with: [.closeness, .harmonic]) != Set(measures).isDisjoint(with: [.betweenness, .betweennessNorm])
            #expect(cut.computed == onePathFamily, "\(measures)")
        }
    }

    @Test("communities as groups: a subset without brokerage has no groups and no Louvain note")
    func communities() throws {
        let generated = ClusterGenerator(firms: 200, seed: 9).generate().graph()
        let ties = (0..<generated.edgeCount).map { e in
            Tie(generated.ids[Int(generated.edges.tails[e])], generated.ids[Int(generated.edges.heads[e])], weight: generated.edges.weights[e])
        }
        let graph = try GraphBuilder.build(ties: ties, weighted: true)
        let full = MetricsOptions()
        for measures in [[Measure.degree, .eigenvector], [.broker(.liaison)]] {
            #expect(try !Self.expectCut(graph, full: full, measures: measures).computed, "\(measures)")
        }
        let cut = try Self.expectCut(graph, full: full, measures: [.degree])
        #expect(cut.table.groupSource == nil && cut.warnings.isEmpty)
    }

    @Test("other options than the measure list are never cut from the table")
    func otherOptions() throws {
        let graph = ClusterGenerator(firms: 120, seed: 4).generate().graph()
        let full = MetricsOptions()
        var subset = full
        subset.measures = [.degree, .eigenvector]
        subset.seed = 2
        let (_, cut) = try Self.both(graph, full: full, subset: subset)
        #expect(cut.computed)
    }
}
