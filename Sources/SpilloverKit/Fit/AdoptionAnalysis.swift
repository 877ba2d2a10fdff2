/// What `spillover fit` estimates from an adoption record, and how.
public struct AdoptionFitOptions: Sendable {
    /// One exposure term and one p per channel (tie type) instead of pooled ones.
    public var byChannel = false
    /// Exposure weighted by tie strength instead of counting in-neighbours.
    public var weightedExposure = false
    /// How the hazard model's baseline changes over time: a term per period (the default) or a
    /// linear trend.
    public var time: HazardTime = .period
    /// Numeric firm attributes added to the hazard model as predictors (γ · x_i).
    public var covariates: [Covariate] = []
    /// Structural-test permutations (0 skips the test).
    public var permutations = 1000
    /// Parametric-bootstrap replicates of the cascade model (0: none).
    public var bootstrap = 0
    /// Simulated cascades of the goodness-of-fit check (0 skips it).
    public var checkRuns = 1000
    /// The random seed of the structural test, the bootstrap and the goodness-of-fit check.
    public var seed: UInt64 = 1
    /// Worker threads for the permutations, replicates and simulations (``WorkerPool/threads``
    /// unless set); results do not depend on it.
    public var threads = WorkerPool.threads

    /// The defaults: pooled, unweighted exposure, period terms, no covariates, 1,000 permutations,
    /// no bootstrap, 1,000 check runs, seed 1, ``WorkerPool/threads`` threads.
    public init() {}
}

/// The whole fit of a diffusion to observed adoption: descriptives (adoption curve, exposure,
/// thresholds, structural test), the discrete-time hazard model, the cascade model with the
/// no-network model beside it (and with channels, the equal-channels test), and the
/// goodness-of-fit check.
public struct AdoptionAnalysis: Sendable {
    /// The options the analysis ran with.
    public let options: AdoptionFitOptions
    /// The observed adoption periods, seeds and censoring.
    public let record: AdoptionRecord
    /// Adopters, cumulative adopters and hazard rate per period.
    public let curve: AdoptionCurve
    /// Exposure over the union graph (one class) and per channel.
    public let pooledExposure: ExposureTable
    /// Exposure per channel (tie type), one class per channel.
    public let channelExposure: ExposureTable
    /// The structural-dependence test; `nil` when it was skipped (no permutations).
    public let structuralTest: StructuralTest?
    /// The hazard model; `nil` when quasi-complete separation makes an estimate infinite
    /// (``hazardFailure`` says on which term; the rest of the analysis stands).
    public let hazard: LogitFit?
    /// Why the hazard model could not be estimated, when ``hazard`` is `nil`.
    public let hazardFailure: FitError?
    /// Firms left out of the hazard model for a missing covariate.
    public let hazardDroppedFirms: Int
    /// Exposure terms left out of the hazard model: no firm at risk was ever exposed that way.
    public let hazardDroppedTerms: [String]
    /// The cascade model's maximum-likelihood fit (ε and p per class).
    public let cascade: CascadeFit
    /// The arcs the cascade model ran on (pooled pairs or typed ties).
    public let cascadeArcs: AdoptionArcs
    /// The model without the network (p = 0, outside adoption ε alone): its estimate,
    /// log-likelihood and AIC, for comparison with ``cascade``.
    public let noNetwork: (epsilon: Double, logLikelihood: Double, aic: Double)
    /// The likelihood-ratio test of equal transmission probabilities across channels; `nil` for
    /// the pooled model, or when fewer than two channels' probabilities are identified.
    public let equalChannels: LikelihoodRatioTest?
    /// The parametric-bootstrap intervals; `nil` when no replicates were asked for.
    public let bootstrap: CascadeBootstrap?
    /// The goodness-of-fit check; `nil` when it was skipped.
    public let check: FitCheck?

    /// - Parameters:
    ///   - pooled: the union graph's arcs (``AdoptionArcs/pooled(_:)``).
    ///   - channels: the typed arcs (``AdoptionArcs/channels(graph:ties:)``).
    ///   - record: the observed adoption periods, on the same nodes as the arcs.
    ///   - options: what to estimate and how.
    /// - Throws: ``FitError`` when the data cannot be fitted (nobody exposed, separation,
    ///   non-convergence); `CancellationError` when the calling task is cancelled.
    public init(pooled: AdoptionArcs, channels: AdoptionArcs, record: AdoptionRecord, options: AdoptionFitOptions) throws {
        self.options = options
        self.record = record
        curve = AdoptionCurve(record: record)
        pooledExposure = ExposureTable(arcs: pooled, record: record, weighted: options.weightedExposure)
        channelExposure = ExposureTable(arcs: channels, record: record, weighted: options.weightedExposure)
        let arcs = options.byChannel ? channels : pooled
        cascadeArcs = arcs
        // The cascade first: it names the case of a network through which nobody was exposed.
        var cascade = try CascadeModel.fit(arcs: arcs, record: record)
        structuralTest =
            options.permutations > 0
            ? try StructuralTest(
                arcs: pooled, record: record, weighted: options.weightedExposure,
                permutations: options.permutations, seed: options.seed, threads: options.threads)
            : nil
        let exposure = options.byChannel ? channelExposure : pooledExposure
        let names = options.byChannel ? channels.classNames.map { "exposure_" + $0 } : ["exposure"]
        let design = HazardModel.design(record: record, exposure: exposure, exposureNames: names, covariates: options.covariates, time: options.time)
        // Separation leaves the hazard model out and says why; any other failure is the fit's.
        switch Result(catching: { () throws(FitError) in try LogisticRegression.fit(design.design) }) {
        case .success(let fit):
            hazard = fit
            hazardFailure = nil
        case .failure(let error):
            guard case .separation = error else { throw error }
            hazard = nil
            hazardFailure = error
        }
        hazardDroppedFirms = design.droppedFirms
        hazardDroppedTerms = design.droppedTerms
        noNetwork = CascadeModel.epsilonOnly(record: record)
        equalChannels =
            options.byChannel && cascade.p.filter(\.identified).count > 1
            ? try CascadeModel.equalChannelsTest(full: cascade, arcs: channels, record: record)
            : nil
        if options.bootstrap > 0 {
            let b = try CascadeBootstrap(fit: cascade, arcs: arcs, record: record, replicates: options.bootstrap, seed: options.seed, threads: options.threads)
            cascade = cascade.with(b)
            bootstrap = b
        } else {
            bootstrap = nil
        }
        self.cascade = cascade
        check =
            options.checkRuns > 0
            ? try FitCheck(fit: cascade, arcs: arcs, record: record, runs: options.checkRuns, seed: options.seed, threads: options.threads)
            : nil
    }

    /// Mean exposure at adoption over all adopters: pooled, and per channel.
    public var meanExposureAtAdoption: Double { pooledExposure.meanThreshold(record: record) }
    /// Mean exposure at adoption over all adopters in each channel, in channel order.
    public var meanExposureAtAdoptionByChannel: [(channel: String, mean: Double)] {
        channelExposure.classNames.indices.map { (channelExposure.classNames[$0], channelExposure.meanThreshold(record: record, class: $0)) }
    }
}

extension AdoptionAnalysis {
    /// The fitted cascade as a diffusion model (``DiffusionModel/externalCascade(_:epsilon:steps:)``)
    /// over the observed periods after the seeds': what `analyze` and `report` run from the
    /// focal firms when the node table has adoption times.
    public var fittedDiffusionModel: DiffusionModel {
        let p = FittedParameters(fit: cascade, periods: record.periodCount)
        return .externalCascade(p.pooled.map { .uniform($0) } ?? .byType(p.p, other: 0), epsilon: p.epsilon, steps: p.periods - 1)
    }
}
