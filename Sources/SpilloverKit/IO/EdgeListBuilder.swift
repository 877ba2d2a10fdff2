/// The building sink of ``EdgeListReader``: interns ids and tie types to dense numbers and
/// stores the ties as parallel arrays.
struct EdgeListBuilder: EdgeRowSink {
    private var ids = IdInterner(capacity: 1 << 12)
    private var idStrings: [String] = []
    private var types = IdInterner(capacity: 16)
    private var typeStrings: [String] = []
    private var tails: [Int32] = []
    private var heads: [Int32] = []
    private var weights: [Double] = []
    private var typeIDs: [Int32] = []
    private var hasWeights = false
    private var hasTypes = false
    private let estimate: Int

    /// - Parameter estimate: the number of ties to reserve room for (exact after a pre-scan).
    init(estimate: Int) {
        self.estimate = estimate
    }

    mutating func start(_ layout: EdgeListLayout) {
        hasWeights = layout.weight != nil
        hasTypes = layout.type != nil
        if !hasTypes {
            _ = types.intern(UnsafeBufferPointer(start: nil, count: 0))
            typeStrings.append("")
        }
        tails.reserveCapacity(estimate)
        heads.reserveCapacity(estimate)
        // Weights and types are stored only when their column exists, and filled in at the
        // end otherwise: a file that fails on its last row never held them.
        if hasWeights { weights.reserveCapacity(estimate) }
        if hasTypes { typeIDs.reserveCapacity(estimate) }
    }

    @inline(__always)
    mutating func endpoint(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, isSource: Bool, file: String) throws(InputError) {
        if isSource {
            tails.append(try Self.intern(key, field, into: &ids, strings: &idStrings, file: file, what: "the source id"))
        } else {
            heads.append(try Self.intern(key, field, into: &ids, strings: &idStrings, file: file, what: "the target id"))
        }
    }

    @inline(__always)
    mutating func weight(_ value: Double) {
        weights.append(value)
    }

    @inline(__always)
    mutating func tieType(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, file: String) throws(InputError) {
        typeIDs.append(try Self.intern(key, field, into: &types, strings: &typeStrings, file: file, what: "the tie type"))
    }

    /// The ties read, with weights 1 and type 0 filled in where the file had no such column.
    consuming func finish(file: String) -> RawEdgeList {
        if !hasWeights { weights = [Double](repeating: 1, count: tails.count) }
        if !hasTypes { typeIDs = [Int32](repeating: 0, count: tails.count) }
        return RawEdgeList(
            uncheckedFile: file, ids: idStrings, tails: tails, heads: heads, weights: weights, types: typeIDs,
            tieTypes: typeStrings, hasWeights: hasWeights)
    }

    /// The number of `key` in `interner`; a new text is checked for UTF-8 and appended to
    /// `strings` (`what` names it in the error).
    @inline(__always)
    private static func intern(
        _ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, into interner: inout IdInterner, strings: inout [String],
        file: String, what: String
    ) throws(InputError) -> Int32 {
        let (k, isNew) = interner.intern(key)
        if isNew {
            if let s = EdgeListReader.asciiString(key) {
                strings.append(s)
                return k
            }
            guard let s = String(validating: key, as: UTF8.self) else {
                throw EdgeListReader.invalidUTF8(field, file: file, what: what)
            }
            strings.append(s)
        }
        return k
    }
}
