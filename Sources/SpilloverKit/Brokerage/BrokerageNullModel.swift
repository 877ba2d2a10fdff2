/// The null model of Gould & Fernandez brokerage scores, as R `sna::brokerage` computes it.
///
/// Each arc is present independently with the observed density d = arcs / (N(N − 1)) (an
/// undirected tie counts as two arcs). For a broker in a group of size n_i, with group sizes
/// n_g, N firms and π = d²(1 − d) the probability that an ordered triple is an open 2-path:
///
/// | role | expected | variance |
/// |---|---|---|
/// | coordinator w_I | π (n_i−1)(n_i−2) | E(1−π) + 2(n_i−1)(n_i−2)(n_i−3) d³(1−d)³ |
/// | itinerant w_O | π Σ_{g≠i} n_g(n_g−1) | E(1−π) + 2 Σ_{g≠i} n_g(n_g−1)(n_g−2) d³(1−d)³ |
/// | representative b_IO, gatekeeper b_OI | π (N−n_i)(n_i−1) | E(1−π) + 2[(n_i−1) C(N−n_i, 2) + (N−n_i) C(n_i−1, 2)] d³(1−d)³ |
/// | liaison b_O | π [(Σ_{g≠i} n_g)² − Σ_{g≠i} n_g²] | E(1−π) + 4 Σ_{g≠i} n_g C(N−n_g−n_i, 2) d³(1−d)³ |
/// | total t | π (N−1)(N−2) | E(1−π) + 2(N−1)(N−2)(N−3) d³(1−d)³ |
///
/// These are the expressions of sna's R source (function `brokerage`, file R/models.R);
/// the extra terms count pairs of 2-paths through the broker that share one arc. They are
/// the same for every firm of a group.
///
/// References: R. V. Gould, R. M. Fernandez (1989), *Sociological Methodology* 19:89–126,
/// doi:10.2307/270949; C. T. Butts, R package sna, `brokerage`.
struct BrokerageNullModel {
    let density: Double
    let sizes: [Double]
    let total: Double

    init(graph: ClusterGraph, classes: [Int], classCount: Int) {
        let n = Double(graph.nodeCount)
        let arcs = Double(graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount)
        density = arcs / (n * (n - 1))  // NaN for n < 2: expected values then undefined
        var sizes = [Double](repeating: 0, count: classCount)
        for c in classes { sizes[c] += 1 }
        self.sizes = sizes
        total = n
    }

    /// Mean and variance of role `role` (index in ``BrokerageRole/allCases``) for a broker of
    /// class `i`.
    func moments(role: Int, classOf i: Int) -> (mean: Double, variance: Double) {
        let d = density, N = total, ni = sizes[i]
        let pi = d * d * (1 - d)
        let pair = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        let others = sizes.indices.filter { $0 != i }.map { sizes[$0] }
        let mean: Double
        let extra: Double
        switch role {
        case 0:
            mean = pi * (ni - 1) * (ni - 2)
            extra = 2 * (ni - 1) * (ni - 2) * (ni - 3) * pair
        case 1:
            mean = pi * others.reduce(0) { $0 + $1 * ($1 - 1) }
            extra = 2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) } * pair
        case 2, 3:
            mean = pi * (N - ni) * (ni - 1)
            extra = 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * pair
        case 4:
            let s = others.reduce(0, +)
            mean = pi * (s * s - others.reduce(0) { $0 + $1 * $1 })
            extra = 4 * others.reduce(0) { $0 + $1 * choose2(N - $1 - ni) } * pair
        default:
            mean = pi * (N - 1) * (N - 2)
            extra = 2 * (N - 1) * (N - 2) * (N - 3) * pair
        }
        return (mean, mean * (1 - pi) + extra)
    }
}
