import ArgumentParser
import Foundation

/// `type=value` pairs separated by commas (`vertical=0.2,horizontal=0.05`), as
/// `--p-by-type` takes them: probabilities per tie type.
enum TypeValues {
    /// - Throws: a usage error naming `option` for a malformed pair or a value outside [0, 1].
    static func probabilities(_ text: String, option: String) throws -> [String: Double] {
        var out: [String: Double] = [:]
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
                throw ValidationError("\(option): expected type=probability pairs separated by commas (e.g. vertical=0.2,horizontal=0.05), not '\(item)'")
            }
            guard (0...1).contains(value) else { throw ValidationError("\(option): the probability of '\(parts[0])' must be in [0, 1], not \(parts[1])") }
            out[parts[0]] = value
        }
        return out
    }
}
