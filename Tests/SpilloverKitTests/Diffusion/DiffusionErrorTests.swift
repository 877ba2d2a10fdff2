import Foundation
import Testing

@testable import SpilloverKit

/// Each ``DiffusionError`` carries what is at fault as values — the parameter, its value and
/// range, the seeds' node numbers and ids, the counts — and words it in one line that names
/// the firms (issue 18: errors must not lose information).
@Suite("diffusion errors carry their payload")
struct DiffusionErrorTests {
    /// c – l0, c – l1, c – l2, c – l3.
    static let star = DiffusionFixtures.star(leaves: 3)

    static func error(_ body: () throws -> Void) -> DiffusionError? {
        do { try body() } catch let error as DiffusionError { return error } catch { Issue.record("not a DiffusionError: \(error)") }
        return nil
    }

    static func error(_ body: () async throws -> Void) async -> DiffusionError? {
        do { try await body() } catch let error as DiffusionError { return error } catch { Issue.record("not a DiffusionError: \(error)") }
        return nil
    }

    struct ParameterCase: Sendable, CustomTestStringConvertible {
        var model: DiffusionModel
        var parameter: DiffusionParameter
        var value: Double
        var expected: ParameterRange
        var message: String
        var testDescription: String { parameter.description }
    }

    static let parameterCases: [ParameterCase] = {
        var knowledge = KnowledgeParameters()
        knowledge.tacit.beta["vertical"] = -2
        var kappa = KnowledgeParameters()
        kappa.level.kappa = .infinity
        var externalisation = KnowledgeParameters()
        externalisation.externalisation = 1.5
        var internalisation = KnowledgeParameters()
        internalisation.internalisation = -0.5
        return [
            .init(model: .independentCascade(.uniform(1.5)), parameter: .p, value: 1.5, expected: .probability, message: "p: expected a probability in [0, 1], got 1.5"),
            .init(
                model: .independentCascade(.weight(scale: -1)), parameter: .scale, value: -1, expected: .nonNegative,
                message: "scale: expected a finite number ≥ 0, got -1.0"),
            .init(
                model: .independentCascade(.byType(["vertical": 0.2, "horizontal": 2], other: 0)), parameter: .typeProbability("horizontal"), value: 2,
                expected: .probability, message: "byType: expected a probability in [0, 1] for tie type 'horizontal', got 2.0"),
            .init(
                model: .independentCascade(.byType([:], other: -1)), parameter: .typeProbability("other"), value: -1, expected: .probability,
                message: "byType: expected a probability in [0, 1] for tie type 'other', got -1.0"),
            .init(
                model: .externalCascade(.uniform(0.1), epsilon: 1.2, steps: 3), parameter: .externalEpsilon, value: 1.2, expected: .probability,
                message: "epsilon: expected a probability in [0, 1], got 1.2"),
            .init(
                model: .externalCascade(.uniform(0.1), epsilon: 0.1, steps: -2), parameter: .externalSteps, value: -2, expected: .atLeast(0),
                message: "steps: expected a whole number ≥ 0, got -2"),
            .init(model: .sir(beta: 1.01, gamma: 0.5), parameter: .sirBeta, value: 1.01, expected: .probability, message: "beta: expected a probability in [0, 1], got 1.01"),
            .init(
                model: .sir(beta: 0.1, gamma: 0), parameter: .sirGamma, value: 0, expected: .positiveProbability,
                message: "gamma: expected a probability in (0, 1] (γ = 0 never ends), got 0.0"),
            .init(
                model: .knowledge(knowledge), parameter: .knowledgeBeta(.tacit, tieType: "vertical"), value: -2, expected: .nonNegative,
                message: "tacit.beta: expected a finite number ≥ 0 for tie type 'vertical', got -2.0"),
            .init(
                model: .knowledge(kappa), parameter: .knowledgeKappa(.level), value: .infinity, expected: .finite,
                message: "level.kappa: expected a finite number, got inf"),
            .init(
                model: .knowledge(externalisation), parameter: .externalisation, value: 1.5, expected: .probability,
                message: "externalisation: expected a probability in [0, 1], got 1.5"),
            .init(
                model: .knowledge(internalisation), parameter: .internalisation, value: -0.5, expected: .probability,
                message: "internalisation: expected a probability in [0, 1], got -0.5"),
        ]
    }()

    @Test("a model parameter out of range: the parameter, its value and its range", arguments: parameterCases)
    func modelParameter(_ c: ParameterCase) throws {
        let error = Self.error { _ = try DiffusionSimulation(graph: Self.star, model: c.model, seeds: [0]) }
        #expect(error == .invalidParameter(c.parameter, value: c.value, expected: c.expected))
        #expect(error?.description == c.message)
        #expect(!c.expected.contains(c.value))
        // A front end names the parameter its own way; the tie type stays in the message.
        let named = error?.description(naming: { setting in
            guard case .diffusionParameter(let p) = setting else { return "?" }
            return "<\(p.name)>"
        })
        #expect(named == "<\(c.parameter.name)>" + c.message.dropFirst(c.parameter.name.count))
    }

    @Test("NaN is out of every range, and a count must be whole")
    func ranges() {
        for range in [ParameterRange.probability, .positiveProbability, .openUnitInterval, .nonNegative, .positive, .finite, .atLeast(0)] {
            #expect(!range.contains(.nan), "\(range)")
        }
        #expect(ParameterRange.atLeast(1).contains(3) && !ParameterRange.atLeast(1).contains(2.5) && !ParameterRange.atLeast(1).contains(0))
        #expect(ParameterRange.positive.contains(1) && !ParameterRange.positive.contains(.infinity))
        #expect(DiffusionParameter.knowledgeBeta(.codified, tieType: "horizontal").description == "codified.beta['horizontal']")
        #expect(DiffusionParameter.knowledgeBeta(.codified, tieType: "horizontal").tieType == "horizontal")
        #expect(DiffusionParameter.immEpsilon.tieType == nil)
        #expect(Setting.diffusionParameter(.immEll).description == "IMM.ell")
    }

    @Test("IMM's ε and ℓ and the oracle's runs are parameters too")
    func selectionParameters() async throws {
        let g = SeedSelectionTests.discountGraph
        await #expect(throws: DiffusionError.invalidParameter(.immEpsilon, value: 0, expected: .openUnitInterval)) {
            try await IMM(epsilon: 0, ell: 1).select(k: 2, graph: g, model: .linearThreshold)
        }
        await #expect(throws: DiffusionError.invalidParameter(.immEll, value: .infinity, expected: .positive)) {
            try await IMM(epsilon: 0.5, ell: .infinity).select(k: 2, graph: g, model: .linearThreshold)
        }
        let runs = Self.error { _ = try SpreadOracle(graph: g, model: .linearThreshold, runs: 0) }
        #expect(runs == .invalidParameter(.runs, value: 0, expected: .atLeast(1)))
        #expect(runs?.description == "runs: expected a whole number ≥ 1, got 0")
    }

    @Test("a value out of range in a parameter file names the file, the parameter and the value")
    func parameterFile() {
        let error = Self.error { _ = try KnowledgeParameters.decode(Data(#"{"codified": {"beta": {"Horizontal": -1}}}"#.utf8), source: "k.json") }
        #expect(error == .invalidParameter(.knowledgeBeta(.codified, tieType: "horizontal"), value: -1, expected: .nonNegative, file: "k.json"))
        // In a file the parameter is named as the file spells it, whatever the front end.
        #expect(error?.description(naming: { _ in "--flag" }) == "k.json: codified.beta: expected a finite number ≥ 0 for tie type 'horizontal', got -1.0")
    }

    @Test("seeds and removed firms that are not nodes: every such node number, in order")
    func notInCluster() throws {
        let g = Self.star
        let seeds = Self.error { _ = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [1, 9, -1, 9]) }
        #expect(seeds == .seedsNotInCluster(nodes: [9, -1], nodeCount: 4))
        #expect(seeds?.description == "seed nodes 9, -1 are not nodes of the cluster (nodes 0 to 3)")
        let removed = Self.error { _ = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [0], removed: [2, 4, 4]) }
        #expect(removed == .removedNotInCluster(nodes: [4], nodeCount: 4))
        #expect(removed?.description == "removed node 4 is not a node of the cluster (nodes 0 to 3)")
    }

    @Test("a seed that is also removed: its node number and its firm id")
    func seedAlsoRemoved() async throws {
        let g = Self.star
        let c = try #require(g.node(id: "c")), l1 = try #require(g.node(id: "l1"))
        let one = Self.error { _ = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [c, 0], removed: [c]) }
        #expect(one == .seedsAlsoRemoved(nodes: [c], ids: ["c"]))
        #expect(one?.description == "firm 'c' (node \(c)) is both a seed and removed; a removed firm cannot seed")
        let two = Self.error { _ = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [l1, c], removed: [c, l1]) }
        #expect(two == .seedsAlsoRemoved(nodes: [l1, c], ids: ["l1", "c"]))
        #expect(two?.description == "firms 'l1' (node \(l1)), 'c' (node \(c)) are both seeds and removed; a removed firm cannot seed")
        // A knockout of a firm that is no node says which.
        let sim = try DiffusionSimulation(graph: g, model: .linearThreshold, seeds: [c])
        let knockout = await Self.error { _ = try await sim.knockout(firms: [7], budget: .runs(1)) }
        #expect(knockout == .removedNotInCluster(nodes: [7], nodeCount: 4))
    }

    @Test("K out of 1…n: how many were asked for and how many firms there are")
    func seedCounts() async throws {
        let g = Self.star
        #expect(throws: DiffusionError.tooManySeeds(asked: 5, firms: 4)) { try SeedSelection.degree(5).resolve(in: g, seed: 1) }
        #expect(throws: DiffusionError.tooManySeeds(asked: 9, firms: 4)) { try SeedSelection.random(9).resolve(in: g, seed: 1) }
        #expect(throws: DiffusionError.tooManySeeds(asked: 5, firms: 4)) { try SeedSelection.focal(5, MonteCarloEngineTests.ByLabel()).resolve(in: g, seed: 1) }
        #expect(throws: DiffusionError.tooFewSeeds(asked: 0)) { try SeedSelection.degree(0).resolve(in: g, seed: 1) }
        #expect(DiffusionError.tooManySeeds(asked: 5, firms: 4).description == "asked for 5 seeds, but the cluster has 4 firms")
        #expect(DiffusionError.tooFewSeeds(asked: -1).description == "asked for -1 seeds; at least 1 is needed")
        let oracle = try SpreadOracle(graph: g, model: .linearThreshold, runs: 2)
        await #expect(throws: DiffusionError.tooManySeeds(asked: 10, firms: 4)) { try await CELF.select(k: 10, oracle: oracle) }
        await #expect(throws: DiffusionError.tooFewSeeds(asked: 0)) { try await CELF.select(k: 0, oracle: oracle) }
        await #expect(throws: DiffusionError.tooManySeeds(asked: 99, firms: 4)) { try await IMM().select(k: 99, graph: g, model: .linearThreshold) }
        await #expect(throws: DiffusionError.tooFewSeeds(asked: 0)) { try await IMM().select(k: 0, graph: g, model: .linearThreshold) }
        let solo = try GraphBuilder.build(ties: [], isolates: ["solo"])
        let few = await Self.error { _ = try await IMM().select(k: 1, graph: solo, model: .linearThreshold) }
        #expect(few == .tooFewFirms(.imm, firms: 1, needed: 2))
        #expect(few?.description == "imm needs at least 2 firms, but the cluster has 1")
    }

    @Test("a method under a model it is not defined for: the method and the model")
    func unsupportedModel() async throws {
        let g = SeedSelectionTests.discountGraph
        let sir = DiffusionModel.sir(beta: 0.2, gamma: 0.5)
        let imm = await Self.error { _ = try await IMM().select(k: 2, graph: g, model: sir) }
        #expect(imm == .unsupportedModel(.imm, sir))
        #expect(imm?.description == "imm is defined for the independent cascade and linear threshold models only, not for the SIR model")
        let knowledge = DiffusionModel.knowledge(KnowledgeParameters())
        let oracle = try SpreadOracle(graph: g, model: knowledge, runs: 2)
        let discount = await Self.error {
            _ = try await SeedMethod.degreeDiscount.select(k: 2, graph: g, model: knowledge, oracle: oracle, focal: MonteCarloEngineTests.ByLabel(), seed: 1, threads: 1)
        }
        #expect(discount == .unsupportedModel(.degreeDiscount, knowledge))
    }

    struct Broken: Error, Equatable {}
    struct FailingRanker: FirmRanker {
        func rankedFirms(in graph: ClusterGraph) throws -> [Int] { throw Broken() }
    }

    @Test("a focal ranking's failure comes through as the ranking's own error, not as text")
    func rankingFailure() async throws {
        let g = Self.star
        #expect(throws: Broken()) { try SeedSelection.focal(2, FailingRanker()).resolve(in: g, seed: 1) }
        let oracle = try SpreadOracle(graph: g, model: .linearThreshold, runs: 2)
        await #expect(throws: Broken()) {
            try await SeedMethod.focal.select(k: 2, graph: g, model: .linearThreshold, oracle: oracle, focal: FailingRanker(), seed: 1, threads: 1)
        }
    }

    @Test("unknown and ambiguous seeds name the ids")
    func unknownSeeds() throws {
        let labelled = try GraphBuilder.build(
            ties: [Tie("a", "b"), Tie("b", "c")], nodes: try NodeTable(ids: ["a", "b", "c"], columns: [(name: "label", values: ["Acme", "Bolt", "Acme"])]))
        #expect(throws: DiffusionError.ambiguousSeedLabel("Acme", ["a", "c"])) { try SeedSelection.ids(["Acme"]).resolve(in: labelled, seed: 1) }
        #expect(try SeedSelection.ids(["Bolt"]).resolve(in: labelled, seed: 1) == [labelled.node(id: "b")])
        #expect(throws: DiffusionError.unknownSeeds(["x", "Zed"])) { try SeedSelection.ids(["a", "x", "Zed"]).resolve(in: labelled, seed: 1) }
        #expect(DiffusionError.unknownSeeds(["x", "Zed"]).description == "no firm with id 'x', 'Zed' in the cluster")
    }
}
