/// The report's charts as functions of the results they show, so that the report and the
/// command that reproduces a chart (`spillover rank --chart`, `spillover diffuse --chart`)
/// draw the same bytes.
extension FocalRanking {
    /// A horizontal bar chart of the focal scores of the top `top` firms ("label (id)" where
    /// the label differs from the id).
    public func scoreChart(top: Int) -> String {
        let shown = Array(rows.prefix(top))
        return SVGChart(title: "Focal score of the top \(shown.count) firms", xLabel: "focal score (mean percentile, 0–100)", yLabel: "")
            .bars(labels: shown.map { $0.label == $0.id ? $0.id : "\($0.label) (\($0.id))" }, values: shown.map(\.score))
    }
}

extension DiffusionResult {
    /// Firms reached by step: the mean with its 5th–95th percentile band.
    public func curveChart() -> String {
        let steps = curve.map { Double($0.step) }
        return SVGChart(title: "Firms reached by step", xLabel: "step", yLabel: "firms reached (cumulative)").lines([
            .init(
                name: "mean, with 5–95% band", x: steps, y: curve.map(\.mean),
                lower: curve.map(\.p05), upper: curve.map(\.p95), color: "#0072B2")
        ])
    }

    /// A histogram (20 bins) of the probability of being reached, over the firms other than
    /// `seeds` (which are reached with certainty).
    public func reachHistogram(excluding seeds: [Int]) -> String {
        let seedSet = Set(seeds)
        let others = reachProbability.indices.filter { !seedSet.contains($0) }.map { reachProbability[$0] }
        return SVGChart(title: "How likely each firm is to be reached", xLabel: "probability of being reached (firms other than the seeds)", yLabel: "firms")
            .histogram(others, bins: 20, color: "#009E73")
    }
}
