import ArgumentParser
import SpilloverKit

/// `spillover analyze`: the whole pipeline, from CSV to a finished analysis.
struct Analyze: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline: measures, focal firms, diffusion from them, picture and report.",
        discussion: """
            Writes to --out (default spillover-out/): metrics.csv, ranking.csv, diffusion.csv \
            (the curve), reach.csv (per firm), seeds.csv (the focal firms against seeds chosen \
            by CELF, IMM, degree discount, single discount and at random), cluster.dot and cluster.svg (focal firms \
            outlined and labelled, coloured by arrival step; above --picture-limit firms the \
            cluster map, one circle per group), cluster.gexf and cluster.graphml (the network \
            with every result as node attributes, for Gephi, Cytoscape, yEd or NetworkX), \
            report.md with figures/ and tables/ (every firm's row of the \
            report's shortened tables), and report.ipynb; \
            prints a summary. Without EDGES it runs on the bundled synthetic cluster \
            (data/cluster).

            Examples:
              spillover analyze
              spillover analyze data/florentine/edges.csv --nodes data/florentine/nodes.csv --out florentine
              spillover analyze edges.csv --nodes nodes.csv --top 10 --model knowledge --runs 5000 --seed 7
            """,
        aliases: ["analyse"])

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: AnalysisInputOptions
    @OptionGroup var analysis: AnalysisOptions

    /// One cache for the analysis and the report's commands, which compute the same
    /// measures, runs and seeds again (``ResultCache``); one stage for progress.
    func run() async throws {
        try await ResultCache.$current.withValue(ResultCache()) {
            try await ProgressStage.run("analyze") { _ in try await analyze() }
        }
    }

    private func analyze() async throws {
        let input = try self.input.load()
        let (a, svg, commands, fullTables) = try await writeReport(input, options: analysis)
        let out = analysis.out
        var written = ["metrics.csv", "ranking.csv", "diffusion.csv", "reach.csv", "seeds.csv", "cluster.dot"]
        try ProgressStage.run("writing the tables") { _ in
            try a.metrics.dataTable().writeCSV(to: out + "/metrics.csv")
            // The report wrote the same ranking and reach tables under tables/ (at 10^6
            // firms 350 MB and 44 MB); copied, not made again.
            for (name, full) in [("ranking.csv", ClusterReport.Part.ranking), ("reach.csv", .reach)] {
                if let written = fullTables[full] {
                    try AtomicFile.copy(out + "/" + written, to: out + "/" + name)
                } else {
                    try (full == .ranking ? a.ranking.table() : a.diffusion.firmsTable(in: a.graph)).writeCSV(to: out + "/" + name)
                }
            }
            try a.diffusion.curveTable().writeCSV(to: out + "/diffusion.csv")
            try a.seedComparisonTable().writeCSV(to: out + "/seeds.csv")
        }
        // The picture's DOT source from the report's own `spillover dot` command (same options,
        // so cluster.dot renders to cluster.svg); the analysis's DOT when the input has no files.
        if analysis.pictureOptions.picture == .none {
            written.removeLast()
        } else if input.edgesPath != nil {
            _ = try await commands.run("cluster.dot", commands.networkWords(to: "cluster.dot"), prints: false)
        } else {
            try AtomicFile.write(a.dot, to: out + "/cluster.dot")
        }
        if let svg {
            try AtomicFile.write(svg, to: out + "/cluster.svg")
            written.append("cluster.svg")
        }
        if a.graph.nodeCount <= Self.networkFileLimit {
            try ProgressStage.run("writing GEXF and GraphML") { _ in
                let ties = input.source?.tiesForExport()
                let network = try a.networkExport(renderer: svg == nil ? nil : try GraphvizRenderer(), ties: ties)
                try GEXFWriter.write(network, toFile: out + "/cluster.gexf")
                try GraphMLWriter.write(network, toFile: out + "/cluster.graphml")
            }
            written += ["cluster.gexf", "cluster.graphml"]
        } else {
            Terminal.note(
                "cluster.gexf and cluster.graphml are left out above \(Self.networkFileLimit) firms (at 10^6 firms they were 2.5 and 1.9 GB); `spillover export \(input.arguments) --to gexf --with metrics,rank,reach -o cluster.gexf` writes the network with its results"
            )
        }
        written += ["report.md", "report.ipynb", "figures/", "tables/"]
        print(Self.summary(a, input: input, written: written, out: out), terminator: "")
    }

    /// Above this many firms `analyze` writes no GEXF or GraphML: at 10^6 firms they were
    /// 2.5 and 1.9 GB, which no desktop tool opens; `spillover export` writes them on request.
    static let networkFileLimit = 100_000

    static func summary(_ a: ClusterAnalysis, input: AnalysisInput, written: [String], out: String) -> String {
        let s = a.summary, g = a.graph
        var text = "Cluster \(a.name) (\(input.arguments))\n"
        text += "  \(s.nodes) firms, \(s.edges) ties, density \(formatSignificant(s.density, digits: 3)), "
        text += "\(s.components) component\(s.components == 1 ? "" : "s") (largest \(s.largestComponent)), "
        text += "\(a.metrics.groupCount) groups (\(a.metrics.groupSource == .column ? "group column" : "Louvain communities"))"
        if !s.tieTypes.isEmpty { text += "; ties: " + s.tieTypes.map { "\($0.count) \($0.label)" }.joined(separator: ", ") }
        text += "\n\nTop \(a.seeds.count) focal firms\n"
        for row in a.ranking.rows.prefix(a.seeds.count) {
            let name = row.label == row.id ? row.id : "\(row.id) \(row.label)"
            text += "  \(row.rank). \(name)\(row.group.isEmpty ? "" : " [\(row.group)]"), \(row.role.rawValue), score \(formatSignificant(row.score, digits: 3))\n"
            text += "     \(row.reason)\n"
        }
        let spread = a.diffusion.spread
        text += "\nKnowledge diffusion from them: \(a.modelDescription), \(a.diffusion.runs) runs, seed \(a.options.seed)\n"
        text += "  expected reach \(formatSignificant(spread.mean, digits: 4)) of \(g.nodeCount) firms "
        text +=
            "(\(formatSignificant(100 * spread.share, digits: 3))%), 95% CI \(formatSignificant(spread.ci95.lower, digits: 4))–\(formatSignificant(spread.ci95.upper, digits: 4))\n"
        if let last = a.diffusion.curve.last, let half = a.diffusion.curve.first(where: { $0.mean >= last.mean / 2 }) {
            text += "  half of it within \(half.step) step\(half.step == 1 ? "" : "s"); 90% of runs reach between "
            text += "\(formatSignificant(last.p05, digits: 3)) and \(formatSignificant(last.p95, digits: 3)) firms\n"
        }
        if let best = a.seedComparison.dropFirst().max(by: { $0.spread.mean < $1.spread.mean }) {
            let focal = a.seedComparison[0].spread
            text += "  the best of \(a.seedComparison.count - 1) seed-selection methods, \(best.method.rawValue), reaches "
            text += "\(formatSignificant(best.spread.mean, digits: 4)) (95% CI \(formatSignificant(best.spread.ci95.lower, digits: 4))–"
            text += "\(formatSignificant(best.spread.ci95.upper, digits: 4))): focal firms get \(formatSignificant(100 * focal.mean / best.spread.mean, digits: 3))% of it\n"
        }
        text += "\nWrote \(out)/: \(written.joined(separator: " "))\n"
        return text
    }
}
