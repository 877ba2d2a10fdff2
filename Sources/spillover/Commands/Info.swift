import ArgumentParser
import SpilloverKit

/// `spillover info`: the cluster in numbers.
struct Info: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Describe a cluster: firms, ties, density, components, groups, what was merged and dropped.",
        discussion: """
            Examples:
              spillover info data/florentine/edges.csv --nodes data/florentine/nodes.csv
              spillover info edges.csv --directed -f json
            """)

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
    /// `quantity, value` table (csv, markdown).
    func produce() throws -> String {
        let graph = try input.load(allowNoTies: true)
        let summary = try GraphSummary(graph)
        return switch format {
        case .table: summary.text
        case .json: summary.json.serialized()
        case .csv: summary.table().csv()
        case .markdown: summary.table().markdown()
        }
    }
}
