/// Ties that cannot make a graph: thrown by ``GraphBuilder/build(ties:isolates:directed:weighted:merge:)``,
/// which checks in code what ``EdgeListReader`` checks in files.
public enum GraphBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Tie number `index` (0-based, in the order given) has a weight that is not a finite
    /// number > 0.
    case invalidWeight(index: Int, source: String, target: String, weight: Double)
    /// Tie number `index` has an empty source or target id.
    case emptyID(index: Int)
    /// The tie weights are too large to add up: twice their sum is beyond `Double`'s range
    /// (1.8·10^308), so strengths, constraint's mutual weights or the total weight of a
    /// community partition would be infinite. `firm` is the firm of largest strength.
    case weightSumOverflow(firm: String, strength: Double)

    /// A one-line message in plain words naming the tie or firm at fault.
    public var description: String {
        switch self {
        case let .invalidWeight(index, source, target, weight):
            "tie \(index) (\(source) – \(target)): the weight must be a finite number > 0, not \(weight)"
        case let .emptyID(index):
            "tie \(index): empty firm id; every tie needs a source and a target firm"
        case let .weightSumOverflow(firm, strength):
            Self.overflowMessage(firm: firm, strength: strength)
        }
    }

    /// The explanation of ``weightSumOverflow(firm:strength:)``, shared with the command line.
    public static func overflowMessage(firm: String, strength: Double) -> String {
        let amount = strength.isFinite ? "weigh \(formatSignificant(strength, digits: 3)) in total" : "weigh more than 1.8e308 in total"
        return "the tie weights are too large to add up: the ties of firm '\(firm)' \(amount), and twice the sum of all "
            + "weights must stay below 1.8e308 (strengths and constraint add them up); divide the weights by a common factor"
    }
}
