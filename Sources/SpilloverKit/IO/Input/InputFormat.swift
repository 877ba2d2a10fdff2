/// The file formats spillover reads ties from.
///
/// A file's format is taken from its extension and confirmed by its first bytes
/// (``detect(path:bytes:)``); a CSV-like extension (or none) is sniffed, so a Pajek file
/// saved as `.txt` is still read as Pajek. The command line's `--input-format` forces one.
public enum InputFormat: String, Sendable, CaseIterable {
    /// An edge list CSV (``EdgeListReader``), including Gephi's and R igraph's exports.
    case csv
    /// GraphML (yEd, Cytoscape, igraph, NetworkX).
    case graphml
    /// GEXF 1.1–1.3 (Gephi, NetworkX).
    case gexf
    /// GML (igraph, NetworkX, Cytoscape).
    case gml
    /// Pajek `.net`.
    case pajek
    /// UCINET DL (`edgelist1`, `nodelist1`, `fullmatrix`).
    case dl
    /// An adjacency matrix CSV: labels in the first row and the first column.
    case matrix

    /// The format an extension names, or `nil` for an extension that names none.
    public static func byExtension(of path: String) -> InputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "gml": return .gml
        case "net", "paj", "pajek": return .pajek
        case "dl": return .dl
        case "csv", "tsv": return .csv
        default: return nil
        }
    }

    /// What the first bytes of a file look like, or `nil` when nothing tells (a CSV, an
    /// empty file).
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> InputFormat? {
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes.prefix(4096)), as: UTF8.self).lowercased()
        if head.contains("<graphml") { return .graphml }
        if head.contains("<gexf") { return .gexf }
        // The first line that is neither blank nor a comment.
        for raw in head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = raw.trimmingPrefix(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
            if line.isEmpty || line.hasPrefix("%") || line.hasPrefix("#") { continue }
            if line.hasPrefix("*vertices") || line.hasPrefix("*network") || line.hasPrefix("*arcs") || line.hasPrefix("*edges") {
                return .pajek
            }
            if line.hasPrefix("dl ") || line.hasPrefix("dl\t") || line == "dl" { return .dl }
            if line.hasPrefix("graph") && (line.dropFirst(5).trimmingPrefix(while: { $0 == " " || $0 == "\t" }).hasPrefix("[") || line == "graph") {
                return .gml
            }
            if line.hasPrefix("creator") || line.hasPrefix("version") { return head.contains("graph") && head.contains("[") ? .gml : nil }
            if line.hasPrefix("<?xml") { continue }
            // An edge list's header never starts with an empty field; a matrix's corner does.
            if line.hasPrefix(",") || line.hasPrefix(";") || line.hasPrefix("\t") || line.hasPrefix("\"\"") { return .matrix }
            return nil
        }
        return nil
    }

    /// The format of `path`: by its extension, confirmed by its content.
    ///
    /// - Throws: ``InputError`` when the content says another format than the extension
    ///   (naming both and ``Setting/inputFormat``), or when the file is a workbook or UTF-16 text
    ///   that spillover cannot read.
    public static func detect(path: String, bytes: UnsafeBufferPointer<UInt8>) throws(InputError) -> InputFormat {
        try refuseUnreadable(path: path, bytes: bytes)
        let byName = byExtension(of: path)
        let byContent = sniff(bytes)
        switch (byName, byContent) {
        case (nil, nil), (.csv?, nil): return .csv
        case (nil, let c?), (.csv?, let c?): return c
        case (.dl?, _), (.matrix?, _): return byName!
        case (let n?, nil):
            throw InputError(
                file: path,
                text: "the extension says \(n.displayName) but the content does not look like it; give the format with \(Setting.inputFormat)")
        case (let n?, let c?) where n != c:
            throw InputError(
                file: path,
                text: "the extension says \(n.displayName) but the content looks like \(c.displayName); give the format with \(Setting.inputFormat)")
        case (let n?, _): return n
        }
    }

    /// Workbooks and UTF-16 text: a clear message instead of a garbled header.
    static func refuseUnreadable(path: String, bytes: UnsafeBufferPointer<UInt8>) throws(InputError) {
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B, bytes[2] == 3, bytes[3] == 4 {
            let ext = path.split(separator: ".").last?.lowercased() ?? ""
            let what = ext == "xlsx" || ext == "xlsm" || ext == "ods" ? "a spreadsheet workbook" : "a ZIP archive (an Excel workbook?)"
            throw InputError(file: path, message: "this is \(what), not a text file: save each sheet (edges, nodes) as CSV (UTF-8) and read those")
        }
        if bytes.count >= 8, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 {
            throw InputError(file: path, message: "this is an old Excel workbook (.xls): save each sheet as CSV (UTF-8) and read those")
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw InputError(file: path, message: "the file is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8")
        }
    }

    /// The name users know the format by, for messages.
    public var displayName: String {
        switch self {
        case .csv: "CSV"
        case .graphml: "GraphML"
        case .gexf: "GEXF"
        case .gml: "GML"
        case .pajek: "Pajek"
        case .dl: "UCINET DL"
        case .matrix: "an adjacency matrix CSV"
        }
    }
}
