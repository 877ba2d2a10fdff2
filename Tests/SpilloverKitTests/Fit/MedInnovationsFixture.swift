import Foundation
@testable import SpilloverKit

/// The bundled medInnovations data (data/medinnovations) loaded as `spillover fit
/// --directed --reverse` reads them, and netdiffuseR's reference values for them.
struct MedInnovations {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data/medinnovations")

    let graph: ClusterGraph
    let record: AdoptionRecord
    let pooled: AdoptionArcs
    let channels: AdoptionArcs
    let table: AdoptionTable
    let reference: [String: Any]

    init() throws {
        let edges = Self.folder.appendingPathComponent("edges.csv").path
        let nodes = Self.folder.appendingPathComponent("nodes.csv").path
        graph = try ClusterGraph.load(edges: edges, nodes: nodes, directed: true, reverse: true)
        let raw = try EdgeListReader.read(path: edges).reversed()
        table = try AdoptionTableReader.read(path: nodes, covariates: ["length", "journ2"])
        let g = graph
        record = try table.record(on: graph.ids, index: { g.node(id: $0) })
        pooled = AdoptionArcs.pooled(graph)
        channels = AdoptionArcs.channels(graph: graph, ties: raw)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("reference-netdiffuser.json"))
        reference = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A value of the reference by key path, e.g. `["hazard_model", "fit_all", "logLik"]`.
    func value(_ path: String...) -> Any? {
        var node: Any? = reference
        for key in path { node = (node as? [String: Any])?[key] }
        return node
    }

    func number(_ path: String...) -> Double {
        var node: Any? = reference
        for key in path { node = (node as? [String: Any])?[key] }
        return (node as! NSNumber).doubleValue
    }
}
