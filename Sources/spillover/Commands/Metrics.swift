import ArgumentParser
import Foundation
import SpilloverKit

/// `spillover metrics`: centrality, structural holes and brokerage of every firm.
struct Metrics: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Compute centrality, Burt's structural holes and Gould–Fernandez brokerage for every firm.",
        discussion: """
            Columns: id, label, group, degree, in_degree and out_degree (directed), strength, \
            betweenness, betweenness_norm, closeness, harmonic, eigenvector, pagerank, coreness, \
            clustering, constraint, effective_size, efficiency, hierarchy, broker_coordinator, \
            broker_itinerant, broker_representative, broker_gatekeeper, broker_liaison, \
            broker_total, the same with suffix _z, and with --brokerage-expected suffix _expected.

            Without a group column, brokerage uses Louvain communities (seeded by --seed).

            Betweenness, closeness and harmonic cost O(nm) exactly. Above 50000 firms they are \
            estimated with a stated error, with a warning, unless --exact is given: every \
            firm's betweenness_norm within --betweenness-epsilon (default 0.02) of exact, from \
            Riondato–Kornaropoulos shortest-path samples, and closeness and harmonic from \
            Eppstein–Wang pivots within --closeness-epsilon (default 0.5), all with \
            probability at least 1 − --path-delta (default 0.1), seeded by --seed. Giving one \
            of these three samples at any size. --path-sample K estimates all \
            three from K sampled sources (Brandes–Pich; Eppstein–Wang); --betweenness-sample K \
            samples betweenness only.
            JSON: {"graph": {"nodes", "edges", "directed", "weighted", "groups": {"source", \
            "count"}, "sampling": {...} when sampled}, "nodes": [...]} (with --dyads: "dyads" \
            instead of "nodes"); groups no measure needed are {"source": null, "count": 0}.

            Examples:
              spillover metrics edges.csv --nodes nodes.csv -f csv -o metrics.csv
              spillover metrics edges.csv --measures degree,pagerank,constraint,brokerage
              spillover metrics edges.csv --dyads -f json
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var measureOptions: MeasureOptions

    @Option(name: .long, help: "Comma-separated measures to compute (default: all); 'brokerage' names the counts and z-scores.")
    var measures: String?

    @Flag(name: .customLong("brokerage-expected"), help: "Add the expected brokerage counts (suffix _expected).")
    var brokerageExpected = false

    @OptionGroup var seedOption: SeedOption
    var seed: UInt64 { seedOption.seed }

    @Flag(name: .long, help: "Write Burt's dyadic constraint per ordered pair of contacts (source, target, local_constraint).")
    var dyads = false

    @Option(name: .customLong("sort-by"), help: "Sort firms by this measure, descending (default: input order).")
    var sortBy: String?

    @OptionGroup var output: OutputOptions

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "Report on standard error the seconds spent loading and computing (for scripts/bench-peers).",
            visibility: .hidden))
    var timings = false

    /// The measures of `--measures`, or `nil` for all.
    private func measureList() throws -> [Measure]? {
        guard let measures else { return nil }
        let names = measures.split(separator: ",").map(String.init)
        if names.isEmpty { throw ValidationError("--measures: no measure given; name at least one, e.g. --measures degree,pagerank") }
        do {
            return try MeasureNames.list(names, expected: brokerageExpected)
        } catch {
            throw ValidationError("--measures: \(error.description)")
        }
    }

    /// The measure of `--sort-by`, or `nil` when not given.
    private func sortMeasure() throws -> Measure? {
        guard let sortBy else { return nil }
        guard let m = MeasureNames.measure(sortBy) else { throw ValidationError("--sort-by: unknown measure '\(sortBy)'") }
        return m
    }

    func validate() throws {
        _ = try measureList()
        _ = try sortMeasure()
        try measureOptions.validate(nodes: input.nodes)
    }

    func run() async throws {
        let clock = ContinuousClock(), start = clock.now
        let graph = try input.load()
        let loaded = clock.now
        var options = measureOptions.metricsOptions(seed: seed)
        options.measures = try measureList()
        options.brokerageExpected = brokerageExpected
        options.dyads = dyads
        let diagnostics = Diagnostics()
        let table = try await measureOptions.mapErrors(nodes: input.nodes) {
            try MetricsTable.compute(graph, options: options, diagnostics: diagnostics)
        }
        if timings {
            let computed = clock.now
            Terminal.note("timings: load=\(seconds(loaded - start)) compute=\(seconds(computed - loaded)) firms=\(graph.nodeCount) ties=\(graph.edgeCount)")
            let stages = table.stageSeconds.map { "\($0.stage.replacingOccurrences(of: " ", with: "_"))=\(String(format: "%.6f", $0.seconds))" }
            Terminal.note("stage timings: " + stages.joined(separator: " "))
        }
        for message in diagnostics.messages(naming: \.flag) { Terminal.warning(message) }
        WeightConvention.announce(graph, measureOptions.weightAs)
        let sortKey = try sortMeasure()
        if let sortKey, table[sortKey] == nil {
            Terminal.warning("--sort-by \(sortKey.rawValue): not computed; rows keep input order")
        }
        let graphJSON = table.graphJSON(graph)
        if dyads, let dyadTable = table.dyadTable() {
            try output.emit(try output.render(dyadTable) { .object([("graph", graphJSON), ("dyads", $0)]) })
        } else {
            try output.emit(table.dataTable(sortBy: sortKey)) { .object([("graph", graphJSON), ("nodes", $0)]) }
        }
    }
}

/// A duration in seconds with microsecond resolution, for `--timings`.
private func seconds(_ d: Duration) -> String {
    String(format: "%.6f", d / .seconds(1))
}
