/// A parameter of a diffusion model or of seed selection, as an error reports it
/// (``DiffusionError/invalidParameter(_:value:expected:file:)``).
///
/// Each case names where the value is set in the library's API. A front end names it its own
/// way through ``Setting/diffusionParameter(_:)`` (a command line tool by the option that sets
/// it); the tie type of a per-type parameter is part of the value, not of the name, so that
/// the message can say it beside the option.
public enum DiffusionParameter: Sendable, Hashable, CustomStringConvertible {
    /// The channels of the knowledge model (``KnowledgeParameters``) that have rates per tie
    /// type and a tie-strength exponent.
    public enum KnowledgeChannel: String, Sendable, Hashable, CaseIterable {
        /// ``KnowledgeParameters/tacit``, ``KnowledgeParameters/codified`` or
        /// ``KnowledgeParameters/level``; the raw value is the property's name.
        case tacit, codified, level
    }

    /// p of ``CascadeProbability/uniform(_:)``.
    case p
    /// The scale of ``CascadeProbability/weight(scale:)``.
    case scale
    /// The probability of one tie type in ``CascadeProbability/byType(_:other:)``; `other`
    /// names its `other` probability.
    case typeProbability(String)
    /// ε, the adoption from outside the network per step, of
    /// ``DiffusionModel/externalCascade(_:epsilon:steps:)``.
    case externalEpsilon
    /// The number of steps of ``DiffusionModel/externalCascade(_:epsilon:steps:)``.
    case externalSteps
    /// β, the infection probability of ``DiffusionModel/sir(beta:gamma:)``.
    case sirBeta
    /// γ, the recovery probability of ``DiffusionModel/sir(beta:gamma:)``.
    case sirGamma
    /// β of one tie type in a channel of the knowledge model
    /// (``KnowledgeParameters/Channel/beta``).
    case knowledgeBeta(KnowledgeChannel, tieType: String)
    /// κ, the tie-strength exponent of a channel of the knowledge model
    /// (``KnowledgeParameters/Channel/kappa``).
    case knowledgeKappa(KnowledgeChannel)
    /// ``KnowledgeParameters/externalisation``.
    case externalisation
    /// ``KnowledgeParameters/internalisation``.
    case internalisation
    /// ε, the approximation slack of ``IMM/epsilon``.
    case immEpsilon
    /// ℓ, the failure exponent of ``IMM/ell``.
    case immEll
    /// The Monte Carlo runs per estimate of ``SpreadOracle/runs``.
    case runs

    /// The tie type a per-type parameter is about, `nil` for the others.
    public var tieType: String? {
        switch self {
        case .typeProbability(let type), .knowledgeBeta(_, let type): type
        default: nil
        }
    }

    /// The parameter as the library's API names it, without the tie type: `p`, `byType`,
    /// `tacit.beta`, `IMM.epsilon`, ….
    public var name: String {
        switch self {
        case .p: "p"
        case .scale: "scale"
        case .typeProbability: "byType"
        case .externalEpsilon: "epsilon"
        case .externalSteps: "steps"
        case .sirBeta: "beta"
        case .sirGamma: "gamma"
        case let .knowledgeBeta(channel, _): "\(channel.rawValue).beta"
        case let .knowledgeKappa(channel): "\(channel.rawValue).kappa"
        case .externalisation: "externalisation"
        case .internalisation: "internalisation"
        case .immEpsilon: "IMM.epsilon"
        case .immEll: "IMM.ell"
        case .runs: "runs"
        }
    }

    /// The name with the tie type where there is one: `tacit.beta['vertical']`.
    public var description: String { tieType.map { "\(name)['\($0)']" } ?? name }

    /// Whether the parameter counts something (steps, runs): its values are whole numbers.
    var isCount: Bool { self == .externalSteps || self == .runs }
}

/// The values a ``DiffusionParameter`` may take, as an error reports them
/// (``DiffusionError/invalidParameter(_:value:expected:file:)``).
public enum ParameterRange: Sendable, Hashable, CustomStringConvertible {
    /// A probability in [0, 1].
    case probability
    /// A probability in (0, 1]: above 0.
    case positiveProbability
    /// A number in (0, 1), both ends excluded.
    case openUnitInterval
    /// A finite number ≥ 0.
    case nonNegative
    /// A finite number > 0.
    case positive
    /// A finite number.
    case finite
    /// A whole number ≥ the bound.
    case atLeast(Int)

    /// Whether `value` is in the range.
    public func contains(_ value: Double) -> Bool {
        switch self {
        case .probability: (0...1).contains(value)
        case .positiveProbability: value > 0 && value <= 1
        case .openUnitInterval: value > 0 && value < 1
        case .nonNegative: value >= 0 && value.isFinite
        case .positive: value > 0 && value.isFinite
        case .finite: value.isFinite
        case .atLeast(let bound): value >= Double(bound) && value == value.rounded()
        }
    }

    /// The range in words: `a probability in [0, 1]`, `a finite number ≥ 0`, ….
    public var description: String {
        switch self {
        case .probability: "a probability in [0, 1]"
        case .positiveProbability: "a probability in (0, 1]"
        case .openUnitInterval: "a number in (0, 1)"
        case .nonNegative: "a finite number ≥ 0"
        case .positive: "a finite number > 0"
        case .finite: "a finite number"
        case .atLeast(let bound): "a whole number ≥ \(bound)"
        }
    }
}
