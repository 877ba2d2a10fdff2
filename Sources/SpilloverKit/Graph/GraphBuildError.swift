/// Ties or firms that cannot make a graph: thrown where a program builds a cluster in code
/// (``GraphBuilder/build(ties:isolates:nodes:directed:weighted:merge:)``, ``ClusterSource``,
/// ``RawEdgeList``, ``NodeTable``), which check in code what the readers check in files.
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
    /// Merging duplicate ties by summing their weights gives `ties` ties a weight beyond
    /// `Double`'s range.
    case mergedWeightOverflow(ties: Int)
    /// The initialiser's argument `argument` (one of the parallel arrays of ``RawEdgeList``
    /// or ``NodeTable``) has `found` entries where `expected` are needed.
    case lengthMismatch(argument: Argument, expected: Int, found: Int)
    /// The node table's column `column` has `found` values where the table has `expected`
    /// firms.
    case columnLengthMismatch(column: String, expected: Int, found: Int)
    /// Tie number `tie` (0-based) has an end `firm` that is not a firm number (not in
    /// `0..<firmCount`).
    case firmNumberOutOfRange(tie: Int, firm: Int, firmCount: Int)
    /// Tie number `tie` (0-based) has a type number `type` that is not in `0..<typeCount`.
    case typeNumberOutOfRange(tie: Int, type: Int, typeCount: Int)
    /// The firm id at `position` of a list of firms is empty.
    case emptyFirmID(position: Int)
    /// Two firms have the id `id`.
    case duplicateID(String)
    /// The absorptive capacity of `firm` is not a number in [0, 1].
    case invalidCapacity(firm: String, value: Double)

    /// The parallel-array arguments of ``RawEdgeList/init(file:ids:tails:heads:weights:types:tieTypes:hasWeights:)``
    /// and ``NodeTable/init(file:ids:columnNames:columns:absorptiveCapacity:)`` whose length
    /// is checked, named as the initialisers name them.
    public enum Argument: String, Sendable, CaseIterable {
        /// ``RawEdgeList``'s heads: one per tail.
        case heads
        /// ``RawEdgeList``'s weights: one per tail.
        case weights
        /// ``RawEdgeList``'s types: one per tail.
        case types
        /// ``RawEdgeList``'s tie type labels: at least one.
        case tieTypes
        /// ``NodeTable``'s columns: one per column name.
        case columns
        /// ``NodeTable``'s absorptive capacities: one per firm.
        case absorptiveCapacity
    }

    /// A one-line message in plain words naming the tie or firm at fault.
    public var description: String {
        switch self {
        case let .invalidWeight(index, source, target, weight):
            "tie \(index) (\(source) – \(target)): the weight must be a finite number > 0, not \(weight)"
        case let .emptyID(index):
            "tie \(index): empty firm id; every tie needs a source and a target firm"
        case let .weightSumOverflow(firm, strength):
            Self.overflowMessage(firm: firm, strength: strength)
        case let .mergedWeightOverflow(ties):
            "the summed weight of \(ties) merged tie\(ties == 1 ? "" : "s") is beyond the range of numbers (over 1.8e308); "
                + "merge duplicate ties by their largest or first weight instead of their sum, or rescale the weights"
        case let .lengthMismatch(argument, expected, found):
            "\(argument.rawValue) has \(found) entries; \(expected) are needed"
        case let .columnLengthMismatch(column, expected, found):
            "column '\(column)' has \(found) entries; \(expected) are needed"
        case let .firmNumberOutOfRange(tie, firm, firmCount):
            "tie \(tie): firm number is \(firm), not in 0..<\(firmCount)"
        case let .typeNumberOutOfRange(tie, type, typeCount):
            "tie \(tie): type number is \(type), not in 0..<\(typeCount)"
        case let .emptyFirmID(position):
            "firm \(position): empty firm id"
        case let .duplicateID(id):
            "two firms have the id '\(id)'; ids must be unique"
        case let .invalidCapacity(firm, value):
            "absorptive capacity of '\(firm)' must be a number in [0, 1], not \(value)"
        }
    }

    /// Checks that `ids` are non-empty and distinct.
    static func checkIDs(_ ids: [String]) throws(GraphBuildError) {
        var seen = Set<String>(minimumCapacity: ids.count)
        for (k, id) in ids.enumerated() {
            guard !id.isEmpty else { throw .emptyFirmID(position: k) }
            guard seen.insert(id).inserted else { throw .duplicateID(id) }
        }
    }

    /// The explanation of ``weightSumOverflow(firm:strength:)``.
    static func overflowMessage(firm: String, strength: Double) -> String {
        let amount = strength.isFinite ? "weigh \(formatSignificant(strength, digits: 3)) in total" : "weigh more than 1.8e308 in total"
        return "the tie weights are too large to add up: the ties of firm '\(firm)' \(amount), and twice the sum of all "
            + "weights must stay below 1.8e308 (strengths and constraint add them up); divide the weights by a common factor"
    }
}
