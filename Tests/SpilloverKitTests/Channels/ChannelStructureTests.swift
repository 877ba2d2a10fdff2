import Foundation
import Testing
@testable import SpilloverKit

/// Per-channel measures, overlap and participation against NetworkX / SciPy on each channel's
/// subgraph (Fixtures/channels, written by scripts/fixtures/make_channel_fixtures.py).
@Suite("channel structure")
struct ChannelStructureTests {
    struct Expected: Decodable {
        struct Row: Decodable {
            var firms: Int, ties: Int, components: Int
            var density: Double, largest_component_share: Double, mean_degree: Double, transitivity: Double, degree_centralization: Double
        }
        struct Overlap: Decodable { var a: String, b: String, jaccard: Double, degree_spearman: Double? }
        struct Firm: Decodable { var degree_by_channel: [Int], participation: Double? }
        var directed: Bool
        var n: Int
        var channel_order: [String]
        var channels: [String: Row]
        var overlap: [Overlap]
        var firms: [String: Firm]
    }

    /// Ranks firms by degree, then id: keeps these tests free of igraph.
    struct ByDegree: FirmRanker {
        func rankedFirms(in graph: ClusterGraph) throws -> [Int] {
            let d = graph.degrees
            return (0..<graph.nodeCount).sorted { d[$0] != d[$1] ? d[$0] > d[$1] : graph.ids[$0] < graph.ids[$1] }
        }
    }

    static func folder(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("channels/\(name)")
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    @Test(
        "channels, overlap and participation equal NetworkX on each channel's subgraph",
        arguments: ["florentine", "synthetic3", "directed3"])
    func fixture(name: String) throws {
        let dir = Self.folder(name)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: dir.appendingPathComponent("expected.json")))
        let source = try ClusterSource.load(
            edges: dir.appendingPathComponent("edges.csv").path, nodes: dir.appendingPathComponent("nodes.csv").path,
            directed: expected.directed)
        let graph = source.graph()
        #expect(graph.nodeCount == expected.n)
        let a = try ChannelAnalysis.measure(source: source, cluster: graph, top: 3, ranker: ByDegree())
        #expect(a.channelTypes == expected.channel_order)
        #expect(a.channels.map(\.type) == expected.channel_order + ["all"])
        for row in a.channels {
            let e = try #require(expected.channels[row.type])
            #expect(row.firms == e.firms && row.ties == e.ties && row.components == e.components, "\(name) \(row.type)")
            #expect(Self.close(row.density, e.density), "\(name) \(row.type) density")
            #expect(Self.close(row.largestComponentShare, e.largest_component_share), "\(name) \(row.type) largest")
            #expect(Self.close(row.meanDegree, e.mean_degree), "\(name) \(row.type) mean degree")
            #expect(Self.close(row.transitivity, e.transitivity), "\(name) \(row.type) transitivity \(row.transitivity) vs \(e.transitivity)")
            #expect(Self.close(row.degreeCentralization, e.degree_centralization), "\(name) \(row.type) centralization")
            #expect(row.focal.count <= 3)
        }
        #expect(a.overlap.count == expected.overlap.count)
        for (o, e) in zip(a.overlap, expected.overlap) {
            #expect(o.a == e.a && o.b == e.b)
            #expect(Self.close(o.jaccard, e.jaccard), "\(name) \(o.a)/\(o.b) jaccard")
            if let rho = e.degree_spearman {
                #expect(abs(o.degreeSpearman - rho) <= 1e-12, "\(name) \(o.a)/\(o.b) spearman \(o.degreeSpearman) vs \(rho)")
            } else {
                #expect(o.degreeSpearman.isNaN)
            }
        }
        for v in 0..<graph.nodeCount {
            let e = try #require(expected.firms[graph.ids[v]])
            let p = a.participation[v]
            #expect(p.degreeByChannel == e.degree_by_channel, "\(name) \(graph.ids[v])")
            if let pe = e.participation { #expect(abs(p.participation - pe) <= 1e-12) } else { #expect(p.participation.isNaN) }
        }
    }

    @Test("participation: equal degree in all M channels → 1, all ties in one → 0, no ties → null, one channel → null")
    func participationClosedForms() {
        for m in 2...5 {
            for k in [1, 3, 7] {
                #expect(ChannelParticipation(degreeByChannel: Array(repeating: k, count: m)).participation == 1)
                var one = Array(repeating: 0, count: m)
                one[m - 1] = k
                #expect(ChannelParticipation(degreeByChannel: one).participation == 0)
            }
            #expect(ChannelParticipation(degreeByChannel: Array(repeating: 0, count: m)).participation.isNaN)
        }
        #expect(ChannelParticipation(degreeByChannel: [4]).participation.isNaN)
        // M = 2, degrees (1, 3): 2 · (1 − 1/16 − 9/16) = 0.75.
        #expect(ChannelParticipation(degreeByChannel: [1, 3]).participation == 0.75)
        #expect(ChannelParticipation(degreeByChannel: [1, 3]).overlappingDegree == 4)
    }

    @Test("closed forms: a star has centralization 1 and transitivity 0; a triangle has transitivity 1")
    func closedForms() throws {
        let star = try GraphBuilder.build(ties: (0..<5).map { Tie("c", "l\($0)") })
        let s = ChannelStructure(type: "x", graph: star)
        #expect(s.degreeCentralization == 1 && s.transitivity == 0 && s.components == 1 && s.largestComponentShare == 1)
        let tri = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("c", "a")], isolates: ["d"])
        let t = ChannelStructure(type: "x", graph: tri)
        #expect(t.transitivity == 1 && t.firms == 3 && t.largestComponentShare == 0.75)
        #expect(ChannelOverlap.spearman([1, 2, 3], [1, 1, 1]).isNaN)
        #expect(ChannelOverlap.spearman([1, 2, 3], [3, 2, 1]) == -1)
        #expect(ChannelOverlap.averageRanks([5, 1, 5, 2]) == [3.5, 1, 3.5, 2])
    }

    @Test("an empty channel (self-loops only) is reported with zero ties, not an error")
    func emptyChannel() throws {
        let source = try ClusterSource(ties: [Tie("a", "b", type: "v"), Tie("b", "c", type: "v"), Tie("a", "a", type: "h")])
        let graph = source.graph()
        #expect(source.channels == ["v", "h"])
        let a = try ChannelAnalysis.measure(source: source, cluster: graph, top: 2, ranker: ByDegree())
        let h = try #require(a.channels.first { $0.type == "h" })
        #expect(h.ties == 0 && h.firms == 0 && h.components == 0 && h.largestComponentShare == 0 && h.focal.isEmpty)
        #expect(a.participation.map(\.participation) == [0, 0, 0])
    }

    @Test("the report's Learning channels section: one sentence for one channel; tables and the cut chart otherwise")
    func reportSection() async throws {
        let single = try ClusterSource(ties: [Tie("a", "b", type: "v"), Tie("b", "c", type: "v")])
        let one = try ChannelAnalysis.measure(source: single, cluster: single.graph(), top: 2, ranker: ByDegree())
        let blocks = one.reportBlocks(number: 7, graph: single.graph())
        guard blocks.count == 1, case .markdown(let text) = blocks[0] else { Issue.record("expected one sentence"); return }
        #expect(text.contains("single learning channel (all its ties are v)"))

        let source = try ClusterSource(ties: [Tie("a", "b", type: "v"), Tie("b", "c", type: "h"), Tie("c", "a", type: "v")])
        let g = source.graph()
        var two = try ChannelAnalysis.measure(source: source, cluster: g, top: 2, ranker: ByDegree())
        two.experiments = try await ChannelExperiments.run(
            source: source, cluster: g, model: .independentCascade(.uniform(0.5)), seeds: [0], runs: 100, seed: 1)
        // Without reproductions (a library caller): the section's own tables and chart, no command.
        let doc = ReportDocument(title: "t", blocks: two.reportBlocks(number: 7, graph: g))
        let (markdown, figures) = doc.markdown()
        #expect(markdown.contains("## 7. Learning channels") && markdown.contains("**Overlap between channels**"))
        #expect(figures.map(\.name) == ["channel-cuts.svg"])
        // With one, the part is the command's output.
        let overlap = Reproduction(caption: "Overlap between channels", command: "spillover channels e.csv --section overlap", printed: "| a |\n")
        let reproduced = ReportDocument(title: "t", blocks: two.reportBlocks(number: 7, graph: g, reproductions: [.channelOverlap: overlap]))
        #expect(reproduced.markdown().text.contains("spillover channels e.csv --section overlap"))
    }
}
