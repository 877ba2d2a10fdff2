/// The report of a ``ClusterAnalysis``: prose that explains each step and its conventions,
/// the tables, and the figures (network, ranking, diffusion curve, reach distribution), as
/// a ``ReportDocument`` that becomes a notebook or Markdown.
public struct ClusterReport: Sendable {
    /// The analysis reported.
    public let analysis: ClusterAnalysis
    /// The input as the reader should see it (`data/florentine/edges.csv --nodes …`).
    public let inputArguments: String
    /// The network picture as SVG (`nil` when GraphViz is not installed).
    public let networkSVG: String?
    /// A note on where the data come from (e.g. that they are synthetic).
    public let dataNote: String?
    /// How many firms the tables list.
    public var rows = 10
    /// The commands that reproduce each part, with their outputs, from the caller that ran
    /// them (the command line tool). A part without one is shown from ``analysis`` with no
    /// command.
    public var reproductions: [Part: Reproduction] = [:]
    /// A sentence on how path lengths were taken from weights (weighted clusters only).
    public var weightNote: String?
    /// Whether the report has a network picture (`false`: the caller chose none, and the
    /// report says so).
    public var drawsPicture = true
    /// CSV files, relative to the report, with every firm's row of a table the report
    /// shortens to ``rows`` firms (``fullTable(_:)`` gives their content); the report points
    /// to them.
    package var fullTables: [Part: String] = [:]

    /// The parts of the report that a command reproduces.
    public enum Part: String, Sendable, CaseIterable {
        /// The cluster in numbers.
        case summary
        /// The network picture.
        case network
        /// The focal-firm table and its chart of scores.
        case ranking
        /// The measures of the top firms.
        case measures
        /// The expected reach and the diffusion curve.
        case diffusion
        /// The firms most likely to be reached and the reach distribution.
        case reach
        /// The seed sets of other methods against the focal firms.
        case seeds
        /// The per-channel table of the learning-channels section.
        case channels
        /// The spread lost per channel cut (chart and table).
        case channelCuts
        /// The overlap between channels.
        case channelOverlap
        /// The firms with the highest participation across channels.
        case channelFirms
        /// Adopters, cumulative adopters and hazard rate per period.
        case adoptionPeriods
        /// The hazard model's coefficients.
        case adoptionHazard
        /// The cascade model's estimates.
        case adoptionCascade
        /// The models' log-likelihood and AIC.
        case adoptionModels
        /// Observed against simulated adoption (table and figure).
        case adoptionCheck
    }
    /// The learning channels, when measured (``ChannelAnalysis``): a section of their own.
    public var channels: ChannelAnalysis?
    /// The "Adoption" section, when the node table has adoption times (placed before the
    /// conventions).
    public var adoption: AdoptionReportSection?

    /// The report of `analysis`; `inputArguments` describes the input to the reader,
    /// `networkSVG` is the rendered picture (`nil` without GraphViz) and `dataNote` says where
    /// the data come from.
    public init(analysis: ClusterAnalysis, inputArguments: String, networkSVG: String?, dataNote: String? = nil) {
        self.analysis = analysis
        self.inputArguments = inputArguments
        self.networkSVG = networkSVG
        self.dataNote = dataNote
    }

    /// The report as a document: introduction, each step with its tables and figures, the
    /// conventions, and the optional channel and adoption sections.
    public func document() -> ReportDocument {
        let a = analysis, g = a.graph
        var blocks: [ReportDocument.Block] = []
        var intro = """
            This report follows one cluster from its ties to the firms that hold it together and \
            to how far knowledge spreads from them. \(reproductions.isEmpty ? "" : "Every table and figure below comes with the `spillover` command that reproduces it, run from this report's folder (the notebook runs them again when executed); ")all random steps \
            are seeded (seed \(a.options.seed)), so the numbers are the same on every run.

            **Data:** `\(inputArguments)` — \(g.nodeCount) firms, \(g.edgeCount) ties, \
            \(g.isDirected ? "directed" : "undirected"), \(g.isWeighted ? "weighted" : "unweighted").
            """
        if let weightNote, g.isWeighted { intro += " " + weightNote }
        if let dataNote { intro += "\n\n" + dataNote }
        blocks.append(.markdown(intro))

        blocks.append(
            .markdown(
                """
                ## 1. The cluster in numbers

                Density is ties over possible ties; components are weakly connected. Duplicate ties \
                in the input are merged (weights summed) and self-loops dropped.
                """))
        blocks += reproductions.blocks(.summary) { [.table(summaryTable(), caption: "The cluster in numbers", command: nil)] }

        blocks.append(.markdown("## 2. The network\n\n" + pictureDescription))
        if !drawsPicture {
            blocks.append(.markdown("*No network picture was drawn for this report, as asked.*"))
        } else if let r = reproductions[.network] {
            blocks.append(.reproduced(r))
        } else if let networkSVG {
            blocks.append(.figure(svg: networkSVG, name: "network.svg", caption: Self.networkCaption(a.picture), command: nil))
        } else {
            blocks.append(.markdown("*The network picture needs GraphViz (`apt-get install graphviz`); it was not installed when this report was made.*"))
        }

        let shown = min(rows, g.nodeCount)
        blocks.append(
            .markdown(
                """
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
        blocks +=
            reproductions.blocks(.ranking) {
                [
                    .table(a.ranking.table(top: shown).selecting(ClusterReport.rankingColumns), caption: "The top \(shown) focal firms", command: nil),
                    .figure(svg: a.ranking.scoreChart(top: shown), name: "ranking.svg", caption: "Focal scores", command: nil),
                ]
            } + fullTablePointer(.ranking, shown: shown)
        let top = Array(a.ranking.rows.prefix(shown))

        blocks.append(
            .markdown(
                """
                ## 4. Measures of the focal firms

                Betweenness is normalised as in NetworkX\(g.isWeighted ? (a.options.metrics.weightAs == .strength ? "; path lengths are 1/weight" : "; path lengths are the weights") : ""). Constraint, \
                effective size, efficiency and hierarchy follow Burt (1992) with mutual tie weights; \
                brokerage counts are Gould & Fernandez's over directed 2-paths (an undirected tie is \
                two arcs), with groups from the `\(a.metrics.groupSource == .column ? "group column" : "Louvain communities")` \
                (\(a.metrics.groupCount) groups). A dash marks an undefined value (e.g. constraint of an isolate).
                """))
        blocks +=
            reproductions.blocks(.measures) { [.table(measuresTable(top.map(\.node)), caption: "Selected measures of the top \(shown) firms", command: nil)] }
            + fullTablePointer(.measures, shown: shown)

        blocks.append(
            .markdown(
                """
                ## 5. Knowledge diffusion from the focal firms

                **Model:** \(a.modelDescription). **Seeds:** the top \(a.seeds.count) focal firms \
                (\(a.seeds.map { g.ids[$0] }.joined(separator: ", "))). **Runs:** \(a.diffusion.runs) \
                Monte Carlo runs, each with its own random stream from seed \(a.options.seed); the 95% \
                confidence interval is the mean ± 1.96 standard errors.
                """))
        blocks += reproductions.blocks(.diffusion) {
            [
                .table(a.diffusion.summaryTable(), caption: "Expected reach", command: nil),
                .figure(svg: a.diffusion.curveChart(), name: "diffusion-curve.svg", caption: "Diffusion curve: mean and 5th–95th percentile", command: nil),
            ]
        }
        blocks +=
            reproductions.blocks(.reach) {
                [
                    .figure(svg: a.diffusion.reachHistogram(excluding: a.seeds), name: "reach-distribution.svg", caption: "Reach distribution", command: nil),
                    .table(reachTable(shown), caption: "The firms most likely to be reached (seeds excluded)", command: nil),
                ]
            } + fullTablePointer(.reach, shown: shown)

        blocks.append(
            .markdown(
                """
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
        blocks += reproductions.blocks(.seeds) {
            [.table(a.seedComparisonTable(), caption: "Expected spread of \(a.seeds.count) seeds chosen by each method", command: nil)]
        }

        if let channels {
            blocks += channels.reportBlocks(number: 7, graph: g, reproductions: reproductions, rows: rows)
        }

        if var adoption {
            adoption.reproductions = reproductions
            adoption.number = channels == nil ? 7 : 8
            blocks += adoption.blocks
        }
        blocks.append(
            .markdown(
                """
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

    /// The columns of the focal-firm table.
    package static let rankingColumns = ["rank", "id", "label", "group", "score", "role", "reason"]
    /// The measures shown for the top firms (those the metrics table has).
    public static let measureColumns: [Measure] = [
        .degree, .strength, .betweennessNorm, .eigenvector, .pagerank, .constraint, .effectiveSize,
        .efficiency, .hierarchy, .brokerGatekeeper, .brokerLiaison, .brokerTotal,
    ]

    /// What the picture's line styles mean, for the tie types the cluster has (the DOT
    /// writer draws vertical ties solid, horizontal dashed, institutional dotted and gives
    /// every other type a colour of its own).
    var tieStyleSentence: String {
        let present = analysis.summary.tieTypes.map { $0.label.lowercased() }.filter { !$0.isEmpty }
        let styles = [
            ("vertical", "vertical (supplier–customer) ties are solid"), ("horizontal", "horizontal (peer) ties dashed"),
            ("institutional", "institutional ties dotted"),
        ].filter { present.contains($0.0) }.map(\.1)
        let others = present.filter { !["vertical", "horizontal", "institutional"].contains($0) }
        var parts = styles
        if !others.isEmpty { parts.append("\(others.joined(separator: ", ")) ties each have a colour of their own (see the legend)") }
        guard !parts.isEmpty else { return "" }
        let text = parts.joined(separator: "; ")
        return " " + text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// The caption of the network picture.
    public static func networkCaption(_ picture: PictureKind) -> String {
        switch picture {
        case .full: "The cluster, focal firms outlined, coloured by arrival step"
        case .map: "The cluster map: groups coloured by mean arrival step, focal firms beside their group"
        case .focal: "The focal firms and their direct partners, coloured by arrival step"
        }
    }

    /// What the network picture shows, for the section's prose.
    var pictureDescription: String {
        let a = analysis, g = a.graph
        let groups = a.metrics.groupSource == .column ? "group (the node table's group column)" : "Louvain community (seeded)"
        let ties = "\(tieStyleSentence)\(g.isWeighted ? " Line width follows tie strength." : "")"
        let text: String =
            switch a.picture {
            case .full:
                """
                Firms are coloured by the mean step at which knowledge from the focal firms reaches \
                them (light: early; dark: late; white: never reached in any run); the \(a.seeds.count) \
                focal firms that seed the diffusion have a bold double outline and their names.\(ties)
                """
            case .map:
                """
                With \(g.nodeCount) firms a picture of every firm would show no firm or group, so \
                the picture is a map of the cluster: one circle per \(groups), its area proportional \
                to its firms and its colour the mean arrival step of the firms knowledge reaches \
                (light: early; dark: late); only the largest groups are drawn on their own, the others \
                merged into one. Line width follows the number of ties between two groups. The \
                \(a.seeds.count) focal firms that seed the diffusion are drawn on their own, named and \
                with a bold double outline, each tied to its group. The legend says how many firms it \
                leaves out.
                """
            case .focal:
                """
                The picture shows the \(a.seeds.count) focal firms that seed the diffusion (bold \
                double outline) and their direct partners, every firm named and coloured by the mean \
                step at which knowledge from the focal firms reaches it (light: early; dark: late); a \
                focal firm with many partners shows its strongest ties only. The legend says how many \
                firms it leaves out.\(ties)
                """
            }
        return text + " Layout by GraphViz (`\(a.layout.rawValue)`)."
    }

    /// Every firm's row of a table the report shortens: the ranking (all its columns), the
    /// measures of the firms in rank order, the reach of every firm; `nil` for other parts.
    package func fullTable(_ part: Part) -> DataTable? {
        let a = analysis
        switch part {
        case .ranking: return a.ranking.table()
        case .measures: return measuresTable(a.ranking.rows.map(\.node))
        case .reach: return a.diffusion.firmsTable(in: a.graph)
        default: return nil
        }
    }

    /// A line under a shortened table that points to the file with every firm.
    func fullTablePointer(_ part: Part, shown: Int) -> [ReportDocument.Block] {
        guard let file = fullTables[part], analysis.graph.nodeCount > shown else { return [] }
        return [.markdown("*The table is shortened; all \(analysis.graph.nodeCount) firms are in [`\(file)`](\(file)).*")]
    }

    func summaryTable() -> DataTable { analysis.summary.table() }

    func measuresTable(_ nodes: [Int]) -> DataTable {
        let measures = Self.measureColumns.filter { analysis.metrics[$0] != nil }
        let columns = measures.map { analysis.metrics[$0]! }
        return DataTable(
            columns: ["id"] + measures.map(\.rawValue),
            rows: nodes.map { v in
                [.text(analysis.graph.ids[v])] + columns.map { .number($0[v]) }
            })
    }

    func reachTable(_ count: Int) -> DataTable {
        let a = analysis, seedSet = Set(a.seeds)
        let order = a.diffusion.firmOrder(in: a.graph).filter { !seedSet.contains($0) }.prefix(count)
        return DataTable(
            columns: ["id", "label", "reach_probability", "mean_arrival_step"],
            rows: order.map { v in
                [.text(a.graph.ids[v]), .text(a.graph.label(of: v)), .number(a.diffusion.reachProbability[v]), .number(a.diffusion.meanArrivalStep[v])]
            })
    }
}

extension DataTable {
    /// The table with only the named columns, in the given order.
    package func selecting(_ names: [String]) -> DataTable {
        let indices = names.compactMap { columns.firstIndex(of: $0) }
        return DataTable(columns: indices.map { columns[$0] }, rows: rows.map { row in indices.map { row[$0] } })
    }
}
