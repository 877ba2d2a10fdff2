/// Options for reading an edge list: which columns hold what, and the delimiter.
public struct EdgeListOptions: Sendable, Equatable {
    public var sourceColumn = "source"
    public var targetColumn = "target"
    public var weightColumn = "weight"
    public var typeColumn = "type"
    /// `,`, `;` or tab; `nil` detects it from the header row.
    public var delimiter: Character? = nil

    public init() {}
}

/// Ties as read from a file, before merging and dropping (see ``GraphBuilder``).
public struct RawEdgeList: Sendable {
    /// The file the ties came from, as named by the user.
    public var file: String
    /// Firm ids in order of first appearance; `tails` and `heads` index into it.
    public var ids: [String]
    public var tails: [Int32]
    public var heads: [Int32]
    public var weights: [Double]
    public var types: [Int32]
    /// Tie type labels in order of first appearance (`[""]` when there is no type column).
    public var tieTypes: [String]
    /// Whether the file had a weight column.
    public var hasWeights: Bool

    public init(
        file: String, ids: [String], tails: [Int32], heads: [Int32], weights: [Double], types: [Int32],
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

/// Reads an edge list CSV (see DESIGN.md, "Input formats").
///
/// Columns are found by name, case-insensitively: `source` and `target` are required,
/// `weight` (finite, > 0; default 1) and `type` are optional, other columns are ignored.
/// Every problem is an ``InputError`` naming the file, line and column.
public enum EdgeListReader {
    /// Reads the edge list at `path`.
    ///
    /// - Complexity: O(bytes), one pass; memory is the ties plus the distinct ids (the
    ///   file itself is mapped, not copied).
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

    /// Bytes scanned between two calls of `release`: the mapped pages behind the scan are
    /// dropped every 64 MiB, which halved the peak memory of failing on a bad row at the end
    /// of a 2 GB file (the rows read so far are what is left).
    static let releaseStride = 64 << 20

    /// - Parameter release: called now and then with an offset below which the bytes are
    ///   not read again (``MappedFile/release(below:)``).
    static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions, release: ((Int) -> Void)?
    ) throws(InputError) -> RawEdgeList {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.delimiter = try delimiterByte(options.delimiter, file: file) ?? scanner.detectDelimiter()
        guard try scanner.next() else {
            throw InputError(file: file, message: "the file is empty; expected a header row naming the source and target columns")
        }
        var scratch: [UInt8] = []
        var header: [String] = []
        for field in scanner.fields { header.append(try scanner.string(field, scratch: &scratch)) }
        let headerLine = scanner.recordLine
        func column(_ name: String) -> Int? {
            let key = name.lowercased()
            return header.firstIndex { $0.lowercased() == key }
        }
        func missing(_ role: String, _ name: String, _ option: String) -> InputError {
            let found = header.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(
                file: file, line: headerLine,
                message: "no '\(name)' column in the header (found \(found)); name the \(role) column with \(option)")
        }
        guard let sourceIndex = column(options.sourceColumn) else { throw missing("source", options.sourceColumn, "--source-column") }
        guard let targetIndex = column(options.targetColumn) else { throw missing("target", options.targetColumn, "--target-column") }
        let weightIndex = column(options.weightColumn)
        let typeIndex = column(options.typeColumn)
        let width = header.count
        let columnName = header

        var ids = IdInterner(capacity: 1 << 12)
        var idStrings: [String] = []
        var types = IdInterner(capacity: 16)
        var typeStrings: [String] = []
        if typeIndex == nil {
            _ = types.intern(UnsafeBufferPointer(start: nil, count: 0))
            typeStrings.append("")
        }
        var tails: [Int32] = [], heads: [Int32] = [], weights: [Double] = [], typeIDs: [Int32] = []
        let estimate = max(16, bytes.count / 24)
        tails.reserveCapacity(estimate); heads.reserveCapacity(estimate)
        // Weights and types are stored only when their column exists, and filled in at the
        // end otherwise: a file that fails on its last row never held them.
        if weightIndex != nil { weights.reserveCapacity(estimate) }
        if typeIndex != nil { typeIDs.reserveCapacity(estimate) }

        // The loop calls no closures that capture its state: captured variables are checked
        // for exclusive access at run time, which with the closures' generic metadata cost a
        // sixth of the instructions of a read (callgrind, 10^6 ties).
        var released = 0
        while try scanner.next() {
            if let release, scanner.recordStart - released >= releaseStride {
                released = scanner.recordStart
                release(released)
            }
            let fields = scanner.fields
            guard fields.count == width else {
                throw InputError(
                    file: file, line: scanner.recordLine,
                    message: "expected \(width) fields as in the header, found \(fields.count)")
            }
            let source = fields[sourceIndex], target = fields[targetIndex]
            guard !source.isEmpty else { throw emptyID(source, role: "source", file: file) }
            tails.append(try intern(source, of: scanner, into: &ids, strings: &idStrings, scratch: &scratch, what: "the source id"))
            guard !target.isEmpty else { throw emptyID(target, role: "target", file: file) }
            heads.append(try intern(target, of: scanner, into: &ids, strings: &idStrings, scratch: &scratch, what: "the target id"))
            if let weightIndex {
                let f = fields[weightIndex]
                let value = f.hasEscapes
                    ? try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                    : parseDouble(scanner.rawBytes(of: f))
                guard let value, value.isFinite, value > 0 else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        message: "\(columnName[weightIndex]) must be a finite number > 0, found \"\(text)\"")
                }
                weights.append(value)
            }
            if let typeIndex {
                typeIDs.append(try intern(fields[typeIndex], of: scanner, into: &types, strings: &typeStrings, scratch: &scratch, what: "the tie type"))
            }
        }
        if weightIndex == nil { weights = [Double](repeating: 1, count: tails.count) }
        if typeIndex == nil { typeIDs = [Int32](repeating: 0, count: tails.count) }
        return RawEdgeList(
            file: file, ids: idStrings, tails: tails, heads: heads, weights: weights, types: typeIDs,
            tieTypes: typeStrings, hasWeights: weightIndex != nil)
    }

    private static func emptyID(_ field: CSVField, role: String, file: String) -> InputError {
        InputError(file: file, line: field.line, column: field.column, message: "empty \(role) id; every tie needs a \(role) firm")
    }

    /// The number of `field`'s text in `interner`; a new text is checked for UTF-8 and
    /// appended to `strings` (`what` names it in the error).
    @inline(__always)
    private static func intern(
        _ field: CSVField, of scanner: borrowing CSVScanner, into interner: inout IdInterner, strings: inout [String],
        scratch: inout [UInt8], what: String
    ) throws(InputError) -> Int32 {
        if !field.hasEscapes {
            return try intern(scanner.rawBytes(of: field), field, into: &interner, strings: &strings, file: scanner.file, what: what)
        }
        return try scanner.withBytes(of: field, scratch: &scratch) { key throws(InputError) -> Int32 in
            try intern(key, field, into: &interner, strings: &strings, file: scanner.file, what: what)
        }
    }

    @inline(__always)
    private static func intern(
        _ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, into interner: inout IdInterner, strings: inout [String],
        file: String, what: String
    ) throws(InputError) -> Int32 {
        let (k, isNew) = interner.intern(key)
        if isNew {
            if let s = asciiString(key) {
                strings.append(s)
                return k
            }
            guard let s = String(validating: key, as: UTF8.self) else {
                throw InputError(file: file, line: field.line, column: field.column, message: "invalid UTF-8 in \(what); save the file as UTF-8")
            }
            strings.append(s)
        }
        return k
    }

    /// `key` as a `String` when it is all ASCII (so valid UTF-8), else `nil`. Cheaper than
    /// the generic `String(validating:as:)`, which looked up generic metadata for every new
    /// id (300 instructions an id, callgrind).
    @inline(__always)
    private static func asciiString(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        var any: UInt8 = 0
        for b in key { any |= b }
        guard any < 0x80 else { return nil }
        return String(unsafeUninitializedCapacity: key.count) { buffer in
            _ = buffer.initialize(fromContentsOf: key)
            return key.count
        }
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
