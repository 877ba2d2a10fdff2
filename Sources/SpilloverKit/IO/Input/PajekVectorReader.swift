/// Reads a Pajek partition (`.clu`) or vector (`.vec`): `*Vertices n`, then one value per
/// vertex in vertex order. It becomes a node column: a partition the `group` column (what
/// brokerage and colours use), a vector a column named after the file.
enum PajekVectorReader {
    /// - Parameters:
    ///   - ids: the firm ids in vertex order (those of the network the file goes with).
    ///   - column: the column name; `nil` names it after the file (`size.vec` → `size`).
    static func read(path: String, ids: [String], column: String?) throws(InputError) -> NodeTable {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) -> NodeTable in
            try parse(bytes: file.bytes, file: path, ids: ids, column: column)
        }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, ids: [String], column: String?) throws(InputError) -> NodeTable {
        var declared: Int? = nil
        var values: [String] = []
        for (number, raw) in try TextLines(bytes: bytes, file: file) {
            let words = Words.split(raw)
            guard let first = words.first, !first.hasPrefix("%") else { continue }
            if first.hasPrefix("*") {
                guard first.lowercased() == "*vertices", words.count > 1, let n = Int(words[1]) else {
                    throw InputError(file: file, line: number, message: "expected '*Vertices n' before the values")
                }
                declared = n
                continue
            }
            guard declared != nil else {
                throw InputError(file: file, line: number, message: "expected '*Vertices n' before the values")
            }
            for w in words {
                guard Double(w) != nil else {
                    throw InputError(file: file, line: number, message: "'\(w)' is not a number; a .clu or .vec file holds one number per vertex")
                }
                values.append(String(w))
            }
        }
        guard let declared else { throw InputError(file: file, message: "no '*Vertices n' line; this is not a Pajek partition or vector") }
        guard declared == values.count else {
            throw InputError(file: file, message: "*Vertices declares \(declared) vertices but the file holds \(values.count) values")
        }
        guard declared == ids.count else {
            throw InputError(file: file, message: "the file has \(declared) values but the network has \(ids.count) vertices")
        }
        let name = column ?? stem(file)
        return NodeTable(uncheckedFile: file, ids: ids, columnNames: [name], columns: [values], absorptiveCapacity: [Double?](repeating: nil, count: ids.count))
    }

    /// `path` with its extension replaced by `ext`, or `nil` when it has none.
    static func sibling(of path: String, extension ext: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return path[..<dot] + "." + ext
    }

    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
