import ArgumentParser
import SpilloverKit

/// `spillover info`: the cluster in numbers.
struct Info: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Describe a cluster: firms, ties, density, components, groups, what was merged and dropped.",
        discussion: """
            Examples:
              spillover info data/florentine/edges.csv --nodes data/florentine/nodes.csv
              spillover info edges.csv --directed -f json
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("format")], help: "Output format: table, csv, json or markdown.")
    var format: OutputFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() async throws {
        let text = try produce()
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }

    /// The summary in the chosen format: aligned lines (table), JSON, or a
    /// `quantity, value` table (csv, markdown); ties per channel and multiplex pairs when the
    /// edge list is typed.
    func produce() throws -> String {
        let (source, graph) = try input.loadSource(allowNoTies: true)
        let summary = try GraphSummary(graph)
        let channels = ChannelCounts(source)
        return switch format {
        case .table: Self.text(summary, channels)
        case .json: Self.json(summary, channels).serialized()
        case .csv: Self.table(summary, channels).csv()
        case .markdown: Self.table(summary, channels).markdown()
        }
    }

    /// The summary's `quantity, value` table, with a row per channel and the multiplex pairs.
    static func table(_ summary: GraphSummary, _ channels: ChannelCounts) -> DataTable {
        var table = summary.table()
        guard !channels.ties.isEmpty else { return table }
        for c in channels.ties { table.rows.append([.text("\(c.type) channel ties"), .integer(c.count)]) }
        table.rows.append([.text("multiplex pairs"), .integer(channels.multiChannelPairs)])
        return table
    }

    /// The summary's JSON with `channel_ties` (ties per channel, merged within a channel) and
    /// `multiplex_pairs` (pairs tied in more than one channel) appended.
    static func json(_ summary: GraphSummary, _ channels: ChannelCounts) -> JSONValue {
        guard case .object(var fields) = summary.json else { return summary.json }
        // Flat, as every value of info's JSON: "vertical:236,horizontal:177" like tie_types.
        fields.append(("channel_ties", .string(channels.ties.map { "\($0.type):\($0.count)" }.joined(separator: ","))))
        fields.append(("multiplex_pairs", .integer(channels.multiChannelPairs)))
        return .object(fields)
    }

    /// The summary's lines, then the channels' when the edge list is typed.
    static func text(_ summary: GraphSummary, _ channels: ChannelCounts) -> String {
        guard !channels.ties.isEmpty else { return summary.text }
        let width = "dropped self-loops".count
        func row(_ name: String, _ value: String) -> String { name + String(repeating: " ", count: width - name.count) + "  " + value + "\n" }
        return summary.text
            + row("channel ties", channels.ties.map { "\($0.type) \($0.count)" }.joined(separator: ", "))
            + row("multiplex pairs", "\(channels.multiChannelPairs) (tied in more than one channel)")
    }
}
