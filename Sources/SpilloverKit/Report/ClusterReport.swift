/// The report of a ``ClusterAnalysis``: prose that explains each step and its conventions,
/// the tables, and the figures (network, ranking, diffusion curve, reach distribution), as
/// a ``ReportDocument`` that becomes a notebook or Markdown.
public struct ClusterReport: Sendable {
    public let analysis: ClusterAnalysis
    /// The input arguments as the user gave them (`data/cluster/edges.csv --nodes …`), shown
    /// in the command of every table and figure so that each can be reproduced alone.
    public let inputArguments: String
    /// The network picture as SVG (`nil` when GraphViz is not installed).
    public let networkSVG: String?
    /// A note on where the data come from (e.g. that they are synthetic).
    public let dataNote: String?
    /// How many firms the tables list.
    public var rows = 10
    /// The "Adoption" section, when the node table has adoption times (placed before the
    /// conventions).
    public var adoption: AdoptionReportSection?

    public init(analysis: ClusterAnalysis, inputArguments: String, networkSVG: String?, dataNote: String? = nil) {
        self.analysis = analysis
        self.inputArguments = inputArguments
        self.networkSVG = networkSVG
        self.dataNote = dataNote
    }

    /// The options every command of the report repeats: the seed, and how groups and
    /// path lengths were taken when not by default.
    var seedOption: String {
        var text = "--seed \(analysis.options.seed)"
        let m = analysis.options.metrics
        if let source = m.groupSource { text += " --groups \(source.rawValue)" }
        if m.groupColumn != "group" { text += " --group-column \(m.groupColumn)" }
        if m.weightAs != .strength { text += " --weight-as \(m.weightAs.rawValue)" }
        if let k = m.betweennessSample { text += " --betweenness-sample \(k)" }
        if let k = m.pathSample { text += " --path-sample \(k)" }
        if m.exact { text += " --exact" }
        return text
    }

    public func document() -> ReportDocument {
        let a = analysis, g = a.graph
        var blocks: [ReportDocument.Block] = []
        var intro = """
            This report follows one cluster from its ties to the firms that hold it together and \
            to how far knowledge spreads from them. Every table and figure below comes with the \
            `spillover` command that reproduces it; all random steps are seeded (\(seedOption)), \
            so the numbers are the same on every run.

            **Data:** `\(inputArguments)` — \(g.nodeCount) firms, \(g.edgeCount) ties, \
            \(g.isDirected ? "directed" : "undirected"), \(g.isWeighted ? "weighted (weights are tie strengths)" : "unweighted").
            """
        if let dataNote { intro += "\n\n" + dataNote }
        blocks.append(.markdown(intro))

        blocks.append(.markdown("""
            ## 1. The cluster in numbers

            Density is ties over possible ties; components are weakly connected. Duplicate ties \
            in the input are merged (weights summed) and self-loops dropped.
            """))
        blocks.append(.table(summaryTable(), caption: "The cluster in numbers", command: "spillover info \(inputArguments)"))

        blocks.append(.markdown("""
            ## 2. The network

            Firms are coloured by the mean step at which knowledge from the focal firms reaches \
            them (light: early; dark: late; white: never reached in any run); the \(a.seeds.count) \
            focal firms that seed the diffusion have a bold double outline. Vertical \
            (supplier–customer) ties are solid, horizontal (peer) ties dashed, institutional \
            ties dotted; line width follows tie strength. Layout by GraphViz (`\(a.layout.rawValue)`).
            """))
        if let networkSVG {
            blocks.append(.figure(
                svg: networkSVG, name: "network.svg", caption: "The cluster, focal firms outlined, coloured by arrival step",
                command: "spillover dot \(inputArguments) --color-by arrival --highlight-top \(a.seeds.count) \(seedOption) -o network.svg"))
        } else {
            blocks.append(.markdown("*The network picture needs GraphViz (`apt-get install graphviz`); it was not installed when this report was made.*"))
        }

        let shown = min(rows, g.nodeCount)
        blocks.append(.markdown("""
            ## 3. Focal firms

            Each firm is ranked on five criteria, each turned into a percentile within the \
            cluster and averaged with equal weights: **prominence** (eigenvector centrality: \
            ties to well-tied firms), **bridging** (betweenness: on the shortest paths between \
            others; Brandes 2001), **holes** (Burt's effective size: non-redundant contacts; \
            Burt 1992), **brokerage** (gatekeeper + representative + liaison roles across groups; \
            Gould & Fernandez 1989) and **reach** (degree). Roles follow from percentiles: a \
            *hub* is in the top fifth by degree and eigenvector centrality, a *bridge* by \
            betweenness, a *gatekeeper*, *representative* or *liaison* in the top quarter of \
            cross-group brokerage, a *coordinator* of brokerage inside its group; *peripheral* \
            firms have one tie or are in the bottom quarter by degree and betweenness.
            """))
        blocks.append(.table(
            a.ranking.table(top: shown).selecting(["rank", "id", "label", "group", "score", "role", "reason"]),
            caption: "The top \(shown) focal firms", command: "spillover rank \(inputArguments) --top \(shown) \(seedOption)"))
        let top = Array(a.ranking.rows.prefix(shown))
        let bars = SVGChart(title: "Focal score of the top \(shown) firms", xLabel: "focal score (mean percentile, 0–100)", yLabel: "")
            .bars(labels: top.map { $0.label == $0.id ? $0.id : "\($0.label) (\($0.id))" }, values: top.map(\.score))
        blocks.append(.figure(svg: bars, name: "ranking.svg", caption: "Focal scores", command: "spillover rank \(inputArguments) --top \(shown) \(seedOption)"))

        blocks.append(.markdown("""
            ## 4. Measures of the focal firms

            Betweenness is normalised as in NetworkX; path lengths are 1/weight. Constraint, \
            effective size, efficiency and hierarchy follow Burt (1992) with mutual tie weights; \
            brokerage counts are Gould & Fernandez's over directed 2-paths (an undirected tie is \
            two arcs), with groups from the `\(a.metrics.groupSource == .column ? "group column" : "Louvain communities")` \
            (\(a.metrics.groupCount) groups). A dash marks an undefined value (e.g. constraint of an isolate).
            """))
        blocks.append(.table(
            measuresTable(top.map(\.node)), caption: "Selected measures of the top \(shown) firms",
            command: "spillover metrics \(inputArguments) \(seedOption)"))

        blocks.append(.markdown("""
            ## 5. Knowledge diffusion from the focal firms

            **Model:** \(a.modelDescription). **Seeds:** the top \(a.seeds.count) focal firms \
            (\(a.seeds.map { g.ids[$0] }.joined(separator: ", "))). **Runs:** \(a.diffusion.runs) \
            Monte Carlo runs, each with its own random stream from \(seedOption); the 95% \
            confidence interval is the mean ± 1.96 standard errors.
            """))
        let diffuseCommand = "spillover diffuse \(inputArguments) --seeds focal:\(a.seeds.count) --runs \(a.diffusion.runs) \(seedOption)"
        blocks.append(.table(a.diffusion.summaryTable(), caption: "Expected reach", command: diffuseCommand + " --section summary"))
        let steps = a.diffusion.curve.map { Double($0.step) }
        let curve = SVGChart(title: "Firms reached by step", xLabel: "step", yLabel: "firms reached (cumulative)").lines([
            .init(name: "mean, with 5–95% band", x: steps, y: a.diffusion.curve.map(\.mean),
                  lower: a.diffusion.curve.map(\.p05), upper: a.diffusion.curve.map(\.p95), color: "#0072B2"),
        ])
        blocks.append(.figure(svg: curve, name: "diffusion-curve.svg", caption: "Diffusion curve: mean and 5th–95th percentile", command: diffuseCommand + " --section curve"))
        let seedSet = Set(a.seeds)
        let others = (0..<g.nodeCount).filter { !seedSet.contains($0) }.map { a.diffusion.reachProbability[$0] }
        let histogram = SVGChart(title: "How likely each firm is to be reached", xLabel: "probability of being reached (firms other than the seeds)", yLabel: "firms")
            .histogram(others, bins: 20, color: "#009E73")
        blocks.append(.figure(svg: histogram, name: "reach-distribution.svg", caption: "Reach distribution", command: diffuseCommand + " --section firms"))
        blocks.append(.table(
            reachTable(shown), caption: "The firms most likely to be reached (seeds excluded)", command: diffuseCommand + " --section firms"))

        blocks.append(.markdown("""
            ## 6. Which firms should a cluster programme target?

            The focal firms are chosen for their structural position; other methods choose \
            \(a.seeds.count) seed firms to maximise expected spread under the same model: CELF \
            (lazy greedy over the same Monte Carlo engine; Leskovec et al. 2007), IMM \
            (reverse-reachable sets, (1 − 1/e − ε) of the optimum with high probability; Tang, \
            Shi & Xiao 2015), degree discount and single discount (Chen, Wang & Yang 2009), and \
            random firms as a floor. Every set's spread is re-estimated with the same engine, \
            runs and seed, so the differences are not due to sampling noise in the seeds' \
            streams.\(g.nodeCount > ClusterAnalysis.celfLimit ? " CELF is left out above \(ClusterAnalysis.celfLimit) firms (its first pass simulates every firm)." : "")
            """))
        blocks.append(.table(
            a.seedComparisonTable(), caption: "Expected spread of \(a.seeds.count) seeds chosen by each method",
            command: "spillover seeds \(inputArguments) --k \(a.seeds.count) --method all --runs \(a.diffusion.runs) \(seedOption)"))

        if let adoption { blocks += adoption.blocks }
        blocks.append(.markdown("""
            ## Conventions and references

            - Missing values are NaN in the library, empty in CSV, `null` in JSON and a dash in tables.
            - Ties are ordered deterministically; ranks break equal scores by firm id.
            - U. Brandes (2001), A faster algorithm for betweenness centrality, *J. Math. Sociol.* 25:163–177.
            - R. S. Burt (1992), *Structural Holes*, Harvard University Press.
            - R. V. Gould, R. M. Fernandez (1989), Structures of mediation, *Sociol. Methodol.* 19:89–126.
            - D. Kempe, J. Kleinberg, É. Tardos (2003), Maximizing the spread of influence through a social network, *KDD*.
            - J. Leskovec et al. (2007), Cost-effective outbreak detection in networks, *KDD*.
            - Y. Tang, Y. Shi, X. Xiao (2015), Influence maximization in near-linear time, *SIGMOD*.
            - W. Chen, Y. Wang, S. Yang (2009), Efficient influence maximization in social networks, *KDD*.
            - E. Giuliani, M. Bell (2005), The micro-determinants of meso-level learning and innovation, *Res. Policy* 34:47–68.
            """))
        return ReportDocument(title: "Cluster analysis: \(a.name)", blocks: blocks)
    }

    func summaryTable() -> DataTable {
        let s = analysis.summary
        var rows: [[Cell]] = [
            [.text("firms"), .integer(s.nodes)], [.text("ties"), .integer(s.edges)],
            [.text("density"), .number(s.density)], [.text("components"), .integer(s.components)],
            [.text("largest component"), .integer(s.largestComponent)], [.text("isolates"), .integer(s.isolates)],
            [.text("groups"), s.groups.map { .integer($0) } ?? .missing],
        ]
        for t in s.tieTypes { rows.append([.text("\(t.label) ties"), .integer(t.count)]) }
        rows.append([.text("merged duplicate ties"), .integer(s.report.mergedDuplicates)])
        rows.append([.text("dropped self-loops"), .integer(s.report.droppedSelfLoops)])
        return DataTable(columns: ["quantity", "value"], rows: rows)
    }

    func measuresTable(_ nodes: [Int]) -> DataTable {
        let names = ["degree", "strength", "betweenness_norm", "eigenvector", "pagerank", "constraint", "effective_size",
                     "efficiency", "hierarchy", "broker_gatekeeper", "broker_liaison", "broker_total"]
            .filter { analysis.metrics.values(for: $0) != nil }
        let columns = names.map { analysis.metrics.values(for: $0)! }
        return DataTable(columns: ["id"] + names, rows: nodes.map { v in
            [.text(analysis.graph.ids[v])] + columns.map { .number($0[v]) }
        })
    }

    func reachTable(_ count: Int) -> DataTable {
        let a = analysis, seedSet = Set(a.seeds)
        let order = a.diffusion.firmOrder(in: a.graph).filter { !seedSet.contains($0) }.prefix(count)
        return DataTable(columns: ["id", "label", "reach_probability", "mean_arrival_step"], rows: order.map { v in
            [.text(a.graph.ids[v]), .text(a.graph.label(of: v)), .number(a.diffusion.reachProbability[v]), .number(a.diffusion.meanArrivalStep[v])]
        })
    }
}

extension DataTable {
    /// The table with only the named columns, in the given order.
    public func selecting(_ names: [String]) -> DataTable {
        let indices = names.compactMap { columns.firstIndex(of: $0) }
        return DataTable(columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } })
    }
}
