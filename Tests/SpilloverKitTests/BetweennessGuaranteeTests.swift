import Testing
@testable import SpilloverKit

/// Riondato–Kornaropoulos sampling against exact betweenness (igraph, through
/// ``Centrality/betweenness(_:normalized:weightAs:diagnostics:)``) on graphs of a few hundred
/// firms: the stated bound holds, the sample size follows the formula, the estimate is seeded.
@Suite("betweenness with an (ε, δ) guarantee", .serialized)
struct BetweennessGuaranteeTests {
    /// A generated cluster of `firms` firms.
    static func cluster(_ firms: Int, seed: UInt64 = 3, directed: Bool = false, weighted: Bool = true) throws -> ClusterGraph {
        let cluster = ClusterGenerator(firms: firms, seed: seed, tiesPerFirm: 3).generate()
        let ties = cluster.ties.map { Tie(cluster.firms[$0.tail].id, cluster.firms[$0.head].id, weight: $0.weight) }
        return try GraphBuilder.build(ties: ties, directed: directed, weighted: weighted)
    }

    /// The largest error of normalised betweenness over all firms.
    static func maxError(_ estimate: [Double], _ exact: [Double]) -> Double {
        zip(estimate, exact).map { abs($0 - $1) }.max() ?? 0
    }

    @Test(
        "every firm within ε for every seed (weighted and unweighted, undirected and directed)",
        arguments: [(false, false), (false, true), (true, false), (true, true)])
    func boundHolds(directed: Bool, weighted: Bool) throws {
        let g = try Self.cluster(300, directed: directed, weighted: weighted)
        let exact = try Centrality.betweenness(g, normalized: true)
        let epsilon = 0.03, delta = 0.1
        var misses = 0
        for seed in UInt64(1)...8 {
            let estimate = try Centrality.approximateBetweenness(g, epsilon: epsilon, delta: delta, seed: seed, normalized: true)
            if Self.maxError(estimate.values, exact) > epsilon { misses += 1 }
        }
        // P(miss) ≤ δ per seed; 8 seeds all within ε is what the bound makes overwhelmingly
        // likely (the observed errors are far below ε).
        #expect(misses == 0)
    }

    @Test("raw values are the normalised ones scaled back; the same seed gives the same estimate")
    func rawAndSeeded() throws {
        let g = try Self.cluster(200)
        let a = try Centrality.approximateBetweenness(g, epsilon: 0.05, delta: 0.1, seed: 5)
        let b = try Centrality.approximateBetweenness(g, epsilon: 0.05, delta: 0.1, seed: 5)
        let c = try Centrality.approximateBetweenness(g, epsilon: 0.05, delta: 0.1, seed: 6)
        let norm = try Centrality.approximateBetweenness(g, epsilon: 0.05, delta: 0.1, seed: 5, normalized: true)
        #expect(a.values == b.values && a.values != c.values)
        let scale = Centrality.betweennessNormalization(g)
        #expect(zip(a.values, norm.values).allSatisfy { abs($0 * scale - $1) <= 1e-12 * max(1, $1) })
    }

    @Test("the sample size is RK's formula with c = 0.5; a tiny ε breaks no bound a huge ε keeps")
    func sampleSize() throws {
        // VD = 10, ε = 0.1, δ = 0.1, n large: r = ⌈50 (⌊log₂ 8⌋ + 1 + ln 10)⌉ = ⌈50 · 6.302585⌉ = 316.
        #expect(Centrality.riondatoKornaropoulosSampleSize(nodeCount: 1_000_000_000, vertexDiameter: 10, epsilon: 0.1, delta: 0.1) == 316)
        #expect(Centrality.riondatoKornaropoulosSampleSize(nodeCount: 100, vertexDiameter: 2, epsilon: 0.1, delta: 0.1) == 0)
        // The guarantee is broken if the sample is sized for a much larger ε: then the error
        // exceeds the small ε the caller asked for. This checks the bound is not vacuous.
        let g = try Self.cluster(300)
        let exact = try Centrality.betweenness(g, normalized: true)
        let loose = try Centrality.approximateBetweenness(g, epsilon: 0.5, delta: 0.5, seed: 1, normalized: true)
        #expect(Self.maxError(loose.values, exact) > 0.003)
        let tight = try Centrality.approximateBetweenness(g, epsilon: 0.01, delta: 0.1, seed: 1, normalized: true)
        #expect(Self.maxError(tight.values, exact) <= 0.01)
        #expect(tight.samples > 100 * loose.samples)
    }

    @Test("the vertex-diameter bound is at least the true vertex diameter")
    func vertexDiameter() throws {
        // A path of 12 firms: VD = 12 (unweighted); weighted lengths 1/w with w in {1, 2}.
        let ties = (0..<11).map { Tie("p\($0)", "p\($0 + 1)", weight: $0 % 2 == 0 ? 1 : 2) }
        let plain = try GraphBuilder.build(ties: ties, weighted: false)
        let bound = try Centrality.vertexDiameterBound(plain, lengths: nil)
        #expect(bound >= 12 && bound <= 12)
        let weighted = try GraphBuilder.build(ties: ties, weighted: true)
        #expect(try Centrality.vertexDiameterBound(weighted, lengths: Centrality.lengths(weighted, weightAs: .strength)) >= 12)
        let directed = try GraphBuilder.build(ties: ties, directed: true, weighted: false)
        #expect(try Centrality.vertexDiameterBound(directed, lengths: nil) == 12)
        // A star: VD = 3; no path samples are needed below VD = 3 (two firms).
        let star = try GraphBuilder.build(ties: (1...5).map { Tie("c", "l\($0)") }, weighted: false)
        #expect(try Centrality.vertexDiameterBound(star, lengths: nil) == 3)
        let pair = try GraphBuilder.build(ties: [Tie("a", "b")], weighted: false)
        #expect(try Centrality.approximateBetweenness(pair, epsilon: 0.1, delta: 0.1, seed: 1).values == [0, 0])
    }

    @Test("each shortest path is drawn with equal probability (two parallel routes of 3 and 1 paths)")
    func uniformPaths() throws {
        // s → {a1, a2, a3} → m → t and s → b → t? No: b's route is longer. Routes of equal
        // length: s-a_i-m-t (3 paths through m) and s-b-c-t (1 path). m is on 3/4 of them.
        var ties = [Tie("s", "b"), Tie("b", "c"), Tie("c", "t"), Tie("m", "t")]
        for i in 1...3 { ties += [Tie("s", "a\(i)"), Tie("a\(i)", "m")] }
        let g = try GraphBuilder.build(ties: ties, weighted: false)
        let sampler = ShortestPathSampler(
            g, outLengths: [Double](repeating: 1, count: g.outAdjacency.neighbors.count),
            inLengths: [Double](repeating: 1, count: g.inAdjacency.neighbors.count))
        var rng = Xoshiro256StarStar(seed: 1)
        let s = g.node(id: "s")!, t = g.node(id: "t")!, m = g.node(id: "m")!
        var throughM = 0, inner = 0
        let runs = 20_000
        for _ in 0..<runs {
            var path: [Int] = []
            sampler.sample(from: s, to: t, using: &rng) { path.append($0) }
            inner += path.count
            if path.contains(m) { throughM += 1 }
        }
        #expect(inner == 2 * runs)
        #expect(abs(Double(throughM) / Double(runs) - 0.75) < 0.02)
    }

    @Test("samples between components are skipped, not searched; a fragmented cluster stays within ε")
    func components() throws {
        // Two paths a–b–c and d→e (directed: weak components), and an isolate f.
        let g = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("e", "d")], isolates: ["f"], directed: true, weighted: false)
        let label = Centrality.weakComponents(g)
        let of = { (id: String) in label[g.ids.firstIndex(of: id)!] }
        #expect(of("a") == of("b") && of("b") == of("c"))
        #expect(of("d") == of("e") && of("d") != of("a"))
        #expect(of("f") != of("a") && of("f") != of("d"))
        // Many components: every firm still within ε of exact.
        let cluster = ClusterGenerator(firms: 400, seed: 9, tiesPerFirm: 1).generate()
        let ties = cluster.ties.filter { $0.tail % 3 != 0 }.map { Tie(cluster.firms[$0.tail].id, cluster.firms[$0.head].id) }
        let fragmented = try GraphBuilder.build(ties: ties, isolates: cluster.firms.map(\.id), weighted: false)
        let exact = try Centrality.betweenness(fragmented).map { $0 * Centrality.betweennessNormalization(fragmented) }
        let estimate = try Centrality.approximateBetweenness(fragmented, epsilon: 0.05, delta: 0.1, seed: 3, normalized: true)
        for v in 0..<fragmented.nodeCount { #expect(abs(estimate.values[v] - exact[v]) <= 0.05) }
    }
}
