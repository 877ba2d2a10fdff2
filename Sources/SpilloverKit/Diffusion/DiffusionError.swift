/// Why a diffusion or a seed selection could not be set up. Each case carries what is at
/// fault as values — the parameter and its value, the seeds' ids or node numbers, the counts
/// asked for and available, the file — so that a caller can act on it without reading the
/// message; ``description`` and ``description(naming:)`` word it in one line.
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
    /// Seeds given as node numbers that are not nodes of the cluster (not in
    /// `0..<nodeCount`), in the order given.
    case seedsNotInCluster(nodes: [Int], nodeCount: Int)
    /// Firms to remove given as node numbers that are not nodes of the cluster (not in
    /// `0..<nodeCount`), in the order given.
    case removedNotInCluster(nodes: [Int], nodeCount: Int)
    /// Seed firms that are also to be removed: their node numbers and, in the same order,
    /// their ids.
    case seedsAlsoRemoved(nodes: [Int], ids: [String])
    /// More seeds asked for (`asked`, the K of a seed rule or of a selection method) than the
    /// cluster has firms.
    case tooManySeeds(asked: Int, firms: Int)
    /// A number of seeds below 1 asked for.
    case tooFewSeeds(asked: Int)
    /// A selection method that needs more firms than the cluster has (IMM needs 2).
    case tooFewFirms(SeedMethod, firms: Int, needed: Int)
    /// A parameter file that cannot be read or decoded: path and reason (which may name the
    /// setting that writes such files).
    case parameterFile(String, SettingText)

    /// A one-line message in plain words, naming the parameter, the seeds or the file at
    /// fault, and settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`. A parameter
    /// out of range in a parameter file is named as the file spells it (`tacit.beta`),
    /// whatever `name` says: the value is the file's, not a setting's.
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
        case let .seedsNotInCluster(nodes, nodeCount):
            Self.outside("seed", nodes, nodeCount)
        case let .removedNotInCluster(nodes, nodeCount):
            Self.outside("removed", nodes, nodeCount)
        case let .seedsAlsoRemoved(nodes, ids):
            nodes.count == 1
                ? "firm \(Self.firms(nodes, ids)) is both a seed and removed; a removed firm cannot seed"
                : "firms \(Self.firms(nodes, ids)) are both seeds and removed; a removed firm cannot seed"
        case let .tooManySeeds(asked, firms):
            "asked for \(asked) seeds, but the cluster has \(firms) firm\(firms == 1 ? "" : "s")"
        case let .tooFewSeeds(asked):
            "asked for \(asked) seeds; at least 1 is needed"
        case let .tooFewFirms(method, firms, needed):
            "\(method.rawValue) needs at least \(needed) firms, but the cluster has \(firms)"
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

    /// `seed node 17 is not a node of the cluster (nodes 0 to 14)`.
    private static func outside(_ role: String, _ nodes: [Int], _ nodeCount: Int) -> String {
        let list = nodes.map(String.init).joined(separator: ", ")
        let subject = nodes.count == 1 ? "\(role) node \(list) is not a node" : "\(role) nodes \(list) are not nodes"
        return "\(subject) of the cluster (\(nodeCount == 0 ? "it has none" : "nodes 0 to \(nodeCount - 1)"))"
    }

    /// `'Medici' (node 8), 'Strozzi' (node 14)`.
    private static func firms(_ nodes: [Int], _ ids: [String]) -> String {
        zip(nodes, ids).map { "'\($1)' (node \($0))" }.joined(separator: ", ")
    }

    /// Throws ``tooFewSeeds(asked:)`` when `k` < 1 and ``tooManySeeds(asked:firms:)`` when
    /// `k` > `firms`.
    static func requireSeedCount(_ k: Int, firms: Int) throws(DiffusionError) {
        guard k >= 1 else { throw .tooFewSeeds(asked: k) }
        guard k <= firms else { throw .tooManySeeds(asked: k, firms: firms) }
    }

    /// Throws ``invalidParameter(_:value:expected:file:)`` when `value` is not in `range`.
    static func require(_ parameter: DiffusionParameter, _ value: Double, in range: ParameterRange) throws(DiffusionError) {
        guard range.contains(value) else { throw .invalidParameter(parameter, value: value, expected: range) }
    }
}
