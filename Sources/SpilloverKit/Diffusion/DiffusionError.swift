/// Why a diffusion could not be set up. Each case names the parameter or option at fault.
public enum DiffusionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A model parameter out of range: its name and what was expected.
    case invalidParameter(String, String)
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
        case let .invalidParameter(name, expected): "\(name): \(expected)"
        case let .unknownSeeds(ids):
            "no firm with id \(ids.map { "'\($0)'" }.joined(separator: ", ")) in the cluster"
        case let .ambiguousSeedLabel(label, ids):
            "'\(label)' is the label of \(ids.count) firms (\(ids.map { "'\($0)'" }.joined(separator: ", "))); give one of their ids"
        case let .invalidSeeds(message): message
        case let .parameterFile(path, reason): "\(path): \(reason.rendered(naming: name))"
        }
    }
}
