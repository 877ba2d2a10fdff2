/// One door to every seed-selection method, for `spillover seeds` and the pipeline.
extension SeedMethod {
    /// Whether the method is defined for `model`: IMM needs reverse-reachable sets and
    /// degree discount a tie probability, which exist for the independent cascade and the
    /// linear threshold model only.
    public func supports(_ model: DiffusionModel) -> Bool {
        switch self {
        case .imm, .degreeDiscount:
            switch model {
            case .independentCascade, .linearThreshold: true
            case .sir, .knowledge, .externalCascade: false
            }
        case .celf, .singleDiscount, .focal, .random: true
        }
    }

    /// K seed firms chosen by this method, in order of choice, and IMM's trace.
    ///
    /// - Parameters:
    ///   - k: the number of seeds, 1 ≤ k ≤ n.
    ///   - graph: the cluster.
    ///   - model: the diffusion model the seeds are chosen for.
    ///   - oracle: the Monte Carlo estimator CELF uses (common random numbers).
    ///   - imm: IMM's ε and ℓ.
    ///   - focal: the ranking `focal` takes its top K from.
    ///   - seed: the random seed of IMM's sample and of `random`.
    ///   - threads: worker threads; the choice does not depend on it.
    /// - Throws: ``DiffusionError/unsupportedModel(_:_:)`` when the method does not support
    ///   the model (``supports(_:)``), another ``DiffusionError`` when a step fails;
    ///   `CancellationError` when the calling task is cancelled (CELF and IMM stop within a
    ///   run or an RR set per worker).
    public func select(
        k: Int, graph: ClusterGraph, model: DiffusionModel, oracle: SpreadOracle, imm: IMM = IMM(),
        focal: any FirmRanker, seed: UInt64, threads: Int
    ) async throws -> (seeds: [Int], trace: IMM.Trace?) {
        guard supports(model) else {
            throw DiffusionError.unsupportedModel(self, model)
        }
        switch self {
        case .celf:
            let select = { () async throws -> [Int] in try await CELF.select(k: k, oracle: oracle).seeds }
            guard let cache = ResultCache.current else { return (try await select(), nil) }
            let key = SelectionKey(
                method: self, k: k, cluster: cache.key(for: graph), model: oracle.model, runs: oracle.runs, seed: oracle.seed, epsilon: 0, ell: 0)
            return (try await cache.value(for: key, select), nil)
        case .imm:
            let select = { () async throws -> IMMSelection in
                let (set, trace) = try await imm.select(k: k, graph: graph, model: model, seed: seed, threads: threads)
                return IMMSelection(seeds: set.seeds, trace: trace)
            }
            guard let cache = ResultCache.current else { let s = try await select(); return (s.seeds, s.trace) }
            let key = SelectionKey(method: self, k: k, cluster: cache.key(for: graph), model: model, runs: 0, seed: seed, epsilon: imm.epsilon, ell: imm.ell)
            let s = try await cache.value(for: key, select)
            return (s.seeds, s.trace)
        case .degreeDiscount:
            guard let p = DegreeDiscount.tieProbability(for: model, in: graph) else {
                throw DiffusionError.unsupportedModel(self, model)
            }
            return (DegreeDiscount.select(k: k, p: p, graph: graph).seeds, nil)
        case .singleDiscount:
            return (SingleDiscount.select(k: k, graph: graph).seeds, nil)
        case .focal:
            return (try SeedSelection.focal(k, focal).resolve(in: graph, seed: seed), nil)
        case .random:
            return (try SeedSelection.random(k).resolve(in: graph, seed: seed), nil)
        }
    }
}

/// What IMM and CELF depend on: the cached selections' key (``ResultCache``).
private struct SelectionKey: Equatable, Sendable {
    let method: SeedMethod
    let k: Int
    let cluster: ClusterKey
    let model: DiffusionModel
    let runs: Int
    let seed: UInt64
    let epsilon: Double, ell: Double
}

private struct IMMSelection: Sendable {
    let seeds: [Int]
    let trace: IMM.Trace?
}
