import SpilloverKit

/// The one place where the library's settings become this tool's flags: errors, warnings
/// and notes name a ``Setting`` as a typed value, and each message the tool prints renders
/// it with ``flag`` (`error.description(naming: \.flag)`), so the library's sentences reach
/// the user with the options they can type.
extension Setting {
    /// The flag, with its value where the setting has one, that sets this setting.
    var flag: String {
        switch self {
        case .directed: "--directed"
        case .reverse: "--reverse"
        case .merge(let policy): "--merge \(policy.rawValue)"
        case .inputFormat: "--input-format"
        case .decimalComma: "--decimal-comma"
        case .sourceColumn: "--source-column"
        case .targetColumn: "--target-column"
        case .exactPaths: "--exact"
        case .pathSample: "--path-sample K"
        case .linearTime: "--time linear"
        case .observedUntil: "--observed-until"
        case .covariates: "--covariates"
        case .byChannel: "--by-channel"
        case .criteria: "--criteria"
        case .fittedParameters: "spillover fit --write-params"
        case .diffusionParameter(let parameter): parameter.flag
        }
    }
}

extension DiffusionParameter {
    /// The option that sets this parameter (the tie type of a per-type parameter is in the
    /// message beside it).
    var flag: String {
        switch self {
        case .p: "--p"
        case .scale: "--scale"
        case .typeProbability: "--p-by-type"
        case .externalEpsilon: "--external"
        case .externalSteps: "--steps"
        case .sirBeta: "--beta"
        case .sirGamma: "--gamma"
        case .knowledgeBeta(let channel, _): "--\(channel.rawValue)-beta"
        case .knowledgeKappa(let channel): "--\(channel.rawValue)-kappa"
        case .externalisation: "--externalisation"
        case .internalisation: "--internalisation"
        case .immEpsilon: "--epsilon"
        case .immEll: "--ell"
        case .runs: "--runs"
        }
    }
}

extension SettingText {
    /// The message with its settings named by their flags.
    var withFlags: String { rendered(naming: \.flag) }
}
