import Foundation
import SpilloverKit

/// The clusters every benchmark reads: made once per process by the seeded generator that
/// `spillover generate` and `scripts/bench-peers` use, so the three see the same graphs.
struct Fixture: Sendable {
    /// 10^4 firms, about 5·10^4 ties: the measures and the diffusion batch.
    let graph: ClusterGraph
    /// 2,000 firms: exact betweenness (O(nm)) stays in the benchmark's time budget.
    let small: ClusterGraph
    /// Brokerage groups: the generator's sector groups.
    let groups: [String]
    /// The edge list of `graph` on disk, for the load benchmark.
    let edgesPath: String
    /// The ten firms of highest PageRank: the diffusion seeds, as in scripts/bench-peers.
    let seeds: [Int]

    init() {
        let cluster = ClusterGenerator(firms: 10_000, seed: 1, tiesPerFirm: 5).generate()
        graph = cluster.graph()
        small = ClusterGenerator(firms: 2_000, seed: 1, tiesPerFirm: 5).generate().graph()
        groups = graph.attributes.column(named: "group") ?? Array(repeating: "", count: graph.nodeCount)
        let folder = fixtureFolder
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: fixtureFolder) }
        edgesPath = folder.appendingPathComponent("edges.csv").path
        try? cluster.edgesCSV.write(toFile: edgesPath, atomically: true, encoding: .utf8)
        let rank = (try? Centrality.pagerank(graph)) ?? Centrality.degree(graph)
        seeds = Array(rank.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }.prefix(10))
    }
}

/// Where the fixture's CSV lives while a benchmark process runs (removed at exit).
let fixtureFolder = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-benchmarks-\(getpid())")

/// Built on first use (global `let`s are initialised lazily and once).
let fixture = Fixture()
