import ArgumentParser
import Foundation
import SpilloverKit

/// The measure names users type (`--measures`, `--sort-by`, `--criteria`) read into the
/// library's ``Measure``: the only place that spells measures as text, so the library's
/// callers cannot spell one differently from another.
///
/// A name is a column name of `spillover metrics` in any case, with `-` or `_`
/// (`effective-size`, `Effective_Size`); in a measure list `brokerage` names the six counts
/// and their z-scores.
enum MeasureNames {
    /// A name that is no measure.
    struct Unknown: Error, CustomStringConvertible {
        /// The name as the user gave it.
        var name: String
        var description: String {
            "unknown measure '\(name)'; known measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")), brokerage"
        }
    }

    /// The measure that `text` names, or `nil`.
    static func measure(_ text: String) -> Measure? {
        Measure(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The measures of a list such as `degree,pagerank,brokerage` (already split at commas;
    /// empty entries are skipped), in the order given. With `expected`, `brokerage` also
    /// names the expected counts.
    ///
    /// - Throws: ``Unknown`` naming the first entry that is no measure.
    static func list(_ names: [String], expected: Bool) throws(Unknown) -> [Measure] {
        var out: [Measure] = []
        for raw in names {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text.lowercased() == "brokerage" {
                out += Measure.brokerage(.count) + Measure.brokerage(.zScore)
                if expected { out += Measure.brokerage(.expected) }
            } else if let m = measure(text) {
                out.append(m)
            } else {
                throw Unknown(name: raw)
            }
        }
        return out
    }

    /// Parses the `--criteria` syntax `name=weight,name=weight,…`: a name is a named
    /// criterion (``FocalCriterion/named``) or a measure (spelt as ``measure(_:)`` reads it;
    /// the criterion then takes the measure's column name). A name alone means weight 1.
    ///
    /// - Throws: a usage error naming `--criteria` and the part at fault: an empty part, a
    ///   weight that is no number ≥ 0, an unknown name, or what the library's
    ///   ``FocalCriterion/validate(_:)`` refuses (a name given twice, no weight > 0).
    static func criteria(_ spec: String) throws(ValidationError) -> [FocalCriterion] {
        var result: [FocalCriterion] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { throw ValidationError("--criteria: empty criterion in '\(spec)'") }
            let pieces = item.split(separator: "=", maxSplits: 1).map(String.init)
            let name = pieces[0].trimmingCharacters(in: .whitespaces)
            var weight = 1.0
            if pieces.count == 2 {
                guard let w = Double(pieces[1].trimmingCharacters(in: .whitespaces)), w.isFinite, w >= 0 else {
                    throw ValidationError("--criteria: weight of '\(name)' must be a number ≥ 0, not '\(pieces[1])'")
                }
                weight = w
            }
            let criterion: FocalCriterion
            if let named = FocalCriterion.named[name] {
                criterion = FocalCriterion(name: name, measures: named, weight: weight)
            } else if let m = measure(name) {
                criterion = FocalCriterion(m, weight: weight)
            } else {
                let choices = (FocalCriterion.named.keys.sorted() + Measure.allCases.map(\.rawValue).sorted()).joined(separator: ", ")
                throw ValidationError("--criteria: unknown criterion '\(name)'; use one of: \(choices)")
            }
            guard !result.contains(where: { $0.name == criterion.name }) else {
                throw ValidationError(FocalError.repeatedCriterion(criterion.name).description(naming: \.flag))
            }
            result.append(criterion)
        }
        do { try FocalCriterion.validate(result) } catch { throw ValidationError(error.description(naming: \.flag)) }
        return result
    }
}
