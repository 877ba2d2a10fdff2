import Foundation
import Testing
@testable import SpilloverKit

/// Removal is deletion: a knocked-out firm or a cut channel gives the same model, numbering
/// and random draws as the rows without it.
@Suite("removal is deletion")
struct RemovalTests {
    /// Rows where the removed firm's rows hold the first appearance of other firms, so that a
    /// file without them numbers the remaining firms in another order.
    static let rows: [Tie] = [
        Tie("x", "b", weight: 2, type: "vertical"), Tie("x", "a", type: "horizontal"), Tie("a", "b", weight: 3, type: "vertical"),
        Tie("b", "c", type: "institutional"), Tie("c", "d", weight: 2, type: "horizontal"), Tie("d", "a", type: "vertical"),
        Tie("x", "e", type: "vertical"), Tie("c", "x", type: "institutional"), Tie("a", "b", type: "horizontal"),
        Tie("d", "f", weight: 0.5, type: "vertical"), Tie("f", "f", type: "vertical"), Tie("b", "d", type: "horizontal"),
    ]
    static let firms = ["x", "a", "b", "c", "d", "e", "f", "g"]

    static let models: [DiffusionModel] = [
        .independentCascade(.uniform(0.35)), .independentCascade(.weight(scale: 0.3)), .independentCascade(.weightedCascade),
        .linearThreshold, .sir(beta: 0.3, gamma: 0.5), .knowledge(KnowledgeParameters()),
    ]

    /// The source of `rows` with a node table listing `nodes` (as a file plus node table).
    static func source(_ rows: [Tie], nodes: [String], directed: Bool) throws -> ClusterSource {
        var s = try ClusterSource(ties: rows, directed: directed)
        s.nodes = try NodeTable(file: "nodes", ids: nodes, columnNames: [], columns: [], absorptiveCapacity: nodes.map { _ in nil })
        return s
    }

    static func same(_ a: ClusterGraph, _ b: ClusterGraph) -> Bool {
        a.ids == b.ids && a.edges == b.edges && a.tieTypes == b.tieTypes
    }

    static func same(_ a: DiffusionResult, _ b: DiffusionResult) -> Bool {
        a.runSpreads == b.runSpreads && a.spread == b.spread && a.reachProbability == b.reachProbability
            && a.meanArrivalStep.map(\.bitPattern) == b.meanArrivalStep.map(\.bitPattern) && a.curve == b.curve
    }

    @Test("a knockout rebuilds the graph exactly as the rows without the firm", arguments: [false, true])
    func knockoutGraph(directed: Bool) throws {
        let full = try Self.source(Self.rows, nodes: Self.firms, directed: directed)
        let reduced = try Self.source(Self.rows.filter { $0.source != "x" && $0.target != "x" }, nodes: Self.firms.filter { $0 != "x" }, directed: directed)
        #expect(Self.same(full.removing(firms: ["x"]).graph(), reduced.graph()))
        // The numbering differs from the full graph's: a, b first, not x.
        #expect(full.graph().ids.first == "x" && reduced.graph().ids.first == "a")
    }

    @Test("a cut channel rebuilds the graph exactly as the rows without the channel", arguments: ["vertical", "horizontal", "institutional"])
    func cutGraph(type: String) throws {
        let full = try Self.source(Self.rows, nodes: Self.firms, directed: false)
        let reduced = try Self.source(Self.rows.filter { $0.type != type }, nodes: Self.firms, directed: false)
        #expect(Self.same(full.removing(types: [type]).graph(), reduced.graph()))
        let alone = try Self.source(Self.rows.filter { $0.type == type }, nodes: Self.firms, directed: false)
        #expect(Self.same(full.keeping(types: [type]).graph(), alone.graph()))
    }

    @Test("without a node table, firms that lose every row stay as isolates; the removed firm goes")
    func isolatesKept() throws {
        let full = try ClusterSource(ties: Self.rows, isolates: ["g"])
        let g = full.removing(firms: ["x"]).graph()
        #expect(Set(g.ids) == Set(Self.firms.filter { $0 != "x" }))
        #expect(g.node(id: "e") != nil && g.degrees[g.node(id: "e")!] == 0)
        #expect(full.removing(types: ["vertical", "horizontal", "institutional"]).graph().nodeCount == full.graph().nodeCount)
    }

    @Test("knockout = the rows without the firm, byte for byte, for every model", arguments: 0..<6)
    func knockoutEveryModel(model k: Int) async throws {
        for directed in [false, true] {
            let full = try Self.source(Self.rows, nodes: Self.firms, directed: directed)
            let reduced = try Self.source(Self.rows.filter { $0.source != "x" && $0.target != "x" }, nodes: Self.firms.filter { $0 != "x" }, directed: directed)
            let model = Self.models[k]
            let out = try await DiffusionSimulation.knockouts(
                of: ["x"], source: full, model: model, seeds: ["c", "x", "d"], budget: .runs(300), seed: 9, threads: 2)
            let g = reduced.graph()
            let direct = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "c")!, g.node(id: "d")!])
                .run(budget: .runs(300), seed: 9, threads: 1)
            #expect(Self.same(out[0], direct), "model \(model) directed \(directed)")
        }
    }

    @Test("a cut channel = the rows without it, byte for byte, for every model", arguments: 0..<6)
    func cutEveryModel(model k: Int) async throws {
        let full = try Self.source(Self.rows, nodes: Self.firms, directed: false)
        let g = full.graph()
        let e = try await ChannelExperiments.run(
            source: full, cluster: g, model: Self.models[k], seeds: [g.node(id: "c")!], runs: 300, seed: 4, threads: 2)
        for (type, variant) in zip(full.channels, e.cut) {
            let h = try Self.source(Self.rows.filter { $0.type != type }, nodes: Self.firms, directed: false).graph()
            let direct = try await DiffusionSimulation(graph: h, model: Self.models[k], seeds: [h.node(id: "c")!])
                .run(budget: .runs(300), seed: 4, threads: 1)
            #expect(variant.type == type && Self.same(variant.result, direct))
            let lost = try #require(variant.lost)
            #expect(abs(lost.mean - (e.base.spread.mean - direct.spread.mean)) < 1e-12)
        }
    }

    @Test("issue 14's reproduction: LT from s with x knocked out reaches exactly 2")
    func issueReproduction() async throws {
        let source = try ClusterSource(ties: [Tie("s", "t"), Tie("x", "t"), Tie("x", "y"), Tie("x", "z")])
        let out = try await DiffusionSimulation.knockouts(
            of: ["x"], source: source, model: .linearThreshold, seeds: ["s"], budget: .runs(2000), seed: 1)
        #expect(out[0].spread.mean == 2 && out[0].spread.standardDeviation == 0)
        #expect(out[0].firmCount == 4)
        // The library's graph-level knockout deletes too (before: 1.5, t still weighed x).
        let g = source.graph()
        let sim = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [g.node(id: "s")!])
        let k = try await sim.knockout(firms: [g.node(id: "x")!], budget: .runs(2000))
        #expect(k[0].result.spread.mean == 2)
        // Weighted cascade: t's in-degree is 1 once x is gone, so p(s → t) = 1.
        let wc = try await DiffusionSimulation.knockouts(
            of: ["x"], source: source, model: .independentCascade(.weightedCascade), seeds: ["s"], budget: .runs(500), seed: 1)
        #expect(wc[0].spread.mean == 2)
    }

    @Test("DiffusionSimulation(removed:) equals a run on the graph without the firm when the numbering agrees", arguments: 0..<6)
    func graphLevelRemoval(model k: Int) async throws {
        // x's rows come last, so the other firms keep their order without them.
        let rows = Self.rows.filter { $0.source != "x" && $0.target != "x" } + Self.rows.filter { $0.source == "x" || $0.target == "x" }
        let g = try GraphBuilder.build(ties: rows)
        let h = try GraphBuilder.build(ties: rows.filter { $0.source != "x" && $0.target != "x" })
        #expect(Array(g.ids.filter { $0 != "x" && $0 != "e" }) == h.ids)
        let removed = try await DiffusionSimulation(graph: g, model: Self.models[k], seeds: [g.node(id: "c")!], removed: [g.node(id: "x")!])
            .run(budget: .runs(300), seed: 3)
        let direct = try await DiffusionSimulation(graph: h, model: Self.models[k], seeds: [h.node(id: "c")!]).run(budget: .runs(300), seed: 3)
        #expect(removed.runSpreads == direct.runSpreads)
    }
}
