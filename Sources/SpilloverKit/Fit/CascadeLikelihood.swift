import Foundation

/// The log-likelihood of the cascade model on pooled rows, in the parameters
/// a_0 = −log(1 − ε) and a_c = −log(1 − p_c), all ≥ 0:
///
///     P(no adoption | k) = (1 − ε) Π_c (1 − p_c)^{k_c} = e^{−η},  η = a_0 + Σ_c k_c a_c
///     ℓ(a) = Σ_patterns  e · log(1 − e^{−η}) − (n − e) · η
///
/// for e adoptions among n firm-periods at risk with counts k. η is linear in a and
/// log(1 − e^{−η}) is concave, so ℓ is concave on the orthant a ≥ 0: Newton's method with
/// projection onto the bounds finds the global maximum, and profile likelihoods are
/// unimodal.
struct CascadeLikelihood {
    let patterns: CascadePatterns

    var parameterCount: Int { patterns.classCount + 1 }

    /// ℓ at `a` (−∞ when an adoption has probability 0).
    func logLikelihood(_ a: [Double]) -> Double {
        var ll = 0.0
        let C = patterns.classCount
        for r in 0..<patterns.patternCount {
            var eta = a[0]
            for c in 0..<C { eta += Double(patterns.counts[r * C + c]) * a[c + 1] }
            let e = patterns.events[r], n = patterns.trials[r]
            if e > 0 {
                guard eta > 0 else { return -.infinity }
                ll += e * log(-expm1(-eta))
            }
            ll -= (n - e) * eta
        }
        return ll
    }

    /// ℓ, its gradient and its Hessian at `a` (Hessian negative semi-definite).
    func derivatives(_ a: [Double]) -> (ll: Double, gradient: [Double], hessian: SymmetricMatrix) {
        let C = patterns.classCount, P = C + 1
        var g = [Double](repeating: 0, count: P)
        var h = SymmetricMatrix(n: P)
        var ll = 0.0
        var x = [Double](repeating: 1, count: P)
        for r in 0..<patterns.patternCount {
            var eta = a[0]
            for c in 0..<C {
                x[c + 1] = Double(patterns.counts[r * C + c])
                eta += x[c + 1] * a[c + 1]
            }
            let e = patterns.events[r], n = patterns.trials[r]
            var d1 = -(n - e), d2 = 0.0
            if e > 0 {
                guard eta > 0 else { return (-.infinity, g, h) }
                let m = expm1(eta)
                ll += e * log(-expm1(-eta))
                d1 += e / m
                d2 = -e * (m + 1) / (m * m)
            }
            ll -= (n - e) * eta
            for j in 0..<P where x[j] != 0 {
                g[j] += d1 * x[j]
                for k in j..<P where x[k] != 0 { h.a[j * P + k] += d2 * x[j] * x[k] }
            }
        }
        for j in 0..<P { for k in 0..<j { h[j, k] = h[k, j] } }
        return (ll, g, h)
    }

    /// The maximum of ℓ over a ≥ 0 with the coordinates in `fixed` held at their value in
    /// `start`, by projected Newton steps with backtracking.
    /// - Returns: the maximiser, ℓ there, and whether it converged.
    func maximize(from start: [Double], fixed: [Bool]) -> (a: [Double], ll: Double, converged: Bool) {
        let P = parameterCount
        var a = start
        var current = derivatives(a)
        for _ in 0..<500 {
            let free = (0..<P).filter { !fixed[$0] && (a[$0] > 0 || current.gradient[$0] > 0) }
            if free.isEmpty { return (a, current.ll, true) }
            if free.allSatisfy({ abs(current.gradient[$0]) < 1e-9 * Swift.max(1, abs(current.ll)) }) { return (a, current.ll, true) }
            // Newton direction on the free coordinates: (−H_FF) d = g_F, with a ridge when
            // −H_FF is singular (a class whose every exposed row is at the bound).
            var m = SymmetricMatrix(n: free.count)
            for (x, j) in free.enumerated() { for (y, k) in free.enumerated() { m[x, y] = -current.hessian[j, k] } }
            var ridge = 0.0
            var direction: [Double] = []
            for _ in 0..<20 {
                var mr = m
                for x in 0..<free.count { mr[x, x] += ridge }
                if let l = mr.cholesky(relativeTolerance: 1e-15) {
                    direction = mr.solve(l, free.map { current.gradient[$0] })
                    break
                }
                ridge = ridge == 0 ? 1e-8 * Swift.max(1, (0..<free.count).map { m[$0, $0] }.max() ?? 1) : ridge * 100
            }
            if direction.isEmpty { direction = free.map { current.gradient[$0] } }
            var step = 1.0, accepted = false
            var next = a, nextState = current
            for _ in 0..<60 {
                next = a
                for (x, j) in free.enumerated() { next[j] = Swift.max(0, a[j] + step * direction[x]) }
                nextState = derivatives(next)
                if nextState.ll >= current.ll - 1e-12 * Swift.max(1, abs(current.ll)) { accepted = true; break }
                step /= 2
            }
            if !accepted { return (a, current.ll, false) }
            let moved = (0..<P).map { abs(next[$0] - a[$0]) }.max() ?? 0
            let gain = nextState.ll - current.ll
            a = next
            current = nextState
            if moved < 1e-12 * (1 + (a.max() ?? 0)) || (gain >= 0 && gain < 1e-14 * Swift.max(1, abs(current.ll)) && moved < 1e-8) {
                return (a, current.ll, true)
            }
        }
        return (a, current.ll, false)
    }
}

extension Double {
    /// p = 1 − e^{−a}: a transmission probability from its cumulative-hazard parameter.
    var probabilityFromHazard: Double { -expm1(-self) }
    /// a = −log(1 − p), +∞ at p = 1.
    var hazardFromProbability: Double { -log1p(-self) }
}
