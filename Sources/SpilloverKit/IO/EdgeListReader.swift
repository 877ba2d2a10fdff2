/// Options for reading an edge list: which columns hold what, and the delimiter.
public struct EdgeListOptions: Sendable, Equatable {
    /// The name of the column of source firm ids (matched case-insensitively).
    public var sourceColumn = "source"
    /// The name of the column of target firm ids (matched case-insensitively).
    public var targetColumn = "target"
    /// The name of the optional column of tie weights (matched case-insensitively).
    public var weightColumn = "weight"
    /// The name of the optional column of tie types (matched case-insensitively).
    public var typeColumn = "type"
    /// `,`, `;` or tab; `nil` detects it from the header row.
    public var delimiter: Character? = nil
    /// Numbers are written with a decimal comma (`0,5`), as in `;`-separated files of
    /// European spreadsheets.
    public var decimalComma = false

    /// The defaults: `source`, `target`, `weight` and `type` columns, delimiter detected, decimal point.
    public init() {}
}

/// Ties as read from a file, before merging and dropping (see ``GraphBuilder``).
///
/// Every value is consistent by construction: the readers make it, and the public
/// initialiser checks what they check (``init(file:ids:tails:heads:weights:types:tieTypes:hasWeights:)``).
/// The storage is read-only outside the library; ``ClusterSource`` filters it.
public struct RawEdgeList: Sendable {
    /// The file the ties came from, as named by the user.
    public internal(set) var file: String
    /// Firm ids in order of first appearance; `tails` and `heads` index into it.
    public internal(set) var ids: [String]
    /// Tail of each tie as read: an index into ``ids``.
    public internal(set) var tails: [Int32]
    /// Head of each tie as read: an index into ``ids``.
    public internal(set) var heads: [Int32]
    /// Weight of each tie (1 without a weight column).
    public internal(set) var weights: [Double]
    /// Type of each tie, an index into ``tieTypes``.
    public internal(set) var types: [Int32]
    /// Tie type labels in order of first appearance (`[""]` when there is no type column).
    public internal(set) var tieTypes: [String]
    /// Whether the file had a weight column.
    public internal(set) var hasWeights: Bool

    /// Ties from parallel arrays, checked as a file is: one tail, head, weight and type per
    /// tie; tails and heads index ``ids``, types index ``tieTypes``; weights finite and > 0;
    /// ids non-empty and distinct; at least one tie type label.
    /// - Throws: ``GraphBuildError`` naming the first tie or id at fault.
    public init(
        file: String = "<memory>", ids: [String], tails: [Int32], heads: [Int32], weights: [Double], types: [Int32],
        tieTypes: [String], hasWeights: Bool
    ) throws(GraphBuildError) {
        for (argument, count) in [(GraphBuildError.Argument.heads, heads.count), (.weights, weights.count), (.types, types.count)] where count != tails.count {
            throw .lengthMismatch(argument: argument, expected: tails.count, found: count)
        }
        guard !tieTypes.isEmpty else { throw .lengthMismatch(argument: .tieTypes, expected: 1, found: 0) }
        try GraphBuildError.checkIDs(ids)
        for e in tails.indices {
            for end in [tails[e], heads[e]] where end < 0 || Int(end) >= ids.count {
                throw .firmNumberOutOfRange(tie: e, firm: Int(end), firmCount: ids.count)
            }
            guard types[e] >= 0, Int(types[e]) < tieTypes.count else {
                throw .typeNumberOutOfRange(tie: e, type: Int(types[e]), typeCount: tieTypes.count)
            }
            guard weights[e].isFinite, weights[e] > 0 else {
                throw .invalidWeight(index: e, source: ids[Int(tails[e])], target: ids[Int(heads[e])], weight: weights[e])
            }
        }
        self.init(
            uncheckedFile: file, ids: ids, tails: tails, heads: heads, weights: weights, types: types, tieTypes: tieTypes,
            hasWeights: hasWeights)
    }

    /// Ties whose consistency the caller guarantees (a reader, a filter of checked rows).
    init(
        uncheckedFile file: String, ids: [String], tails: [Int32], heads: [Int32], weights: [Double], types: [Int32],
        tieTypes: [String], hasWeights: Bool
    ) {
        self.file = file
        self.ids = ids
        self.tails = tails
        self.heads = heads
        self.weights = weights
        self.types = types
        self.tieTypes = tieTypes
        self.hasWeights = hasWeights
    }
}

/// Reads an edge list CSV (see <doc:Architecture>, "Input formats").
///
/// Columns are found by name, case-insensitively: `source` and `target` are required,
/// `weight` (finite, > 0; default 1) and `type` are optional, other columns are ignored.
/// Every problem is an ``InputError`` naming the file, line and column.
public enum EdgeListReader {
    /// Reads the edge list at `path`.
    ///
    /// - Complexity: O(bytes): one pass, two for files of at least `preScanThreshold`
    ///   bytes (a validating pre-scan, so a bad row fails before any tie is stored); memory
    ///   is the ties plus the distinct ids (the file itself is mapped, not copied).
    public static func read(path: String, options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) -> RawEdgeList in
            try parse(bytes: file.bytes, file: path, options: options, release: file.release(below:))
        }
    }

    /// Parses edge list CSV held in memory; `file` names it in errors.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
        try parse(bytes: bytes, file: file, options: options, release: nil)
    }

    /// Parses edge list CSV given as text (a string literal, a download); `file` names it in
    /// errors.
    public static func parse(text: String, file: String = "<text>", options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(InputError) in try parse(bytes: bytes, file: file, options: options) } }
        return try result.get()
    }

    /// Parses with the pre-scan forced on files of at least `threshold` bytes: for the fuzz
    /// target, which checks that both paths end the same.
    @_spi(Testing)
    public static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions, preScanAbove threshold: Int
    ) throws(InputError) -> RawEdgeList {
        try parse(bytes: bytes, file: file, options: options, release: nil, preScanAbove: threshold)
    }

    /// Bytes scanned between two calls of `release`: the mapped pages behind the scan are
    /// dropped every 64 MiB, which halved the peak memory of failing on a bad row at the end
    /// of a 2 GB file (the rows read so far are what is left).
    static let releaseStride = 64 << 20

    /// Files at least this large are checked whole before anything is stored
    /// (``EdgeRowValidator``): a malformed row near the end of a huge file then fails in
    /// bounded memory (the 64 MiB window of mapped pages, no ties), not after building
    /// arrays of every row before it. The pre-scan also counts the rows, so the arrays are
    /// reserved at their exact size.
    ///
    /// Measured with `spillover info` (release; 2-core Xeon VM shared with other jobs; CPU
    /// time from `perf stat -e task-clock`, median of 4 interleaved runs):
    /// - valid, 300 MB (9.6·10^6 ties of `spillover generate --firms 1000000`, repeated):
    ///   6.93 s without the pre-scan, 7.44 s with it (+7 %); the pre-scan alone is 0.72 s.
    /// - 2.1 GB with a ragged row on its last lines (`scripts/large-input-check`): peak RSS
    ///   2,087 MB and 44.7 s wall before the pre-scan, 90 MB and 5.5 s with it.
    static let preScanThreshold = 256 << 20

    /// - Parameters:
    ///   - release: called now and then with an offset below which the bytes are not read
    ///     again (``MappedFile/release(below:)``).
    ///   - preScanAbove: files of at least this many bytes are validated by a pre-scan
    ///     first (``preScanThreshold``; tests pass a small value).
    static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions, release: ((Int) -> Void)?,
        preScanAbove threshold: Int = preScanThreshold
    ) throws(InputError) -> RawEdgeList {
        var rows: Int? = nil
        if bytes.count >= threshold {
            var validator = EdgeRowValidator()
            rows = try scan(bytes: bytes, file: file, options: options, into: &validator, release: release)
            release?(bytes.count)
        }
        var builder = EdgeListBuilder(estimate: rows ?? max(16, bytes.count / 24))
        _ = try scan(bytes: bytes, file: file, options: options, into: &builder, release: release)
        return builder.finish(file: file)
    }

    static func delimiterByte(_ c: Character?, file: String) throws(InputError) -> UInt8? {
        guard let c else { return nil }
        switch c {
        case ",": return UInt8(ascii: ",")
        case ";": return UInt8(ascii: ";")
        case "\t": return UInt8(ascii: "\t")
        default: throw InputError(file: file, message: "unsupported delimiter '\(c)'; use ',', ';' or tab")
        }
    }
}
