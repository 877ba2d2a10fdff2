/// A node table as read from a file: one row per firm, every column kept as text.
///
/// Consistent by construction: the reader makes it, and the public initialisers check what
/// the reader checks. The storage is read-only outside the library.
public struct NodeTable: Sendable {
    /// The file the table was read from, as given (for messages).
    public internal(set) var file: String
    /// Firm ids in table order.
    public internal(set) var ids: [String]
    /// Column names other than `id`, in table order.
    public internal(set) var columnNames: [String]
    /// `columns[c][r]`: value of column `c` in row `r`.
    public internal(set) var columns: [[String]]
    /// Absorptive capacity per row, `nil` where the cell is empty or the column absent.
    public internal(set) var absorptiveCapacity: [Double?]

    /// A node table from its columns, checked as a file is: one name per column, one value
    /// per firm in every column and in `absorptiveCapacity`, ids non-empty and distinct,
    /// capacities in [0, 1].
    /// - Throws: ``GraphBuildError`` naming the first column, firm or value at fault.
    public init(file: String = "<memory>", ids: [String], columnNames: [String], columns: [[String]], absorptiveCapacity: [Double?]) throws(GraphBuildError) {
        try GraphBuildError.checkIDs(ids)
        guard columns.count == columnNames.count else { throw .lengthMismatch(argument: .columns, expected: columnNames.count, found: columns.count) }
        for (name, column) in zip(columnNames, columns) where column.count != ids.count {
            throw .columnLengthMismatch(column: name, expected: ids.count, found: column.count)
        }
        guard absorptiveCapacity.count == ids.count else {
            throw .lengthMismatch(argument: .absorptiveCapacity, expected: ids.count, found: absorptiveCapacity.count)
        }
        for (id, a) in zip(ids, absorptiveCapacity) {
            if let a, !(a >= 0 && a <= 1) { throw .invalidCapacity(firm: id, value: a) }
        }
        self.init(uncheckedFile: file, ids: ids, columnNames: columnNames, columns: columns, absorptiveCapacity: absorptiveCapacity)
    }

    /// A node table of firms and named text columns (`label`, `group`, any attribute), as a
    /// program builds one: `NodeTable(ids: ["a", "b"], columns: [("label", ["Alpha", "Beta"]), ("group", ["x", "y"])])`.
    /// A column named `absorptive_capacity` is read as the capacity (numbers in [0, 1], empty
    /// for none), as in a file.
    /// - Throws: ``GraphBuildError`` as ``init(file:ids:columnNames:columns:absorptiveCapacity:)``,
    ///   and for a capacity that is not a number.
    public init(ids: [String], columns: [(name: String, values: [String])]) throws(GraphBuildError) {
        var capacity = [Double?](repeating: nil, count: ids.count)
        if let c = columns.first(where: { $0.name.lowercased() == "absorptive_capacity" }), c.values.count == ids.count {
            for (r, text) in c.values.enumerated() where !text.isEmpty {
                guard let a = parseDouble(trimming: text) else { throw .invalidCapacity(firm: ids[r], value: .nan) }
                capacity[r] = a
            }
        }
        try self.init(ids: ids, columnNames: columns.map(\.name), columns: columns.map(\.values), absorptiveCapacity: capacity)
    }

    /// A node table whose consistency the caller guarantees (the reader, a filter of rows).
    init(uncheckedFile file: String, ids: [String], columnNames: [String], columns: [[String]], absorptiveCapacity: [Double?]) {
        self.file = file
        self.ids = ids
        self.columnNames = columnNames
        self.columns = columns
        self.absorptiveCapacity = absorptiveCapacity
    }
}

/// Reads a node table CSV: `id` required; `group`, `label`, `absorptive_capacity` (a number
/// in [0, 1]), `external_ties` (a number ≥ 0, checked here, kept as text) and any other column
/// kept as a text attribute.
public enum NodeTableReader {
    /// Reads the node table at `path`; see ``parse(bytes:file:idColumn:delimiter:)``.
    /// - Throws: ``InputError`` naming file, line and column.
    public static func read(path: String, idColumn: String = "id", delimiter: Character? = nil) throws(InputError) -> NodeTable {
        var note: String? = nil
        return try read(path: path, idColumn: idColumn, delimiter: delimiter, idNote: &note)
    }

    /// Reads the node table at `path`; `idNote` says which column was taken as the id
    /// column when it is not the one named `idColumn` exactly (Gephi's `Id`, R igraph's `name`).
    public static func read(path: String, idColumn: String = "id", delimiter: Character? = nil, idNote: inout String?) throws(InputError) -> NodeTable {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) -> NodeTable in
            try parse(bytes: file.bytes, file: path, idColumn: idColumn, delimiter: delimiter, idNote: &idNote)
        }
    }

    /// Parses a node table from `bytes`, named `file` in errors.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file's name as the user gave it, for messages.
    ///   - idColumn: the id column's name (case-insensitive).
    ///   - delimiter: `,`, `;` or tab; `nil` detects it from the header.
    /// - Throws: ``InputError`` for a missing id column, a duplicate id, or an
    ///   `absorptive_capacity` outside [0, 1] or `external_ties` below 0.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, idColumn: String = "id", delimiter: Character? = nil) throws(InputError) -> NodeTable {
        var note: String? = nil
        return try parse(bytes: bytes, file: file, idColumn: idColumn, delimiter: delimiter, idNote: &note)
    }

    /// Parses a node table CSV given as text; `file` names it in errors.
    public static func parse(text: String, file: String = "<text>", idColumn: String = "id", delimiter: Character? = nil) throws(InputError) -> NodeTable {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(InputError) in try parse(bytes: bytes, file: file, idColumn: idColumn, delimiter: delimiter) }
        }
        return try result.get()
    }

    /// The id column is found by name, case-insensitively; with the default `id`, a table
    /// without one but with a `name` column (R igraph's `as_data_frame(what = "vertices")`)
    /// takes that, and `idNote` says so (as it does for Gephi's `Id`).
    static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, idColumn: String = "id", delimiter: Character? = nil, idNote: inout String?
    ) throws(InputError) -> NodeTable {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.delimiter = try EdgeListReader.delimiterByte(delimiter, file: file) ?? scanner.detectDelimiter()
        guard try scanner.next() else {
            throw InputError(file: file, message: "the file is empty; expected a header row with an '\(idColumn)' column")
        }
        var scratch: [UInt8] = []
        var header: [String] = []
        for field in scanner.fields { header.append(try scanner.string(field, scratch: &scratch)) }
        var idIndex = header.firstIndex { $0.lowercased() == idColumn.lowercased() }
        if idIndex == nil, idColumn == "id" { idIndex = header.firstIndex { $0.lowercased() == "name" } }
        if let idIndex, header[idIndex] != idColumn {
            idNote = "\(file): took column '\(header[idIndex])' as the firm id"
        }
        guard let idIndex else {
            let found = header.map { "'\($0)'" }.joined(separator: ", ")
            throw InputError(
                file: file, line: scanner.recordLine, message: "no '\(idColumn)' column in the header (found \(found))\(idColumn == "id" ? "; nor a 'name' column" : "")")
        }
        let others = header.indices.filter { $0 != idIndex }
        let capacityIndex = header.firstIndex { $0.lowercased() == "absorptive_capacity" }
        let externalIndex = header.firstIndex { $0.lowercased() == "external_ties" }
        var ids: [String] = []
        var columns = [[String]](repeating: [], count: others.count)
        var capacity: [Double?] = []
        var firstLine: [String: Int] = [:]
        while try scanner.next() {
            let fields = scanner.fields
            guard fields.count == header.count else {
                throw InputError(
                    file: file, line: scanner.recordLine,
                    message: "expected \(header.count) fields as in the header, found \(fields.count)")
            }
            let idField = fields[idIndex]
            let id = try scanner.string(idField, scratch: &scratch)
            guard !id.isEmpty else {
                throw InputError(file: file, line: idField.line, column: idField.column, message: "empty id; every row needs a firm id")
            }
            if let earlier = firstLine[id] {
                throw InputError(
                    file: file, line: idField.line, column: idField.column,
                    message: "duplicate id '\(id)' (first on line \(earlier)); each firm appears once")
            }
            firstLine[id] = idField.line
            ids.append(id)
            for (c, index) in others.enumerated() { columns[c].append(try scanner.string(fields[index], scratch: &scratch)) }
            if let capacityIndex, !fields[capacityIndex].isEmpty {
                let f = fields[capacityIndex]
                let value = try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                guard let value, value >= 0, value <= 1 else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        message: "absorptive_capacity must be a number in [0, 1], found \"\(text)\"")
                }
                capacity.append(value)
            } else {
                capacity.append(nil)
            }
            // external_ties (links outside the cluster, for cognitive roles): a number ≥ 0 or empty.
            if let externalIndex, !fields[externalIndex].isEmpty {
                let f = fields[externalIndex]
                let value = try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                guard let value, value.isFinite, value >= 0 else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        message: "external_ties must be a finite number ≥ 0 (links outside the cluster), found \"\(text)\"")
                }
            }
        }
        return NodeTable(uncheckedFile: file, ids: ids, columnNames: others.map { header[$0] }, columns: columns, absorptiveCapacity: capacity)
    }
}
