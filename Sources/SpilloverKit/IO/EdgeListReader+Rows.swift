/// Where the columns of an edge list stand, from its header row.
struct EdgeListLayout {
    /// The header's column names, as written.
    var header: [String]
    var source: Int
    var target: Int
    var weight: Int?
    var type: Int?
    var width: Int { header.count }
}

/// What the row loop of ``EdgeListReader`` does with a row's values once it has checked
/// them: the reader's builder interns and stores them; the pre-scan of large files only
/// checks what is left to check (UTF-8 of ids and types) and stores nothing.
///
/// One loop serves both, so the pre-scan reports exactly the error the building pass would.
protocol EdgeRowSink {
    /// Called once, after the header row.
    mutating func start(_ layout: EdgeListLayout)
    /// A non-empty source (`isSource`) or target id, as decoded bytes.
    mutating func endpoint(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, isSource: Bool, file: String) throws(InputError)
    /// A weight, already checked finite and > 0.
    mutating func weight(_ value: Double)
    /// A tie type label, as decoded bytes.
    mutating func tieType(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, file: String) throws(InputError)
}

extension EdgeListReader {
    /// Scans the whole of `bytes`: the header, then every row into `sink`. Returns the number
    /// of rows.
    ///
    /// - Parameter release: called every ``releaseStride`` bytes with an offset below which
    ///   the bytes are not read again (``MappedFile/release(below:)``).
    static func scan<Sink: EdgeRowSink>(
        bytes: UnsafeBufferPointer<UInt8>, file: String, options: EdgeListOptions, into sink: inout Sink,
        release: ((Int) -> Void)?
    ) throws(InputError) -> Int {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.delimiter = try delimiterByte(options.delimiter, file: file) ?? scanner.detectDelimiter()
        var scratch: [UInt8] = []
        let layout = try readHeader(&scanner, options: options, scratch: &scratch)
        sink.start(layout)
        let width = layout.width, sourceIndex = layout.source, targetIndex = layout.target
        let weightIndex = layout.weight, typeIndex = layout.type
        let decimalComma = options.decimalComma

        // The loop calls no closures that capture its state on the common path: captured
        // variables are checked for exclusive access at run time, which with the closures'
        // generic metadata cost a sixth of the instructions of a read (callgrind, 10^6 ties).
        var released = 0
        var rows = 0
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
            if source.hasEscapes {
                try scanner.withBytes(of: source, scratch: &scratch) { key throws(InputError) in
                    try sink.endpoint(key, source, isSource: true, file: file)
                }
            } else {
                try sink.endpoint(scanner.rawBytes(of: source), source, isSource: true, file: file)
            }
            guard !target.isEmpty else { throw emptyID(target, role: "target", file: file) }
            if target.hasEscapes {
                try scanner.withBytes(of: target, scratch: &scratch) { key throws(InputError) in
                    try sink.endpoint(key, target, isSource: false, file: file)
                }
            } else {
                try sink.endpoint(scanner.rawBytes(of: target), target, isSource: false, file: file)
            }
            if let weightIndex {
                let f = fields[weightIndex]
                var value =
                    f.hasEscapes
                    ? try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                    : parseDouble(scanner.rawBytes(of: f))
                if value == nil, decimalComma {
                    value = try scanner.withBytes(of: f, scratch: &scratch) { b throws(InputError) -> Double? in parseDecimalComma(b) }
                }
                guard let value, value.isFinite, value > 0 else {
                    let text = (try? scanner.string(f, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        text: "\(layout.header[weightIndex]) must be a finite number > 0, found \"\(text)\""
                            + DecimalComma.hint(text, given: decimalComma))
                }
                sink.weight(value)
            }
            if let typeIndex {
                let f = fields[typeIndex]
                if f.hasEscapes {
                    try scanner.withBytes(of: f, scratch: &scratch) { key throws(InputError) in try sink.tieType(key, f, file: file) }
                } else {
                    try sink.tieType(scanner.rawBytes(of: f), f, file: file)
                }
            }
            rows += 1
        }
        return rows
    }

    /// Reads the header row and finds the columns `options` names.
    private static func readHeader(
        _ scanner: inout CSVScanner, options: EdgeListOptions, scratch: inout [UInt8]
    ) throws(InputError) -> EdgeListLayout {
        let file = scanner.file
        guard try scanner.next() else {
            throw InputError(file: file, message: "the file is empty; expected a header row naming the source and target columns")
        }
        var header: [String] = []
        for field in scanner.fields { header.append(try scanner.string(field, scratch: &scratch)) }
        let headerLine = scanner.recordLine
        func column(_ name: String) -> Int? {
            let key = name.lowercased()
            return header.firstIndex { $0.lowercased() == key }
        }
        func missing(_ role: String, _ name: String, _ setting: Setting) -> InputError {
            let found = header.map { "'\($0)'" }.joined(separator: ", ")
            return InputError(
                file: file, line: headerLine,
                text: "no '\(name)' column in the header (found \(found)); name the \(role) column with \(setting)")
        }
        var source = column(options.sourceColumn), target = column(options.targetColumn)
        // R igraph's as_data_frame(g, "edges") names the ends `from` and `to`.
        if source == nil, target == nil, options.sourceColumn == "source", options.targetColumn == "target",
            let from = column("from"), let to = column("to")
        {
            source = from
            target = to
        }
        guard let source else { throw missing("source", options.sourceColumn, .sourceColumn) }
        guard let target else { throw missing("target", options.targetColumn, .targetColumn) }
        return EdgeListLayout(
            header: header, source: source, target: target, weight: column(options.weightColumn), type: column(options.typeColumn))
    }

    private static func emptyID(_ field: CSVField, role: String, file: String) -> InputError {
        InputError(file: file, line: field.line, column: field.column, message: "empty \(role) id; every tie needs a \(role) firm")
    }

    static func invalidUTF8(_ field: CSVField, file: String, what: String) -> InputError {
        InputError(file: file, line: field.line, column: field.column, message: "invalid UTF-8 in \(what); save the file as UTF-8")
    }

    /// `key` as a `String` when it is all ASCII (so valid UTF-8), else `nil`. Cheaper than
    /// the generic `String(validating:as:)`, which looked up generic metadata for every new
    /// id (300 instructions an id, callgrind).
    @inline(__always)
    static func asciiString(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        guard isASCII(key) else { return nil }
        return String(unsafeUninitializedCapacity: key.count) { buffer in
            _ = buffer.initialize(fromContentsOf: key)
            return key.count
        }
    }

    @inline(__always)
    static func isASCII(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for b in key { any |= b }
        return any < 0x80
    }
}

/// The pre-scan's sink: checks the UTF-8 of every id and tie type (the builder checks each
/// distinct one when it first meets it, so both fail on the same field) and keeps nothing.
struct EdgeRowValidator: EdgeRowSink {
    /// Ids and types checked. Besides counting, this stored value keeps the type from being
    /// zero-sized: a zero-sized `inout` sink has no address of its own, and ThreadSanitizer
    /// reported two concurrent pre-scans as racing on the one address they shared.
    private(set) var fieldsChecked = 0

    mutating func start(_ layout: EdgeListLayout) {}

    @inline(__always)
    mutating func endpoint(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, isSource: Bool, file: String) throws(InputError) {
        fieldsChecked += 1
        try Self.check(key, field, file: file, what: isSource ? "the source id" : "the target id")
    }

    @inline(__always)
    mutating func weight(_ value: Double) {}

    @inline(__always)
    mutating func tieType(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, file: String) throws(InputError) {
        fieldsChecked += 1
        try Self.check(key, field, file: file, what: "the tie type")
    }

    @inline(__always)
    private static func check(_ key: UnsafeBufferPointer<UInt8>, _ field: CSVField, file: String, what: String) throws(InputError) {
        if EdgeListReader.isASCII(key) { return }
        guard String(validating: key, as: UTF8.self) != nil else {
            throw EdgeListReader.invalidUTF8(field, file: file, what: what)
        }
    }
}
