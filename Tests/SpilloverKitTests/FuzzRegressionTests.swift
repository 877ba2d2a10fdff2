import Testing
@testable import SpilloverKit

/// Inputs that fuzzing (`make fuzz`) or review found to break the readers or the builder,
/// kept as regression tests: each must end in a graph that keeps the builder's invariants,
/// or in an `InputError`.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static func build(_ text: String, merge: MergePolicy = .sum) throws -> ClusterGraph {
        let raw = try EdgeListReaderTests.parse(text)
        return GraphBuilder.buildUnchecked(edges: raw, merge: merge)
    }

    @Test("merging weights whose sum overflows keeps a finite weight and counts it")
    func weightOverflow() throws {
        let g = try Self.build("source,target,weight\na,b,1e308\nb,a,1e308\nb,c,1\n")
        #expect(g.edges.weights.allSatisfy { $0.isFinite })
        #expect(g.edges.weights.first == .greatestFiniteMagnitude)
        #expect(g.buildReport.overflowedWeights == 1)
        let max = try Self.build("source,target,weight\na,b,1e308\nb,a,1e308\n", merge: .max)
        #expect(max.edges.weights == [1e308])
        #expect(max.buildReport.overflowedWeights == 0)
    }
}
