import Testing
@testable import SpilloverIGraph
@testable import SpilloverKit

/// The gateway turns igraph failures into thrown errors, leaves igraph's cleanup stack
/// empty, and serialises concurrent callers.
@Suite("igraph gateway")
struct IGraphGatewayTests {
    static let kite = try! GraphBuilder.build(
        ties: [
            ("A", "B"), ("A", "C"), ("A", "D"), ("A", "F"), ("B", "D"), ("B", "E"), ("B", "G"), ("C", "D"),
            ("C", "F"), ("D", "E"), ("D", "F"), ("D", "G"), ("E", "G"), ("F", "G"), ("F", "H"), ("G", "H"),
            ("H", "I"), ("I", "J"),
        ].map { Tie($0.0, $0.1) },
        weighted: false)

    @Test("a weight vector of the wrong length throws instead of aborting")
    func wrongWeightLengthThrows() throws {
        let error = #expect(throws: IGraphError.self) {
            _ = try IGraphGateway.betweenness(Self.kite.igraphEdges, lengths: [1, 2, 3])
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.function == "igraph_betweenness")
        #expect(error?.message.isEmpty == false)
        #expect(IGraphGateway.finallyStackSize() == 0)
    }

    @Test("negative lengths throw, and the gateway keeps working afterwards")
    func negativeLengthsThrow() throws {
        let lengths = [Double](repeating: -1, count: Self.kite.edgeCount)
        #expect(throws: IGraphError.self) { _ = try IGraphGateway.betweenness(Self.kite.igraphEdges, lengths: lengths) }
        #expect(IGraphGateway.finallyStackSize() == 0)
        let ok = try Centrality.betweenness(Self.kite)
        #expect(ok.count == 10)
    }

    @Test("betweenness of the Krackhardt kite matches the published values")
    func kiteBetweenness() throws {
        // Krackhardt (1990): Heather (H) 14, Fernando (F) and Garth (G) 8.333…, Diane (D) 3.667.
        let b = try Centrality.betweenness(Self.kite)
        let byID = Dictionary(uniqueKeysWithValues: zip(Self.kite.ids, b))
        #expect(abs(byID["H"]! - 14) < 1e-9)
        #expect(abs(byID["F"]! - 25.0 / 3) < 1e-9)
        #expect(abs(byID["G"]! - 25.0 / 3) < 1e-9)
        #expect(abs(byID["D"]! - 11.0 / 3) < 1e-9)
        #expect(abs(byID["J"]!) < 1e-12)
    }

    @Test("16 concurrent tasks computing betweenness get identical results")
    func concurrentCallsAgree() async throws {
        let graph = Self.ring(400)
        let reference = try Centrality.betweenness(graph)
        let results = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<16 { group.addTask { try Centrality.betweenness(graph) } }
            var all: [[Double]] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 16)
        for r in results { #expect(r == reference) }
        #expect(IGraphGateway.finallyStackSize() == 0)
    }

    @Test("inside reusingGraphs each graph is built once, kept apart from other graphs, and gone at the end")
    func reusedGraphs() throws {
        let ring = Self.ring(50)
        let kitePageRank = try Centrality.pagerank(Self.kite), ringPageRank = try Centrality.pagerank(ring)
        let kiteBetweenness = try Centrality.betweenness(Self.kite)
        var kept = -1
        let (a, b, c, d) = try IGraphGateway.reusingGraphs {
            let a = try Centrality.pagerank(Self.kite)
            let b = try Centrality.pagerank(ring)
            let c = try Centrality.betweenness(Self.kite)
            let d = try Centrality.pagerank(Self.kite)
            kept = IGraphGateway.graphStore?.entries.count ?? 0
            return (a, b, c, d)
        }
        #expect(kept == 2)
        #expect(a == kitePageRank)
        #expect(d == kitePageRank)
        #expect(b == ringPageRank)
        #expect(c == kiteBetweenness)
        #expect(IGraphGateway.graphStore == nil)
        #expect(IGraphGateway.finallyStackSize() == 0)
    }

    static func ring(_ n: Int) -> ClusterGraph {
        var ties: [Tie] = []
        for i in 0..<n {
            ties.append(Tie("n\(i)", "n\((i + 1) % n)", weight: Double(1 + i % 3)))
            ties.append(Tie("n\(i)", "n\((i * 7 + 3) % n)", weight: 1))
        }
        return try! GraphBuilder.build(ties: ties)
    }
}
