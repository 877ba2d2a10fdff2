import Testing
@testable import SpilloverIGraph
@testable import SpilloverKit

@Suite("sampled betweenness and communities", .serialized)
struct SampledBetweennessTests {
    /// Two cliques of `size` firms joined by a path a0 – x – b0, plus chords for variety.
    static func barbell(_ size: Int) -> ClusterGraph {
        var ties: [Tie] = []
        for side in ["a", "b"] {
            for i in 0..<size { for j in (i + 1)..<size where (i + j) % 3 != 0 { ties.append(Tie("\(side)\(i)", "\(side)\(j)")) } }
        }
        ties += [Tie("a0", "x"), Tie("x", "b0")]
        return try! GraphBuilder.build(ties: ties, weighted: false)
    }

    @Test("all sources through the subset call give exact betweenness (undirected and directed)")
    func subsetOfAllIsExact() throws {
        for directed in [false, true] {
            let g = try GraphBuilder.build(
                ties: [Tie("a", "b"), Tie("b", "c"), Tie("c", "a"), Tie("c", "d"), Tie("d", "e"), Tie("e", "c"), Tie("b", "e")],
                directed: directed, weighted: false)
            let exact = try Centrality.betweenness(g)
            let (subset, _) = try IGraphGateway.betweennessSubset(g.igraphEdges, sources: Array(0..<g.nodeCount), lengths: nil)
            for v in 0..<g.nodeCount { #expect(abs(exact[v] - subset[v]) < 1e-9) }
        }
    }

    @Test("the same seed gives the same estimate; k ≥ n is exact")
    func seeded() throws {
        let g = Self.barbell(20)
        let a = try Centrality.sampledBetweenness(g, sources: 10, seed: 7)
        let b = try Centrality.sampledBetweenness(g, sources: 10, seed: 7)
        let c = try Centrality.sampledBetweenness(g, sources: 10, seed: 8)
        #expect(a == b)
        #expect(a != c)
        #expect(try Centrality.sampledBetweenness(g, sources: 1000, seed: 1) == Centrality.betweenness(g))
    }

    @Test("the normalised estimate is within the documented Hoeffding bound")
    func errorBound() throws {
        let g = Self.barbell(40)
        let exact = try Centrality.betweenness(g, normalized: true)
        // k = 40 sources, ε = 0.25: P(error ≥ ε) ≤ 2 exp(−2·40·0.0625·(80/81)²) ≈ 0.015 per firm; the
        // seeded sample is fixed, so this is a deterministic check that the scale is right.
        let estimate = try Centrality.sampledBetweenness(g, sources: 40, seed: 3, normalized: true)
        let x = g.node(id: "x")!
        #expect(abs(estimate[x] - exact[x]) < 0.25)
        let maxError = zip(estimate, exact).map { abs($0 - $1) }.max()!
        #expect(maxError < 0.25)
        // Mean over many seeds approaches the exact value (unbiased).
        var mean = 0.0
        for s in 0..<200 { mean += try Centrality.sampledBetweenness(g, sources: 8, seed: UInt64(s), normalized: true)[x] }
        mean /= 200
        #expect(abs(mean - exact[x]) < 0.03)
    }

    @Test("sampling without replacement draws k distinct sources")
    func distinctSample() {
        let s = Centrality.samplePivots(50, from: 60, seed: 9)
        #expect(Set(s).count == 50 && s.allSatisfy { (0..<60).contains($0) })
    }

    @Test("Louvain finds the two halves of a barbell, identically for the same seed")
    func louvain() throws {
        let g = Self.barbell(12)
        let a = try Communities.louvain(g, seed: 42)
        let b = try Communities.louvain(g, seed: 42)
        #expect(a == b)
        #expect(a[0] == 0)
        let sideA = (0..<12).map { a[g.node(id: "a\($0)")!] }
        let sideB = (0..<12).map { a[g.node(id: "b\($0)")!] }
        #expect(Set(sideA).count == 1 && Set(sideB).count == 1 && sideA[0] != sideB[0])
    }
}
