/// When each firm of a cluster adopted, on a grid of consecutive periods.
///
/// Periods are numbered `0..<periodCount` from the first observed period (the earliest
/// adoption, whose adopters are the seeds) to the end of observation (`--observed-until`,
/// by default the last adoption period). A firm with no adoption time is right-censored: it
/// had not adopted by the end of observation. Firms of the edge list that are missing from
/// the node table are censored too.
public struct AdoptionRecord: Sendable, Equatable {
    /// Adoption period of each node (an index into the periods), or −1 when censored.
    public let time: [Int32]
    /// The key (see ``AdoptionTime/key(_:)``) of period 0.
    public let firstKey: Int
    /// The number of periods, first observed to end of observation.
    public let periodCount: Int
    /// How period keys are written.
    public let calendar: PeriodCalendar

    /// - Throws: ``FitError/noAdopters`` and ``FitError/allSeeds`` when the record cannot be
    ///   estimated from; `time` values must lie in `-1..<periodCount`.
    public init(time: [Int32], firstKey: Int, periodCount: Int, calendar: PeriodCalendar = .integer) throws(FitError) {
        precondition(periodCount >= 1 && time.allSatisfy { $0 >= -1 && $0 < periodCount })
        self.time = time
        self.firstKey = firstKey
        self.periodCount = periodCount
        self.calendar = calendar
        let adopters = time.filter { $0 >= 0 }
        guard !adopters.isEmpty else { throw .noAdopters }
        if periodCount == 1 || adopters.count == time.count && adopters.allSatisfy({ $0 == 0 }) {
            throw .allSeeds
        }
    }

    /// The number of firms.
    public var nodeCount: Int { time.count }

    /// The label of period `t` (0-based), e.g. `"7"` or `"2020-03"`.
    public func label(_ t: Int) -> String { calendar.label(firstKey + t) }

    /// Whether node `i` adopted at some period.
    @inlinable public func adopted(_ i: Int) -> Bool { time[i] >= 0 }

    /// Adopters per period.
    public var adoptersPerPeriod: [Int] {
        var counts = [Int](repeating: 0, count: periodCount)
        for t in time where t >= 0 { counts[Int(t)] += 1 }
        return counts
    }

    /// Seeds: the firms that adopted in the first period, in node order.
    public var seeds: [Int] { time.indices.filter { time[$0] == 0 } }

    /// Builds the record from per-node adoption times given as period keys (`nil` =
    /// censored) and the end of observation (`nil`: the last adoption).
    /// - Throws: ``FitError`` when nobody adopted or everybody adopted in the first period.
    ///   Keys after `observedUntil` must have been refused by the caller (the reader does).
    public static func from(keys: [Int?], observedUntil: Int?, calendar: PeriodCalendar = .integer) throws(FitError) -> AdoptionRecord {
        let present = keys.compactMap { $0 }
        guard let first = present.min(), let last = present.max() else { throw .noAdopters }
        let end = observedUntil ?? last
        guard end >= last else { throw .noAdopters }
        let time = keys.map { k -> Int32 in k.map { Int32($0 - first) } ?? -1 }
        return try AdoptionRecord(time: time, firstKey: first, periodCount: end - first + 1, calendar: calendar)
    }
}

/// Why an adoption record cannot be fitted, or why a fit failed.
public enum FitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No firm has an adoption time.
    case noAdopters
    /// Every firm adopted in the first period, or there is only one period: nothing is at risk.
    case allSeeds
    /// No firm at risk ever has an in-neighbour that adopted before it.
    case neverExposed
    /// The node table has no column `name`; `available` lists its columns.
    case missingColumn(name: String, file: String, available: [String])
    /// The maximum of the likelihood is at infinity along `term` (quasi-complete separation);
    /// `why` says how, and names the settings that avoid it.
    case separation(term: String, why: SettingText)
    /// Newton–Raphson did not converge on `model`; `hint` says what to try, naming the settings.
    case nonConvergence(model: Model, hint: SettingText)

    /// The model a fit estimates.
    public enum Model: String, Sendable, CaseIterable {
        /// The discrete-time hazard model (logistic regression on firm-periods).
        case hazard = "hazard model"
        /// The network cascade model (per-tie adoption probability, by channel or pooled).
        case cascade = "cascade model"
    }

    /// A one-line message in plain words saying why no model can be estimated, naming
    /// settings as the library's API does.
    public var description: String { description(naming: \.description) }

    /// The message of ``description`` with each ``Setting`` named by `name`.
    public func description(naming name: (Setting) -> String) -> String { text.rendered(naming: name) }

    private var text: SettingText {
        switch self {
        case .noAdopters:
            "no firm has an adoption time, so there is no diffusion to fit"
        case .allSeeds:
            "every firm adopted in the first observed period (or there is only one period), so no firm is ever at risk and no model can be estimated"
        case .neverExposed:
            "no firm at risk ever has an in-neighbour that adopted before it, so the network's part cannot be estimated (check the tie direction: \(Setting.directed), \(Setting.reverse))"
        case let .missingColumn(name, file, available):
            "\(file): no '\(name)' column in the node table (columns: \(available.map { "'\($0)'" }.joined(separator: ", ")))"
        case let .separation(term, why):
            "the hazard model cannot be estimated: quasi-complete separation on '\(term)' (\(why)); its estimate would be infinite"
        case let .nonConvergence(model, hint):
            "the \(model.rawValue) did not converge; \(hint)"
        }
    }
}
