/// A likelihood-ratio test between nested models.
public struct LikelihoodRatioTest: Sendable, Equatable {
    /// 2(ℓ_full − ℓ_restricted).
    public var statistic: Double
    /// Degrees of freedom: the number of parameters the restriction removes.
    public var df: Int
    /// P(χ²_df ≥ statistic).
    public var pValue: Double

    /// The test of a restricted model (log-likelihood `restricted`) against the full one
    /// (`full`) with `df` fewer parameters; the statistic is floored at 0, and the p-value is
    /// NaN when `df` is 0.
    public init(full: Double, restricted: Double, df: Int) {
        statistic = Swift.max(0, 2 * (full - restricted))
        self.df = df
        pValue = df > 0 ? Normal.chiSquareUpperTail(statistic, df: df) : .nan
    }
}

extension CascadeModel {
    /// The test of "all channels transmit equally": the per-channel fit against the same
    /// arcs with one common p (``AdoptionArcs/oneClass()``: each typed tie still transmits on
    /// its own, so the models are nested), df = identified channels − 1. When an estimate
    /// sits at 0 the χ² reference is conservative (Self & Liang 1987).
    ///
    /// - References: S. G. Self, K.-Y. Liang, *JASA* 82 (1987) 605–610.
    public static func equalChannelsTest(full: CascadeFit, arcs: AdoptionArcs, record: AdoptionRecord) throws(FitError) -> LikelihoodRatioTest {
        let restricted = try fit(arcs: arcs.oneClass(), record: record, intervals: false)
        return LikelihoodRatioTest(
            full: full.logLikelihood, restricted: restricted.logLikelihood,
            df: full.p.filter(\.identified).count - 1)
    }
}
