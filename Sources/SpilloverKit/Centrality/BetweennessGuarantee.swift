internal import SpilloverIGraph
import Foundation

/// Betweenness estimated with a stated error, and how it was sampled.
public struct BetweennessEstimate: Sendable {
    /// Raw betweenness (the conventions of ``Centrality/betweenness(_:normalized:weightAs:diagnostics:)``),
    /// or normalised when asked for.
    public var values: [Double]
    /// The number of sampled shortest paths r.
    public var samples: Int
    /// The upper bound on the vertex diameter that sized the sample.
    public var vertexDiameterBound: Int
}

extension Centrality {
    /// The constant c of the sample size of Riondato & Kornaropoulos (2016, §4.1), the value
    /// they recommend (after Löffler & Phillips 2009).
    static let riondatoKornaropoulosConstant = 0.5

    /// Betweenness estimated so that, with probability at least 1 − δ, every firm's
    /// normalised betweenness (``betweenness(_:normalized:weightAs:diagnostics:)`` with
    /// `normalized: true`, NetworkX's scale) is within ε of its exact value (Riondato &
    /// Kornaropoulos 2016).
    ///
    /// r ordered pairs (s, t), s ≠ t, are drawn uniformly; for each, one shortest s–t path is
    /// drawn uniformly among all of them (`ShortestPathSampler`: balanced bidirectional
    /// Dijkstra with path counting, Borassi & Natale 2016) and each of its inner firms gets
    /// 1/r. That estimates b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n − 1)), whose NetworkX-normalised
    /// value is b(v) · n/(n − 2); the raw value is b(v) · n(n − 1)/2 (undirected, pairs once)
    /// or b(v) · n(n − 1) (directed). The sample size is RK's Theorem 1 with ε′ = ε (n − 2)/n:
    ///
    ///     r = ⌈(c / ε′²) (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,   c = 0.5,
    ///
    /// with VD an upper bound on the vertex diameter (the most firms on a shortest path),
    /// `vertexDiameterBound(_:lengths:)`. c = 0.5 is the constant RK use and recommend
    /// (the VC-dimension bound holds with a universal constant that is not known exactly;
    /// Löffler & Phillips 2009 estimate it at about 0.5). When VD ≤ 2 no firm lies inside a
    /// shortest path: every value is 0, exactly, from no samples.
    ///
    /// Sample i draws from its own generator, stream 2⁴⁰ + i of `seed`, and counts are
    /// integers summed over blocks, so the estimate is the same on any number of cores.
    ///
    /// - Parameters:
    ///   - graph: the cluster.
    ///   - epsilon: ε in (0, 1), the absolute error allowed on normalised betweenness.
    ///   - delta: δ in (0, 1), the probability that some firm's error exceeds ε.
    ///   - seed: seeds the sample.
    ///   - normalized: return normalised instead of raw values.
    ///   - weightAs: weights as tie strengths (length 1/w, the default) or as lengths.
    /// - Throws: ``IGraphError`` when igraph fails (the components of a directed graph).
    /// - Complexity: O(n + m) for the bound, then r bidirectional searches, each at most
    ///   O(m log n) and in small-world graphs a small part of it; in parallel over blocks.
    ///
    /// References: M. Riondato, E. M. Kornaropoulos (2016), Fast approximation of
    /// betweenness centrality through sampling, *Data Min. Knowl. Discov.* 30(2):438–475,
    /// doi:10.1007/s10618-015-0423-0. M. Borassi, E. Natale (2016), KADABRA is an ADaptive
    /// Algorithm for Betweenness via Random Approximation, *ESA 2016*, LIPIcs 57:20,
    /// doi:10.4230/LIPIcs.ESA.2016.20. M. Löffler, J. M. Phillips (2009), Shape fitting on
    /// point sets with probability distributions, *ESA 2009*, doi:10.1007/978-3-642-04128-0_29.
    public static func approximateBetweenness(
        _ graph: ClusterGraph, epsilon: Double, delta: Double, seed: UInt64, normalized: Bool = false,
        weightAs: WeightInterpretation = .strength
    ) throws -> BetweennessEstimate {
        let n = graph.nodeCount
        let edgeLengths = lengths(graph, weightAs: weightAs)
        let bound = n < 3 ? n : try vertexDiameterBound(graph, lengths: edgeLengths)
        guard bound > 2 else {
            return BetweennessEstimate(values: [Double](repeating: 0, count: n), samples: 0, vertexDiameterBound: bound)
        }
        let r = riondatoKornaropoulosSampleSize(nodeCount: n, vertexDiameter: bound, epsilon: epsilon, delta: delta)
        let counts = try samplePathCounts(graph, samples: r, seed: seed, lengths: edgeLengths)
        let pairs = Double(n) * Double(n - 1) * (graph.isDirected ? 1 : 0.5)
        let scale = normalized ? Double(n) / Double(n - 2) / Double(r) : pairs / Double(r)
        return BetweennessEstimate(values: counts.map { Double($0) * scale }, samples: r, vertexDiameterBound: bound)
    }

    /// RK's sample size for error ε on NetworkX-normalised betweenness (see
    /// ``approximateBetweenness(_:epsilon:delta:seed:normalized:weightAs:)``).
    static func riondatoKornaropoulosSampleSize(nodeCount n: Int, vertexDiameter vd: Int, epsilon: Double, delta: Double) -> Int {
        guard vd > 2, n > 2 else { return 0 }
        let e = epsilon * Double(n - 2) / Double(n)
        let dimension = floor(log2(Double(vd - 2))) + 1
        return Int((riondatoKornaropoulosConstant / (e * e) * (dimension + log(1 / delta))).rounded(.up))
    }

    /// An upper bound on the vertex diameter (the most firms on one shortest path), in
    /// O(n + m log n): undirected, one search from one firm c of each component, whose two
    /// largest distances e₁ ≥ e₂ bound every distance in it by e₁ + e₂ (triangle inequality),
    /// so a shortest path there has at most ⌊(e₁ + e₂)/ℓ_min⌋ ties (ℓ_min the shortest tie
    /// length), and at most the component's size less one (RK 2016, §5.1). Directed: the
    /// size of the largest weakly connected component (distances do not bound each other).
    static func vertexDiameterBound(_ graph: ClusterGraph, lengths edgeLengths: [Double]?) throws -> Int {
        let n = graph.nodeCount
        // Components over all ties (weak components when directed).
        let all = graph.isDirected ? nil : graph.outAdjacency
        let shortest = edgeLengths?.min() ?? 1
        var seen = [Bool](repeating: false, count: n)
        var best = 1
        let search = all.map { a in
            SingleSourceSearch(adjacency: a, lengths: edgeLengths.map(a.entryValues), nodeCount: n)
        }
        for c in 0..<n where !seen[c] {
            seen[c] = true
            if let search {
                var size = 1, e1 = 0.0, e2 = 0.0
                search.run(from: c) { v, d in
                    seen[v] = true
                    size += 1
                    if d > e1 { e2 = e1; e1 = d } else if d > e2 { e2 = d }
                }
                let ties = Int(((e1 + e2) / shortest * (1 + 1e-9)).rounded(.down))
                best = max(best, min(size - 1, ties) + 1)
            }
        }
        if graph.isDirected { best = max(best, try IGraphGateway.connectedComponents(graph.igraphEdges).sizes.max() ?? 1) }
        return best
    }

    /// For each firm, how many of `samples` RK path samples pass inside it.
    static func samplePathCounts(_ graph: ClusterGraph, samples r: Int, seed: UInt64, lengths edgeLengths: [Double]?) throws(CancellationError) -> [UInt32] {
        let n = graph.nodeCount
        let out = graph.outAdjacency, into = graph.inAdjacency
        let outLengths = edgeLengths.map(out.entryValues) ?? [Double](repeating: 1, count: out.neighbors.count)
        let inLengths =
            graph.isDirected
            ? edgeLengths.map(into.entryValues) ?? [Double](repeating: 1, count: into.neighbors.count)
            : outLengths
        let blocks = max(1, min(pathSampleBlocks, r))
        let size = (r + blocks - 1) / blocks
        let component = weakComponents(graph)
        var partial = [[UInt32]?](repeating: nil, count: blocks)
        try ProgressStage.run("betweenness samples", total: r) { stage throws(CancellationError) in
            try partial.withDisjointWrites { results throws(CancellationError) in
                try WorkerPool.forEachIndex(blocks) { b, task in
                    var counts = [UInt32](repeating: 0, count: n)
                    let start = b * size, end = min(r, start + size)
                    if start < end {
                        let sampler = ShortestPathSampler(graph, outLengths: outLengths, inLengths: inLengths)
                        counts.withUnsafeMutableBufferPointer { c in
                            for i in start..<end where !task.isCancelled {
                                var rng = Xoshiro256StarStar(seed: seed, stream: 1 << 40 | UInt64(i))
                                let s = Int(uniformBelow(UInt64(n), &rng))
                                var t = Int(uniformBelow(UInt64(n - 1), &rng))
                                if t >= s { t += 1 }
                                // No path between components: the sample counts for no firm. Without
                                // this check the search from the smaller side explores its whole
                                // component first: on the horizontal channel of a 10^5-firm cluster
                                // (23,378 components) that took 30 s of a 31 s metrics run.
                                if component[s] == component[t] {
                                    sampler.sample(from: s, to: t, using: &rng) { c[$0] += 1 }
                                }
                                stage.advance()
                            }
                        }
                    }
                    results.set(b, counts)
                }
            }
        }
        var total = partial[0]!
        for b in 1..<blocks {
            let part = partial[b]!
            for v in 0..<n { total[v] += part[v] }
            partial[b] = nil
        }
        return total
    }

    /// The weakly connected component of each firm (a label), by breadth-first search over
    /// the ties in both directions: firms in different components have no path between them.
    static func weakComponents(_ graph: ClusterGraph) -> [Int32] {
        let n = graph.nodeCount
        let out = graph.outAdjacency, into = graph.inAdjacency
        var label = [Int32](repeating: -1, count: n)
        var queue = [Int32]()
        queue.reserveCapacity(n)
        var next: Int32 = 0
        for root in 0..<n where label[root] < 0 {
            label[root] = next
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(root))
            var head = 0
            while head < queue.count {
                let u = Int(queue[head])
                head += 1
                for adjacency in graph.isDirected ? [out, into] : [out] {
                    for e in adjacency.offsets[u]..<adjacency.offsets[u + 1] {
                        let v = Int(adjacency.neighbors[e])
                        if label[v] < 0 {
                            label[v] = next
                            queue.append(Int32(v))
                        }
                    }
                }
            }
            next += 1
        }
        return label
    }

    /// Blocks of path samples (the most that run at once); the estimate does not depend on it.
    static let pathSampleBlocks = 16

    /// A number uniform in 0..<bound (bound ≥ 1), by rejection.
    @inline(__always) static func uniformBelow<R: RandomNumberGenerator>(_ bound: UInt64, _ rng: inout R) -> UInt64 {
        var x: UInt64
        repeat { x = rng.next() } while x >= UInt64.max - UInt64.max % bound
        return x % bound
    }
}
