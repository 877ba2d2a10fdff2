import Testing
@testable import SpilloverKit

/// Eppstein–Wang pivot sampling of closeness and harmonic centrality, and the automatic
/// switch to sampled path measures on large graphs.
@Suite("sampled closeness and harmonic", .serialized)
struct SampledClosenessTests {
    static func same(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        (a.isNaN && b.isNaN) || abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("k = n pivots give the exact (igraph) values on every fixture graph", arguments: MeasureFixtureTests.graphs)
    func allPivotsExact(_ name: String) throws {
        let graph = try MeasureFixtureTests.load(name).graph
        for weightAs in WeightInterpretation.allCases {
            let closeness = try Centrality.closeness(graph, weightAs: weightAs)
            let harmonic = try Centrality.harmonic(graph, weightAs: weightAs)
            let (c, h) = try Centrality.sampledPathCentrality(graph, sources: graph.nodeCount, seed: 5, weightAs: weightAs)
            for v in 0..<graph.nodeCount {
                #expect(Self.same(c[v], closeness[v]), "\(name) \(graph.ids[v]) closeness \(c[v]) vs \(closeness[v])")
                #expect(Self.same(h[v], harmonic[v]), "\(name) \(graph.ids[v]) harmonic \(h[v]) vs \(harmonic[v])")
            }
        }
    }

    @Test("Swift Brandes from every source equals igraph's exact betweenness on every fixture graph", arguments: MeasureFixtureTests.graphs)
    func brandesAllSources(_ name: String) throws {
        let graph = try MeasureFixtureTests.load(name).graph
        for weightAs in WeightInterpretation.allCases {
            let exact = try Centrality.betweenness(graph, weightAs: weightAs)
            let run = try PivotDependencies(graph, sources: Array(0..<graph.nodeCount), lengths: Centrality.lengths(graph, weightAs: weightAs))
            let ours = Centrality.scaledDependencies(run.dependency, graph: graph, sources: graph.nodeCount)
            for v in 0..<graph.nodeCount {
                #expect(Self.same(ours[v], exact[v]), "\(name) \(weightAs) \(graph.ids[v]): \(ours[v]) vs \(exact[v])")
            }
            if let sums = run.distances {  // undirected: the same searches give closeness
                let (c, h) = try Centrality.pathCentrality(graph, sums: sums, pivots: Array(0..<graph.nodeCount), lengths: Centrality.lengths(graph, weightAs: weightAs))
                let (c2, h2) = try Centrality.sampledPathCentrality(graph, sources: graph.nodeCount, seed: 1, weightAs: weightAs)
                #expect(c.elementsEqual(c2) { Self.same($0, $1) } && h.elementsEqual(h2) { Self.same($0, $1) })
            }
        }
    }

    @Test("one pass for all three gives the values of the separate estimators")
    func combined() throws {
        let g = Self.generated
        let all = try Centrality.sampledPathMeasures(g, sources: 16, seed: 2)
        let (c, h) = try Centrality.sampledPathCentrality(g, sources: 16, seed: 2)
        let b = try Centrality.sampledBetweenness(g, sources: 16, seed: 2)
        #expect(all.betweenness == b)
        #expect(all.closeness.elementsEqual(c) { Self.same($0, $1, 1e-12) } && all.harmonic.elementsEqual(h) { Self.same($0, $1, 1e-12) })
    }

    @Test("directed graphs use out-distances: a directed path and its reverse differ")
    func directedOut() throws {
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("c", "d")], directed: true, weighted: false)
        let (c, h) = try Centrality.sampledPathCentrality(g, sources: 4, seed: 1)
        // a reaches b, c, d at 1, 2, 3: closeness 3/6, harmonic (1 + 1/2 + 1/3)/3; d reaches none.
        #expect(c[0] == 0.5 && abs(h[0] - (1 + 0.5 + 1.0 / 3) / 3) < 1e-15)
        #expect(c[3].isNaN && h[3] == 0)
        let sampledC = try Centrality.sampledCloseness(g, sources: 4, seed: 1), sampledH = try Centrality.sampledHarmonic(g, sources: 4, seed: 1)
        #expect(c.elementsEqual(sampledC) { Self.same($0, $1, 0) })
        #expect(h == sampledH)
    }

    static let generated: ClusterGraph = {
        let cluster = ClusterGenerator(firms: 1500, seed: 3, tiesPerFirm: 4).generate()
        let ties = cluster.ties.map { Tie(cluster.firms[$0.tail].id, cluster.firms[$0.head].id, weight: $0.weight) }
        return try! GraphBuilder.build(ties: ties, weighted: true)
    }()

    @Test("the same seed gives the same estimate; another seed another one")
    func seeded() throws {
        let g = Self.generated
        let a = try Centrality.sampledPathCentrality(g, sources: 20, seed: 11)
        let b = try Centrality.sampledPathCentrality(g, sources: 20, seed: 11)
        let c = try Centrality.sampledPathCentrality(g, sources: 20, seed: 12)
        #expect(a.closeness == b.closeness && a.harmonic == b.harmonic)
        #expect(a.closeness != c.closeness && a.harmonic != c.harmonic)
        #expect(Centrality.samplePivots(20, from: 1500, seed: 11) == Centrality.samplePivots(20, from: 1500, seed: 11))
        #expect(Set(Centrality.samplePivots(20, from: 1500, seed: 11)).count == 20)
    }

    @Test("the mean error shrinks as k grows, and stays within the documented bound")
    func errorShrinks() throws {
        let g = Self.generated
        for weightAs in WeightInterpretation.allCases {
            let closeness = try Centrality.closeness(g, weightAs: weightAs)
            let harmonic = try Centrality.harmonic(g, weightAs: weightAs)
            var previous = (Double.infinity, Double.infinity)
            for k in [8, 32, 128, 512] {
                // Mean relative error over firms, averaged over 3 seeds.
                var errors = (0.0, 0.0)
                for seed in 1...3 {
                    let (c, h) = try Centrality.sampledPathCentrality(g, sources: k, seed: UInt64(seed), weightAs: weightAs)
                    for v in 0..<g.nodeCount where closeness[v].isFinite && harmonic[v] > 0 {
                        errors.0 += abs(c[v] - closeness[v]) / closeness[v]
                        errors.1 += abs(h[v] - harmonic[v]) / harmonic[v]
                    }
                }
                let norm = Double(3 * g.nodeCount)
                errors = (errors.0 / norm, errors.1 / norm)
                #expect(errors.0 < previous.0 && errors.1 < previous.1, "\(weightAs) k = \(k): \(errors) after \(previous)")
                previous = errors
            }
            // k = 512 of 1500: well inside the Hoeffding bound (ε ≈ 0.085 at k = 256).
            #expect(previous.0 < 0.03 && previous.1 < 0.03, "\(weightAs): \(previous)")
        }
    }

    @Test("firms without a pivot in reach get their exact value; isolates null and 0")
    func smallComponents() throws {
        let graph = try MeasureFixtureTests.load("components").graph
        let closeness = try Centrality.closeness(graph)
        let harmonic = try Centrality.harmonic(graph)
        for seed in UInt64(1)...5 {
            let pivots = Set(Centrality.samplePivots(1, from: graph.nodeCount, seed: seed))
            let (c, h) = try Centrality.sampledPathCentrality(graph, sources: 1, seed: seed)
            for v in 0..<graph.nodeCount {
                // With one pivot, every firm's closeness is either from the pivot (reached) or exact.
                if graph.outAdjacency.degree(v) == 0 { #expect(c[v].isNaN && h[v] == 0) }
                if pivots.contains(v) {
                    #expect(Self.same(c[v], closeness[v]) && Self.same(h[v], harmonic[v]), "pivot \(graph.ids[v])")
                }
            }
        }
    }

    // MARK: The switch in MetricsTable

    static func table(_ g: ClusterGraph, _ configure: (inout MetricsOptions) -> Void) throws -> (MetricsTable, [String]) {
        var options = MetricsOptions()
        options.measures = [.betweenness, .closeness, .harmonic, .degree]
        options.groupSource = .community
        configure(&options)
        let d = Diagnostics()
        return (try MetricsTable.compute(g, options: options, diagnostics: d), d.messages.filter { $0.contains("firms (more than") })
    }

    @Test("above the threshold path measures are sampled with a warning; exact: true and below stay exact")
    func automaticSwitch() throws {
        let g = SampledBetweennessTests.barbell(15)  // 31 firms
        let exactB = try Centrality.betweenness(g), exactC = try Centrality.closeness(g), exactH = try Centrality.harmonic(g)
        // ε = 0.9, δ = 0.1, n = 31: k = ⌈ln(620) / 1.62⌉ + 1 = 5 pivots.
        #expect(Centrality.guaranteedPivotCount(nodeCount: 31, epsilon: 0.9, delta: 0.1) == 5)
        let sampled = try Centrality.sampledPathCentrality(g, sources: 5, seed: 1)
        let sampledB = try Centrality.approximateBetweenness(g, epsilon: 0.2, delta: 0.1, seed: 1)
        func guarantee(_ o: inout MetricsOptions) { o.autoSampleThreshold = 30; o.closenessEpsilon = 0.9; o.samplingEpsilon = 0.2 }

        let (auto, autoWarnings) = try Self.table(g) { guarantee(&$0) }
        #expect(auto[.betweenness]! == sampledB.values)
        #expect(auto.sampling.map(\.method) == [.riondatoKornaropoulos, .eppsteinWang])
        #expect(auto.sampling[0].samples == sampledB.samples && auto.sampling[1].samples == 5)
        #expect(auto.sampling[0].epsilon == 0.2 && auto.sampling[1].epsilon == 0.9 && auto.sampling[0].delta == 0.1)
        #expect(auto[.closeness]!.elementsEqual(sampled.closeness) { Self.same($0, $1, 1e-12) })
        #expect(auto[.harmonic]!.elementsEqual(sampled.harmonic) { Self.same($0, $1, 1e-12) })
        #expect(auto[.closeness]! != exactC)
        #expect(autoWarnings.count == 1 && autoWarnings[0].contains("exact: true") && autoWarnings[0].contains("31 firms"))
        #expect(autoWarnings[0].contains("ε = 0.2") && autoWarnings[0].contains("ε = 0.9") && autoWarnings[0].contains("δ = 0.1"))
        // Asked for at any size (guaranteedSampling): the same estimates, no warning.
        let (asked, askedWarnings) = try Self.table(g) {
            $0.guaranteedSampling = true; $0.closenessEpsilon = 0.9; $0.samplingEpsilon = 0.2
        }
        #expect(asked[.betweenness]! == sampledB.values && askedWarnings.isEmpty)

        // Exact (by the parallel Swift engine on undirected graphs): igraph's values to 1e-9.
        func matches(_ t: MetricsTable) -> Bool {
            zip([exactB, exactC, exactH], [Measure.betweenness, .closeness, .harmonic]).allSatisfy { reference, m in
                t[m]!.elementsEqual(reference) { Self.same($0, $1) }
            }
        }
        let (exact, exactWarnings) = try Self.table(g) {
            guarantee(&$0); $0.exact = true
        }
        #expect(matches(exact) && exactWarnings.isEmpty)

        let (below, belowWarnings) = try Self.table(g) {
            guarantee(&$0); $0.autoSampleThreshold = 31
        }
        #expect(matches(below) && belowWarnings.isEmpty && below.sampling.isEmpty)

        // Only non-path measures asked: no warning.
        let (_, degreeWarnings) = try Self.table(g) {
            $0.autoSampleThreshold = 1; $0.measures = [.degree]
        }
        #expect(degreeWarnings.isEmpty)
    }

    @Test("an explicit path sample samples all three without a warning; betweenness-sample wins for betweenness")
    func explicitSample() throws {
        let g = SampledBetweennessTests.barbell(15)
        let (t, warnings) = try Self.table(g) {
            $0.pathSample = 6; $0.seed = 4
        }
        #expect(warnings.isEmpty)
        #expect(t[.closeness]!.elementsEqual(try Centrality.sampledCloseness(g, sources: 6, seed: 4)) { Self.same($0, $1, 1e-12) })
        #expect(t[.harmonic]!.elementsEqual(try Centrality.sampledHarmonic(g, sources: 6, seed: 4)) { Self.same($0, $1, 1e-12) })
        #expect(t[.betweenness]! == (try Centrality.sampledBetweenness(g, sources: 6, seed: 4)))
        let (mixed, _) = try Self.table(g) {
            $0.pathSample = 6; $0.betweennessSample = 9
        }
        #expect(mixed[.betweenness]! == (try Centrality.sampledBetweenness(g, sources: 9, seed: 1)))
        // --betweenness-sample alone leaves closeness exact (the old behaviour).
        let (only, _) = try Self.table(g) { $0.betweennessSample = 9 }
        #expect(only[.closeness]! == (try Centrality.closeness(g)))
        #expect(throws: MetricsError.invalidSample(.pathSample, 0)) { _ = try Self.table(g) { $0.pathSample = 0 } }
        #expect(throws: MetricsError.invalidErrorBound(.samplingEpsilon, 0)) { _ = try Self.table(g) { $0.samplingEpsilon = 0 } }
        #expect(throws: MetricsError.invalidErrorBound(.samplingDelta, 1)) { _ = try Self.table(g) { $0.samplingDelta = 1 } }
    }
}
