import Foundation
import SpilloverKit

/// Resolves the names users give to `--color-by`, `--size-by`, `--highlight-by` (and, later,
/// any command that draws or sorts by a per-firm quantity) into per-node values.
///
/// Every numeric per-firm quantity goes through ``nodeValues(named:graph:option:)``: the
/// measures computed here from the CSR arrays (`degree`, `in_degree`, `out_degree`,
/// `strength`) and the numeric columns of the node table. Measures of the metrics, ranking,
/// community and diffusion commands are added here as they land.
enum NodeKeys {
    /// Measures this function computes itself.
    static let measures = ["degree", "in_degree", "out_degree", "strength"]
    /// Names reserved for results that this version cannot compute yet.
    static let pending = ["community", "role", "arrival"]

    /// The values of the per-firm quantity `name` for every node of `graph`.
    ///
    /// - Parameter option: the option that asked, for error messages (`--size-by`).
    /// - Throws: ``CLIError`` usage (64) for an unknown name, naming the option and what it
    ///   accepts; data (65) for a node-table column that is not numeric.
    static func nodeValues(named name: String, graph: ClusterGraph, option: String) throws -> NodeValues {
        let n = graph.nodeCount
        switch name {
        case "degree":
            // Total degree: in + out when directed (each mutual pair counts twice), as igraph's
            // IGRAPH_ALL and the metrics command.
            let values = (0..<n).map { v in
                Double(graph.outAdjacency.degree(v) + (graph.isDirected ? graph.inAdjacency.degree(v) : 0))
            }
            return NodeValues(name: name, values: values)
        case "in_degree", "out_degree":
            guard graph.isDirected else {
                throw CLIError.usage("\(option) \(name) needs a directed graph (--directed); use degree")
            }
            let adjacency = name == "in_degree" ? graph.inAdjacency : graph.outAdjacency
            return NodeValues(name: name, values: (0..<n).map { Double(adjacency.degree($0)) })
        case "strength":
            // Sum of the weights of a firm's ties (in + out when directed).
            var values = [Double](repeating: 0, count: n)
            let edges = graph.edges
            for e in 0..<edges.count {
                values[Int(edges.tails[e])] += edges.weights[e]
                values[Int(edges.heads[e])] += edges.weights[e]
            }
            return NodeValues(name: name, values: values)
        default:
            break
        }
        if pending.contains(name) {
            throw CLIError.usage("\(option) \(name) is not available in this version; \(option) accepts \(accepted(graph: graph))")
        }
        guard let column = graph.attributes.column(named: name) else {
            throw CLIError.usage("\(option) '\(name)' is not a known measure or a column of the node table; \(option) accepts \(accepted(graph: graph))")
        }
        var values = [Double](repeating: .nan, count: n)
        for (v, cell) in column.enumerated() {
            let text = cell.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let x = Double(text), x.isFinite else {
                throw CLIError.data("\(option) \(name): the node table's column '\(name)' is not numeric (firm \(graph.ids[v]) has '\(cell)')")
            }
            values[v] = x
        }
        return NodeValues(name: name, values: values)
    }

    /// The categories `name` for `--color-by` and `--cluster-by`: `group`, or a node-table
    /// column whose values are not all numbers; `nil` when `name` is a numeric quantity.
    static func categories(named name: String, graph: ClusterGraph, option: String) throws -> NodeCategories? {
        if name == "group" {
            guard let groups = graph.attributes.groups else {
                throw CLIError.usage("\(option) group needs a node table with a group column (--nodes FILE)")
            }
            return NodeCategories(name: "group", values: groups)
        }
        if measures.contains(name) || pending.contains(name) { return nil }
        guard let column = graph.attributes.column(named: name) else { return nil }
        let numeric = column.allSatisfy { cell in
            let text = cell.trimmingCharacters(in: .whitespaces)
            return text.isEmpty || Double(text)?.isFinite == true
        }
        return numeric ? nil : NodeCategories(name: name, values: column)
    }

    /// What the options accept, for error messages.
    static func accepted(graph: ClusterGraph) -> String {
        var names = ["group"] + measures.filter { graph.isDirected || !$0.hasSuffix("_degree") }
        names += graph.attributes.columnNames.filter { !["id", "label", "group"].contains($0.lowercased()) }
        return names.joined(separator: ", ") + " (community, role and arrival come with the community and diffusion commands)"
    }
}
