/// A node table as read from a file: one row per firm, every column kept as text.
public struct NodeTable: Sendable {
    /// The file the table was read from, as given (for messages).
    public var file: String
    /// Firm ids in table order.
    public var ids: [String]
    /// Column names other than `id`, in table order.
    public var columnNames: [String]
    /// `columns[c][r]`: value of column `c` in row `r`.
    public var columns: [[String]]
    /// Absorptive capacity per row, `nil` where the cell is empty or the column absent.
    public var absorptiveCapacity: [Double?]

    /// A node table from its columns; nothing is checked here.
    public init(file: String, ids: [String], columnNames: [String], columns: [[String]], absorptiveCapacity: [Double?]) {
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
        return NodeTable(file: file, ids: ids, columnNames: others.map { header[$0] }, columns: columns, absorptiveCapacity: capacity)
    }
}
