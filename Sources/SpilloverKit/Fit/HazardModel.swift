/// How the baseline hazard changes over time in the discrete-time hazard model.
public enum HazardTime: String, Sendable, CaseIterable {
    /// An intercept plus one term per period after the first modelled one (R's
    /// `factor(period)` treatment contrasts): terms `period_<t>`.
    case period
    /// A linear trend in the period number: term `time`.
    case linear
}

/// A numeric firm attribute used as a predictor.
public struct Covariate: Sendable {
    /// The predictor's term name in the fitted model.
    public var name: String
    /// Per node; `nil` where missing (the firm's rows are then left out).
    public var values: [Double?]
    /// A covariate named `name` with one value per node (`nil` where missing).
    public init(name: String, values: [Double?]) { self.name = name; self.values = values }
}

/// The discrete-time logit hazard model of adoption (Allison 1982):
///
///     logit P(i adopts in t | not before) = α + α_t + Σ_c β_c · E^c_i(t − 1) + γ · x_i
///
/// on one row per firm and period at risk: periods after the first observed one (whose
/// adopters are the seeds and never at risk) up to the end of observation; a firm is at risk
/// in t when it has not adopted before t; never-adopters stay at risk to the end. E is the
/// exposure in the previous period (netdiffuseR `exposure(lags = 1)`), pooled (term
/// `exposure`) or one per channel (`exposure_<type>`). This is a logistic regression on those
/// rows, so R `glm(y ~ …, family = binomial)` on the same design is the reference.
///
/// - References: P. D. Allison, *Sociological Methodology* 13 (1982) 61–98; T. W. Valente,
///   *Network Models of the Diffusion of Innovations*, 1995.
public enum HazardModel {
    /// The design: rows, outcome and terms; the number of firms left out for a missing
    /// covariate; and the exposure terms left out because they are 0 on every row.
    public static func design(
        record: AdoptionRecord, exposure: ExposureTable, exposureNames: [String],
        covariates: [Covariate] = [], time: HazardTime = .period
    ) -> (design: LogitDesign, droppedFirms: Int, droppedTerms: [String]) {
        precondition(exposureNames.count == exposure.classNames.count)
        let T = record.periodCount, n = record.nodeCount
        // An exposure that is 0 on every row at risk (a channel through which no firm at risk
        // was ever exposed) has no estimate: its term is left out and named.
        let classes = exposure.classNames.indices.filter { c in
            (1..<Swift.max(1, T)).contains { t in
                (0..<n).contains { i in (record.time[i] < 0 || record.time[i] >= t) && exposure.exposure(i, t - 1, class: c) != 0 }
            }
        }
        let droppedTerms = exposure.classNames.indices.filter { !classes.contains($0) }.map { exposureNames[$0] }
        var names = ["intercept"] + classes.map { exposureNames[$0] } + covariates.map(\.name)
        if time == .linear { names.append("time") }
        let d = names.count
        if time == .period { for t in 2..<Swift.max(2, T) { names.append("period_" + record.label(t)) } }
        var complete = [Bool](repeating: true, count: n), dropped = 0
        for i in 0..<n where covariates.contains(where: { $0.values[i] == nil }) {
            complete[i] = false
            if record.time[i] != 0 { dropped += 1 }
        }
        var x = LogitDesign(names: names, denseWidth: d, dense: [], level: [], y: [])
        for t in 1..<T {
            for i in 0..<n where complete[i] && (record.time[i] < 0 || record.time[i] >= t) {
                x.dense.append(1)
                for c in classes { x.dense.append(exposure.exposure(i, t - 1, class: c)) }
                for cov in covariates { x.dense.append(cov.values[i]!) }
                if time == .linear { x.dense.append(Double(t + 1)) }
                x.level.append(time == .period && t >= 2 ? Int32(d + t - 2) : -1)
                x.y.append(record.time[i] == t ? 1 : 0)
            }
        }
        return (x, dropped, droppedTerms)
    }
}
