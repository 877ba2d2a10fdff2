import SpilloverKit

/// The `--seeds` syntax read into the library's ``SeedSelection``: `degree:K`, `random:K`,
/// `focal:K` or a comma-separated list of ids (or labels). The only place that spells seed
/// rules as text; the library takes them as values.
enum SeedRules {
    /// The selection that `text` names; `focal:K` takes the top K of `focalRanking`.
    ///
    /// - Throws: a usage error naming `--seeds` for a K that is not a whole number ≥ 1, or a
    ///   list that names no id.
    static func parse(_ text: String, focalRanking: any FirmRanker) throws(CLIError) -> SeedSelection {
        for rule in ["degree", "random", "focal"] where text.lowercased().hasPrefix(rule + ":") {
            let value = text.dropFirst(rule.count + 1)
            guard let k = Int(value), k >= 1 else {
                throw .usage("--seeds: \(rule):K needs a whole number K ≥ 1, not '\(value)'")
            }
            switch rule {
            case "degree": return .degree(k)
            case "random": return .random(k)
            default: return .focal(k, focalRanking)
            }
        }
        let ids = text.split(separator: ",").map(trimmed).filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw .usage("--seeds: no seed ids given") }
        return .ids(ids)
    }

    /// `text` without the white space (as `Character.isWhitespace` says) at either end.
    private static func trimmed(_ text: Substring) -> String {
        var s = text
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
