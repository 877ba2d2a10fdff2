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

    @Option(name: [.short, .customLong("format")], help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard format == .table || format == .json else {
            throw ValidationError("info writes table or json, not \(format.rawValue)")
        }
    }

    func run() async throws {
        let graph = try input.load(allowNoTies: true)
        let summary = try GraphSummary(graph)
        let text = format == .json ? summary.json.serialized() : summary.text
        if let output {
            try AtomicFile.write(text, to: output)
        } else {
            print(text, terminator: "")
        }
    }
}
