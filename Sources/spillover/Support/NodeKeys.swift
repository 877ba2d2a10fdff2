import Foundation
import SpilloverKit

/// Resolves the names users give to `--color-by`, `--size-by`, `--highlight-by` (and any
/// command that draws or sorts by a per-firm quantity) into per-node values, computing each
/// at most once per command.
///
/// Numeric quantities (``nodeValues(named:option:)``): `degree`, `in_degree`, `out_degree`
/// and `strength` straight from the CSR arrays; every other column of `spillover metrics`;
/// `score` (the default focal score of `spillover rank`); `arrival` (mean step at which
/// knowledge from the top 5 focal firms arrives, `spillover diffuse` defaults: independent
/// cascade with p = 0.1, 1000 runs; NaN for firms it never reaches); and the numeric
/// columns of the node table. Categories (``categories(named:option:)``): `group`,
/// `community` (Louvain), `role` (the focal role) and text columns of the node table.
final class NodeKeys {
    /// Measures computed from the CSR arrays without igraph.
    static let measures = ["degree", "in_degree", "out_degree", "strength"]
    /// Derived quantities beyond the metrics table.
    static let derived = ["score", "arrival"]
    /// Derived categories.
    static let derivedCategories = ["community", "role"]

    let graph: ClusterGraph
    /// How measures are computed; its seed also seeds the arrival simulation.
    let metrics: MetricsOptions
    var seed: UInt64 { metrics.seed }
    /// The arrival simulation: the model, how many top focal firms seed it, and its runs
    /// (`spillover diffuse` defaults unless `spillover dot` is told otherwise).
    var arrivalModel: DiffusionModel = .independentCascade(.uniform(0.1))
    var arrivalSeeds = 5
    var arrivalRuns = 1000
    private var cache: [String: NodeValues] = [:]
    private var ranking: FocalRanking?

    init(graph: ClusterGraph, metrics: MetricsOptions = MetricsOptions()) {
        self.graph = graph
        self.metrics = metrics
    }

    /// The values of the per-firm quantity `name` for every node.
    ///
    /// - Parameter option: the option that asked, for error messages (`--size-by`).
    /// - Throws: ``CLIError`` usage (64) for an unknown name, naming the option and what it
    ///   accepts; data (65) for a node-table column that is not numeric.
    func nodeValues(named name: String, option: String) async throws -> NodeValues {
        if let known = cache[name] { return known }
        let values = try await compute(name, option: option)
        cache[name] = values
        return values
    }

    /// The default focal ranking (computed once).
    func focalRanking() throws -> FocalRanking {
        if let ranking { return ranking }
        let r = try FocalRanker(metrics: metrics).rank(graph)
        ranking = r
        return r
    }

    private func compute(_ name: String, option: String) async throws -> NodeValues {
        let graph = self.graph
        let n = graph.nodeCount
        switch name {
        case "degree":
            return NodeValues(name: name, values: Centrality.degree(graph))
        case "in_degree", "out_degree":
            guard graph.isDirected else {
                throw CLIError.usage("\(option) \(name) needs a directed graph (--directed); use degree")
            }
            return NodeValues(name: name, values: name == "in_degree" ? Centrality.inDegree(graph) : Centrality.outDegree(graph))
        case "strength":
            return NodeValues(name: name, values: Centrality.strength(graph))
        case "score":
            let ranking = try focalRanking()
            var values = [Double](repeating: .nan, count: n)
            for row in ranking.rows { values[row.node] = row.score }
            return NodeValues(name: "focal score", values: values)
        case "arrival":
            return NodeValues(name: "arrival step", values: try await arrivalSteps())
        default:
            break
        }
        if let measure = Measure(rawValue: name) {
            if !graph.isDirected, measure.isDirectedOnly {
                throw CLIError.usage("\(option) \(name) needs a directed graph (--directed); use degree")
            }
            var options = metrics
            options.measures = [measure]
            let table = try MetricsTable.compute(graph, options: options)
            guard let values = table[measure] else {
                throw CLIError.usage("\(option) \(name) could not be computed for this graph")
            }
            return NodeValues(name: name, values: values)
        }
        guard let column = graph.attributes.column(named: name) else {
            throw CLIError.usage("\(option) '\(name)' is not a known measure or a column of the node table; \(option) accepts \(accepted())")
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

    /// The categories `name` for `--color-by` and `--cluster-by`: `group`, `community`,
    /// `role`, or a node-table column whose values are not all numbers; `nil` when `name` is
    /// a numeric quantity.
    func categories(named name: String, option: String) throws -> NodeCategories? {
        let graph = self.graph
        switch name {
        case "community":
            return NodeCategories(name: "community", values: Communities.labels(try Communities.louvain(graph, seed: seed)))
        case "cognitive_role":
            guard let roles = CognitiveRole.classify(graph) else {
                throw CLIError.usage("\(option) cognitive_role needs a node table with an external_ties column (--nodes FILE)")
            }
            return NodeCategories(name: "cognitive role", values: roles.map { $0?.rawValue ?? "" })
        case "role":
            let ranking = try focalRanking()
            var values = [String](repeating: "", count: graph.nodeCount)
            for row in ranking.rows { values[row.node] = row.role.rawValue }
            return NodeCategories(name: "role", values: values)
        default:
            break
        }
        if name == "group" {
            guard let groups = graph.attributes.groups else {
                throw CLIError.usage("\(option) group needs a node table with a group column (--nodes FILE)")
            }
            return NodeCategories(name: "group", values: groups)
        }
        if Self.measures.contains(name) || Self.derived.contains(name) || Measure(rawValue: name) != nil { return nil }
        guard let column = graph.attributes.column(named: name) else { return nil }
        let numeric = column.allSatisfy { cell in
            let text = cell.trimmingCharacters(in: .whitespaces)
            return text.isEmpty || Double(text)?.isFinite == true
        }
        return numeric ? nil : NodeCategories(name: name, values: column)
    }

    /// The mean arrival step of knowledge from the top 5 focal firms (NaN where it never
    /// arrives), with `spillover diffuse`'s defaults.
    private func arrivalSteps() async throws -> [Double] {
        let seeds = Array(try focalRanking().top(min(arrivalSeeds, graph.nodeCount)))
        let simulation = try DiffusionSimulation(graph: graph, model: arrivalModel, seeds: seeds)
        let result = try await simulation.run(budget: .runs(arrivalRuns), seed: seed, threads: DiffusionSimulation.defaultThreads)
        return result.meanArrivalStep
    }

    /// What the options accept, for error messages.
    func accepted() -> String {
        var names = ["group", "community", "role", "score", "arrival"]
        names += Measure.defaults(directed: graph.isDirected, expected: false).map(\.rawValue)
        names += graph.attributes.columnNames.filter { !["id", "label", "group"].contains($0.lowercased()) }
        if graph.attributes.column(named: CognitiveRole.column) != nil { names.append("cognitive_role") }
        return names.joined(separator: ", ")
    }
}
