import ArgumentParser
import SpilloverKit

extension WeightInterpretation: ExpressibleByArgument {}
extension GroupSource: ExpressibleByArgument {}

/// `spillover metrics`: centrality, structural holes and brokerage of every firm.
struct Metrics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute centrality, Burt's structural holes and Gould–Fernandez brokerage for every firm.",
        discussion: """
            Columns: id, label, group, degree, in_degree and out_degree (directed), strength, \
            betweenness, betweenness_norm, closeness, harmonic, eigenvector, pagerank, coreness, \
            clustering, constraint, effective_size, efficiency, hierarchy, broker_coordinator, \
            broker_itinerant, broker_representative, broker_gatekeeper, broker_liaison, \
            broker_total, the same with suffix _z, and with --brokerage-expected suffix _expected.

            Without a group column, brokerage uses Louvain communities (seeded by --seed).
            JSON: {"graph": {"nodes", "edges", "directed", "weighted", "groups": {"source", \
            "count"}}, "nodes": [...]} (with --dyads: "dyads" instead of "nodes").

            Examples:
              spillover metrics edges.csv --nodes nodes.csv -f csv -o metrics.csv
              spillover metrics edges.csv --measures degree,pagerank,constraint,brokerage
              spillover metrics edges.csv --dyads -f json
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("weight-as"), help: "Weights in path lengths: strength (length 1/weight) or distance (length = weight).")
    var weightAs: WeightInterpretation = .strength

    @Option(name: .customLong("group-column"), help: "Node-table column with the groups used by brokerage.")
    var groupColumn = "group"

    @Option(name: .long, help: "Groups for brokerage: column or community (default: column when the node table has it).")
    var groups: GroupSource?

    @Option(name: .long, help: "Comma-separated measures to compute (default: all); 'brokerage' names the counts and z-scores.")
    var measures: String?

    @Flag(name: .customLong("brokerage-expected"), help: "Add the expected brokerage counts (suffix _expected).")
    var brokerageExpected = false

    @Option(name: .customLong("betweenness-sample"), help: "Estimate betweenness from K sampled sources (Brandes–Pich).")
    var betweennessSample: Int?

    @Option(name: .long, help: "Seed for betweenness sampling and community detection.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Write Burt's dyadic constraint per ordered pair of contacts (source, target, local_constraint).")
    var dyads = false

    @Option(name: .customLong("sort-by"), help: "Sort firms by this measure, descending (default: input order).")
    var sortBy: String?

    @OptionGroup var output: OutputOptions

    private var measureList: [String]? {
        measures.map { $0.split(separator: ",").map(String.init) }
    }

    func validate() throws {
        if let list = measureList {
            do {
                _ = try MetricsTable.resolve(list, directed: input.directed, expected: brokerageExpected)
            } catch {
                throw ValidationError("--measures: \(error.description)")
            }
        }
        if let sortBy, !MetricsTable.measureNames.contains(sortBy) {
            throw ValidationError("--sort-by: unknown measure '\(sortBy)'")
        }
        if let k = betweennessSample, k < 1 {
            throw ValidationError("--betweenness-sample must be at least 1, not \(k)")
        }
        if groups == .column && input.nodes == nil {
            throw ValidationError("--groups column needs a node table (--nodes FILE) with a '\(groupColumn)' column")
        }
    }

    func run() async throws {
        let graph = try input.load()
        var options = MetricsOptions()
        options.measures = measureList
        options.weightAs = weightAs
        options.groupColumn = groupColumn
        options.groupSource = groups
        options.brokerageExpected = brokerageExpected
        options.betweennessSample = betweennessSample
        options.seed = seed
        options.dyads = dyads
        let diagnostics = Diagnostics()
        let table: MetricsTable
        do {
            table = try MetricsTable.compute(graph, options: options, diagnostics: diagnostics)
        } catch let error as MetricsError {
            switch error {
            case .missingGroupColumn:
                throw CLIError.data("\(input.nodes ?? "node table"): \(error.description) (--group-column)")
            default:
                throw CLIError.usage(error.description)
            }
        }
        for message in diagnostics.messages { Terminal.warning(message) }
        if let sortBy, table.values(for: sortBy) == nil {
            Terminal.warning("--sort-by \(sortBy): not computed; rows keep input order")
        }
        let graphJSON = table.graphJSON(graph)
        if dyads, let dyadTable = table.dyadTable() {
            try output.emit(output.render(dyadTable) { .object([("graph", graphJSON), ("dyads", $0)]) })
        } else {
            try output.emit(output.render(table.dataTable(sortBy: sortBy)) { .object([("graph", graphJSON), ("nodes", $0)]) })
        }
    }
}
