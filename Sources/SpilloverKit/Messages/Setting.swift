/// A setting of the library that a message names: the remedy it suggests ("compute exact
/// values"), or the setting whose value it reports.
///
/// Errors, warnings and notes carry these as typed values inside a ``SettingText`` rather
/// than as words, so that each front end names them its own way: the library's
/// ``description`` speaks of its own parameters (`exact: true`), a command line tool of its
/// flags, a graphical one of its controls.
public enum Setting: Sendable, Hashable, CustomStringConvertible {
    /// Read the ties as directed: ``GraphReadOptions/directed``.
    case directed
    /// Flip every tie: ``GraphReadOptions/reverse``.
    case reverse
    /// How duplicate ties, or the two entries of a pair, are combined:
    /// ``GraphReadOptions/merge``, with the policy in force.
    case merge(MergePolicy)
    /// The format of the ties file, given rather than detected: ``GraphReadOptions/format``.
    case inputFormat
    /// Numbers written with a decimal comma: ``EdgeListOptions/decimalComma``.
    case decimalComma
    /// The name of the edge list's source column: ``EdgeListOptions/sourceColumn``.
    case sourceColumn
    /// The name of the edge list's target column: ``EdgeListOptions/targetColumn``.
    case targetColumn
    /// Exact path-based measures instead of sampled ones: ``MetricsOptions/exact``.
    case exactPaths
    /// The number of sampled sources of path-based measures: ``MetricsOptions/pathSample``.
    case pathSample
    /// A linear time trend in the hazard model instead of a term per period:
    /// ``HazardTime/linear`` as ``AdoptionFitOptions/time``.
    case linearTime
    /// The last period observed: the `observedUntil` of
    /// ``AdoptionTableReader/read(path:idColumn:timeColumn:covariates:period:observedUntil:delimiter:)``.
    case observedUntil
    /// The covariates of the hazard model: ``AdoptionFitOptions/covariates``.
    case covariates
    /// One cascade probability per channel: ``AdoptionFitOptions/byChannel``.
    case byChannel
    /// The criteria of a focal-firm ranking: ``FocalRanker/criteria``.
    case criteria
    /// Where a fitted cascade model is written: ``FittedParameters/json``.
    case fittedParameters
    /// A parameter of a diffusion model or of seed selection whose value a message reports
    /// (without its tie type, which the message says beside it).
    case diffusionParameter(DiffusionParameter)

    /// The setting as the library's API names it, e.g. `exact: true` or `merge: .sum`.
    public var description: String {
        switch self {
        case .directed: "directed: true"
        case .reverse: "reverse: true"
        case .merge(let policy): "merge: .\(policy.rawValue)"
        case .inputFormat: "format"
        case .decimalComma: "decimalComma: true"
        case .sourceColumn: "sourceColumn"
        case .targetColumn: "targetColumn"
        case .exactPaths: "exact: true"
        case .pathSample: "pathSample: K"
        case .linearTime: "time: .linear"
        case .observedUntil: "observedUntil"
        case .covariates: "covariates"
        case .byChannel: "byChannel: true"
        case .criteria: "criteria"
        case .fittedParameters: "FittedParameters.json"
        case .diffusionParameter(let parameter): parameter.name
        }
    }
}
