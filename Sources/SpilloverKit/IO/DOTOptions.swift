/// A number per firm, named for legends and tooltips: a measure, a score, a diffusion
/// arrival step. NaN marks a missing value (an isolate's constraint, a firm never reached).
public struct NodeValues: Sendable, Equatable {
    /// What the values are, for legends and tooltips (`constraint`, `spread`).
    public var name: String
    /// One value per firm, in node order; NaN where missing.
    public var values: [Double]

    /// Values named `name`, one per firm.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }

    /// The column of `measure` in `table`, named by the measure's column name; `nil` when the
    /// table does not have it.
    public init?(_ measure: Measure, of table: MetricsTable) {
        guard let values = table[measure] else { return nil }
        self.init(name: measure.rawValue, values: values)
    }
}

/// A category per firm, named for legends: a group, a community, a brokerage role.
/// The empty string marks a firm without one.
public struct NodeCategories: Sendable, Equatable {
    /// What the categories are, for legends (`group`, `community`).
    public var name: String
    /// One category per firm, in node order; empty where a firm has none.
    public var values: [String]

    /// Categories named `name`, one per firm.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

/// What the fill colour of a node shows.
public enum ColorKey: Sendable, Equatable {
    /// A qualitative palette, one colour per category (``Palette/qualitative``).
    case categories(NodeCategories)
    /// A sequential ramp from the smallest to the largest value (``Palette/sequential``),
    /// with a colour bar in the legend.
    case values(NodeValues)
}

/// How the ``DOTWriter`` draws a cluster. Every per-node array is indexed by node number and
/// must have one entry per firm. Unset options get defaults that suit the graph's size.
public struct DOTOptions: Sendable {
    /// What text a node shows.
    public enum Labels: String, Sendable, CaseIterable {
        /// No text (large clusters); the id stays in the tooltip.
        case none
        /// The firm id.
        case id
        /// The firm's `label` attribute, or its id when it has none.
        case label
    }

    /// The GraphViz layout program.
    public enum Layout: String, Sendable, CaseIterable {
        /// A GraphViz program: `dot` (layered), `neato` (stress majorisation), `sfdp` (multiscale
        /// force-directed, for large graphs), `fdp` (force-directed), `circo` (circular), `twopi` (radial).
        case dot, neato, sfdp, fdp, circo, twopi
    }

    /// A title drawn above the legend; `nil` or empty for none.
    public var title: String?
    /// The fill colour of nodes; `nil` for one neutral colour.
    public var color: ColorKey?
    /// Node area proportional to these values (linearly from the smallest to the largest);
    /// `nil` for one size.
    public var size: NodeValues?
    /// Focal firms, drawn with a bold double outline.
    public var highlighted: Set<Int> = []
    /// What the double outline means, for the legend (say how the firms were chosen).
    public var highlightCaption = "focal firm"
    /// Tooltip text per firm (shown on hover in SVG), replacing the automatic tooltip
    /// (label, id, group and the values of ``tooltipValues``, ``color`` and ``size``).
    public var tooltips: [String]?
    /// Extra values listed in the automatic tooltips (the firm's measures).
    public var tooltipValues: [NodeValues] = []
    /// Node text; `nil`: labels up to ``DOTWriter/labelLimit`` firms, none above.
    public var labels: Labels?
    /// Draw the firms of each category in a box of their own (GraphViz clusters; only the
    /// `dot` and `fdp` layouts honour them). Firms with an empty category stay outside.
    public var clusters: NodeCategories?
    /// The layout program; `nil`: see ``DOTWriter/layout(for:)``.
    public var layout: Layout?
    /// Whether to draw the legend (colours, sizes, outlines, tie types).
    public var showsLegend = true
    /// Lines under the title that say what the picture shows and what it leaves out
    /// ("cluster map: …").
    public var notes: [String] = []
    /// What line width stands for when weights vary, for the legend.
    public var weightName = "weight"

    /// The defaults: one neutral colour, one size, labels up to ``DOTWriter/labelLimit`` firms,
    /// the layout chosen by the graph's size, a legend.
    public init() {}
}

extension DOTOptions {
    /// The options for the graph of the firms `nodes` (in that order): every per-node array
    /// keeps their entries, the highlighted firms their new numbers.
    func restricted(to nodes: [Int]) -> DOTOptions {
        var o = self
        func pick<T>(_ values: [T]) -> [T] { nodes.map { values[$0] } }
        switch color {
        case .categories(let key)?: o.color = .categories(NodeCategories(name: key.name, values: pick(key.values)))
        case .values(let key)?: o.color = .values(NodeValues(name: key.name, values: pick(key.values)))
        case nil: break
        }
        o.size = size.map { NodeValues(name: $0.name, values: pick($0.values)) }
        o.tooltips = tooltips.map(pick)
        o.tooltipValues = tooltipValues.map { NodeValues(name: $0.name, values: pick($0.values)) }
        o.clusters = clusters.map { NodeCategories(name: $0.name, values: pick($0.values)) }
        o.highlighted = Set(nodes.indices.filter { highlighted.contains(nodes[$0]) })
        return o
    }
}

/// Per-node inputs that do not fit the graph they are drawn with, or a picture asked for
/// without what it draws.
public enum DOTError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The per-node input `input` has `count` values where the graph has `firmCount` firms.
    case valueCount(input: Input, count: Int, firmCount: Int)
    /// The highlighted node number `node` is not in `0..<firmCount`.
    case highlightedOutOfRange(node: Int, firmCount: Int)
    /// The cluster map (``PictureKind/map``) was asked for without groups.
    case mapNeedsGroups
    /// The focal neighbourhood (``PictureKind/focal``) was asked for without focal firms
    /// (``DOTOptions/highlighted`` is empty).
    case neighbourhoodNeedsFocalFirms

    /// A per-node input of a picture, with the name its caller gave the values.
    public enum Input: Sendable, Equatable, CustomStringConvertible {
        /// ``DOTOptions/color``.
        case colorKey(name: String)
        /// ``DOTOptions/size``.
        case sizeKey(name: String)
        /// ``DOTOptions/tooltips``.
        case tooltips
        /// One of ``DOTOptions/tooltipValues``.
        case tooltipValues(name: String)
        /// ``DOTOptions/clusters``.
        case clusters(name: String)
        /// The groups of a cluster map.
        case groups(name: String)

        /// The input in plain words: "colour key 'group'", "tooltips".
        public var description: String {
            switch self {
            case .colorKey(let name): "colour key '\(name)'"
            case .sizeKey(let name): "size key '\(name)'"
            case .tooltips: "tooltips"
            case .tooltipValues(let name): "tooltip values '\(name)'"
            case .clusters(let name): "clusters '\(name)'"
            case .groups(let name): "groups '\(name)'"
            }
        }
    }

    /// What does not fit, in plain words.
    public var message: String {
        switch self {
        case let .valueCount(input, count, firmCount): "\(input) has \(count) values for \(firmCount) firms"
        case let .highlightedOutOfRange(node, firmCount): "highlighted node \(node) is not a node of a graph of \(firmCount) firms"
        case .mapNeedsGroups: "the cluster map needs a group for every firm"
        case .neighbourhoodNeedsFocalFirms: "the focal neighbourhood needs focal firms"
        }
    }

    /// The message.
    public var description: String { message }
}
