// spillover's own regression benchmarks (issue 9): load, each measure, a diffusion batch.
// IMM joins when `spillover seeds --method imm` lands (its library API is not on main yet).
//
// Tolerances: wall clock is checked at the median (p50) with 25 % relative slack, as the
// machine these thresholds come from is a 2-core VM shared with other builds; allocation
// counts are deterministic for a given input, so they get 2 % (igraph's own mallocs included).
// The absolute values live in Thresholds/ (`thresholds update` on this machine).
import Benchmark
import Foundation
import SpilloverKit

let benchmarks: @Sendable () -> Void = {
    let tolerance: [BenchmarkMetric: BenchmarkThresholds] = [
        .wallClock: BenchmarkThresholds(relative: [.p50: 25.0]),
        .mallocCountTotal: BenchmarkThresholds(relative: [.p50: 2.0]),
        .peakMemoryResident: BenchmarkThresholds(relative: [.p50: 20.0]),
    ]
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 15,
        thresholds: tolerance)

    // Make the fixture outside every measurement.
    _ = fixture.graph.nodeCount

    Benchmark("load 10^4 firms (EdgeListReader + GraphBuilder)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ClusterGraph.load(edges: fixture.edgesPath))
        }
    }
    Benchmark("degree 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Centrality.degree(fixture.graph)) }
    }
    Benchmark("pagerank 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.pagerank(fixture.graph)) }
    }
    Benchmark("betweenness exact 2000") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.betweenness(fixture.small)) }
    }
    Benchmark("betweenness sampled 100 sources 10^4") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Centrality.sampledBetweenness(fixture.graph, sources: 100, seed: 1))
        }
    }
    Benchmark("closeness 2000") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.closeness(fixture.small)) }
    }
    Benchmark("eigenvector 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.eigenvector(fixture.graph)) }
    }
    Benchmark("coreness 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.coreness(fixture.graph)) }
    }
    Benchmark("clustering 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Centrality.clustering(fixture.graph)) }
    }
    Benchmark("constraint 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try StructuralHoles.constraint(fixture.graph)) }
    }
    Benchmark("effective size, efficiency, hierarchy, local constraint 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(StructuralHoles(fixture.graph).effectiveSize) }
    }
    Benchmark("brokerage 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Brokerage(fixture.graph, groups: fixture.groups).counts) }
    }
    Benchmark("louvain 10^4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Communities.louvain(fixture.graph, seed: 1)) }
    }
    Benchmark("IC 1000 runs p=0.05 top-10 PageRank seeds 10^4, 1 thread") { benchmark in
        let simulation = try DiffusionSimulation(graph: fixture.graph, model: .independentCascade(.uniform(0.05)), seeds: fixture.seeds)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(await simulation.run(budget: .runs(1000), seed: 1, threads: 1).spread.mean)
        }
    }
}
