/// The mean of a per-run count with its 95% confidence interval.
public struct SpreadEstimate: Sendable, Equatable {
    /// Mean over runs.
    public var mean: Double
    /// Mean divided by the number of firms in the cluster.
    public var share: Double
    /// Sample standard deviation over runs (n − 1 denominator); NaN for one run.
    public var standardDeviation: Double
    /// Standard error of the mean, s / √R; NaN for one run.
    public var standardError: Double
    /// Normal-approximation 95% interval, mean ± 1.959964 · s / √R (NaN bounds for one run).
    public var ci95: (lower: Double, upper: Double)

    /// Half the width of ``ci95``.
    public var halfWidth: Double { 1.959964 * standardError }

    /// Two estimates are equal when their mean, share and standard error are (NaN standard errors
    /// compare equal by bit pattern).
    public static func == (a: SpreadEstimate, b: SpreadEstimate) -> Bool {
        a.mean == b.mean && a.share == b.share && a.standardError.bitPattern == b.standardError.bitPattern
    }

    /// The estimate from per-run counts (summed in run order, so deterministic).
    init(counts: [Int32], firmCount: Int) {
        let r = Double(counts.count)
        var sum = 0.0
        for c in counts { sum += Double(c) }
        let mean = counts.isEmpty ? .nan : sum / r
        var squares = 0.0
        for c in counts { squares += (Double(c) - mean) * (Double(c) - mean) }
        let sd = counts.count > 1 ? (squares / (r - 1)).squareRoot() : .nan
        let se = sd / r.squareRoot()
        self.mean = mean
        self.share = firmCount > 0 ? mean / Double(firmCount) : .nan
        self.standardDeviation = sd
        self.standardError = se
        self.ci95 = (mean - 1.959964 * se, mean + 1.959964 * se)
    }

    /// An exact (deterministic) value, with a zero-width interval.
    init(exact value: Double, firmCount: Int) {
        mean = value
        share = firmCount > 0 ? value / Double(firmCount) : .nan
        standardDeviation = 0
        standardError = 0
        ci95 = (value, value)
    }
}

/// One point of the diffusion curve: firms reached by `step` (cumulative), over runs.
public struct CurvePoint: Sendable, Equatable {
    /// The step: 0 is the seeds alone.
    public var step: Int
    /// Mean number of firms reached by this step, over runs (cumulative).
    public var mean: Double
    /// 5th and 95th percentiles over runs (linear interpolation between order statistics,
    /// as NumPy's default and R's type 7).
    public var p05: Double
    /// 95th percentile over runs of the firms reached by this step.
    public var p95: Double
}

/// What a diffusion simulation estimates.
public struct DiffusionResult: Sendable {
    /// Monte Carlo runs behind the estimates (1 for the deterministic knowledge-level model).
    public var runs: Int
    /// Firms in the cluster (without knocked-out firms): the denominator of shares.
    public var firmCount: Int
    /// Firms reached (aware, for the knowledge model) per run.
    public var spread: SpreadEstimate
    /// Firms ending with capability (tacit knowledge) per run; knowledge model only.
    public var capability: SpreadEstimate?
    /// Firms reached by each step, from step 0 (the seeds) to the last step of the longest run;
    /// shorter runs count with their final value.
    public var curve: [CurvePoint]
    /// Per firm (node number): the share of runs in which it was reached.
    public var reachProbability: [Double]
    /// Per firm: mean arrival step over the runs that reached it; NaN if none did.
    public var meanArrivalStep: [Double]
    /// Per firm: the share of runs in which it ended with capability; knowledge model only.
    public var capabilityProbability: [Double]?
    /// Ties examined (a random draw or a weight added) over all runs.
    public var tieExaminations: Int
    /// Firms reached in each run, in run order (for paired comparisons of two simulations
    /// run with the same seed: common random numbers).
    public internal(set) var runSpreads: [Int32] = []

    init(batch: RunBatch, firmCount: Int) {
        let r = batch.runCount
        runs = r
        self.firmCount = firmCount
        spread = SpreadEstimate(counts: batch.spreads, firmCount: firmCount)
        runSpreads = batch.spreads
        capability = batch.capable.isEmpty ? nil : SpreadEstimate(counts: batch.capability, firmCount: firmCount)
        reachProbability = batch.reach.map { Double($0) / Double(r) }
        meanArrivalStep = zip(batch.arrivalSum, batch.reach).map { $1 > 0 ? Double($0) / Double($1) : .nan }
        capabilityProbability = batch.capable.isEmpty ? nil : batch.capable.map { Double($0) / Double(r) }
        tieExaminations = batch.examinations
        curve = Self.curve(batch)
    }

    init(
        runs: Int, firmCount: Int, spread: SpreadEstimate, curve: [CurvePoint],
        reachProbability: [Double], meanArrivalStep: [Double]
    ) {
        self.runs = runs
        self.firmCount = firmCount
        self.spread = spread
        self.capability = nil
        self.curve = curve
        self.reachProbability = reachProbability
        self.meanArrivalStep = meanArrivalStep
        self.capabilityProbability = nil
        self.tieExaminations = 0
    }

    /// Mean and percentiles of the cumulative count per step; O(T · R log R).
    static func curve(_ batch: RunBatch) -> [CurvePoint] {
        let r = batch.runCount
        guard r > 0 else { return [] }
        var length = 0
        for k in 0..<r { length = Swift.max(length, batch.curveOffsets[k + 1] - batch.curveOffsets[k]) }
        var cumulative = [Int32](repeating: 0, count: r)
        var sorted = [Int32](repeating: 0, count: r)
        var points: [CurvePoint] = []
        points.reserveCapacity(length)
        for t in 0..<length {
            var sum = 0.0
            for k in 0..<r {
                let i = batch.curveOffsets[k] + t
                if i < batch.curveOffsets[k + 1] { cumulative[k] += batch.curveCounts[i] }
                sum += Double(cumulative[k])
                sorted[k] = cumulative[k]
            }
            sorted.sort()
            points.append(
                CurvePoint(
                    step: t, mean: sum / Double(r),
                    p05: quantile(sorted, 0.05), p95: quantile(sorted, 0.95)))
        }
        return points
    }

    /// Quantile of sorted values by linear interpolation at h = (R − 1) q (type 7).
    static func quantile(_ sorted: [Int32], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down))
        let hi = Swift.min(lo + 1, sorted.count - 1)
        return Double(sorted[lo]) + (h - Double(lo)) * Double(sorted[hi] - sorted[lo])
    }
}
