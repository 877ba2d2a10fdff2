/// The analyst's whole pipeline on one cluster: the cluster in numbers, every measure, the
/// focal-firm ranking, knowledge diffusion from the top focal firms, and the picture.
///
/// It is the value behind `spillover analyze` and `spillover report`; each part reuses the
/// library's own API (``MetricsTable``, ``FocalRanking``, ``DiffusionSimulation``,
/// ``DOTWriter``), so its numbers are those of the single-purpose commands with the same
/// options.
public struct ClusterAnalysis: Sendable {
    /// What the pipeline computes and how.
    public struct Options: Sendable {
        /// How many focal firms to list and seed the diffusion from.
        public var top = 5
        /// The diffusion model (default: independent cascade with p = 0.1).
        public var model: DiffusionModel = .independentCascade(.uniform(0.1))
        /// Monte Carlo runs of every diffusion.
        public var runs = 1000
        /// The random seed of the diffusions and seed selections, and of the measures (path
        /// sampling, communities): it replaces ``MetricsOptions/seed``.
        public var seed: UInt64 = 1
        /// Worker threads (``WorkerPool/threads`` unless set); results do not depend on it.
        public var threads = WorkerPool.threads
        /// How the measures are computed.
        public var metrics = MetricsOptions()
        /// The picture to draw; `nil`: ``PictureKind/automatic(firms:limit:)`` with
        /// ``fullPictureLimit``.
        public var picture: PictureKind?
        /// Up to this many firms the automatic picture draws every firm.
        public var fullPictureLimit = PictureKind.fullPictureLimit

        /// The defaults: top 5 firms, independent cascade with p = 0.1, 1,000 runs, seed 1,
        /// ``WorkerPool/threads`` threads, default measure options, automatic picture.
        public init() {}
    }

    /// A short name of the data set ("cluster", "florentine").
    public let name: String
    /// The cluster analysed.
    public let graph: ClusterGraph
    /// The options the analysis ran with.
    public let options: Options
    /// The cluster in numbers.
    public let summary: GraphSummary
    /// Every measure of every firm.
    public let metrics: MetricsTable
    /// The focal-firm ranking.
    public let ranking: FocalRanking
    /// The seed firms of the diffusion: the top focal firms.
    public let seeds: [Int]
    /// The diffusion from ``seeds``.
    public let diffusion: DiffusionResult
    /// The seeds other methods would choose (``SeedMethod``), each with its expected spread
    /// from the same engine, runs and seed; the focal seeds come first.
    public let seedComparison: [SeedComparison]
    /// The picture (``picture``): focal firms outlined and labelled, firms (or groups)
    /// coloured by mean arrival step.
    public let dot: String
    /// The GraphViz layout program ``dot`` is meant for.
    public let layout: DOTOptions.Layout
    /// Which picture ``dot`` is.
    public let picture: PictureKind
    /// The options of the full picture (every firm), which ``dot`` was drawn from.
    public let drawing: DOTOptions
    /// Warnings raised along the way (igraph's, groups taken from communities, …), naming
    /// settings as typed values.
    public let warnings: [SettingText]

    /// Runs the pipeline.
    ///
    /// - Throws: ``MetricsError``, ``IGraphError``, ``FocalError``, ``DiffusionError`` or
    ///   ``DOTError`` when a step cannot be done as asked.
    public static func run(_ graph: ClusterGraph, name: String, options: Options = Options()) async throws -> ClusterAnalysis {
        let diagnostics = Diagnostics()
        var metricsOptions = options.metrics
        metricsOptions.seed = options.seed
        let metrics = try MetricsTable.compute(graph, options: metricsOptions, diagnostics: diagnostics)
        // Through the ranker, so that a result cache stores the ranking for the report's
        // commands (rank, dot, channels), which ask for it again.
        let ranker = FocalRanker(metrics: metricsOptions)
        let ranking = try ProgressStage.run("ranking") { _ in try ranker.rank(graph, using: metrics) }
        let seeds = ranking.top(min(options.top, graph.nodeCount))
        let simulation = try DiffusionSimulation(graph: graph, model: options.model, seeds: seeds)
        let diffusion = try await simulation.run(budget: .runs(options.runs), seed: options.seed, threads: options.threads)

        let comparison = try await compareSeeds(graph, focal: seeds, focalSpread: diffusion.spread, options: options)

        var drawing = DOTOptions()
        drawing.title = "\(name): \(graph.nodeCount) firms, \(graph.edgeCount) ties"
        drawing.color = .values(NodeValues(name: "mean arrival step", values: diffusion.meanArrivalStep))
        drawing.highlighted = Set(seeds)
        drawing.highlightCaption = "top \(seeds.count) focal firms (seeds)"
        var scores = [Double](repeating: .nan, count: graph.nodeCount)
        for row in ranking.rows { scores[row.node] = row.score }
        drawing.tooltipValues =
            [
                NodeValues(name: "focal score", values: scores),
                NodeValues(name: "reach probability", values: diffusion.reachProbability),
            ] + [Measure.degree, .betweenness, .effectiveSize].compactMap { NodeValues($0, of: metrics) }
        let kind = options.picture ?? .automatic(firms: graph.nodeCount, limit: options.fullPictureLimit)
        let groups = NodeCategories(name: metrics.groupSource == .column ? "group" : "community", values: metrics.groups)
        let (dot, layout) = try ClusterPicture(kind: kind, options: drawing, groups: groups).draw(graph)

        return ClusterAnalysis(
            name: name, graph: graph, options: options, summary: try GraphSummary(graph), metrics: metrics,
            ranking: ranking, seeds: seeds, diffusion: diffusion, seedComparison: comparison, dot: dot,
            layout: layout, picture: kind, drawing: drawing,
            warnings: diagnostics.warnings)
    }

    /// Above this many firms the pipeline leaves CELF out of the seed comparison: its first
    /// pass simulates every firm as a candidate (n × runs cascades).
    public static let celfLimit = 2000

    /// The seeds of every method that supports the model, and their spread.
    static func compareSeeds(
        _ graph: ClusterGraph, focal: [Int], focalSpread: SpreadEstimate, options: Options
    ) async throws -> [SeedComparison] {
        let k = focal.count
        let oracle = try SpreadOracle(graph: graph, model: options.model, runs: options.runs, seed: options.seed, threads: options.threads)
        var out = [SeedComparison(method: .focal, seeds: focal, spread: focalSpread)]
        for method in [SeedMethod.celf, .imm, .degreeDiscount, .singleDiscount, .random] where method.supports(options.model) {
            if method == .celf, graph.nodeCount > celfLimit { continue }
            let result = try await ProgressStage.run("seeds by \(method.rawValue)") { _ in
                let (chosen, _) = try await method.select(
                    k: k, graph: graph, model: options.model, oracle: oracle, imm: IMM(epsilon: 0.1, ell: 1),
                    focal: FocalRanker(metrics: options.metrics), seed: options.seed, threads: options.threads)
                let simulation = try DiffusionSimulation(graph: graph, model: options.model, seeds: chosen)
                return (chosen, try await simulation.run(budget: .runs(options.runs), seed: options.seed, threads: options.threads))
            }
            let chosen = result.0
            out.append(SeedComparison(method: method, seeds: chosen, spread: result.1.spread))
        }
        return out
    }

    /// The seed comparison as a table: `method, seeds, spread, ci95_low, ci95_high` (no
    /// run times, so that reports stay byte-identical from run to run).
    package func seedComparisonTable() -> DataTable {
        DataTable(
            columns: ["method", "seeds", "spread", "ci95_low", "ci95_high"],
            rows: seedComparison.map { c in
                [
                    .text(c.method.rawValue), .text(c.seeds.map { graph.ids[$0] }.joined(separator: " ")),
                    .number(c.spread.mean), .number(c.spread.ci95.lower), .number(c.spread.ci95.upper),
                ]
            })
    }

    /// The picture as SVG, rendered by GraphViz. GraphViz's version comment is removed so
    /// that the bytes depend on the layout only, and so are the XML declaration and
    /// doctype, so that the SVG can be embedded in a notebook or a page as it is.
    public func svg(renderer: GraphvizRenderer) throws -> String {
        let (picture, _) = try renderer.render(dot, layout: layout, format: .svg)
        var text = String(decoding: picture, as: UTF8.self)
        text.replace(/<!-- Generated by graphviz.*?-->\n?/.dotMatchesNewlines(), with: "")
        text.replace(/<\?xml[^>]*\?>\n?/, with: "")
        text.replace(/<!DOCTYPE[^>]*>\n?/, with: "")
        return text
    }

    /// A plain description of the diffusion model, for summaries and reports.
    public var modelDescription: String {
        switch options.model {
        case .independentCascade(.uniform(let p)): "independent cascade, p = \(formatNumber(p)) per tie"
        case .independentCascade(.weight(let scale)): "independent cascade, p = min(1, \(formatNumber(scale))·weight)"
        case .independentCascade(.weightedCascade): "independent cascade, weighted cascade (p = 1/in-degree)"
        case .independentCascade(.byType(let table, _)):
            "independent cascade, p by tie type (\(table.sorted { $0.key < $1.key }.map { "\($0.key) \(formatNumber($0.value))" }.joined(separator: ", ")))"
        case let .externalCascade(rule, epsilon, steps): AdoptionAnalysis.describe(rule, epsilon: epsilon, steps: steps)
        case .linearThreshold: "linear threshold, weights normalised per receiver"
        case let .sir(beta, gamma): "SIR, β = \(formatNumber(beta)), γ = \(formatNumber(gamma))"
        case .knowledge: "cluster knowledge spillover model (tacit and codified channels, default parameters)"
        }
    }
}

/// One method's seeds in the pipeline's comparison, with their expected spread.
public struct SeedComparison: Sendable {
    /// The seed-selection method.
    public var method: SeedMethod
    /// The seeds it chose (node numbers), in order of choice.
    public var seeds: [Int]
    /// Their expected spread under the analysis's model, runs and seed.
    public var spread: SpreadEstimate
}

import Foundation
