/// The header row of an edge list CSV, for checking column options before a read.
public enum CSVHeader {
    /// The column names of the file at `path` when it is (or, with `options.format`, is
    /// read as) a CSV edge list; `nil` for another format or standard input.
    ///
    /// - Throws: ``InputError`` when the file cannot be read or its first row is malformed.
    public static func columns(path: String, options: GraphReadOptions) throws(InputError) -> [String]? {
        guard path != "-" else { return nil }
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) { () throws(InputError) -> [String]? in
            let bytes = file.bytes
            guard UTF16Text.transcode(UnsafeBufferPointer(rebasing: bytes.prefix(2))) == nil else { return nil }
            var format = options.format
            if format == nil { format = try InputFormat.detect(path: path, bytes: bytes) }
            guard format == .csv else { return nil }
            var scanner = CSVScanner(bytes: bytes, file: path)
            scanner.delimiter = try EdgeListReader.delimiterByte(options.csv.delimiter, file: path) ?? scanner.detectDelimiter()
            guard try scanner.next() else { return [] }
            var scratch: [UInt8] = []
            var header: [String] = []
            for field in scanner.fields { header.append(try scanner.string(field, scratch: &scratch)) }
            return header
        }
    }
}
