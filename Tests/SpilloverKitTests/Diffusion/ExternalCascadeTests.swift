import Foundation
import Testing
@testable import SpilloverKit

/// The fitted cascade's two additions to the independent cascade, against closed forms:
/// probabilities by tie type, and adoption from outside the network within a horizon.
@Suite("cascade with tie-type probabilities and adoption from outside")
struct ExternalCascadeTests {
    static let runs = 20_000

    @Test("p by type on a path a-b-c-d typed x, y, x: P(k) is the product of the types' p")
    func byType() async throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b", type: "x"), Tie("b", "c", type: "y"), Tie("c", "d", type: "x")])
        let model = DiffusionModel.independentCascade(.byType(["x": 0.8, "y": 0.5], other: 0))
        let r = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "a")!]).run(budget: .runs(Self.runs), seed: 3)
        expectProbability(r.reachProbability[g.node(id: "b")!], 0.8, runs: Self.runs, "b")
        expectProbability(r.reachProbability[g.node(id: "c")!], 0.4, runs: Self.runs, "c")
        expectProbability(r.reachProbability[g.node(id: "d")!], 0.32, runs: Self.runs, "d")
    }

    @Test("ε alone: a firm out of reach is reached by step T with probability 1 − (1 − ε)^T")
    func outside() async throws {
        let g = try GraphBuilder.build(ties: [Tie("s", "t")], isolates: ["u", "v", "w"])
        let (epsilon, steps) = (0.1, 6)
        let model = DiffusionModel.externalCascade(.uniform(0), epsilon: epsilon, steps: steps)
        let r = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "s")!]).run(budget: .runs(Self.runs), seed: 4)
        let exact = 1 - pow(1 - epsilon, Double(steps))
        for id in ["t", "u", "v", "w"] { expectProbability(r.reachProbability[g.node(id: id)!], exact, runs: Self.runs, id) }
        #expect(r.curve.count <= steps + 1)
    }

    @Test("ε and a tie together: the neighbour of a seed is reached at step 1 with 1 − (1 − ε)(1 − p)")
    func combined() async throws {
        let g = try GraphBuilder.build(ties: [Tie("s", "t")])
        let model = DiffusionModel.externalCascade(.uniform(0.3), epsilon: 0.2, steps: 1)
        let r = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "s")!]).run(budget: .runs(Self.runs), seed: 5)
        expectProbability(r.reachProbability[g.node(id: "t")!], 1 - 0.8 * 0.7, runs: Self.runs, "t")
    }

    @Test("ε = 0 with a long horizon is the independent cascade, run for run")
    func noOutside() async throws {
        let g = DiffusionFixtures.path(8)
        let ic = try await DiffusionSimulation(graph: g, model: .independentCascade(.uniform(0.6)), seeds: [0]).run(budget: .runs(500), seed: 8)
        let ext = try await DiffusionSimulation(graph: g, model: .externalCascade(.uniform(0.6), epsilon: 0, steps: 100), seeds: [0]).run(budget: .runs(500), seed: 8)
        #expect(ic.reachProbability == ext.reachProbability && ic.spread.mean == ext.spread.mean)
    }

    @Test("a probability outside [0, 1] is refused and named")
    func validation() {
        #expect(throws: DiffusionError.self) { try DiffusionModel.externalCascade(.uniform(0.1), epsilon: 1.5, steps: 3).validate() }
        #expect(throws: DiffusionError.self) { try DiffusionModel.independentCascade(.byType(["x": 2], other: 0)).validate() }
    }
}
