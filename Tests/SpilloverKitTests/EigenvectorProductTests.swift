import Testing
@testable import SpilloverIGraph
@testable import SpilloverKit

/// Undirected eigenvector centrality runs ARPACK with spillover's own matrix product
/// (`Centrality.undirectedEigenvector`). The reference is igraph 0.10.2's own
/// `igraph_eigenvector_centrality` on the same graph, called through the gateway: the same
/// method with igraph's product, so the two agree to ARPACK's tolerance (1e-10 relative
/// residual; measured: at most 9.4e-16 here). The committed python-igraph fixtures
/// (MeasureFixtureTests) check the values themselves.
@Suite("eigenvector centrality with spillover's matrix product")
struct EigenvectorProductTests {
    static func igraphEigenvector(_ graph: ClusterGraph) throws -> [Double] {
        try IGraphGateway.eigenvector(graph.igraphEdges, weights: Centrality.strengths(graph)).value
    }

    @Test(
        "equals igraph's own call on generated clusters, weighted and unweighted",
        arguments: [(firms: 1_500, seed: UInt64(3), weighted: true), (firms: 1_500, seed: 4, weighted: false), (firms: 5_000, seed: 5, weighted: true)])
    func matchesIGraph(firms: Int, seed: UInt64, weighted: Bool) throws {
        let generated = ClusterGenerator(firms: firms, seed: seed).generate()
        var graph = generated.graph()
        if !weighted {
            let edges = try RawEdgeList(
                ids: graph.ids, tails: graph.edges.tails, heads: graph.edges.heads,
                weights: [Double](repeating: 1, count: graph.edgeCount), types: [Int32](repeating: 0, count: graph.edgeCount),
                tieTypes: [""], hasWeights: false)
            graph = try GraphBuilder.build(edges: edges)
        }
        #expect(!graph.isDirected && graph.isWeighted == weighted)
        let ours = try Centrality.eigenvector(graph)
        let reference = try Self.igraphEigenvector(graph)
        #expect(ours.count == reference.count)
        let worst = zip(ours, reference).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-8, "largest difference \(worst)")
        #expect(ours.max() == 1)
    }

    @Test("two firms (ARPACK's 2 × 2 special case) and a path of three")
    func tinyGraphs() throws {
        let pair = try GraphBuilder.build(edges: EdgeListReader.parse(text: "source,target,weight\na,b,2\n"))
        #expect(try Centrality.eigenvector(pair) == [1, 1])
        let path = try GraphBuilder.build(edges: EdgeListReader.parse(text: "source,target\na,b\nb,c\n"))
        let values = try Centrality.eigenvector(path)
        let reference = try Self.igraphEigenvector(path)
        #expect(zip(values, reference).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs(values[0] - 1 / 2.0.squareRoot()) < 1e-12 && values[1] == 1)
    }

    @Test("a product that stops ARPACK throws, leaves igraph's cleanup stack empty, and igraph works afterwards")
    func stoppedProduct() throws {
        let graph = ClusterGenerator(firms: 2_000, seed: 8).generate().graph()
        let adjacency = graph.outAdjacency
        var calls = 0
        #expect(throws: ProductStopped.self) {
            _ = try IGraphGateway.leadingEigenpair(
                dimension: graph.nodeCount, start: [Double](repeating: 1, count: graph.nodeCount), tolerance: 1e-10
            ) { x, y in
                calls += 1
                guard calls < 3 else { return false }
                for v in 0..<graph.nodeCount {
                    y[v] = adjacency.range(v).reduce(0) { $0 + x[Int(adjacency.neighbors[$1])] }
                }
                return true
            }
        }
        #expect(calls == 3)
        #expect(IGraphGateway.finallyStackSize() == 0)
        #expect(try Centrality.eigenvector(graph) == Centrality.eigenvector(graph))
    }

    @Test("a product that sees its task cancelled stops ARPACK")
    func cancelled() async throws {
        let graph = ClusterGenerator(firms: 2_000, seed: 8).generate().graph()
        let task = Task {
            // Cancelled after the gateway's entry check: only the product sees it.
            try IGraphGateway.leadingEigenpair(dimension: graph.nodeCount, start: [Double](repeating: 1, count: graph.nodeCount), tolerance: 1e-10) { x, y in
                withUnsafeCurrentTask { $0?.cancel() }
                for v in 0..<graph.nodeCount { y[v] = x[v] }
                return !Task.isCancelled
            }
        }
        let outcome = await task.result
        #expect(throws: ProductStopped.self) { try outcome.get() }
        #expect(IGraphGateway.finallyStackSize() == 0)
    }
}
