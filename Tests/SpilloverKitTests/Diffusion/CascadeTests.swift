import Testing
@testable import SpilloverKit

/// Independent cascade, linear threshold and SIR against closed forms and exact enumeration.
@Suite("cascade models")
struct CascadeTests {
    static let runs = 10_000

    @Test("IC on a path from one end: P(k) = p^k, arrival step k", arguments: [false, true])
    func icPath(directed: Bool) async throws {
        let g = DiffusionFixtures.path(6, directed: directed)
        let p = 0.6
        let r = try await DiffusionSimulation(graph: g, model: .independentCascade(.uniform(p)), seeds: [0])
            .run(budget: .runs(Self.runs), seed: 11)
        for k in 0..<6 {
            let v = g.node(id: "\(k)")!
            expectProbability(r.reachProbability[v], pow(p, Double(k)), runs: Self.runs, "node \(k)")
            #expect(r.meanArrivalStep[v] == Double(k))
        }
        // Expected spread Σ p^k, within 4 standard errors of the estimate.
        let exact = (0..<6).map { pow(p, Double($0)) }.reduce(0, +)
        #expect(abs(r.spread.mean - exact) <= 4 * r.spread.standardError)
        #expect(r.spread.ci95.lower < exact && exact < r.spread.ci95.upper)
    }

    @Test("IC on a star: from the centre P(leaf) = p; from a leaf P(centre) = p, P(other leaf) = p²")
    func icStar() async throws {
        let g = DiffusionFixtures.star(leaves: 5)
        let p = 0.3
        let model = DiffusionModel.independentCascade(.uniform(p))
        let fromCentre = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "c")!]).run(budget: .runs(Self.runs), seed: 2)
        let fromLeaf = try await DiffusionSimulation(graph: g, model: model, seeds: [g.node(id: "l0")!]).run(budget: .runs(Self.runs), seed: 3)
        for k in 0..<5 {
            expectProbability(fromCentre.reachProbability[g.node(id: "l\(k)")!], p, runs: Self.runs, "leaf \(k) from centre")
        }
        expectProbability(fromLeaf.reachProbability[g.node(id: "c")!], p, runs: Self.runs, "centre from leaf")
        for k in 1..<5 {
            expectProbability(fromLeaf.reachProbability[g.node(id: "l\(k)")!], p * p, runs: Self.runs, "leaf \(k) from leaf 0")
            #expect(fromLeaf.meanArrivalStep[g.node(id: "l\(k)")!] == 2)
        }
    }

    @Test(
        "IC and LT against exact enumeration of live-edge subgraphs",
        arguments: DiffusionFixtures.exact.cases.map(\.name))
    func exactEnumeration(name: String) async throws {
        let c = DiffusionFixtures.exact.cases.first { $0.name == name }!
        let g = DiffusionFixtures.graph(of: c)
        let seeds = c.seeds.map { g.node(id: $0)! }
        let r = try await DiffusionSimulation(graph: g, model: DiffusionFixtures.model(of: c), seeds: seeds)
            .run(budget: .runs(Self.runs), seed: 5)
        for (id, p) in c.reach {
            expectProbability(r.reachProbability[g.node(id: id)!], p, runs: Self.runs, "\(name): firm \(id)")
        }
        #expect(abs(r.spread.mean - c.spread) <= 4 * r.spread.standardError, "\(name): spread \(r.spread.mean) vs \(c.spread)")
        // Curve: the count by step t lies in [0, n], so its standard error is at most n / (2√R).
        let bound = 4 * Double(g.nodeCount) / 2 / Double(Self.runs).squareRoot()
        // Runs rarely last as long as the longest live-edge path, so beyond the simulated curve
        // its final value stands.
        for (t, exact) in c.curve.enumerated() {
            let point = r.curve[Swift.min(t, r.curve.count - 1)]
            #expect(abs(point.mean - exact) <= bound, "\(name): curve step \(t)")
            #expect(point.p05 <= point.mean && point.mean <= point.p95)
        }
    }

    @Test("SIR on a path: P(k) = T^k with T = β/(β+γ−βγ)", arguments: [(0.4, 0.5), (0.3, 1.0), (0.2, 0.25)])
    func sirPath(beta: Double, gamma: Double) async throws {
        let g = DiffusionFixtures.path(5)
        let t = beta / (beta + gamma - beta * gamma)
        let r = try await DiffusionSimulation(graph: g, model: .sir(beta: beta, gamma: gamma), seeds: [0])
            .run(budget: .runs(Self.runs), seed: 9)
        for k in 0..<5 {
            expectProbability(r.reachProbability[g.node(id: "\(k)")!], pow(t, Double(k)), runs: Self.runs, "node \(k)")
        }
    }

    @Test("SIR on a star from the centre: P(leaf) = T")
    func sirStar() async throws {
        let g = DiffusionFixtures.star(leaves: 4)
        let (beta, gamma) = (0.35, 0.6)
        let t = beta / (beta + gamma - beta * gamma)
        let r = try await DiffusionSimulation(graph: g, model: .sir(beta: beta, gamma: gamma), seeds: [g.node(id: "c")!])
            .run(budget: .runs(Self.runs), seed: 4)
        for k in 0..<4 { expectProbability(r.reachProbability[g.node(id: "l\(k)")!], t, runs: Self.runs, "leaf \(k)") }
    }

    @Test("LT with one in-neighbour of full weight reaches a whole directed path")
    func ltPathIsCertain() async throws {
        let g = DiffusionFixtures.path(5, directed: true)
        let r = try await DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [0]).run(budget: .runs(50))
        #expect(r.reachProbability.allSatisfy { $0 == 1 })
        #expect(r.curve.map(\.mean) == [1, 2, 3, 4, 5])
    }

    @Test("bad parameters name the parameter")
    func badParameters() {
        let g = DiffusionFixtures.path(3)
        #expect(throws: DiffusionError.invalidParameter(.p, value: 1.5, expected: .probability)) {
            try DiffusionSimulation(graph: g, model: .independentCascade(.uniform(1.5)), seeds: [0])
        }
        #expect(throws: DiffusionError.invalidParameter(.sirGamma, value: 0, expected: .positiveProbability)) {
            try DiffusionSimulation(graph: g, model: .sir(beta: 0.1, gamma: 0), seeds: [0])
        }
    }
}

func pow(_ x: Double, _ y: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(y) { r *= x }
    return r
}
