import Foundation

/// One parameter of the fitted cascade model, on the probability scale.
public struct CascadeParameter: Sendable, Equatable {
    /// `epsilon`, or the class (channel) of a transmission probability (`all` when pooled).
    public var name: String
    /// The maximum-likelihood estimate; NaN when the data say nothing about it (no firm at
    /// risk was ever exposed through that channel).
    public var estimate: Double
    /// The profile-likelihood 95% interval {θ : 2(ℓ̂ − ℓ_profile(θ)) ≤ χ²₁(0.95)} within [0, 1];
    /// valid when the estimate is on the boundary.
    public var profile95: ClosedInterval
    /// Standard error from the observed information (delta method from a = −log(1 − θ)),
    /// and the Wald interval θ̂ ± 1.96·se clipped to [0, 1]; `nil` when θ̂ is on the boundary.
    public var se: Double?
    /// The Wald 95% interval θ̂ ± 1.96·se clipped to [0, 1]; `nil` when θ̂ is on the boundary.
    public var wald95: ClosedInterval?
    /// The parametric-bootstrap 2.5–97.5% percentile interval, when asked for.
    public var bootstrap95: ClosedInterval?

    /// Whether the data estimate this parameter (its estimate is not NaN).
    public var identified: Bool { !estimate.isNaN }
}

/// A closed interval [lower, upper].
public struct ClosedInterval: Sendable, Equatable {
    /// The lower bound.
    public var lower: Double
    /// The upper bound.
    public var upper: Double
    /// The interval [`lower`, `upper`].
    public init(_ lower: Double, _ upper: Double) { self.lower = lower; self.upper = upper }
    /// Whether `x` lies in the interval, bounds included.
    public func contains(_ x: Double) -> Bool { lower <= x && x <= upper }
}

/// The fitted cascade model.
public struct CascadeFit: Sendable {
    /// Adoption from outside the network, per period.
    public var epsilon: CascadeParameter
    /// Transmission probability per tie, one per class (one `all` entry when pooled).
    public var p: [CascadeParameter]
    /// The maximised log-likelihood ℓ̂.
    public var logLikelihood: Double
    /// Parameters estimated (ε and each identified p).
    public var parameterCount: Int
    /// Akaike's information criterion, −2ℓ̂ + 2k with k = ``parameterCount``.
    public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }
    /// Firm-periods at risk and adoptions among them.
    public var rows: Int
    /// Adoptions among the firm-periods at risk (seeds excluded).
    public var events: Int

    /// The class probabilities to simulate with (0 for an unidentified class).
    public var probabilities: [Double] { p.map { $0.identified ? $0.estimate : 0 } }
}

/// The mechanistic cascade model of adoption and its maximum-likelihood fit.
///
/// A firm not yet adopted adopts in period t with probability
///
///     1 − (1 − ε) · Π_{arcs u → i, τ_u = t − 1} (1 − p_{c(u,i)})
///
/// where ε is adoption from outside the network and p_c the transmission probability of a
/// tie of class c; first-period adopters are the seeds (not in the likelihood). This is the
/// independent cascade with discrete periods plus an external source (after Saito, Nakano &
/// Kimura 2008, who fit the cascade's probabilities by EM). The estimates maximise the
/// likelihood over ε, p_c ∈ [0, 1] (see `CascadeLikelihood`); intervals are from the
/// profile likelihood, which stays valid when an estimate is 0, plus Wald intervals where it
/// is interior.
///
/// - References: K. Saito, R. Nakano, M. Kimura, "Prediction of information diffusion
///   probabilities for independent cascade model", KES 2008, doi:10.1007/978-3-540-85567-5_9;
///   D. Kempe, J. Kleinberg, É. Tardos, KDD 2003.
public enum CascadeModel {
    /// Fits ε and one p per class of `arcs`.
    /// - Parameters:
    ///   - arcs: the arcs adoption can spread along, with their classes.
    ///   - record: the observed adoption periods on the nodes of `arcs`.
    ///   - intervals: compute profile and Wald intervals (the bootstrap skips them).
    /// - Throws: ``FitError/neverExposed`` when no row is exposed through any class;
    ///   ``FitError/nonConvergence(model:hint:)`` when Newton's method fails.
    public static func fit(arcs: AdoptionArcs, record: AdoptionRecord, intervals: Bool = true) throws(FitError) -> CascadeFit {
        try fit(
            patterns: CascadePatterns(arcs: arcs, time: record.time, periodCount: record.periodCount),
            classNames: arcs.classNames, intervals: intervals)
    }

    static func fit(patterns: CascadePatterns, classNames: [String], intervals: Bool) throws(FitError) -> CascadeFit {
        let C = patterns.classCount, P = C + 1
        let likelihood = CascadeLikelihood(patterns: patterns)
        let identified = [true] + (0..<C).map { patterns.isExposed(class: $0) }
        guard identified.dropFirst().contains(true) else { throw .neverExposed }
        let fixed = identified.map { !$0 }
        let zeroShare = patterns.trials[0] > 0 ? patterns.events[0] / patterns.trials[0] : 0.01
        var start = [Double](repeating: 0.05, count: P)
        start[0] = Swift.min(0.5, Swift.max(1e-4, zeroShare)).hazardFromProbability
        for c in 0..<C where !identified[c + 1] { start[c + 1] = 0 }
        let best = likelihood.maximize(from: start, fixed: fixed)
        guard best.converged, best.ll.isFinite else {
            throw .nonConvergence(model: .cascade, hint: "try the pooled model (without \(.byChannel)) or check that adoption times are right")
        }
        var parameters: [CascadeParameter] = []
        let covariance = intervals ? interiorCovariance(likelihood, best.a, fixed: fixed) : nil
        for j in 0..<P {
            let name = j == 0 ? "epsilon" : classNames[j - 1]
            guard identified[j] else {
                parameters.append(CascadeParameter(name: name, estimate: .nan, profile95: ClosedInterval(0, 1)))
                continue
            }
            let estimate = best.a[j].probabilityFromHazard
            var parameter = CascadeParameter(name: name, estimate: estimate, profile95: ClosedInterval(estimate, estimate))
            if intervals {
                parameter.profile95 = profileInterval(likelihood, best: best.a, maximum: best.ll, parameter: j, fixed: fixed)
                if let covariance, let variance = covariance[j], variance > 0 {
                    let se = (1 - estimate) * variance.squareRoot()
                    parameter.se = se
                    parameter.wald95 = ClosedInterval(Swift.max(0, estimate - Normal.z975 * se), Swift.min(1, estimate + Normal.z975 * se))
                }
            }
            parameters.append(parameter)
        }
        return CascadeFit(
            epsilon: parameters[0], p: Array(parameters.dropFirst()), logLikelihood: best.ll,
            parameterCount: identified.filter { $0 }.count,
            rows: Int(patterns.totalTrials), events: Int(patterns.totalEvents))
    }

    /// The variance of each interior a_j (on the a scale) from the inverse observed
    /// information over the interior coordinates; `nil` entries on the boundary.
    static func interiorCovariance(_ likelihood: CascadeLikelihood, _ a: [Double], fixed: [Bool]) -> [Double?]? {
        let interior = a.indices.filter { !fixed[$0] && a[$0] > 1e-8 }
        guard !interior.isEmpty else { return nil }
        let h = likelihood.derivatives(a).hessian
        var m = SymmetricMatrix(n: interior.count)
        for (x, j) in interior.enumerated() { for (y, k) in interior.enumerated() { m[x, y] = -h[j, k] } }
        guard let l = m.cholesky() else { return nil }
        let inverse = m.inverse(l)
        var out = [Double?](repeating: nil, count: a.count)
        for (x, j) in interior.enumerated() { out[j] = inverse[x, x] }
        return out
    }

    /// The profile-likelihood interval of parameter j on the probability scale, by bisection
    /// on each side of the estimate (the profile of a concave likelihood is unimodal).
    static func profileInterval(_ likelihood: CascadeLikelihood, best: [Double], maximum: Double, parameter j: Int, fixed: [Bool]) -> ClosedInterval {
        let cut = Normal.chiSquare95df1
        var holdFixed = fixed
        holdFixed[j] = true
        var warm = best
        func deficit(_ p: Double) -> Double {
            var start = warm
            start[j] = p.hazardFromProbability
            let r = likelihood.maximize(from: start, fixed: holdFixed)
            if r.ll.isFinite { warm = r.a }
            return 2 * (maximum - r.ll)
        }
        let estimate = best[j].probabilityFromHazard
        func bisect(_ inside: Double, _ outside: Double) -> Double {
            var inside = inside, outside = outside
            warm = best
            for _ in 0..<48 {
                let mid = (inside + outside) / 2
                if deficit(mid) <= cut { inside = mid } else { outside = mid }
                if abs(outside - inside) < 1e-10 { break }
            }
            return (inside + outside) / 2
        }
        warm = best
        let lower = estimate <= 0 || deficit(0) <= cut ? 0 : bisect(estimate, 0)
        warm = best
        let top = 1 - 1e-12
        let upper = deficit(top) <= cut ? 1 : bisect(estimate, top)
        return ClosedInterval(lower, upper)
    }

    /// The no-network model: ε only, ε̂ = adoptions / firm-periods at risk.
    public static func epsilonOnly(record: AdoptionRecord) -> (epsilon: Double, logLikelihood: Double, aic: Double) {
        var events = 0.0, trials = 0.0
        for t in record.time where t != 0 {
            let last = t > 0 ? Int(t) : record.periodCount - 1
            trials += Double(last)
            if t > 0 { events += 1 }
        }
        let e = trials > 0 ? events / trials : 0
        var ll = 0.0
        if events > 0 { ll += events * log(e) }
        if trials > events { ll += (trials - events) * log(1 - e) }
        return (e, ll, -2 * ll + 2)
    }
}
