/// The adoption columns of a node table: each firm's adoption period key and numeric
/// covariates, read with the file positions needed for error messages.
public struct AdoptionTable: Sendable {
    /// The file the table was read from, as given (for messages).
    public var file: String
    /// Firm ids in table order.
    public var ids: [String]
    /// Adoption period key per row (see ``AdoptionTime/key(_:)``); `nil` = not adopted.
    public var keys: [Int?]
    /// Whether the keys are integer periods or grouped dates.
    public var calendar: PeriodCalendar
    /// The end of observation as a period key, when `--observed-until` was given.
    public var observedUntil: Int?
    /// Covariate names as asked for, and `covariates[c][r]` per row (`nil` when empty).
    public var covariateNames: [String]
    /// Per covariate, its value per row (`nil` when the cell is empty).
    public var covariates: [[Double?]]

    /// The adoption record on `graph`'s nodes (firms missing from the table are censored).
    public func record(on ids: [String], index: (String) -> Int?) throws(FitError) -> AdoptionRecord {
        var perNode = [Int?](repeating: nil, count: ids.count)
        for (r, id) in self.ids.enumerated() { if let v = index(id) { perNode[v] = keys[r] } }
        return try AdoptionRecord.from(keys: perNode, observedUntil: observedUntil, calendar: calendar)
    }

    /// Covariate `c` per node of the graph (`nil` where missing or not in the table).
    public func covariate(_ c: Int, nodeCount: Int, index: (String) -> Int?) -> [Double?] {
        var out = [Double?](repeating: nil, count: nodeCount)
        for (r, id) in ids.enumerated() { if let v = index(id) { out[v] = covariates[c][r] } }
        return out
    }
}

/// Reads the adoption time column and covariates of a node table.
///
/// Times are integer periods or ISO dates (`YYYY-MM-DD`), one kind per column; dates are
/// grouped by `period` (default month). An empty cell means not adopted by the end of
/// observation. Errors: a missing column is ``FitError/missingColumn(name:file:available:)``
/// (a usage error: the option names a column the file does not have); a value that is not a
/// time, a date after `observedUntil`, or a covariate that is not a number is an
/// ``InputError`` naming file, line and column.
public enum AdoptionTableReader {
    /// Reads the adoption columns of the node table at `path`.
    /// - Parameters:
    ///   - path: the node table (CSV; delimiter detected unless `delimiter` is given).
    ///   - idColumn: the column of firm ids.
    ///   - timeColumn: the column of adoption times (integer periods or `YYYY-MM-DD` dates).
    ///   - covariates: numeric columns to read as covariates.
    ///   - period: how dates are grouped into periods (default month); must be `nil` for integer times.
    ///   - observedUntil: the end of observation, in the same kind of time as the column.
    ///   - delimiter: the field delimiter, when not detected.
    /// - Throws: ``FitError`` for a missing column, ``InputError`` (file, line, column) for a
    ///   bad value, ``FitOptionError`` for an option that does not fit the column.
    public static func read(
        path: String, idColumn: String = "id", timeColumn: String = "adopted_at", covariates: [String] = [],
        period: PeriodUnit? = nil, observedUntil: String? = nil, delimiter: Character? = nil
    ) throws -> AdoptionTable {
        let file = try MappedFile(path: path)
        return try withExtendedLifetime(file) {
            try parse(
                bytes: file.bytes, file: path, idColumn: idColumn, timeColumn: timeColumn, covariates: covariates,
                period: period, observedUntil: observedUntil, delimiter: delimiter)
        }
    }

    /// Parses an adoption table from `bytes`, named `file` in errors; see
    /// ``read(path:idColumn:timeColumn:covariates:period:observedUntil:delimiter:)``.
    public static func parse(
        bytes: UnsafeBufferPointer<UInt8>, file: String, idColumn: String = "id", timeColumn: String = "adopted_at",
        covariates covariateNames: [String] = [], period: PeriodUnit? = nil, observedUntil: String? = nil,
        delimiter: Character? = nil
    ) throws -> AdoptionTable {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.delimiter = try EdgeListReader.delimiterByte(delimiter, file: file) ?? scanner.detectDelimiter()
        guard try scanner.next() else { throw InputError(file: file, message: "the file is empty; expected a header row") }
        var scratch: [UInt8] = []
        var header: [String] = []
        for field in scanner.fields { header.append(try scanner.string(field, scratch: &scratch)) }
        func index(_ name: String) throws(FitError) -> Int {
            guard let i = header.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw .missingColumn(name: name, file: file, available: header)
            }
            return i
        }
        let idIndex = try index(idColumn), timeIndex = try index(timeColumn)
        let covariateIndex = try covariateNames.map { name throws(FitError) in try index(name) }
        var ids: [String] = [], times: [(AdoptionTime, line: Int, column: Int)?] = []
        var covariates = [[Double?]](repeating: [], count: covariateNames.count)
        var firstDate: (line: Int, column: Int)?, firstInteger: (line: Int, column: Int)?
        while try scanner.next() {
            let fields = scanner.fields
            guard fields.count == header.count else {
                throw InputError(file: file, line: scanner.recordLine, message: "expected \(header.count) fields as in the header, found \(fields.count)")
            }
            ids.append(try scanner.string(fields[idIndex], scratch: &scratch))
            let f = fields[timeIndex]
            if f.isEmpty {
                times.append(nil)
            } else {
                let text = try scanner.string(f, scratch: &scratch)
                guard let t = AdoptionTime(parsing: text) else {
                    throw InputError(
                        file: file, line: f.line, column: f.column,
                        message: "\(timeColumn) must be an integer period or a date YYYY-MM-DD, found \"\(text)\"")
                }
                if t.isDate { if firstDate == nil { firstDate = (f.line, f.column) } } else if firstInteger == nil { firstInteger = (f.line, f.column) }
                if let d = firstDate, let i = firstInteger {
                    let (line, column) = d.line > i.line ? d : i
                    throw InputError(
                        file: file, line: line, column: column,
                        message: "\(timeColumn) mixes integer periods and dates; use one kind in the whole column")
                }
                times.append((t, f.line, f.column))
            }
            for (c, i) in covariateIndex.enumerated() {
                let g = fields[i]
                if g.isEmpty { covariates[c].append(nil); continue }
                let value = try scanner.withBytes(of: g, scratch: &scratch) { b throws(InputError) -> Double? in parseDouble(b) }
                guard let value, value.isFinite else {
                    let text = (try? scanner.string(g, scratch: &scratch)) ?? "?"
                    throw InputError(
                        file: file, line: g.line, column: g.column,
                        message: "covariate '\(covariateNames[c])' must be a number, found \"\(text)\"")
                }
                covariates[c].append(value)
            }
        }
        let usesDates = firstDate != nil
        let unit = period ?? .month
        var until: Int?
        if let observedUntil {
            guard let t = AdoptionTime(parsing: observedUntil),
                firstDate == nil && firstInteger == nil || t.isDate == usesDates
            else {
                throw FitOptionError(
                    setting: .observedUntil,
                    message: "expected \(usesDates ? "a date YYYY-MM-DD" : "an integer period") like the values of '\(timeColumn)', not '\(observedUntil)'")
            }
            until = t.key(unit)
        }
        var keys: [Int?] = []
        keys.reserveCapacity(times.count)
        for entry in times {
            guard let (t, line, column) = entry else { keys.append(nil); continue }
            let key = t.key(unit)
            if let until, key > until {
                throw InputError(
                    file: file, line: line, column: column,
                    text: "\(timeColumn) \(PeriodCalendar.dates(unit).labelOrInteger(key, dates: usesDates)) is after \(Setting.observedUntil) \(observedUntil!)")
            }
            keys.append(key)
        }
        return AdoptionTable(
            file: file, ids: ids, keys: keys, calendar: usesDates ? .dates(unit) : .integer, observedUntil: until,
            covariateNames: covariateNames, covariates: covariates)
    }
}

/// A setting's value that does not fit the data (a usage error naming the setting).
public struct FitOptionError: Error, Sendable, CustomStringConvertible {
    /// The setting at fault.
    public var setting: Setting
    /// What was expected of it.
    public var message: String
    /// `setting: message`, the setting named as the library's API names it.
    public var description: String { description(naming: \.description) }

    /// `setting: message`, the setting named by `name`.
    public func description(naming name: (Setting) -> String) -> String { "\(name(setting)): \(message)" }
}

extension PeriodCalendar {
    func labelOrInteger(_ key: Int, dates: Bool) -> String { dates ? label(key) : String(key) }
}
