/// Options that ask for a number of firms, checked against the cluster.
///
/// - Firms to act on — seeds (`--seeds focal:K`, `--k`, `--top` of `analyze`) and knockouts:
///   a K the user gave that is larger than the number of firms is a usage error naming the
///   option (exit 64); a default K is lowered to the number of firms, with a note on
///   standard error.
/// - Firms to show — `rank --top`, `dot --top` (formerly `--highlight-top`) — are upper limits, as `head -n`:
///   a K above the number of firms shows them all, with a note when the user gave it.
enum FirmCount {
    /// A display limit: `given` (or `defaultValue`) capped at `firms`, with a note when a
    /// value the user gave is capped.
    static func limit(_ given: Int?, default defaultValue: Int, option: String, firms: Int, file: String) -> Int {
        if let given, given > firms {
            Terminal.note("\(option) \(given): the cluster in \(file) has only \(firms) firm\(firms == 1 ? "" : "s"); showing all \(firms)")
        }
        return min(given ?? defaultValue, firms)
    }

    /// `given` when it is at most `firms`; else throws a usage error naming `option`.
    static func check(_ given: Int, option: String, firms: Int, file: String) throws -> Int {
        guard given <= firms else { throw CLIError.usage(tooMany(option: option, given: "\(given)", firms: firms, file: file)) }
        return given
    }

    /// What an option that asks for more firms than the cluster has says: the option and
    /// its value as given (`--seeds degree:99`), the file and the largest K it allows.
    static func tooMany(option: String, given: String, firms: Int, file: String) -> String {
        "\(option) \(given): the cluster in \(file) has only \(firms) firm\(firms == 1 ? "" : "s"); give at most \(firms)"
    }

    /// `defaultValue`, or `firms` with a note when the cluster has fewer firms. `shown`
    /// writes a value as the option takes it (`focal:5` for `--seeds`).
    static func clampDefault(
        _ defaultValue: Int, option: String, firms: Int, file: String, shown: (Int) -> String = { "\($0)" }
    ) -> Int {
        guard defaultValue > firms else { return defaultValue }
        Terminal.note("\(option) defaults to \(shown(defaultValue)), but the cluster in \(file) has only \(firms) firm\(firms == 1 ? "" : "s"): using \(shown(firms))")
        return firms
    }

    /// ``check(_:option:firms:file:)`` for a value the user gave, ``clampDefault(_:option:firms:file:shown:)`` for `nil`.
    static func resolve(_ given: Int?, default defaultValue: Int, option: String, firms: Int, file: String) throws -> Int {
        if let given { return try check(given, option: option, firms: firms, file: file) }
        return clampDefault(defaultValue, option: option, firms: firms, file: file)
    }
}
