import Dispatch
import Foundation

/// The rows of a logistic regression: dense columns plus one optional one-hot level (the
/// period fixed effects), so that 2·10^6 firm-periods with 20 period terms need no dense
/// 2·10^6 × 20 matrix.
public struct LogitDesign: Sendable {
    /// Term names: the dense columns, then the levels.
    public var names: [String]
    /// The number of dense columns (column 0 is usually the intercept, all ones).
    public var denseWidth: Int
    /// `dense[r · denseWidth + j]`.
    public var dense: [Double]
    /// Per row, the term index (≥ ``denseWidth``) of its one-hot level, or −1 for none
    /// (the reference level).
    public var level: [Int32]
    /// Outcome per row, 0 or 1.
    public var y: [UInt8]

    /// The number of rows (firm-periods).
    public var rowCount: Int { y.count }
    /// The number of terms (coefficients).
    public var termCount: Int { names.count }
}

/// A fitted logistic regression.
public struct LogitFit: Sendable {
    /// One coefficient per term, in the design's order, with Wald inference.
    public var coefficients: [Coefficient]
    /// The maximised log-likelihood ℓ.
    public var logLikelihood: Double
    /// AIC = −2ℓ + 2k.
    public var aic: Double { -2 * logLikelihood + 2 * Double(coefficients.count) }
    /// Rows of the design (firm-periods at risk).
    public var rows: Int
    /// Rows with outcome 1 (adoptions).
    public var events: Int
    /// Newton–Raphson iterations until convergence.
    public var iterations: Int
}

/// Maximum likelihood for the logit model by Newton–Raphson (for the canonical link the same
/// as iteratively reweighted least squares, and the observed information equals the expected):
///
///     β ← β + (XᵀWX)⁻¹ Xᵀ(y − μ),  μ = 1/(1 + e^{−Xβ}),  W = diag(μ(1 − μ))
///
/// from β = 0 with the intercept at logit(ȳ), until the largest step is below 1e-10 (R's
/// `glm` stops at a relative deviance change of 1e-8; the tighter rule makes its optimum
/// reproducible to well below 1e-6). Standard errors are √diag((XᵀWX)⁻¹) at the optimum.
///
/// Sums over rows are formed in fixed chunks of 16,384 rows added in chunk order, so the
/// result is the same for any number of threads.
///
/// Quasi-complete separation (the likelihood keeps rising as a coefficient goes to ±∞) is
/// detected before fitting for a level with no event or no non-event, and during it when the
/// iterations do not settle while a coefficient grows beyond 20 standard deviations of its
/// column: ``FitError/separation(term:why:)`` names the term.
///
/// - References: P. D. Allison, "Discrete-time methods for the analysis of event
///   histories", *Sociological Methodology* 13 (1982) 61–98; P. McCullagh, J. A. Nelder,
///   *Generalized Linear Models*, 2nd ed., 1989, §4.4.
public enum LogisticRegression {
    static let chunkRows = 16_384

    /// Fits the model to the design `x`.
    /// - Parameters:
    ///   - x: the rows and outcomes.
    ///   - maxIterations: the most Newton–Raphson steps before giving up.
    /// - Returns: the coefficients with standard errors, the log-likelihood and the counts.
    /// - Throws: ``FitError/separation(term:why:)`` when an estimate is infinite,
    ///   ``FitError/nonConvergence(model:hint:)`` when the iterations do not settle.
    /// - Complexity: O(iterations · rows · terms²) time, O(terms²) memory beyond the design.
    public static func fit(_ x: LogitDesign, maxIterations: Int = 60) throws(FitError) -> LogitFit {
        let p = x.termCount, n = x.rowCount
        let events = x.y.reduce(0) { $0 + Int($1) }
        try checkLevels(x)
        var beta = [Double](repeating: 0, count: p)
        if x.names.first == "intercept", events > 0, events < n {
            let ybar = Double(events) / Double(n)
            beta[0] = log(ybar / (1 - ybar))
        }
        var state = accumulate(x, beta)
        var iterations = 0
        while true {
            iterations += 1
            guard let l = state.information.cholesky() else {
                throw separationOrCollinearity(x, beta)
            }
            let step = state.information.solve(l, state.gradient)
            var scale = 1.0
            var next = beta, nextState = state
            // Step halving (never needed for the logit's concave likelihood from a good
            // start, but cheap insurance against overshooting far from the optimum).
            for _ in 0..<30 {
                next = zip(beta, step).map { $0 + scale * $1 }
                nextState = accumulate(x, next)
                if nextState.logLikelihood >= state.logLikelihood - 1e-9 * abs(state.logLikelihood) { break }
                scale /= 2
            }
            let largest = step.map { abs($0 * scale) }.max() ?? 0
            beta = next
            state = nextState
            if largest < 1e-10 * (1 + (beta.map(abs).max() ?? 0)) { break }
            if iterations >= maxIterations {
                if let term = divergingTerm(x, beta) {
                    throw .separation(term: x.names[term], why: "its coefficient grows without bound")
                }
                throw .nonConvergence(model: .hazard, hint: "try \(.linearTime), fewer covariates or rescaled covariates")
            }
        }
        guard let l = state.information.cholesky() else { throw separationOrCollinearity(x, beta) }
        let covariance = state.information.inverse(l)
        if let term = divergingTerm(x, beta) {
            throw .separation(term: x.names[term], why: "fitted probabilities are numerically 0 or 1")
        }
        let coefficients = (0..<p).map { j in
            Coefficient(term: x.names[j], estimate: beta[j], se: covariance[j, j].squareRoot())
        }
        return LogitFit(coefficients: coefficients, logLikelihood: state.logLikelihood, rows: n, events: events, iterations: iterations)
    }

    struct State {
        var gradient: [Double]
        var information: SymmetricMatrix
        var logLikelihood: Double
    }

    /// Xᵀ(y − μ), XᵀWX and ℓ at β.
    static func accumulate(_ x: LogitDesign, _ beta: [Double]) -> State {
        let p = x.termCount, d = x.denseWidth, n = x.rowCount
        let chunks = Swift.max(1, (n + chunkRows - 1) / chunkRows)
        var parts = [State?](repeating: nil, count: chunks)
        // One pass is O(rows · terms²), well under a second; the fit has at most 25 passes.
        parts.withDisjointWrites { out in
            WorkerPool.forEachIndexToEnd(chunks) { c in
                var g = [Double](repeating: 0, count: p)
                var h = SymmetricMatrix(n: p)
                var ll = 0.0
                for r in (c * chunkRows)..<Swift.min(n, (c + 1) * chunkRows) {
                    let base = r * d
                    var eta = 0.0
                    for j in 0..<d { eta += x.dense[base + j] * beta[j] }
                    let level = Int(x.level[r])
                    if level >= 0 { eta += beta[level] }
                    let mu = 1 / (1 + exp(-eta))
                    let y = Double(x.y[r])
                    // log μ = −log(1 + e^{−η}), log(1 − μ) = −log(1 + e^{η}), computed stably.
                    ll -= y == 1 ? softplus(-eta) : softplus(eta)
                    let w = mu * (1 - mu), residual = y - mu
                    for j in 0..<d {
                        let xj = x.dense[base + j]
                        g[j] += xj * residual
                        let wx = w * xj
                        for k in j..<d { h.a[j * p + k] += wx * x.dense[base + k] }
                        if level >= 0 { h.a[j * p + level] += wx }
                    }
                    if level >= 0 {
                        g[level] += residual
                        h.a[level * p + level] += w
                    }
                }
                out.set(c, State(gradient: g, information: h, logLikelihood: ll))
            }
        }
        var total = State(gradient: [Double](repeating: 0, count: p), information: SymmetricMatrix(n: p), logLikelihood: 0)
        for part in parts {
            let part = part!
            for j in 0..<p { total.gradient[j] += part.gradient[j] }
            for k in 0..<(p * p) { total.information.a[k] += part.information.a[k] }
            total.logLikelihood += part.logLikelihood
        }
        // Only the upper triangle (dense × dense, dense × level, level diagonal) was summed.
        for j in 0..<p { for k in 0..<j { total.information[j, k] = total.information[k, j] } }
        return total
    }

    @inline(__always) static func softplus(_ t: Double) -> Double { t > 0 ? t + log1p(exp(-t)) : log1p(exp(t)) }

    /// A level whose rows are all events or all non-events separates the data.
    static func checkLevels(_ x: LogitDesign) throws(FitError) {
        let levels = x.termCount - x.denseWidth
        guard levels > 0 else { return }
        var rows = [Int](repeating: 0, count: levels + 1), events = rows
        for r in 0..<x.rowCount {
            let k = x.level[r] >= 0 ? Int(x.level[r]) - x.denseWidth + 1 : 0
            rows[k] += 1
            events[k] += Int(x.y[r])
        }
        for k in 0...levels where rows[k] > 0 && (events[k] == 0 || events[k] == rows[k]) {
            let term = k == 0 ? x.names[0] : x.names[x.denseWidth + k - 1]
            let what = events[k] == 0 ? "no adoption" : "only adoptions"
            throw .separation(
                term: term,
                why:
                    "\(k == 0 ? "the reference period" : "that period") has \(what) among its \(rows[k]) firm-periods at risk; use \(.linearTime) or end observation earlier with \(.observedUntil)"
            )
        }
    }

    /// The dense term whose coefficient is largest against its column's spread, when it is
    /// beyond 20 standard deviations (a logit slope of 20/sd moves the odds e^20-fold).
    static func divergingTerm(_ x: LogitDesign, _ beta: [Double]) -> Int? {
        var best: (term: Int, size: Double)?
        for j in 0..<x.denseWidth {
            var sum = 0.0, squares = 0.0
            for r in 0..<x.rowCount { let v = x.dense[r * x.denseWidth + j]; sum += v; squares += v * v }
            let mean = sum / Double(x.rowCount)
            let sd = (Swift.max(0, squares / Double(x.rowCount) - mean * mean)).squareRoot()
            let size = sd > 0 ? abs(beta[j]) * sd : 0
            if size > 20, size > (best?.size ?? 0) { best = (j, size) }
        }
        for j in x.denseWidth..<x.termCount where abs(beta[j]) > 30 && abs(beta[j]) > (best?.size ?? 0) { best = (j, abs(beta[j])) }
        return best?.term
    }

    static func separationOrCollinearity(_ x: LogitDesign, _ beta: [Double]) -> FitError {
        if let term = divergingTerm(x, beta) { return .separation(term: x.names[term], why: "its coefficient grows without bound") }
        return .nonConvergence(
            model: .hazard,
            hint: "its terms are collinear (a covariate constant over the firms at risk, or one that is a combination of others); drop one from \(.covariates)"
        )
    }
}
