/// Why a diffusion could not be set up. Each case names the parameter or option at fault.
public enum DiffusionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A parameter out of range: which one, its value and the values it may take. `file` is
    /// the parameter file the value was read from (``KnowledgeParameters/load(path:)``),
    /// `nil` when it was set in code.
    case invalidParameter(DiffusionParameter, value: Double, expected: ParameterRange, file: String? = nil)
    /// A seed-selection method asked for under a model it is not defined for (IMM and degree
    /// discount need the independent cascade or the linear threshold model; see
    /// ``SeedMethod/supports(_:)``).
    case unsupportedModel(SeedMethod, DiffusionModel)
    /// Seed ids that are not firms of the cluster.
    case unknownSeeds([String])
    /// A seed given by a label that several firms share: the label and their ids.
    case ambiguousSeedLabel(String, [String])
    /// A seed rule that cannot be met (no seeds, more seeds than firms, a bad rule).
    case invalidSeeds(String)
    /// A parameter file that cannot be read or decoded: path and reason (which may name the
    /// setting that writes such files).
    case parameterFile(String, SettingText)

    /// A one-line message in plain words, naming the parameter, the seeds or the file at
    /// fault, and settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`.
    public func description(naming name: (Setting) -> String) -> String {
        switch self {
        case let .invalidParameter(parameter, value, expected, file):
            if let file {
                "\(file): \(Self.outOfRange(parameter.name, parameter, value, expected))"
            } else {
                Self.outOfRange(name(.diffusionParameter(parameter)), parameter, value, expected)
            }
        case let .unsupportedModel(method, model):
            "\(method.rawValue) is defined for the independent cascade and linear threshold models only, not for \(model.name)"
        case let .unknownSeeds(ids):
            "no firm with id \(ids.map { "'\($0)'" }.joined(separator: ", ")) in the cluster"
        case let .ambiguousSeedLabel(label, ids):
            "'\(label)' is the label of \(ids.count) firms (\(ids.map { "'\($0)'" }.joined(separator: ", "))); give one of their ids"
        case let .invalidSeeds(message): message
        case let .parameterFile(path, reason): "\(path): \(reason.rendered(naming: name))"
        }
    }

    /// `name: expected a probability in [0, 1] for tie type 'vertical', got 1.5`.
    private static func outOfRange(_ name: String, _ parameter: DiffusionParameter, _ value: Double, _ expected: ParameterRange) -> String {
        let type = parameter.tieType.map { " for tie type '\($0)'" } ?? ""
        let note = parameter == .sirGamma ? " (γ = 0 never ends)" : ""
        let shown = parameter.isCount ? Int(exactly: value).map(String.init) ?? "\(value)" : "\(value)"
        return "\(name): expected \(expected)\(type)\(note), got \(shown)"
    }

    /// Throws ``invalidParameter(_:value:expected:file:)`` when `value` is not in `range`.
    static func require(_ parameter: DiffusionParameter, _ value: Double, in range: ParameterRange) throws(DiffusionError) {
        guard range.contains(value) else { throw .invalidParameter(parameter, value: value, expected: range) }
    }
}
