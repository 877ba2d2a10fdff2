/// The "Learning channels" section of the report (issue 14, §5): the per-channel table, the
/// spread lost when each channel is cut (bar chart, with its paired 95% interval), the overlap
/// of the channels, the firms that spread their ties most evenly over them, and the cognitive
/// roles when the node table has `external_ties`. With a single channel the section says so.
extension ChannelAnalysis {
    /// - Parameters:
    ///   - number: the section number in the report.
    ///   - graph: the cluster the channels were measured on.
    ///   - reproductions: the commands that reproduce the section's tables and chart
    ///     (``ClusterReport/Part/channels`` …), from the caller; a part without one is shown
    ///     from this analysis with no command.
    ///   - rows: how many firms to list.
    package func reportBlocks(
        number: Int, graph: ClusterGraph, reproductions: [ClusterReport.Part: Reproduction] = [:], rows: Int = 10
    ) -> [ReportDocument.Block] {
        let heading = "## \(number). Learning channels"
        guard channelTypes.count > 1 else {
            let what = channelTypes.isEmpty ? "its ties have no type" : "all its ties are \(channelTypes[0])"
            return [.markdown("\(heading)\n\nThe cluster has a single learning channel (\(what)), so there is nothing to compare across channels.")]
        }
        var blocks: [ReportDocument.Block] = [
            .markdown(
                """
                \(heading)

                Firms learn along \(channelTypes.count) kinds of ties (\(channelTypes.joined(separator: ", "))). Each channel \
                is measured alone over all \(graph.nodeCount) firms; `all` is the aggregate graph of the sections above. \
                Transitivity is 3 × triangles / connected triples; degree centralization is Freeman's \
                Σ(k_max − k_i) / ((n−1)(n−2)); the focal firms are those of the ranking above, computed on the channel alone.
                """)
        ]
        blocks += reproductions.blocks(.channels) { [.table(channelsTable, caption: "The channels", command: nil)] }
        if let e = experiments {
            blocks.append(
                .markdown(
                    """
                    **Cutting a channel.** The diffusion model runs from the same seeds (\(e.seeds.joined(separator: ", "))) \
                    on the whole cluster and with each channel removed, as if its ties had never been reported, with the \
                    same random numbers in the same run (common random numbers): the spread lost is the mean of the \
                    per-run differences, with a paired 95% interval (\(e.runs) runs).
                    """))
            blocks += reproductions.blocks(.channelCuts) {
                [.figure(svg: cutChart(e), name: "channel-cuts.svg", caption: "Spread lost per channel cut", command: nil)]
                    + (experimentsTable.map { [.table($0, caption: "Spread with every channel, without each, and each alone", command: nil)] } ?? [])
            }
        }
        blocks.append(
            .markdown(
                """
                **Overlap.** Jaccard overlap of the pairs tied in two channels, and Spearman's correlation of the firms' \
                degrees in them. **Participation** P = M/(M−1)·(1 − Σ(k_α/o)²) (Battiston, Nicosia & Latora 2014) is 1 for \
                a firm whose ties are spread evenly over the M channels and 0 for one whose ties all lie in one.
                """))
        blocks += reproductions.blocks(.channelOverlap) { [.table(overlapTable, caption: "Overlap between channels", command: nil)] }
        blocks += reproductions.blocks(.channelFirms) {
            [.table(firmsTable(in: graph, limit: rows), caption: "The \(min(rows, graph.nodeCount)) firms with the highest participation", command: nil)]
        }
        if let roles = cognitiveRoles {
            let counts = CognitiveRole.allCases.map { r in (r, roles.filter { $0 == r }.count) }
            blocks.append(
                .markdown(
                    """
                    **Cognitive roles** (after Giuliani & Bell 2005; thresholds are the cluster means of external ties, \
                    out-degree and out + in degree): \
                    \(counts.map { "\($0.1) \($0.0.rawValue.replacingUnderscores)" }.joined(separator: ", ")); \
                    \(roles.filter { $0 == nil }.count) firms without `external_ties`.
                    """))
        }
        return blocks
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension ChannelAnalysis {
    /// The spread lost when each channel is cut, as bars labelled with their paired 95%
    /// interval (the report's chart; `spillover channels --chart`).
    public func cutChart(_ e: ChannelExperiments) -> String {
        let labels = e.cut.map { v -> String in
            guard let lost = v.lost else { return v.type }
            return "\(v.type) (\(formatSignificant(lost.ci95.lower, digits: 3))–\(formatSignificant(lost.ci95.upper, digits: 3)))"
        }
        return SVGChart(title: "Spread lost when a channel is cut", xLabel: "firms reached less than with every channel (95% CI in brackets)", yLabel: "")
            .bars(labels: labels, values: e.cut.map { $0.lost?.mean ?? .nan }, color: "#D55E00")
    }
}
