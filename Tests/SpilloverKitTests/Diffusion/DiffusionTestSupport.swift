import Foundation
import Testing
@testable import SpilloverKit

/// Graphs, fixtures and statistical checks shared by the diffusion tests.
enum DiffusionFixtures {
    /// A path 0 – 1 – … – (n−1) with ids "0", "1", ….
    static func path(_ n: Int, directed: Bool = false) -> ClusterGraph {
        try! GraphBuilder.build(ties: (0..<(n - 1)).map { Tie("\($0)", "\($0 + 1)") }, directed: directed)
    }

    /// A star with centre "c" and leaves "l0", "l1", ….
    static func star(leaves: Int) -> ClusterGraph {
        try! GraphBuilder.build(ties: (0..<leaves).map { Tie("c", "l\($0)") })
    }

    /// `graph` with absorptive capacities set per node number.
    static func withCapacity(_ graph: ClusterGraph, _ capacity: [Double]) -> ClusterGraph {
        ClusterGraph(
            ids: graph.ids,
            attributes: NodeAttributes(columnNames: [], columns: [], hasNodeTable: true, absorptiveCapacity: capacity),
            isDirected: graph.isDirected, isWeighted: graph.isWeighted, edges: graph.edges,
            tieTypes: graph.tieTypes, buildReport: graph.buildReport)
    }

    struct ExactCase: Decodable {
        var name: String
        var model: String
        var params: [String: Double]
        var directed: Bool
        var ties: [[Tie3]]
        var seeds: [String]
        var spread: Double
        var reach: [String: Double]
        var curve: [Double]
    }

    /// A tie's source, target or weight as written in the fixture.
    enum Tie3: Decodable {
        case id(String), weight(Double)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .id(s) } else { self = .weight(try c.decode(Double.self)) }
        }
    }

    struct Exact: Decodable {
        var cases: [ExactCase]
        var rng: [String: [String]]
    }

    static let exact: Exact = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("diffusion/exact.json")
        return try! JSONDecoder().decode(Exact.self, from: Data(contentsOf: url))
    }()

    static func graph(of c: ExactCase) -> ClusterGraph {
        let ties = c.ties.map { t -> Tie in
            guard case .id(let s) = t[0], case .id(let d) = t[1], case .weight(let w) = t[2] else { fatalError("bad fixture") }
            return Tie(s, d, weight: w)
        }
        return try! GraphBuilder.build(ties: ties, directed: c.directed)
    }

    static func model(of c: ExactCase) -> DiffusionModel {
        switch c.model {
        case "ic-uniform": .independentCascade(.uniform(c.params["p"]!))
        case "ic-weight": .independentCascade(.weight(scale: c.params["scale"]!))
        case "ic-cascade": .independentCascade(.weightedCascade)
        default: .linearThreshold
        }
    }
}

/// Expects a Monte Carlo share of `runs` Bernoulli trials within 4 standard errors of the
/// exact probability `p` (exactly equal when p is 0 or 1).
func expectProbability(
    _ estimate: Double, _ p: Double, runs: Int, _ what: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let p = Swift.min(1, Swift.max(0, p))  // enumeration sums may round a hair past 1
    let se = (p * (1 - p) / Double(runs)).squareRoot()
    #expect(
        abs(estimate - p) <= 4 * se + 1e-12, "\(what()): estimate \(estimate), exact \(p), 4 SE = \(4 * se)",
        sourceLocation: sourceLocation)
}
