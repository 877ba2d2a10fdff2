import SpilloverKit

/// A cluster built in code rather than read from files: ties by firm id, with weights (tie
/// strength) and types, and a firm with no tie yet. The builder checks in code what the CSV
/// reader checks in a file (finite weights > 0, non-empty ids) and throws
/// `GraphBuildError` otherwise.
func codeGraphStudy() throws {
    let ties = [
        Tie("Loom Works", "Dye House", weight: 3, type: "vertical"),
        Tie("Dye House", "Tailors Co", weight: 2, type: "vertical"),
        Tie("Loom Works", "Spinners", weight: 1, type: "horizontal"),
        Tie("Spinners", "Dye House", weight: 1, type: "horizontal"),
        Tie("Textile Institute", "Loom Works", weight: 2, type: "institutional"),
        Tie("Textile Institute", "Tailors Co", weight: 1, type: "institutional"),
    ]
    let graph = try GraphBuilder.build(ties: ties, isolates: ["Newcomer"])
    print("\(graph.nodeCount) firms, \(graph.edgeCount) ties, tie types \(graph.tieTypes)")

    var options = MetricsOptions()
    options.measures = [.degree, .constraint, .effectiveSize]
    let metrics = try MetricsTable.compute(graph, options: options)
    let constraint = metrics[.constraint] ?? []
    for v in 0..<graph.nodeCount {
        // The isolate's constraint is undefined: NaN in the library.
        print("  \(graph.ids[v]): constraint \(constraint[v].isNaN ? "undefined" : String(constraint[v]))")
    }
}
