internal import SpilloverIGraph

/// The cluster in numbers: what `spillover info` prints.
public struct GraphSummary: Sendable {
    /// The number of firms.
    public let nodes: Int
    /// The number of ties (after merging duplicates and dropping self-loops).
    public let edges: Int
    /// Whether ties are directed.
    public let directed: Bool
    /// Whether the edge list had a weight column.
    public let weighted: Bool
    /// The density: m / (n(n−1)/2), or m / (n(n−1)) when directed.
    public let density: Double
    /// Weakly connected components (isolates count as components of one).
    public let components: Int
    /// Firms in the largest weakly connected component.
    public let largestComponent: Int
    /// Firms with no tie.
    public let isolates: Int
    /// Distinct non-empty values of the `group` column; `nil` without one.
    public let groups: Int?
    /// Ties per tie type label, in order of first appearance (empty when untyped).
    public let tieTypes: [(label: String, count: Int)]
    /// The sum of all tie weights (the number of ties when unweighted).
    public let totalWeight: Double
    /// What building the graph merged and dropped.
    public let report: BuildReport

    /// - Throws: ``IGraphError`` when igraph fails to compute the components.
    public init(_ graph: ClusterGraph) throws {
        nodes = graph.nodeCount
        edges = graph.edgeCount
        directed = graph.isDirected
        weighted = graph.isWeighted
        density = graph.density
        let (_, sizes) = try IGraphGateway.connectedComponents(graph.igraphEdges)
        components = sizes.count
        largestComponent = sizes.max() ?? 0
        var isolated = 0
        for v in 0..<graph.nodeCount where graph.outAdjacency.degree(v) == 0 && graph.inAdjacency.degree(v) == 0 {
            isolated += 1
        }
        isolates = isolated
        groups = graph.attributes.groups.map { Set($0.filter { !$0.isEmpty }).count }
        var counts = [Int](repeating: 0, count: graph.tieTypes.count)
        for t in graph.edges.types { counts[Int(t)] += 1 }
        tieTypes = zip(graph.tieTypes, counts).filter { !$0.0.isEmpty && $0.1 > 0 }.map { ($0.0, $0.1) }
        totalWeight = graph.edges.weights.reduce(0, +)
        report = graph.buildReport
    }

    /// A flat JSON object; `nodes` and `edges` are numbers.
    package var json: JSONValue {
        .object([
            ("nodes", .integer(nodes)),
            ("edges", .integer(edges)),
            ("directed", .bool(directed)),
            ("weighted", .bool(weighted)),
            ("density", .finite(density)),
            ("components", .integer(components)),
            ("largest_component", .integer(largestComponent)),
            ("isolates", .integer(isolates)),
            ("groups", groups.map { .integer($0) } ?? .null),
            ("tie_types", .string(tieTypes.map { "\($0.label):\($0.count)" }.joined(separator: ","))),
            ("total_weight", .finite(totalWeight)),
            ("raw_ties", .integer(report.rawTies)),
            ("merged_duplicates", .integer(report.mergedDuplicates)),
            ("dropped_self_loops", .integer(report.droppedSelfLoops)),
        ])
    }

    /// The summary as a `quantity, value` table (what `spillover info -f csv|markdown`
    /// prints and the report shows): firms, ties, direction, weights, density, components,
    /// isolates, groups, ties per type, merged duplicates and dropped self-loops.
    package func table() -> DataTable {
        var rows: [[Cell]] = [
            [.text("firms"), .integer(nodes)], [.text("ties"), .integer(edges)],
            [.text("directed"), .text(directed ? "yes" : "no")], [.text("weighted"), .text(weighted ? "yes" : "no")],
            [.text("density"), .number(density)], [.text("components"), .integer(components)],
            [.text("largest component"), .integer(largestComponent)], [.text("isolates"), .integer(isolates)],
            [.text("groups"), groups.map { .integer($0) } ?? .missing],
        ]
        for t in tieTypes { rows.append([.text("\(t.label) ties"), .integer(t.count)]) }
        rows.append([.text("merged duplicate ties"), .integer(report.mergedDuplicates)])
        rows.append([.text("dropped self-loops"), .integer(report.droppedSelfLoops)])
        return DataTable(columns: ["quantity", "value"], rows: rows)
    }

    /// Aligned `name  value` lines.
    package var text: String {
        var rows: [(String, String)] = [
            ("nodes", String(nodes)),
            ("edges", String(edges)),
            ("directed", directed ? "yes" : "no"),
            ("weighted", weighted ? "yes" : "no"),
            ("density", formatSignificant(density, digits: 4)),
            ("components", String(components)),
            ("largest component", "\(largestComponent) (\(nodes == 0 ? "0" : formatSignificant(100 * Double(largestComponent) / Double(nodes), digits: 3))%)"),
            ("isolates", String(isolates)),
            ("groups", groups.map(String.init) ?? "— (no group column)"),
        ]
        if !tieTypes.isEmpty {
            rows.append(("tie types", tieTypes.map { "\($0.label) \($0.count)" }.joined(separator: ", ")))
        }
        rows.append(("merged duplicates", String(report.mergedDuplicates)))
        rows.append(("dropped self-loops", String(report.droppedSelfLoops)))
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(separator: "\n") + "\n"
    }
}
