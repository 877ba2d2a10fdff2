/// How adoption dates are grouped into periods (`--period`).
public enum PeriodUnit: String, Sendable, CaseIterable {
    /// A calendar month, a quarter (three months from January) or a year.
    case month, quarter, year
}

/// One adoption time as written in the node table: an integer period, or an ISO date
/// (`YYYY-MM-DD`) that a ``PeriodUnit`` turns into a period.
public enum AdoptionTime: Sendable, Equatable {
    /// An integer period.
    case period(Int)
    /// A calendar date (proleptic Gregorian), grouped into a period by a ``PeriodUnit``.
    case date(year: Int, month: Int, day: Int)

    /// Parses `text` (already trimmed): an optionally signed integer, or a valid proleptic
    /// Gregorian date `YYYY-MM-DD` (leap years as usual); `nil` for anything else.
    public init?(parsing text: Substring) {
        if let value = Int(text), text.count <= 18 {
            self = .period(value)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y)
        else { return nil }
        self = .date(year: y, month: m, day: d)
    }

    /// Parses `text` as the initializer that takes a `Substring` does.
    public init?(parsing text: String) { self.init(parsing: Substring(text)) }

    /// Whether this is a date rather than an integer period.
    public var isDate: Bool { if case .date = self { true } else { false } }

    /// The period key: the integer itself, or for a date the number of the month
    /// (12·year + month − 1), quarter (4·year + (month − 1)/3) or year. `unit` is ignored
    /// for integer periods.
    public func key(_ unit: PeriodUnit) -> Int {
        switch self {
        case .period(let t): t
        case let .date(y, m, _):
            switch unit {
            case .month: 12 * y + m - 1
            case .quarter: 4 * y + (m - 1) / 3
            case .year: y
            }
        }
    }

    static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The calendar of an adoption record: how period keys are written for people.
public enum PeriodCalendar: Sendable, Equatable {
    /// Integer periods, written as the integer.
    case integer
    /// Dates grouped by a unit: `2020-03`, `2020-Q1` or `2020`.
    case dates(PeriodUnit)

    /// The label of period key `key`.
    public func label(_ key: Int) -> String {
        switch self {
        case .integer: return String(key)
        case .dates(.month):
            let y = key >= 0 ? key / 12 : (key - 11) / 12
            let m = key - 12 * y + 1
            return "\(y)-\(m < 10 ? "0" : "")\(m)"
        case .dates(.quarter):
            let y = key >= 0 ? key / 4 : (key - 3) / 4
            return "\(y)-Q\(key - 4 * y + 1)"
        case .dates(.year): return String(key)
        }
    }
}
