/// Reads an adjacency matrix CSV: the first row holds the firm ids of the columns (after
/// one corner cell), each further row a firm id and its n values; a value > 0 is a tie
/// from the row's firm to the column's, 0 or an empty cell none. What `pandas`'
/// `nx.to_pandas_adjacency(G).to_csv()`, R's `write.csv(as_adjacency_matrix(g))` and a
/// spreadsheet of a UCINET matrix look like.
///
/// Rows may come in another order than the columns, but must name the same firms. Read as
/// undirected, each pair is one tie (`MatrixTies`).
public enum AdjacencyMatrixReader {
    /// Parses an adjacency matrix from `bytes`, named `file` in errors.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file's name as the user gave it, for messages.
    ///   - delimiter: `,`, `;` or tab; `nil` detects it from the first row.
    ///   - decimalComma: values are written with a decimal comma (`0,5`).
    ///   - directed: read entry (i, j) as a tie i → j; else each pair is one tie.
    ///   - merge: how differing entries (i, j) and (j, i) combine when read as undirected.
    /// - Throws: ``InputError`` naming the line and column of a bad cell, a row of the wrong
    ///   length, or row ids that do not match the column ids.
    public static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, delimiter: Character? = nil, decimalComma: Bool = false,
        directed: Bool = false, merge: MergePolicy = .sum
    ) throws(InputError) -> GraphInput {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.delimiter = try EdgeListReader.delimiterByte(delimiter, file: file) ?? scanner.detectDelimiter()
        var scratch: [UInt8] = []
        guard try scanner.next() else {
            throw InputError(file: file, message: "the file is empty; expected a header row of firm ids")
        }
        var columns: [String] = []
        for f in scanner.fields.dropFirst() { columns.append(try scanner.string(f, scratch: &scratch)) }
        let n = columns.count
        guard n > 0 else {
            throw InputError(file: file, line: scanner.recordLine, message: "the header row names no columns; an adjacency matrix has a corner cell, then one firm id per column")
        }
        var columnIndex: [String: Int] = [:]
        for (k, id) in columns.enumerated() {
            guard !id.isEmpty else { throw InputError(file: file, line: scanner.recordLine, message: "column \(k + 2) of the header has no firm id") }
            if columnIndex[id] != nil { throw InputError(file: file, line: scanner.recordLine, message: "the firm id '\(id)' heads two columns") }
            columnIndex[id] = k
        }
        var matrix = MatrixTies(n: n)
        var seen = [Int](repeating: 0, count: n)
        var rows = 0
        while try scanner.next() {
            let fields = scanner.fields
            guard fields.count == n + 1 else {
                throw InputError(
                    file: file, line: scanner.recordLine,
                    message: "a row of an adjacency matrix has a firm id and \(n) values, as the header has columns; found \(fields.count) fields")
            }
            let id = try scanner.string(fields[fields.startIndex], scratch: &scratch)
            guard let i = columnIndex[id] else {
                throw InputError(
                    file: file, line: scanner.recordLine, column: 1,
                    message: "row '\(id)' is not one of the header's columns; the matrix must be square, with the same firms in rows and columns")
            }
            if seen[i] != 0 {
                throw InputError(file: file, line: scanner.recordLine, message: "row '\(id)' appears twice (first on line \(seen[i]))")
            }
            seen[i] = scanner.recordLine
            for (j, f) in fields.dropFirst().enumerated() where !f.isEmpty {
                let value = try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in
                    decimalComma ? parseDecimalComma(b) : parseDouble(b)
                }
                guard let value else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        text: "\"\(text)\" is not a number" + DecimalComma.hint(text, given: decimalComma))
                }
                try matrix.set(i, j, value, line: f.line, file: file, merge: merge)
            }
            rows += 1
        }
        if rows != n {
            let missing = seen.indices.filter { seen[$0] == 0 }.prefix(3).map { "'\(columns[$0])'" }.joined(separator: ", ")
            throw InputError(file: file, message: "the header has \(n) columns but the file has \(rows) rows (no row for \(missing)); an adjacency matrix is square")
        }
        var builder = GraphInputBuilder(file: file)
        let nodes = columns.map { builder.node($0) }
        let differing = try matrix.addTies(to: &builder, nodes: nodes, type: "", directed: directed, merge: merge)
        let notes = MatrixTies.note(differing: differing, file: file, merge: merge).map { [$0] } ?? []
        return try builder.finish(directed: nil, notes: notes)
    }
}
