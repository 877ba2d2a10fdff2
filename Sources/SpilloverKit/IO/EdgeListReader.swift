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
            try parse(bytes: file.bytes, file: path, options: options)
        }
    }

    /// Parses edge list CSV held in memory; `file` names it in errors.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
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
        weights.reserveCapacity(estimate); typeIDs.reserveCapacity(estimate)

        func internID(_ field: CSVField, role: String) throws(InputError) -> Int32 {
            guard !field.isEmpty else {
                throw InputError(file: file, line: field.line, column: field.column, message: "empty \(role) id; every tie needs a \(role) firm")
            }
            return try scanner.withBytes(of: field, scratch: &scratch) { key throws(InputError) -> Int32 in
                let (k, isNew) = ids.intern(key)
                if isNew {
                    guard let s = String(validating: key, as: UTF8.self) else {
                        throw InputError(file: file, line: field.line, column: field.column, message: "invalid UTF-8 in the \(role) id; save the file as UTF-8")
                    }
                    idStrings.append(s)
                }
                return k
            }
        }

        while try scanner.next() {
            let fields = scanner.fields
            guard fields.count == width else {
                throw InputError(
                    file: file, line: scanner.recordLine,
                    message: "expected \(width) fields as in the header, found \(fields.count)")
            }
            tails.append(try internID(fields[sourceIndex], role: "source"))
            heads.append(try internID(fields[targetIndex], role: "target"))
            if let weightIndex {
                let f = fields[weightIndex]
                let value = try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                guard let value, value.isFinite, value > 0 else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        message: "\(columnName[weightIndex]) must be a finite number > 0, found \"\(text)\"")
                }
                weights.append(value)
            } else {
                weights.append(1)
            }
            if let typeIndex {
                let f = fields[typeIndex]
                let k = try scanner.withBytes(of: f, scratch: &scratch) { key throws(InputError) -> Int32 in
                    let (k, isNew) = types.intern(key)
                    if isNew {
                        guard let s = String(validating: key, as: UTF8.self) else {
                            throw InputError(file: file, line: f.line, column: f.column, message: "invalid UTF-8 in the tie type; save the file as UTF-8")
                        }
                        typeStrings.append(s)
                    }
                    return k
                }
                typeIDs.append(k)
            } else {
                typeIDs.append(0)
            }
        }
        return RawEdgeList(
            file: file, ids: idStrings, tails: tails, heads: heads, weights: weights, types: typeIDs,
            tieTypes: typeStrings, hasWeights: weightIndex != nil)
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
