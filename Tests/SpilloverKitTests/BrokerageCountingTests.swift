import Testing
@testable import SpilloverKit

/// The combinatorial brokerage counter (pairs per role minus the tied pairs of listed
/// triangles) against the definition counted pair by pair: exact integer equality on random
/// directed and undirected graphs, with hubs, mutual ties, isolates and several group
/// assignments, including graphs large enough for the parallel path.
@Suite("brokerage counting")
struct BrokerageCountingTests {
    /// The definition, as the first implementation counted it: for every broker j, every
    /// in-neighbour i and out-neighbour k ≠ i with no arc i → k adds one to the role of
    /// (G(i), G(j), G(k)).
    static func bruteForce(_ graph: ClusterGraph, groups: [Int]) -> [[Int]] {
        let n = graph.nodeCount
        var arcs = Set<Int>()
        for e in 0..<graph.edgeCount {
            let t = Int(graph.edges.tails[e]), h = Int(graph.edges.heads[e])
            arcs.insert(t * n + h)
            if !graph.isDirected { arcs.insert(h * n + t) }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: n), count: 6)
        for j in 0..<n {
            for i in graph.inAdjacency.range(j).map({ Int(graph.inAdjacency.neighbors[$0]) }) {
                for k in graph.outAdjacency.range(j).map({ Int(graph.outAdjacency.neighbors[$0]) }) {
                    guard k != i, !arcs.contains(i * n + k) else { continue }
                    let (gi, gj, gk) = (groups[i], groups[j], groups[k])
                    let role: Int
                    if gi == gj && gj == gk {
                        role = 0
                    }  // coordinator
                    else if gi == gk {
                        role = 1
                    }  // itinerant (gj differs)
                    else if gi == gj {
                        role = 2
                    }  // representative
                    else if gj == gk {
                        role = 3
                    }  // gatekeeper
                    else {
                        role = 4
                    }  // liaison
                    counts[role][j] += 1
                    counts[5][j] += 1
                }
            }
        }
        return counts
    }

    /// A random graph on `n` firms: preferential attachment (hubs, many triangles) plus
    /// uniform extra ties, some reciprocated when directed; a few firms stay isolated.
    static func randomGraph(n: Int, ties: Int, directed: Bool, seed: UInt64) throws -> ClusterGraph {
        var rng = SplitMix64(seed: seed)
        var list: [Tie] = []
        var ends: [Int] = [0, 1]
        let isolated = n / 10
        let active = n - isolated
        for v in 2..<active {
            for _ in 0..<min(3, v) {
                let u = Int.random(in: 0..<2, using: &rng) == 0 ? ends[Int.random(in: 0..<ends.count, using: &rng)] : Int.random(in: 0..<v, using: &rng)
                guard u != v else { continue }
                list.append(Int.random(in: 0..<2, using: &rng) == 0 ? Tie("v\(u)", "v\(v)") : Tie("v\(v)", "v\(u)"))
                ends += [u, v]
            }
        }
        for _ in 0..<ties {
            let u = Int.random(in: 0..<active, using: &rng), v = Int.random(in: 0..<active, using: &rng)
            guard u != v else { continue }
            list.append(Tie("v\(u)", "v\(v)"))
            if directed && Int.random(in: 0..<3, using: &rng) == 0 { list.append(Tie("v\(v)", "v\(u)")) }
        }
        return try GraphBuilder.build(ties: list, isolates: (active..<n).map { "v\($0)" }, directed: directed, weighted: false)
    }

    /// Group assignments: one group, two, seven, every firm its own, and by hub (degree).
    static func assignments(_ graph: ClusterGraph, seed: UInt64) -> [[Int]] {
        var rng = SplitMix64(seed: seed)
        let n = graph.nodeCount
        return [
            [Int](repeating: 0, count: n),
            (0..<n).map { _ in Int.random(in: 0..<2, using: &rng) },
            (0..<n).map { _ in Int.random(in: 0..<7, using: &rng) },
            Array(0..<n),
            (0..<n).map { min(graph.outAdjacency.degree($0) + graph.inAdjacency.degree($0), 5) },
        ]
    }

    static func check(_ graph: ClusterGraph, seed: UInt64, assignments which: [Int] = [0, 1, 2, 3, 4]) throws {
        let all = assignments(graph, seed: seed)
        for groups in which.map({ all[$0] }) {
            let expected = bruteForce(graph, groups: groups)
            let labels = groups.map { "g\($0)" }
            let result = try Brokerage(graph, groups: labels)
            for (r, role) in BrokerageRole.allCases.enumerated() {
                let got = result.counts[role]
                #expect(got == expected[r].map(Double.init), "\(role) differs (directed \(graph.isDirected), \(Set(groups).count) groups)")
            }
        }
    }

    @Test("equals the pair-by-pair count on small random graphs", arguments: [false, true])
    func smallRandom(_ directed: Bool) throws {
        for seed: UInt64 in 1...12 {
            let n = 3 + Int(seed) * 5
            let graph = try Self.randomGraph(n: n, ties: n * Int(seed % 4), directed: directed, seed: seed)
            try Self.check(graph, seed: seed &* 31)
        }
    }

    @Test("equals the pair-by-pair count on dense graphs (most pairs tied)", arguments: [false, true])
    func dense(_ directed: Bool) throws {
        let graph = try Self.randomGraph(n: 24, ties: 400, directed: directed, seed: 99)
        #expect(graph.edgeCount > 150)
        try Self.check(graph, seed: 5)
    }

    @Test("equals the pair-by-pair count above the parallel threshold", arguments: [false, true])
    func parallelPath(_ directed: Bool) throws {
        // Just above the threshold, and two group assignments: the brute force is the slow
        // side (it took 110 s of the debug suite at 3× the threshold with all five).
        let n = ParallelChunks.sequentialThreshold + 256
        let graph = try Self.randomGraph(n: n, ties: 2 * n, directed: directed, seed: 7)
        try Self.check(graph, seed: 11, assignments: [2, 4])
    }

    @Test("undirected: representative equals gatekeeper; a triangle brokers nothing")
    func undirectedSymmetry() throws {
        let graph = try Self.randomGraph(n: 200, ties: 300, directed: false, seed: 3)
        let b = try Brokerage(graph, groups: (0..<graph.nodeCount).map { "g\($0 % 3)" })
        #expect(b.counts[.representative] == b.counts[.gatekeeper])
        #expect(b.counts[.total].reduce(0, +) > 0)
        let triangle = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c"), Tie("a", "c")], weighted: false)
        #expect(try Brokerage(triangle, groups: ["x", "y", "z"]).counts[.total] == [0, 0, 0])
    }
}
