import Foundation
import Testing
@testable import SpilloverKit

/// Channel cuts, channels alone and knockouts of IC and LT against exact live-edge
/// enumeration on small multiplex graphs (Fixtures/channels/exact.json, written by
/// scripts/fixtures/make_channel_fixtures.py), and the paired interval of `lost`.
@Suite("channel experiments")
struct ChannelExperimentTests {
    struct Case: Decodable {
        var graph: String, variant: String, model: String
        var params: [String: Double]
        var directed: Bool
        var rows: [[DiffusionFixtures.Tie3]]
        var firms: [String]
        var remove_firms: [String], remove_types: [String]
        var seeds: [String]
        var spread: Double
        var reach: [String: Double]
    }
    struct File: Decodable { var cases: [Case] }

    static let cases: [Case] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("channels/exact.json")
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }()

    static let runs = 20_000

    static func source(_ c: Case) throws -> ClusterSource {
        let ties = c.rows.map { r -> Tie in
            guard case .id(let s) = r[0], case .id(let t) = r[1], case .weight(let w) = r[2], case .id(let type) = r[3] else { fatalError("bad fixture") }
            return Tie(s, t, weight: w, type: type)
        }
        return try ClusterSource(ties: ties, isolates: c.firms, directed: c.directed)
    }

    static func model(_ c: Case) -> DiffusionModel {
        switch c.model {
        case "ic-uniform": .independentCascade(.uniform(c.params["p"]!))
        case "ic-cascade": .independentCascade(.weightedCascade)
        default: .linearThreshold
        }
    }

    @Test(
        "IC and LT on the cluster rebuilt without a channel or a firm match exact enumeration",
        arguments: cases.indices)
    func exact(index: Int) async throws {
        let c = Self.cases[index]
        let name = "\(c.graph) \(c.variant) \(c.model)"
        let g = try Self.source(c).removing(firms: Set(c.remove_firms), types: Set(c.remove_types)).graph()
        let r = try await DiffusionSimulation(graph: g, model: Self.model(c), seeds: c.seeds.map { g.node(id: $0)! })
            .run(budget: .runs(Self.runs), seed: UInt64(index + 1))
        #expect(abs(r.spread.mean - c.spread) <= 4 * r.spread.standardError + 1e-12, "\(name): \(r.spread.mean) vs \(c.spread)")
        for (id, p) in c.reach {
            expectProbability(r.reachProbability[g.node(id: id)!], p, runs: Self.runs, "\(name): \(id)")
        }
    }

    @Test("lost = base − cut, with a paired interval narrower than the two separate ones")
    func pairedInterval() async throws {
        let c = Self.cases.first { $0.graph == "undirected6" && $0.model == "ic-uniform" }!
        let source = try Self.source(c)
        let g = source.graph()
        let e = try await ChannelExperiments.run(
            source: source, cluster: g, model: .independentCascade(.uniform(0.4)), seeds: [g.node(id: "a")!],
            runs: 4000, seed: 2, threads: 2)
        #expect(e.cut.map(\.type) == ["vertical", "horizontal", "institutional"])
        #expect(e.alone.map(\.type) == ["vertical", "horizontal", "institutional"])
        for v in e.cut {
            let lost = try #require(v.lost)
            #expect(abs(lost.mean - (e.base.spread.mean - v.result.spread.mean)) < 1e-12)
            #expect(lost.ci95.lower <= lost.mean && lost.mean <= lost.ci95.upper)
            #expect(lost.halfWidth < e.base.spread.halfWidth + v.result.spread.halfWidth, "\(v.type)")
        }
        // Exact lost values from the fixture's base and cut cases.
        let base = Self.cases.first { $0.graph == "undirected6" && $0.model == "ic-uniform" && $0.variant == "base" }!.spread
        for v in e.cut {
            let cut = Self.cases.first { $0.graph == "undirected6" && $0.model == "ic-uniform" && $0.variant == "cut \(v.type)" }!.spread
            let lost = v.lost!
            #expect(abs(lost.mean - (base - cut)) <= 4 * lost.standardError + 1e-12, "\(v.type): \(lost.mean) vs \(base - cut)")
        }
    }

    @Test("cognitive roles follow the documented rule")
    func cognitiveRoles() {
        // Over the five firms with a value: mean external ties 3, mean out-degree 2, mean out + in 3.6.
        let roles = CognitiveRole.classify(
            out: [4, 1, 3, 0, 2, 2], in: [2, 1, 3, 0, 2, 6], external: [5, 6, 1, 0, 3, nil])
        #expect(roles == [.technologicalGatekeeper, .externalStar, .mutualExchanger, .weaklyConnected, .mutualExchanger, nil])
        #expect(CognitiveRole.classify(out: [1], in: [1], external: [nil]) == [nil])
    }
}
