import Foundation

/// A stochastic model of how knowledge spreads along the ties of a cluster.
///
/// Each case is documented in its kernel: the independent cascade (Kempe, Kleinberg &
/// Tardos 2003), the linear threshold model (same paper), discrete-time SIR, and
/// spillover's cluster knowledge model with tacit and codified channels. The deterministic
/// knowledge-level variant is ``KnowledgeLevel``. All run along out-ties (both directions of
/// an undirected tie).
public enum DiffusionModel: Sendable, Equatable {
    /// The independent cascade (Kempe, Kleinberg & Tardos 2003): a firm reached at step t tries
    /// once, at t + 1, to reach each neighbour not yet reached, with the tie's probability.
    case independentCascade(CascadeProbability)
    /// The linear threshold model (Kempe, Kleinberg & Tardos 2003) with b_uv = w_uv / Σ_u w_uv
    /// (in-weights) and a threshold θ_v ~ U[0, 1] drawn once per firm and run.
    case linearThreshold
    /// Discrete-time SIR with infection probability β per tie and step and recovery
    /// probability γ per step.
    case sir(beta: Double, gamma: Double)
    /// spillover's cluster knowledge model: tacit and codified knowledge travel on separate
    /// channels, and convert inside a firm each step (see ``KnowledgeParameters``).
    case knowledge(KnowledgeParameters)
    /// The independent cascade plus adoption from outside the network: every step each firm
    /// not yet reached is reached with probability ε, for `steps` steps after the seeds' (the
    /// fitted cascade model of `spillover fit`; see `ExternalCascadeKernel`).
    case externalCascade(CascadeProbability, epsilon: Double, steps: Int)

    /// Checks parameter ranges.
    /// - Throws: ``DiffusionError/invalidParameter(_:value:expected:file:)`` naming the first
    ///   parameter out of range, its value and the values it may take.
    public func validate() throws(DiffusionError) {
        switch self {
        case .independentCascade(.uniform(let p)):
            try DiffusionError.require(.p, p, in: .probability)
        case .independentCascade(.weight(let scale)):
            try DiffusionError.require(.scale, scale, in: .nonNegative)
        case .independentCascade(.weightedCascade), .linearThreshold: break
        case .independentCascade(.byType(let table, let other)):
            for (type, p) in table.sorted(by: { $0.key < $1.key }) + [("other", other)] {
                try DiffusionError.require(.typeProbability(type), p, in: .probability)
            }
        case let .externalCascade(probability, epsilon, steps):
            try DiffusionModel.independentCascade(probability).validate()
            try DiffusionError.require(.externalEpsilon, epsilon, in: .probability)
            try DiffusionError.require(.externalSteps, Double(steps), in: .atLeast(0))
        case let .sir(beta, gamma):
            try DiffusionError.require(.sirBeta, beta, in: .probability)
            try DiffusionError.require(.sirGamma, gamma, in: .positiveProbability)
        case .knowledge(let p): try p.validate()
        }
    }

    /// The model in words, for messages: `the SIR model`.
    var name: String {
        switch self {
        case .independentCascade: "the independent cascade"
        case .linearThreshold: "the linear threshold model"
        case .sir: "the SIR model"
        case .knowledge: "the knowledge model"
        case .externalCascade: "the cascade with adoption from outside the network"
        }
    }

    func kernel(for graph: ClusterGraph) -> any DiffusionKernel {
        switch self {
        case .independentCascade(let p): IndependentCascadeKernel(graph: graph, probability: p)
        case .linearThreshold: LinearThresholdKernel(graph: graph)
        case let .sir(beta, gamma): SIRKernel(graph: graph, beta: beta, gamma: gamma)
        case .knowledge(let p): KnowledgeSpilloverKernel(graph: graph, parameters: p)
        case let .externalCascade(p, epsilon, steps): ExternalCascadeKernel(graph: graph, probability: p, epsilon: epsilon, steps: steps)
        }
    }
}

/// How many Monte Carlo runs to do.
public enum RunBudget: Sendable, Equatable {
    /// Exactly this many runs.
    case runs(Int)
    /// Runs until the 95% confidence half-width of the mean spread is below `halfWidth`:
    /// 100 runs, then doubling the total, up to `maxRuns`. The stopping point depends only
    /// on the results, so it too is the same for any number of threads.
    case precision(halfWidth: Double, maxRuns: Int = 1_000_000)
}

/// A diffusion model on a cluster from a set of seed firms, ready to run.
///
/// ```swift
/// let sim = try DiffusionSimulation(graph: g, model: .independentCascade(.uniform(0.1)), seeds: [0, 3])
/// let result = try await sim.run(budget: .runs(1000), seed: 42)
/// print(result.spread.mean, result.spread.ci95)
/// ```
public struct DiffusionSimulation: Sendable {
    /// The cluster the model runs on, removed firms included (they are isolated in the kernel).
    public let graph: ClusterGraph
    /// The diffusion model and its parameters, validated.
    public let model: DiffusionModel
    /// Seed firms (node numbers), distinct.
    public let seeds: [Int]
    /// Firms taken out of the cluster: their ties are deleted before the model is built (see
    /// ``ClusterGraph/isolating(_:)``); never reached, not counted in shares.
    public let removed: [Int]
    private let kernel: any DiffusionKernel

    /// A simulation of `model` on `graph` from the firms `seeds` (node numbers; repeats are
    /// dropped), with the firms `removed` taken out of the cluster.
    ///
    /// - Throws: ``DiffusionError/invalidParameter(_:value:expected:file:)`` when a parameter
    ///   is out of range; ``DiffusionError/seedsNotInCluster(nodes:nodeCount:)`` or
    ///   ``DiffusionError/removedNotInCluster(nodes:nodeCount:)`` naming the node numbers that
    ///   are not nodes of `graph`; ``DiffusionError/seedsAlsoRemoved(nodes:ids:)`` naming the
    ///   seeds that are also removed.
    public init(graph: ClusterGraph, model: DiffusionModel, seeds: [Int], removed: [Int] = []) throws(DiffusionError) {
        try model.validate()
        var seen = Set<Int>(), seenRemoved = Set<Int>()
        let seeds = seeds.filter { seen.insert($0).inserted }
        let nodes = 0..<graph.nodeCount
        let outside = seeds.filter { !nodes.contains($0) }
        guard outside.isEmpty else { throw .seedsNotInCluster(nodes: outside, nodeCount: graph.nodeCount) }
        let removedOutside = removed.filter { !nodes.contains($0) && seenRemoved.insert($0).inserted }
        guard removedOutside.isEmpty else { throw .removedNotInCluster(nodes: removedOutside, nodeCount: graph.nodeCount) }
        let both = seeds.filter(Set(removed).contains)
        guard both.isEmpty else { throw .seedsAlsoRemoved(nodes: both, ids: both.map { graph.ids[$0] }) }
        self.graph = graph
        self.model = model
        self.seeds = seeds
        self.removed = Array(Set(removed)).sorted()
        // Removal is deletion: the model is built without the removed firms' ties.
        self.kernel = model.kernel(for: graph.isolating(self.removed))
    }

    /// The default number of worker threads: ``WorkerPool/threads``, the one setting that
    /// every parallel stage reads (this name is kept for existing callers).
    public static var defaultThreads: Int { WorkerPool.threads }

    /// Runs the model, reporting the runs done to ``ProgressReporter/current`` as the
    /// stage "diffusion".
    ///
    /// Cancelling the calling task stops the runs within one run per worker and throws
    /// `CancellationError`; nothing is cached.
    /// - Parameters:
    ///   - budget: how many runs.
    ///   - seed: the random seed; run r uses the generator of stream r under it.
    ///   - threads: worker threads (``WorkerPool/threads`` unless named); the result does not
    ///     depend on it.
    /// - Complexity: O(R · (n_reached + arcs examined)) time over R runs, plus O(T · R log R)
    ///   for the curve's percentiles; O(threads · n + R · T) memory.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public func run(
        budget: RunBudget = .runs(1000), seed: UInt64 = 1, threads: Int = WorkerPool.threads
    ) async throws(CancellationError) -> DiffusionResult {
        let total: Int? = if case .runs(let r) = budget { Swift.max(r, 0) } else { nil }
        let simulate = { @Sendable () async throws(CancellationError) -> DiffusionResult in
            try await ProgressStage.run("diffusion", total: total) { stage async throws(CancellationError) in
                try await run(budget: budget, seed: seed, threads: threads, stage: stage)
            }
        }
        guard let cache = ResultCache.current else { return try await simulate() }
        // The result does not depend on `threads`, so it is not part of the key.
        return try await cache.value(for: RunKey(cluster: cache.key(for: graph), model: model, seeds: seeds, removed: removed, budget: budget, seed: seed), simulate)
    }

    private struct RunKey: Equatable, Sendable {
        let cluster: ClusterKey
        let model: DiffusionModel
        let seeds: [Int], removed: [Int]
        let budget: RunBudget
        let seed: UInt64
    }

    private func run(budget: RunBudget, seed: UInt64, threads: Int, stage: ProgressStage) async throws(CancellationError) -> DiffusionResult {
        let firmCount = graph.nodeCount - removed.count
        let seeds32 = seeds.map { Int32($0) }, blocked32 = removed.map { Int32($0) }
        switch budget {
        case .runs(let r):
            let batch = try MonteCarloEngine.run(
                kernel, nodeCount: graph.nodeCount, seeds: seeds32, blocked: blocked32,
                seed: seed, runs: 0..<Swift.max(r, 0), threads: threads, progress: { stage.set(completed: $0) })
            return DiffusionResult(batch: batch, firmCount: firmCount)
        case let .precision(halfWidth, maxRuns):
            var total = RunBatch(nodeCount: graph.nodeCount, capability: kernel.reportsCapability)
            var next = Swift.min(100, maxRuns)
            while true {
                let done = total.runCount
                let batch = try MonteCarloEngine.run(
                    kernel, nodeCount: graph.nodeCount, seeds: seeds32, blocked: blocked32,
                    seed: seed, runs: done..<(done + next), threads: threads,
                    progress: { stage.set(completed: done + $0) })
                total.append(batch)
                let estimate = SpreadEstimate(counts: total.spreads, firmCount: firmCount)
                if estimate.halfWidth < halfWidth || total.runCount >= maxRuns { break }
                next = Swift.min(total.runCount, maxRuns - total.runCount)
            }
            return DiffusionResult(batch: total, firmCount: firmCount)
        }
    }

    /// For each firm of `firms`, the spread when that firm is removed from the cluster (and
    /// from the seeds): how much the cluster's knowledge flow depends on it. Every knockout
    /// uses the same `seed`, so the comparison uses common random numbers.
    ///
    /// - Throws: ``DiffusionError/removedNotInCluster(nodes:nodeCount:)`` for a firm that is
    ///   not a node of the cluster; `CancellationError` when the calling task is cancelled.
    public func knockout(
        firms: [Int], budget: RunBudget = .runs(1000), seed: UInt64 = 1,
        threads: Int = WorkerPool.threads
    ) async throws -> [(firm: Int, result: DiffusionResult)] {
        var out: [(firm: Int, result: DiffusionResult)] = []
        for f in firms {
            let sim = try DiffusionSimulation(
                graph: graph, model: model, seeds: seeds.filter { $0 != f }, removed: removed + [f])
            out.append((f, try await sim.run(budget: budget, seed: seed, threads: threads)))
        }
        return out
    }
}
