import Foundation

/// One estimated coefficient with its Wald inference.
public struct Coefficient: Sendable, Equatable {
    /// The term's name in the model.
    public var term: String
    /// The maximum-likelihood estimate (on the logit scale for a logit model).
    public var estimate: Double
    /// Standard error from the observed information.
    public var se: Double
    /// z = estimate / se.
    public var z: Double
    /// Two-sided p-value of z under the standard normal.
    public var p: Double
    /// estimate ± 1.959964·se.
    public var ci95: (lower: Double, upper: Double)

    /// The Wald inference of `estimate` with standard error `se`: z, the two-sided p-value and
    /// the 95% interval.
    public init(term: String, estimate: Double, se: Double) {
        self.term = term
        self.estimate = estimate
        self.se = se
        z = estimate / se
        p = Normal.twoSidedP(z)
        ci95 = (estimate - Normal.z975 * se, estimate + Normal.z975 * se)
    }

    /// exp(estimate): the odds ratio of a logit coefficient.
    public var oddsRatio: Double { exp(estimate) }

    /// Two coefficients are equal when their term, estimate, standard error and interval are.
    public static func == (a: Coefficient, b: Coefficient) -> Bool {
        a.term == b.term && a.estimate == b.estimate && a.se == b.se && a.ci95 == b.ci95
    }
}

/// The standard normal and χ² tails the fits need.
public enum Normal {
    /// The 97.5% quantile of the standard normal.
    public static let z975 = 1.959963984540054
    /// The 95% quantile of χ² with 1 degree of freedom (1.959964²): the profile-likelihood cut.
    public static let chiSquare95df1 = 3.841458820694124

    /// P(|Z| ≥ |z|) = erfc(|z|/√2).
    public static func twoSidedP(_ z: Double) -> Double { z.isNaN ? .nan : erfc(abs(z) / 2.0.squareRoot()) }

    /// P(χ²_df ≥ x), by the regularised upper incomplete gamma function Q(df/2, x/2).
    public static func chiSquareUpperTail(_ x: Double, df: Int) -> Double {
        guard x > 0 else { return 1 }
        return regularizedGammaQ(Double(df) / 2, x / 2)
    }

    /// Q(a, x) by its series (x < a + 1) or continued fraction (Numerical Recipes §6.2).
    static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        let lnPrefix = -x + a * log(x) - lgamma(a)
        if x < a + 1 {
            var sum = 1 / a, term = 1 / a, ap = a
            for _ in 0..<10_000 {
                ap += 1
                term *= x / ap
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return Swift.max(0, 1 - sum * exp(lnPrefix))
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return exp(lnPrefix) * h
    }
}
