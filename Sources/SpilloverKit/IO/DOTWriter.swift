/// Writes a cluster as a GraphViz DOT graph: fill colour by a group or a measure, size by a
/// measure, focal firms with a bold double outline, tooltips, tie types as line styles, a
/// title and a legend.
///
/// Nodes are named `n0`, `n1`, … by node number; the firm id and label go into the node's
/// `label` and `tooltip`, quoted and escaped by ``DOTText``, so that any id (quotes,
/// backslashes, line breaks, DOT keywords such as `node` or `strict`, any Unicode) reaches the
/// picture unchanged. Numbers are written in plain decimal, never in exponent notation.
///
/// Ties: `vertical` solid, `horizontal` dashed, `institutional` dotted, other types plain
/// (several other types are told apart by colour); pen width linear in the weight when
/// weights vary; arrows only when the graph is directed. Edges are drawn under the nodes.
///
/// The writer takes plain per-node arrays (``DOTOptions``), so measures, rankings and
/// diffusion results of any kind can be drawn with it. ``GraphvizRenderer`` turns the text
/// into SVG, PNG or PDF.
///
/// - Complexity: O(n + m) for n firms and m ties (plus sorting the categories of a
///   qualitative colour key).
public struct DOTWriter: Sendable {
    /// Above this many firms the defaults switch to a large-graph style: the `sfdp` layout
    /// with overlap removal, small nodes, thin translucent ties and no labels.
    public static let largeGraphThreshold = 300
    /// Up to this many firms nodes are labelled by default.
    public static let labelLimit = 60

    /// What the picture shows and how.
    public var options: DOTOptions

    /// How crowded the picture is, which sets line widths and transparency: `sparse` up to
    /// 120 ties, `dense` above, `large` above ``largeGraphThreshold`` firms.
    enum Density {
        case sparse, dense, large

        init(_ graph: ClusterGraph) {
            self = graph.nodeCount > DOTWriter.largeGraphThreshold ? .large : graph.edgeCount > 120 ? .dense : .sparse
        }

        /// Thinnest and thickest tie, and the width of ties when weights do not vary.
        var penWidths: (Double, Double, Double) {
            switch self {
            case .sparse: (0.8, 4.0, 1.2)
            case .dense: (0.5, 2.5, 0.7)
            case .large: (0.3, 2.0, 0.4)
            }
        }

        /// The alpha suffix of tie colours ("" for opaque).
        var alpha: String {
            switch self {
            case .sparse: ""
            case .dense: "b3"
            case .large: "80"
            }
        }
    }

    /// A writer with `options` (by default: every firm alike, automatic layout and labels).
    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// The layout program used for `graph`: the one asked for, else `sfdp` above
    /// ``largeGraphThreshold`` firms, `fdp` for clusters (it honours them), `neato` otherwise.
    public func layout(for graph: ClusterGraph) -> DOTOptions.Layout {
        if let layout = options.layout { return layout }
        if graph.nodeCount > Self.largeGraphThreshold { return .sfdp }
        return options.clusters == nil ? .neato : .fdp
    }

    /// The node text used for `graph`: the one asked for, else labels up to ``labelLimit``
    /// firms and none above.
    public func labels(for graph: ClusterGraph) -> DOTOptions.Labels {
        options.labels ?? (graph.nodeCount <= Self.labelLimit ? .label : .none)
    }

    /// The DOT text of `graph`.
    ///
    /// - Throws: ``DOTError`` when a per-node array of the options does not have one entry
    ///   per firm, or a highlighted node number is out of range.
    public func dot(for graph: ClusterGraph) throws(DOTError) -> String {
        try validate(graph)
        let n = graph.nodeCount
        let large = n > Self.largeGraphThreshold
        let density = Density(graph)
        let layout = layout(for: graph)
        let labels = labels(for: graph)
        let styling = DOTStyling(graph: graph, options: options, large: large)
        // Filled circles with the text beside them when sizes carry meaning or there is no
        // text; rounded boxes around the text otherwise.
        let circles = options.size != nil || labels == .none

        var out = ""
        out.reserveCapacity(200 + n * 120 + graph.edgeCount * 40)
        out += graph.isDirected ? "digraph spillover {\n" : "graph spillover {\n"
        writeGraphAttributes(into: &out, layout: layout, large: large, forceLabels: !large || labels == .none)
        let font = DOTText.quoted(Self.fontName)
        if circles {
            let width = DOTText.decimal(large ? 0.1 : 0.3)
            out +=
                "  node [shape=circle, fixedsize=true, width=\(width), style=filled, label=\"\", fontname=\(font), fontsize=\(large ? 8 : 10), color=\"#333333\", penwidth=\(large ? "0.3" : "0.8")];\n"
        } else {
            out += "  node [shape=box, style=\"rounded,filled\", margin=\"0.08,0.03\", height=0.3, width=0.3, fontname=\(font), fontsize=11, color=\"#333333\", penwidth=0.8];\n"
        }
        out +=
            "  edge [color=\"\(Palette.tieTypes[0].hex)\(density.alpha)\", penwidth=\(DOTText.decimal(density.penWidths.2))\(graph.isDirected ? ", arrowsize=\(large ? "0.4" : "0.7")" : "")];\n"
        if let legend = legend(graph: graph, styling: styling, circles: circles) {
            out += "  label=<\(legend)>;\n"
        }

        // Nodes, grouped into clusters when asked.
        func writeNode(_ v: Int, indent: String) {
            out += indent
            out += "n\(v) ["
            // Focal firms are named at every size: with no labels, theirs alone.
            let text: String =
                switch labels {
                case .none: options.highlighted.contains(v) ? graph.label(of: v) : ""
                case .id: graph.ids[v]
                case .label: graph.label(of: v)
                }
            if circles {
                if !text.isEmpty { out += "xlabel=\(DOTText.quoted(text)), " }
            } else {
                out += "label=\(DOTText.quoted(text)), "
            }
            let fill = styling.fills[v]
            out += "fillcolor=\"\(fill.hex)\""
            if !circles, fill.textColor != RGB(0x1a, 0x1a, 0x1a) { out += ", fontcolor=\"\(fill.textColor.hex)\"" }
            if let widths = styling.widths { out += ", width=\(DOTText.decimal(widths[v]))" }
            if options.highlighted.contains(v) {
                out += ", peripheries=2, penwidth=\(large ? "1.2" : "2"), color=\"#000000\""
            }
            out += ", tooltip=\(DOTText.quoted(tooltip(v, graph: graph), tooltip: true))"
            out += "];\n"
        }
        if let clusters = options.clusters {
            let names = Set(clusters.values.filter { !$0.isEmpty }).sorted()
            var members: [String: [Int]] = [:]
            for v in 0..<n where !clusters.values[v].isEmpty { members[clusters.values[v], default: []].append(v) }
            for (k, name) in names.enumerated() {
                out += "  subgraph cluster_\(k) {\n"
                out += "    label=\(DOTText.quoted(name)); style=\"rounded,dashed\"; color=\"#8c8c8c\"; fontcolor=\"#595959\"; labeljust=l;\n"
                for v in members[name]! { writeNode(v, indent: "    ") }
                out += "  }\n"
            }
            for v in 0..<n where clusters.values[v].isEmpty { writeNode(v, indent: "  ") }
        } else {
            for v in 0..<n { writeNode(v, indent: "  ") }
        }

        // Ties, in (tail, head) order.
        let arrow = graph.isDirected ? " -> " : " -- "
        let edges = graph.edges
        for e in 0..<edges.count {
            out += "  n\(edges.tails[e])\(arrow)n\(edges.heads[e])"
            var attributes: [String] = []
            let (style, color) = styling.tieStyles[Int(edges.types[e])]
            if style != "solid" { attributes.append("style=\(style)") }
            if color != Palette.tieTypes[0] { attributes.append("color=\"\(color.hex)\(density.alpha)\"") }
            if styling.weightRange != nil {
                attributes.append("penwidth=\(DOTText.decimal(styling.penWidth(edges.weights[e], density: density)))")
            }
            if !attributes.isEmpty { out += " [" + attributes.joined(separator: ", ") + "]" }
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// The font of all text, one family only: GraphViz sizes every label with the metrics of
    /// the font fontconfig gives it, so a list of fallbacks ("Helvetica,Arial,sans-serif")
    /// made the layout, and the picture's bytes, depend on whichever of them a machine had
    /// (DejaVu Sans 550×823 pt, Nimbus Sans 512×783 pt, Liberation Sans 524×789 pt for the
    /// Florentine families). `make deps` installs this font (Debian `fonts-dejavu-core`).
    public static let fontName = "DejaVu Sans"

    /// - Parameter forceLabels: place every label even where it overlaps (off for a large
    ///   picture of labelled firms, where GraphViz would spend long placing them).
    private func writeGraphAttributes(into out: inout String, layout: DOTOptions.Layout, large: Bool, forceLabels: Bool) {
        var attributes = [
            "layout=\(layout.rawValue)",
            "fontname=\(DOTText.quoted(Self.fontName))",
            "fontsize=11",
            "bgcolor=white",
            "pad=0.2",
            "outputorder=edgesfirst",
            "labelloc=b",
            "labeljust=l",
        ]
        switch layout {
        case .sfdp:
            attributes += ["overlap=prism", "overlap_scaling=\(large ? "-4" : "-2")", "splines=false", "pack=true", "packmode=\"graph\""]
        case .neato, .fdp:
            // pack: components (isolates above all) are laid out apart and packed side by side.
            attributes += ["overlap=false", "sep=\"+10\"", "splines=false", "pack=true", "packmode=\"graph\""]
        case .dot:
            attributes += ["nodesep=0.3", "ranksep=0.5"]
        case .circo, .twopi:
            attributes += ["overlap=false"]
        }
        if forceLabels { attributes.append("forcelabels=true") }
        out += "  graph [" + attributes.joined(separator: ", ") + "];\n"
    }

    func validate(_ graph: ClusterGraph) throws(DOTError) {
        let n = graph.nodeCount
        func check(_ count: Int, _ input: DOTError.Input) throws(DOTError) {
            guard count == n else { throw .valueCount(input: input, count: count, firmCount: n) }
        }
        switch options.color {
        case .categories(let key)?: try check(key.values.count, .colorKey(name: key.name))
        case .values(let key)?: try check(key.values.count, .colorKey(name: key.name))
        case nil: break
        }
        if let size = options.size { try check(size.values.count, .sizeKey(name: size.name)) }
        if let tooltips = options.tooltips { try check(tooltips.count, .tooltips) }
        for values in options.tooltipValues { try check(values.values.count, .tooltipValues(name: values.name)) }
        if let clusters = options.clusters { try check(clusters.values.count, .clusters(name: clusters.name)) }
        if let bad = options.highlighted.first(where: { $0 < 0 || $0 >= n }) { throw .highlightedOutOfRange(node: bad, firmCount: n) }
    }

    /// The tooltip of node `v`: the given text, or the firm's label, id, group and values.
    func tooltip(_ v: Int, graph: ClusterGraph) -> String {
        if let tooltips = options.tooltips { return tooltips[v] }
        var lines = [graph.label(of: v)]
        if graph.label(of: v) != graph.ids[v] { lines.append("id: \(graph.ids[v])") }
        if let groups = graph.attributes.groups, !groups[v].isEmpty { lines.append("group: \(groups[v])") }
        var shown = Set<String>()
        var values = options.tooltipValues
        if case .values(let key)? = options.color { values.append(key) }
        if let size = options.size { values.append(size) }
        for key in values where shown.insert(key.name).inserted {
            lines.append("\(key.name): \(DOTText.significant(key.values[v]))")
        }
        if case .categories(let key)? = options.color, key.name != "group", !key.values[v].isEmpty {
            lines.append("\(key.name): \(key.values[v])")
        }
        if options.highlighted.contains(v) { lines.append(options.highlightCaption) }
        return lines.joined(separator: "\n")
    }
}
