import Foundation
import Testing
@testable import SpilloverKit

/// The cluster knowledge model's exact limiting cases and the knowledge-level closed form.
@Suite("knowledge models")
struct KnowledgeModelTests {
    static let runs = 10_000

    /// Parameters with uniform transfer probabilities a (tacit) and b (codified) on unit ties.
    static func uniform(tacit a: Double, codified b: Double, epsilon: Double, iota: Double, forms: SeedForms) -> KnowledgeParameters {
        var p = KnowledgeParameters()
        p.tacit = .init(beta: ["other": a], kappa: 0)
        p.codified = .init(beta: ["other": b], kappa: 0)
        p.externalisation = epsilon
        p.internalisation = iota
        p.seedForms = forms
        return p
    }

    @Test("ε = ι = 0 with tacit-only seeds is the independent cascade with p = p^S, run for run")
    func tacitOnlyIsCascade() async throws {
        let c = DiffusionFixtures.exact.cases.first { $0.name == "kite IC p=0.3 from 0" }!
        let g = DiffusionFixtures.graph(of: c)
        let seeds = [g.node(id: "0")!]
        let params = Self.uniform(tacit: 0.3, codified: 0.9, epsilon: 0, iota: 0, forms: .tacit)
        let k = try await DiffusionSimulation(graph: g, model: .knowledge(params), seeds: seeds).run(budget: .runs(Self.runs), seed: 21)
        let ic = try await DiffusionSimulation(graph: g, model: .independentCascade(.uniform(0.3)), seeds: seeds).run(budget: .runs(Self.runs), seed: 21)
        #expect(k.reachProbability == ic.reachProbability)
        #expect(k.capabilityProbability == ic.reachProbability)
        #expect(k.curve == ic.curve)
        for (id, p) in c.reach { expectProbability(k.reachProbability[g.node(id: id)!], p, runs: Self.runs, "firm \(id)") }
    }

    @Test("zero absorptive capacity blocks a firm and what lies behind it on a path")
    func zeroCapacityBlocks() async throws {
        let g = DiffusionFixtures.withCapacity(DiffusionFixtures.path(5), [1, 1, 0, 1, 1])
        let params = Self.uniform(tacit: 1, codified: 1, epsilon: 1, iota: 1, forms: .both)
        let r = try await DiffusionSimulation(graph: g, model: .knowledge(params), seeds: [0]).run(budget: .runs(200), seed: 1)
        #expect(r.reachProbability == [1, 1, 0, 0, 0])
        #expect(r.meanArrivalStep[2].isNaN)
        #expect(r.capabilityProbability == [1, 1, 0, 0, 0])
    }

    @Test("path, both forms seeded, ε = ι = 1: P(k aware) = q^k, q = 1 − (1−a)(1−b)", arguments: [(0.5, 0.3), (0.2, 0.6)])
    func pathClosedForm(a: Double, b: Double) async throws {
        let g = DiffusionFixtures.path(5)
        let q = 1 - (1 - a) * (1 - b)
        let params = Self.uniform(tacit: a, codified: b, epsilon: 1, iota: 1, forms: .both)
        let r = try await DiffusionSimulation(graph: g, model: .knowledge(params), seeds: [0]).run(budget: .runs(Self.runs), seed: 8)
        for k in 0..<5 {
            expectProbability(r.reachProbability[k], pow(q, Double(k)), runs: Self.runs, "firm \(k)")
            // With ε = ι = 1 every aware firm also ends capable.
            #expect(r.capabilityProbability![k] == r.reachProbability[k])
        }
    }

    @Test("tie strength and type enter as β[type]·w^κ·A")
    func transferProbability() async throws {
        var params = KnowledgeParameters()
        params.externalisation = 0
        params.internalisation = 0
        params.seedForms = .tacit
        // p^S = 0.6 · 0.5² · 0.8 = 0.12 on the vertical tie.
        let g = DiffusionFixtures.withCapacity(try GraphBuilder.build(ties: [Tie("u", "v", weight: 0.5, type: "vertical")]), [1, 0.8])
        let r = try await DiffusionSimulation(graph: g, model: .knowledge(params), seeds: [0]).run(budget: .runs(Self.runs), seed: 3)
        expectProbability(r.reachProbability[1], 0.12, runs: Self.runs, "v")
    }

    @Test("parameter file: partial override, unknown fields and bad ranges rejected")
    func parameterFile() throws {
        let p = try KnowledgeParameters.decode(Data(#"{"tacit": {"beta": {"Vertical": 0.9}}, "externalisation": 0.5}"#.utf8))
        #expect(p.tacit.beta(for: "vertical") == 0.9)
        #expect(p.tacit.beta(for: "horizontal") == 0.3)
        #expect(p.tacit.kappa == 2)
        #expect(p.externalisation == 0.5)
        #expect(throws: DiffusionError.self) { try KnowledgeParameters.decode(Data(#"{"tacitt": {}}"#.utf8)) }
        #expect(throws: DiffusionError.invalidParameter(.internalisation, value: 2, expected: .probability, file: "<parameters>")) {
            try KnowledgeParameters.decode(Data(#"{"internalisation": 2}"#.utf8))
        }
    }

    @Test("knowledge level on a path: v_k(t) = P(Binomial(t, α) ≥ k)", arguments: [0.3, 0.7])
    func levelClosedForm(alpha: Double) {
        let n = 6, steps = 10
        let g = DiffusionFixtures.withCapacity(DiffusionFixtures.path(n), [Double](repeating: alpha, count: n))
        let r = KnowledgeLevel.run(graph: g, seeds: [0], parameters: KnowledgeParameters(), steps: steps)
        func binomialTail(_ t: Int, _ k: Int) -> Double {
            var total = 0.0
            for j in k...Swift.max(k, t) where j <= t {
                var c = 1.0
                for i in 0..<j { c = c * Double(t - i) / Double(i + 1) }
                total += c * pow(alpha, Double(j)) * pow(1 - alpha, Double(t - j))
            }
            return total
        }
        for k in 0..<n {
            #expect(abs(r.reachProbability[k] - binomialTail(steps, k)) < 1e-12, "firm \(k)")
        }
        #expect(r.curve.count == steps + 1)
        #expect(abs(r.curve[1].mean - (1 + alpha)) < 1e-12)
    }
}
