import Foundation

extension Centrality {
    /// Closeness estimated from `sources` randomly chosen pivot firms (Eppstein & Wang 2004),
    /// with the conventions of ``closeness(_:weightAs:diagnostics:)``.
    ///
    /// k pivots P are drawn uniformly without replacement (seeded by `seed`), and one
    /// shortest-path search runs from each (over reversed ties when directed, so it gives the
    /// out-distance d(v, p) of every firm v to the pivot). For firm v, let P_v be the pivots
    /// other than v that v reaches. The estimate is
    ///
    ///     Ĉ_v = |P_v| / Σ_{p ∈ P_v} d(v, p),
    ///
    /// the reciprocal of the mean distance to a uniform sample of the firms v reaches, as the
    /// exact value C_v = r_v / Σ_{j reachable} d(v, j) is the reciprocal of the mean distance
    /// to all of them. A firm that reaches no pivot but reaches some firm (a small component
    /// without a pivot, or k = 1 and v is the pivot) gets its exact value from one search of
    /// its own; a firm that reaches nobody gets null (NaN), as in the exact measure. With
    /// k ≥ n every firm is a pivot and the estimate is the exact closeness.
    ///
    /// **Error.** Given |P_v| = k_v, the sampled distances are a simple random sample of the
    /// distances from v, each in [0, Δ_v] (Δ_v the eccentricity of v), so the mean distance μ̂_v
    /// is unbiased and Hoeffding's bound (valid without replacement) gives
    /// P(|μ̂_v − μ_v| ≥ ε Δ_v) ≤ 2 exp(−2 k_v ε²) (Eppstein & Wang's Theorem 1 with their
    /// k = Θ(log n / ε²)). Closeness is 1/μ̂_v, so its relative error is about that of μ̂_v:
    /// in a connected graph of small diameter (Δ ≈ 2μ), k = 256 gives a relative error below
    /// about 17 % for each firm with probability ≥ 99.9 % (ε = 0.085), and far less typically
    /// (the standard error of μ̂_v is σ_v / √k, σ_v the spread of v's distances).
    /// 1/μ̂ is slightly biased upward (Jensen), by about σ_v² / (k μ_v²) relative.
    ///
    /// - Parameters:
    ///   - graph: the cluster.
    ///   - sources: k, the number of pivots (≥ 1; k ≥ n uses every firm).
    ///   - seed: seeds the choice of pivots (same seed, same estimate, on any number of cores).
    ///   - weightAs: weights as tie strengths (length 1/w, the default) or as lengths.
    /// - Complexity: O(k (n + m)) unweighted, O(k m log n) weighted, run in parallel over
    ///   pivots; O(n) memory per block of pivots (4 blocks).
    /// - Throws: `CancellationError` when the calling task is cancelled.
    ///
    /// References: D. Eppstein, J. Wang (2004), Fast approximation of centrality,
    /// *J. Graph Algorithms Appl.* 8(1):39–45, doi:10.7155/jgaa.00081. W. Hoeffding (1963),
    /// Probability inequalities for sums of bounded random variables, *JASA* 58(301):13–30,
    /// doi:10.1080/01621459.1963.10500830.
    public static func sampledCloseness(
        _ graph: ClusterGraph, sources: Int, seed: UInt64, weightAs: WeightInterpretation = .strength
    ) throws(CancellationError) -> [Double] {
        try sampledPathCentrality(graph, sources: sources, seed: seed, weightAs: weightAs).closeness
    }

    /// Harmonic centrality estimated from `sources` randomly chosen pivot firms (Eppstein &
    /// Wang 2004), with the conventions of ``harmonic(_:weightAs:diagnostics:)``.
    ///
    /// With pivots drawn and searched as in ``sampledCloseness(_:sources:seed:weightAs:)``,
    /// and P′_v the k_v′ pivots other than v (reached or not), the estimate is
    ///
    ///     Ĥ_v = (1 / k_v′) Σ_{p ∈ P′_v} 1 / d(v, p),   1/∞ = 0,
    ///
    /// the mean of 1/d over a uniform sample of the n − 1 other firms, as the exact
    /// H_v = (1/(n − 1)) Σ_{j ≠ v} 1/d(v, j) is the mean over all of them. With k ≥ n the
    /// estimate is exact; a firm with k_v′ = 0 (k = 1 and v is the pivot) gets its exact value.
    ///
    /// **Error.** Ĥ_v is unbiased. Each term lies in [0, 1/ℓ_min] (ℓ_min the shortest tie
    /// length; 1 when unweighted), so Hoeffding's bound gives
    /// P(|Ĥ_v − H_v| ≥ ε / ℓ_min) ≤ 2 exp(−2 k_v′ ε²): with k = 256, unweighted, the error of
    /// each firm exceeds 0.085 with probability at most 0.1 %; the standard error is
    /// σ_v / √k_v′, typically a few hundredths of H_v.
    ///
    /// - Parameters: as ``sampledCloseness(_:sources:seed:weightAs:)``.
    /// - Complexity: as ``sampledCloseness(_:sources:seed:weightAs:)``; both come from the same
    ///   searches, see ``sampledPathCentrality(_:sources:seed:weightAs:)``.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    ///
    /// References: as ``sampledCloseness(_:sources:seed:weightAs:)``; M. Marchiori, V. Latora
    /// (2000), Harmony in the small-world, *Physica A* 285(3–4):539–546,
    /// doi:10.1016/S0378-4371(00)00311-3.
    public static func sampledHarmonic(
        _ graph: ClusterGraph, sources: Int, seed: UInt64, weightAs: WeightInterpretation = .strength
    ) throws(CancellationError) -> [Double] {
        try sampledPathCentrality(graph, sources: sources, seed: seed, weightAs: weightAs).harmonic
    }

    /// Sampled closeness and harmonic centrality from one set of pivot searches; the same
    /// values as ``sampledCloseness(_:sources:seed:weightAs:)`` and
    /// ``sampledHarmonic(_:sources:seed:weightAs:)`` for the same arguments, at the cost of one.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public static func sampledPathCentrality(
        _ graph: ClusterGraph, sources: Int, seed: UInt64, weightAs: WeightInterpretation = .strength
    ) throws(CancellationError) -> (closeness: [Double], harmonic: [Double]) {
        let n = graph.nodeCount
        guard n > 1 else { return ([Double](repeating: .nan, count: n), [Double](repeating: 0, count: n)) }
        let pivots = samplePivots(max(1, sources), from: n, seed: seed)
        let edgeLengths = lengths(graph, weightAs: weightAs)
        let sums = try PivotDistances(graph, pivots: pivots, lengths: edgeLengths)
        return try pathCentrality(graph, sums: sums, pivots: pivots, lengths: edgeLengths)
    }

    /// Sampled betweenness, closeness and harmonic centrality from one set of k sources: for
    /// an undirected graph one search per source gives all three; for a directed graph
    /// betweenness needs forward and closeness reversed searches. The values are those of
    /// ``sampledBetweenness(_:sources:seed:normalized:weightAs:diagnostics:)`` (raw) and
    /// ``sampledPathCentrality(_:sources:seed:weightAs:)`` for the same arguments.
    ///
    /// - Complexity: O(k m) unweighted, O(k m log n) weighted, in parallel over sources.
    public static func sampledPathMeasures(
        _ graph: ClusterGraph, sources: Int, seed: UInt64, weightAs: WeightInterpretation = .strength
    ) throws -> (betweenness: [Double], closeness: [Double], harmonic: [Double]) {
        let n = graph.nodeCount
        guard !graph.isDirected, n > 1, sources < n else {
            let (c, h) = try sampledPathCentrality(graph, sources: sources, seed: seed, weightAs: weightAs)
            return (try sampledBetweenness(graph, sources: sources, seed: seed, weightAs: weightAs), c, h)
        }
        let pivots = samplePivots(max(1, sources), from: n, seed: seed)
        let edgeLengths = lengths(graph, weightAs: weightAs)
        let run = try PivotDependencies(graph, sources: pivots, lengths: edgeLengths)
        let (c, h) = try pathCentrality(graph, sums: run.distances!, pivots: pivots, lengths: edgeLengths)
        return (scaledDependencies(run.dependency, graph: graph, sources: pivots.count), c, h)
    }

    /// Exact betweenness (raw), closeness and harmonic centrality of an undirected graph by
    /// the Swift engine of the sampled measures with every firm as a source: one Brandes
    /// search per firm gives all three, in parallel over firms (igraph runs each measure
    /// separately on one core). Equal to ``betweenness(_:normalized:weightAs:diagnostics:)``,
    /// ``closeness(_:weightAs:diagnostics:)`` and ``harmonic(_:weightAs:diagnostics:)`` to
    /// rounding (pinned by the fixture tests); `nil` for a directed graph.
    ///
    /// - Complexity: O(nm) unweighted, O(nm log n) weighted.
    static func exactPathMeasures(
        _ graph: ClusterGraph, weightAs: WeightInterpretation = .strength
    ) throws(CancellationError) -> (betweenness: [Double], closeness: [Double], harmonic: [Double])? {
        let n = graph.nodeCount
        guard !graph.isDirected, n > 1 else { return nil }
        let all = Array(0..<n)
        let edgeLengths = lengths(graph, weightAs: weightAs)
        let run = try PivotDependencies(graph, sources: all, lengths: edgeLengths)
        let (c, h) = try pathCentrality(graph, sums: run.distances!, pivots: all, lengths: edgeLengths)
        return (scaledDependencies(run.dependency, graph: graph, sources: n), c, h)
    }

    /// Closeness and harmonic estimates from the pivot distance sums (see above).
    static func pathCentrality(
        _ graph: ClusterGraph, sums: PivotDistances, pivots: [Int], lengths edgeLengths: [Double]?
    ) throws(CancellationError) -> (closeness: [Double], harmonic: [Double]) {
        let n = graph.nodeCount
        let isPivot = pivots.count < n ? Set(pivots) : nil
        var closeness = [Double](repeating: .nan, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        var fallback: [(firm: Int, harmonicToo: Bool)] = []
        for v in 0..<n {
            let others = pivots.count - ((isPivot?.contains(v) ?? true) ? 1 : 0)
            let r = Int(sums.reached[v])
            if r > 0 { closeness[v] = Double(r) / sums.distanceSum[v] }
            if others > 0 { harmonic[v] = sums.inverseSum[v] / Double(others) }
            if (r == 0 && graph.outAdjacency.degree(v) > 0) || others == 0 { fallback.append((v, others == 0)) }
        }
        // Firms without pivot information: one exact search each, forward along out-ties.
        if !fallback.isEmpty {
            let search = SingleSourceSearch(
                adjacency: graph.outAdjacency,
                lengths: edgeLengths.map(graph.outAdjacency.entryValues), nodeCount: n)
            for (v, harmonicToo) in fallback {
                try Cancellation.check()
                var count = 0, total = 0.0, inverse = 0.0
                search.run(from: v) { _, d in
                    count += 1; total += d; inverse += 1 / d
                }
                if sums.reached[v] == 0 { closeness[v] = count > 0 ? Double(count) / total : .nan }
                if harmonicToo { harmonic[v] = inverse / Double(n - 1) }
            }
        }
        return (closeness, harmonic)
    }

    /// The number of pivots k that puts every firm's Eppstein–Wang estimate within ε at once,
    /// with probability at least 1 − δ:
    ///
    ///     k = ⌈ln(2n / δ) / (2ε²)⌉ + 1.
    ///
    /// A firm v has k′_v ≥ k − 1 pivots other than itself, a uniform sample without
    /// replacement of the n − 1 others. Harmonic: each term 1/d(v, p) lies in [0, 1/ℓ_min]
    /// (ℓ_min the shortest tie length, 1 unweighted), so Hoeffding's bound (valid without
    /// replacement) gives P(|Ĥ_v − H_v| ≥ ε/ℓ_min) ≤ 2 exp(−2 (k − 1) ε²), and the union bound
    /// over the n firms gives P(some firm is off by ε/ℓ_min or more) ≤ δ. Closeness: on a
    /// connected graph each distance d(v, p) lies in [0, Δ_v] (Δ_v the eccentricity of v), and
    /// the same argument puts the mean distance 1/Ĉ_v within ε Δ_v of the exact one for every
    /// firm (Eppstein & Wang 2004, Theorem 1, with k = Θ(log n / ε²) made explicit by
    /// Hoeffding's constants); on a disconnected graph the bound holds for each firm given
    /// the number of pivots in its component, and firms whose component has none are exact.
    static func guaranteedPivotCount(nodeCount n: Int, epsilon: Double, delta: Double) -> Int {
        Int((log(2 * Double(max(n, 1)) / delta) / (2 * epsilon * epsilon)).rounded(.up)) + 1
    }

    /// k distinct firms from 0..<n (all of them when k ≥ n), uniformly, by a partial
    /// Fisher–Yates shuffle driven by xoshiro256** (stream 1 of `seed`); sorted.
    static func samplePivots(_ k: Int, from n: Int, seed: UInt64) -> [Int] {
        guard k < n else { return Array(0..<n) }
        var rng = Xoshiro256StarStar(seed: seed, stream: 1)
        var chosen: [Int: Int] = [:]  // sparse Fisher–Yates: position → value
        var out: [Int] = []
        out.reserveCapacity(k)
        for i in 0..<k {
            let j = i + Int(uniformBelow(UInt64(n - i), &rng))
            let vj = chosen[j] ?? j
            chosen[j] = chosen[i] ?? i
            out.append(vj)
        }
        return out.sorted()
    }
}
