import Testing
@testable import SpilloverKit

/// Closed forms of the measures on graphs whose values are known by hand.
@Suite("measure closed forms", .serialized)
struct MeasureClosedFormTests {
    static func star(_ leaves: [String], centre: String = "c", directed: Bool = false) -> ClusterGraph {
        try! GraphBuilder.build(ties: leaves.map { Tie(centre, $0) }, directed: directed, weighted: false)
    }

    static func complete(_ n: Int) -> ClusterGraph {
        var ties: [Tie] = []
        for i in 0..<n { for j in (i + 1)..<n { ties.append(Tie("v\(i)", "v\(j)")) } }
        return try! GraphBuilder.build(ties: ties, weighted: false)
    }

    @Test("constraint of K_n is (2n−3)²/(n−1)³ in igraph and in Swift", arguments: [3, 4, 6, 9])
    func completeConstraint(_ n: Int) throws {
        let g = Self.complete(n)
        let expected = Double((2 * n - 3) * (2 * n - 3)) / Double((n - 1) * (n - 1) * (n - 1))
        let igraph = try StructuralHoles.constraint(g)
        let swift = try StructuralHoles(g)
        for v in 0..<n {
            #expect(abs(igraph[v] - expected) < 1e-12)
            #expect(abs(swift.constraint[v] - expected) < 1e-12)
            #expect(abs(swift.hierarchy[v]) < 1e-12)  // all c_ij equal
            #expect(abs(swift.effectiveSize[v] - 1) < 1e-12)  // n−1 − 2·C(n−1,2)/(n−1) = 1
        }
    }

    @Test("star with k leaves: centre constraint 1/k, leaves 1; centre ES k, betweenness C(k,2)", arguments: [2, 5, 8])
    func starBurt(_ k: Int) throws {
        let g = Self.star((1...k).map { "l\($0)" })
        let c = try StructuralHoles.constraint(g)
        let holes = try StructuralHoles(g)
        let b = try Centrality.betweenness(g, normalized: true)
        let centre = g.node(id: "c")!
        #expect(abs(c[centre] - 1 / Double(k)) < 1e-12)
        #expect(abs(holes.effectiveSize[centre] - Double(k)) < 1e-12)
        #expect(abs(holes.efficiency[centre] - 1) < 1e-12)
        #expect(abs(b[centre] - 1) < 1e-12)
        for v in 0..<g.nodeCount where v != centre {
            #expect(abs(c[v] - 1) < 1e-12)
            #expect(holes.hierarchy[v].isNaN)  // one contact: undefined
        }
    }

    @Test("path of n firms: betweenness (i−1)(n−i)", arguments: [3, 6, 10])
    func pathBetweenness(_ n: Int) throws {
        let g = try GraphBuilder.build(ties: (1..<n).map { Tie("p\($0)", "p\($0 + 1)") }, weighted: false)
        let b = try Centrality.betweenness(g)
        for i in 1...n { #expect(abs(b[g.node(id: "p\(i)")!] - Double((i - 1) * (n - i))) < 1e-9) }
    }

    @Test("brokerage of an undirected star: centre in A with m leaves in A and r in B", arguments: [(3, 2), (4, 3), (1, 5)])
    func brokerageStar(_ mr: (Int, Int)) throws {
        let (m, r) = mr
        let leaves = (0..<m).map { "a\($0)" } + (0..<r).map { "b\($0)" }
        let g = Self.star(leaves)
        let groups = g.ids.map { $0.hasPrefix("b") ? "B" : "A" }
        let result = try Brokerage(g, groups: groups)
        let c = g.node(id: "c")!
        let k = m + r
        #expect(result.counts[.coordinator][c] == Double(m * (m - 1)))
        #expect(result.counts[.itinerant][c] == Double(r * (r - 1)))
        #expect(result.counts[.representative][c] == Double(m * r))
        #expect(result.counts[.gatekeeper][c] == Double(m * r))
        #expect(result.counts[.liaison][c] == 0)
        #expect(result.counts[.total][c] == Double(k * (k - 1)))
        // Two groups: liaison has sd 0, so its z-score is undefined.
        #expect(result.zScores[.liaison].allSatisfy { $0.isNaN })
    }

    @Test("an undirected graph and its directed version with both arcs broker alike")
    func brokerageDirectedVersusUndirected() throws {
        let pairs = [("a", "b"), ("b", "c"), ("c", "d"), ("b", "d"), ("d", "e"), ("e", "f"), ("a", "f"), ("c", "g")]
        let undirected = try GraphBuilder.build(ties: pairs.map { Tie($0.0, $0.1) }, weighted: false)
        let directed = try GraphBuilder.build(ties: pairs.flatMap { [Tie($0.0, $0.1), Tie($0.1, $0.0)] }, directed: true, weighted: false)
        let label = ["a": "X", "b": "X", "c": "Y", "d": "Y", "e": "Z", "f": "X", "g": "Z"]
        let u = try Brokerage(undirected, groups: undirected.ids.map { label[$0]! })
        let d = try Brokerage(directed, groups: directed.ids.map { label[$0]! })
        for role in BrokerageRole.allCases {
            for id in label.keys {
                let x = u.counts[role][undirected.node(id: id)!], y = d.counts[role][directed.node(id: id)!]
                #expect(x == y, "\(role) \(id)")
                let zx = u.zScores[role][undirected.node(id: id)!], zy = d.zScores[role][directed.node(id: id)!]
                #expect(zx == zy || (zx.isNaN && zy.isNaN))
            }
        }
        #expect(u.counts[.representative] == u.counts[.gatekeeper])
    }

    @Test("effective size of a binary undirected graph is n − 2t/n (Borgatti 1997)")
    func borgattiIdentity() throws {
        // A deterministic pseudo-random graph of 60 firms.
        var ties: [Tie] = []
        var state: UInt64 = 12345
        for i in 0..<60 {
            for j in (i + 1)..<60 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                if state >> 60 < 2 { ties.append(Tie("v\(i)", "v\(j)")) }
            }
        }
        let g = try GraphBuilder.build(ties: ties, weighted: false)
        let holes = try StructuralHoles(g)
        var checked = 0
        for i in 0..<g.nodeCount {
            let nb = Set(g.outAdjacency.range(i).map { Int(g.outAdjacency.neighbors[$0]) })
            guard !nb.isEmpty else { continue }
            var t = 0
            for j in nb { for e in g.outAdjacency.range(j) where nb.contains(Int(g.outAdjacency.neighbors[e])) { t += 1 } }
            t /= 2
            let n = Double(nb.count)
            #expect(abs(holes.effectiveSize[i] - (n - 2 * Double(t) / n)) < 1e-9)
            checked += 1
        }
        #expect(checked > 50)
    }
}
