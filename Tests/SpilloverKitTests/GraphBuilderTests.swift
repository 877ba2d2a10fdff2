import Testing
@testable import SpilloverKit

/// Merging, dropping, node tables and the CSR adjacency.
@Suite("graph builder")
struct GraphBuilderTests {
    static let ties = [
        Tie("a", "b", weight: 1, type: "vertical"),
        Tie("b", "a", weight: 2, type: "horizontal"),
        Tie("a", "b", weight: 4, type: "vertical"),
        Tie("c", "c", weight: 1),
        Tie("b", "c", weight: 3, type: "vertical"),
    ]

    @Test(
        "undirected: duplicates in either direction merge by sum, max or first",
        arguments: [
            (MergePolicy.sum, 7.0), (.max, 4.0), (.first, 1.0),
        ])
    func mergeUndirected(_ policy: MergePolicy, _ expected: Double) throws {
        let g = try GraphBuilder.build(ties: Self.ties, merge: policy)
        #expect(g.edgeCount == 2)
        #expect(g.buildReport.mergedDuplicates == 2)
        #expect(g.buildReport.mergedTypeConflicts == 1)
        #expect(g.buildReport.droppedSelfLoops == 1)
        #expect(g.buildReport.rawTies == 5)
        let ab = (0..<g.edgeCount).first { g.ids[Int(g.edges.tails[$0])] == "a" && g.ids[Int(g.edges.heads[$0])] == "b" }!
        #expect(g.edges.weights[ab] == expected)
        #expect(g.tieTypes[Int(g.edges.types[ab])] == "vertical")
    }

    @Test("directed: opposite arcs stay apart")
    func mergeDirected() throws {
        let g = try GraphBuilder.build(ties: Self.ties, directed: true)
        #expect(g.edgeCount == 3)
        #expect(g.buildReport.mergedDuplicates == 1)
        let a = g.node(id: "a")!, b = g.node(id: "b")!, c = g.node(id: "c")!
        #expect(Array(g.outAdjacency.neighbors[g.outAdjacency.range(a)]) == [Int32(b)])
        #expect(Array(g.inAdjacency.neighbors[g.inAdjacency.range(b)]) == [Int32(a)])
        #expect(Array(g.outAdjacency.neighbors[g.outAdjacency.range(b)]).sorted() == [Int32(a), Int32(c)])
        #expect(g.inAdjacency.degree(c) == 1)
        #expect(g.outAdjacency.degree(c) == 0)
    }

    @Test("CSR adjacency agrees with the edge list on a random graph", arguments: [false, true])
    func adjacencyMatchesEdges(directed: Bool) throws {
        var rng = SplitMix64(seed: 42)
        var ties: [Tie] = []
        for _ in 0..<2000 {
            ties.append(Tie("v\(rng.next() % 300)", "v\(rng.next() % 300)", weight: Double(1 + rng.next() % 5)))
        }
        let g = try GraphBuilder.build(ties: ties, directed: directed)
        // Brute force: every tie appears in the adjacency of its ends, rows sorted.
        var expectedOut = [[Int32]](repeating: [], count: g.nodeCount)
        var expectedIn = [[Int32]](repeating: [], count: g.nodeCount)
        for e in 0..<g.edgeCount {
            let t = Int(g.edges.tails[e]), h = Int(g.edges.heads[e])
            #expect(t != h)
            if !directed { #expect(t < h) }
            expectedOut[t].append(Int32(h))
            expectedIn[h].append(Int32(t))
            if !directed {
                expectedOut[h].append(Int32(t))
                expectedIn[t].append(Int32(h))
            }
        }
        for v in 0..<g.nodeCount {
            let out = Array(g.outAdjacency.neighbors[g.outAdjacency.range(v)])
            let inn = Array(g.inAdjacency.neighbors[g.inAdjacency.range(v)])
            #expect(out == expectedOut[v].sorted())
            #expect(inn == expectedIn[v].sorted())
            for k in g.outAdjacency.range(v) {
                let e = Int(g.outAdjacency.edgeIDs[k])
                let other = Int(g.edges.tails[e]) == v ? g.edges.heads[e] : g.edges.tails[e]
                #expect(other == g.outAdjacency.neighbors[k])
            }
        }
        // No pair twice.
        let keys = (0..<g.edgeCount).map { Int(g.edges.tails[$0]) * 1000 + Int(g.edges.heads[$0]) }
        #expect(Set(keys).count == keys.count)
        #expect(keys == keys.sorted())
    }

    @Test("node table: isolates kept, attributes aligned, missing firms get empty attributes")
    func nodeTable() throws {
        let raw = try RawEdgeList(
            file: "e.csv", ids: ["a", "b"], tails: [0], heads: [1], weights: [1], types: [0], tieTypes: [""], hasWeights: false)
        let table = try NodeTable(
            file: "n.csv", ids: ["b", "z"], columnNames: ["group", "absorptive_capacity"],
            columns: [["G1", "G2"], ["0.5", ""]], absorptiveCapacity: [0.5, nil])
        let g = try GraphBuilder.build(edges: raw, nodes: table)
        #expect(g.ids == ["a", "b", "z"])
        #expect(g.buildReport.isolatesFromNodeTable == 1)
        #expect(g.attributes.groups == ["", "G1", "G2"])
        #expect(g.attributes.absorptiveCapacity == [1, 0.5, 1])
        #expect(g.outAdjacency.degree(2) == 0)
        #expect(abs(g.density - 1.0 / 3) < 1e-12)
    }
}

/// `GraphBuilder.build(ties:)` refuses in code what the edge list reader refuses in files.
@Suite("graph builder: bad ties")
struct GraphBuilderBadTieTests {
    @Test("a weight that is not a finite number > 0 is a typed error naming the tie", arguments: [0, -1, Double.nan, .infinity, -.infinity])
    func badWeight(_ weight: Double) {
        let error = #expect(throws: GraphBuildError.self) {
            _ = try GraphBuilder.build(ties: [Tie("a", "b"), Tie("b", "c", weight: weight)])
        }
        guard case let .invalidWeight(index, source, target, w)? = error else {
            Issue.record("expected invalidWeight, got \(String(describing: error))")
            return
        }
        #expect(index == 1 && source == "b" && target == "c")
        #expect(w.isNaN ? weight.isNaN : w == weight)
        #expect(error?.description.contains("tie 1 (b – c)") == true)
    }

    @Test("an empty id is a typed error")
    func emptyID() {
        #expect(throws: GraphBuildError.emptyID(index: 0)) { _ = try GraphBuilder.build(ties: [Tie("", "b")]) }
    }

    @Test("weights too large to add up name the firm of largest strength", arguments: [false, true])
    func overflow(_ directed: Bool) {
        #expect(throws: GraphBuildError.weightSumOverflow(firm: "b", strength: 1.5e308)) {
            _ = try GraphBuilder.build(ties: [Tie("a", "b", weight: 1e308), Tie("c", "b", weight: 5e307)], directed: directed)
        }
        // A merged tie whose summed weight overflows says so.
        let error = #expect(throws: GraphBuildError.mergedWeightOverflow(ties: 1)) {
            _ = try GraphBuilder.build(ties: [Tie("a", "b", weight: 1e308), Tie("b", "a", weight: 1e308)], directed: false)
        }
        #expect(error?.description.contains("the summed weight of 1 merged tie") == true)
    }

    @Test("the reader's path refuses the overflow as the ties' path does; large sums that stay finite pass")
    func report() throws {
        let rows = try EdgeListReaderTests.parse("source,target,weight\na,b,6e307\nc,d,4e307\n")
        #expect(throws: GraphBuildError.weightSumOverflow(firm: "a", strength: 6e307)) { _ = try GraphBuilder.build(edges: rows) }
        #expect(GraphBuilder.buildUnchecked(edges: rows).buildReport.weightSumOverflow == .init(firm: "a", strength: 6e307))
        let fine = try GraphBuilder.build(edges: try EdgeListReaderTests.parse("source,target,weight\na,b,4e307\nc,d,4e307\n"))
        #expect(fine.buildReport.weightSumOverflow == nil)
        #expect(Centrality.strength(fine).allSatisfy { $0.isFinite })
    }
}
