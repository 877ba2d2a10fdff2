import Foundation

/// Influence maximisation via martingales, IMM (Tang, Shi & Xiao 2015), for the independent
/// cascade and linear threshold models.
///
/// IMM samples θ random reverse-reachable sets (`ReverseReachableSampler`) and returns the
/// greedy maximum coverage of them (`MaximumCoverage`). θ is chosen so that with
/// probability at least 1 − 1/n^ℓ the seeds' expected spread is at least (1 − 1/e − ε) of the
/// optimum. With ℓ ← ℓ (1 + ln 2 / ln n) (Algorithm 1), ε' = √2 ε and natural logarithms:
///
/// - Estimating a lower bound LB of the optimum (Algorithm 2, lines 1–13): for i = 1, 2, …,
///   ⌈log₂ n⌉ − 1, x = n / 2^i, grow the sample to θ_i = λ' / x sets with
///   λ' = (2 + 2ε'/3) · (ln C(n, K) + ℓ ln n + ln log₂ n) · n / ε'²,
///   select seeds S_i; stop when n · F(S_i) ≥ (1 + ε') x, with LB = n · F(S_i) / (1 + ε')
///   (F = share of sets covered). Otherwise LB = 1.
/// - Final sample (Theorem 1, Equation 6): θ = λ* / LB with
///   λ* = 2n · ((1 − 1/e) α + β)² / ε², α = √(ℓ ln n + ln 2),
///   β = √((1 − 1/e) · (ln C(n, K) + ℓ ln n + ln 2)).
///
/// The paper reuses the estimation sets in the final sample; Chen (2018) showed that this
/// breaks the martingale argument, and the fix used here is his: the final θ sets are drawn
/// afresh (streams 2^40 + j, disjoint from the estimation streams j).
///
/// The result is the same for any number of threads: RR set j always comes from stream j.
///
/// - Parameters:
///   - k: the number of seeds, 1 ≤ k ≤ n.
///   - epsilon: ε in (0, 1); smaller is more accurate and slower (θ grows as 1/ε²).
///   - ell: ℓ > 0; the guarantee holds with probability 1 − 1/n^ℓ.
///   - seed: the random seed; threads: workers (the result does not depend on them).
/// - Returns: the seeds with their estimated marginal gains, n × (new sets covered) / θ.
/// - Complexity: O((K + ℓ)(n + m) log n / ε²) expected time (Theorem 3 of the paper);
///   memory O(θ · mean RR set size + n).
/// - References: Y. Tang, Y. Shi, X. Xiao, "Influence maximization in near-linear time: a
///   martingale approach", SIGMOD 2015, doi:10.1145/2723372.2723734; W. Chen, "An issue in
///   the martingale analysis of the influence maximization algorithm IMM", CSoNet 2018,
///   doi:10.1007/978-3-030-04648-4_24.
public struct IMM: Sendable {
    /// ε in (0, 1): the approximation slack (1 − 1/e − ε).
    public var epsilon: Double
    /// ℓ > 0: the guarantee holds with probability at least 1 − 1/n^ℓ.
    public var ell: Double

    /// IMM with ε = 0.1 and ℓ = 1 by default.
    public init(epsilon: Double = 0.1, ell: Double = 1) {
        self.epsilon = epsilon
        self.ell = ell
    }

    /// What a run of IMM sampled, for reports and tests.
    public struct Trace: Sendable, Equatable {
        /// The lower bound of the optimum spread found by the estimation phase.
        public var lowerBound: Double
        /// RR sets drawn in the estimation phase and in the final sample.
        public var estimationSets: Int
        /// RR sets drawn afresh for the final selection.
        public var finalSets: Int
    }

    /// Selects `k` seeds of `graph` under `model` (independent cascade or linear threshold).
    /// - Returns: the seeds with their estimated gains, and what was sampled.
    /// - Throws: ``DiffusionError/invalidParameter(_:value:expected:file:)`` for ε or ℓ out of
    ///   range; ``DiffusionError/tooFewSeeds(asked:)`` or
    ///   ``DiffusionError/tooManySeeds(asked:firms:)`` for `k` not in 1…n;
    ///   ``DiffusionError/tooFewFirms(_:firms:needed:)`` for fewer than 2 firms;
    ///   ``DiffusionError/unsupportedModel(_:_:)`` for a model IMM does not support;
    ///   `CancellationError` when the calling task is cancelled (the workers stop within one
    ///   RR set).
    public func select(
        k: Int, graph: ClusterGraph, model: DiffusionModel, seed: UInt64 = 1,
        threads: Int = WorkerPool.threads
    ) async throws -> (seeds: SeedSet, trace: Trace) {
        let n = graph.nodeCount
        try DiffusionError.require(.immEpsilon, epsilon, in: .openUnitInterval)
        try DiffusionError.require(.immEll, ell, in: .positive)
        guard k >= 1 else { throw DiffusionError.tooFewSeeds(asked: k) }
        guard n >= 2 else { throw DiffusionError.tooFewFirms(.imm, firms: n, needed: 2) }
        try DiffusionError.requireSeedCount(k, firms: n)
        let sampler = try ReverseReachableSampler(graph: graph, model: model)
        let rank = graph.idRanks()
        let b = Self.bounds(n: n, k: k, epsilon: epsilon, ell: ell)
        // Estimation phase (Algorithm 2, lines 1–13).
        var sample = ReverseReachableSampler.Batch()
        var lowerBound = 1.0
        let rounds = Swift.max(1, Int(log2(Double(n)).rounded(.up)) - 1)
        for i in 1...rounds {
            let x = Double(n) / pow(2, Double(i))
            let theta = Int((b.lambdaPrime / x).rounded(.up))
            if sample.count < theta {
                sample.append(try sampler.sample(sample.count..<theta, seed: seed, threads: threads))
            }
            let (_, covered) = MaximumCoverage.select(k: k, sets: sample, nodeCount: n, idRanks: rank)
            let estimate = Double(n) * Double(covered.reduce(0, +)) / Double(sample.count)
            if estimate >= (1 + b.epsilonPrime) * x {
                lowerBound = estimate / (1 + b.epsilonPrime)
                break
            }
        }
        let estimationSets = sample.count
        sample = ReverseReachableSampler.Batch()
        // Final sample, drawn afresh (Chen 2018), and node selection (Algorithm 3).
        let theta = Swift.max(1, Int((b.lambdaStar / lowerBound).rounded(.up)))
        let base = 1 << 40
        let final = try sampler.sample(base..<(base + theta), seed: seed, threads: threads)
        let (seeds, covered) = MaximumCoverage.select(k: k, sets: final, nodeCount: n, idRanks: rank)
        let gains = covered.map { Double(n) * Double($0) / Double(theta) }
        return (
            SeedSet(seeds: seeds, estimatedGains: gains),
            Trace(lowerBound: lowerBound, estimationSets: estimationSets, finalSets: theta)
        )
    }

    /// λ', λ* and ε' of the paper for n firms and K seeds (ℓ adjusted as in Algorithm 1).
    static func bounds(n: Int, k: Int, epsilon: Double, ell: Double) -> (lambdaPrime: Double, lambdaStar: Double, epsilonPrime: Double) {
        let nn = Double(n)
        let ell = ell * (1 + log(2) / log(nn))
        let logBinomial = lgamma(nn + 1) - lgamma(Double(k) + 1) - lgamma(nn - Double(k) + 1)
        let epsilonPrime = 2.0.squareRoot() * epsilon
        let lambdaPrime = (2 + 2 * epsilonPrime / 3) * (logBinomial + ell * log(nn) + log(log2(nn))) * nn / (epsilonPrime * epsilonPrime)
        let e1 = 1 - 1 / M_E
        let alpha = (ell * log(nn) + log(2)).squareRoot()
        let beta = (e1 * (logBinomial + ell * log(nn) + log(2))).squareRoot()
        let lambdaStar = 2 * nn * pow(e1 * alpha + beta, 2) / (epsilon * epsilon)
        return (lambdaPrime, lambdaStar, epsilonPrime)
    }
}
