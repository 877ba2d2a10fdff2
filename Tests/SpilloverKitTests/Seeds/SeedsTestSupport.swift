import Foundation
@testable import SpilloverKit

/// The exact spreads of `scripts/seeds-reference.py` (live-edge enumeration).
enum SeedFixtures {
    struct Step: Decodable { var id: String; var spread: Double }
    struct PerK: Decodable {
        var optimum: Double
        var optimal_sets: [String]
        var greedy: [Step]
        /// Sorted ids joined by "," → exact expected spread.
        var spread: [String: Double]
    }
    struct Case: Decodable {
        var name: String
        var model: String
        var params: [String: Double]
        var directed: Bool
        var nodes: [String]
        var ties: [[DiffusionFixtures.Tie3]]
        var k: [String: PerK]
    }
    struct File: Decodable { var cases: [Case] }

    static let exact: File = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("seeds/exact.json")
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    }()

    static func named(_ name: String) -> Case { exact.cases.first { $0.name == name }! }

    static func graph(_ c: Case) -> ClusterGraph {
        let ties = c.ties.map { t -> Tie in
            guard case .id(let s) = t[0], case .id(let d) = t[1], case .weight(let w) = t[2] else { fatalError("bad fixture") }
            return Tie(s, d, weight: w)
        }
        return try! GraphBuilder.build(ties: ties, directed: c.directed)
    }

    static func model(_ c: Case) -> DiffusionModel {
        switch c.model {
        case "ic-uniform": .independentCascade(.uniform(c.params["p"]!))
        case "ic-weight": .independentCascade(.weight(scale: c.params["scale"]!))
        default: .linearThreshold
        }
    }

    /// The exact spread of `seeds` (node numbers of `graph`).
    static func exactSpread(_ c: Case, _ graph: ClusterGraph, _ seeds: [Int]) -> Double {
        c.k["\(seeds.count)"]!.spread[seeds.map { graph.ids[$0] }.sorted().joined(separator: ",")]!
    }
}
