import SpilloverKit

/// What `--seeds` says when it names no firm: the library's message, and the ids or labels
/// nearest to each unknown name (``ColumnCheck/closest(to:in:)``: a likely typo).
enum SeedSuggestion {
    static func message(_ error: DiffusionError, graph: ClusterGraph) -> String {
        var text = error.description(naming: \.flag)
        guard case let .unknownSeeds(names) = error else { return text }
        let labels = graph.attributes.labels
        for name in names {
            if let id = ColumnCheck.closest(to: name, in: graph.ids) {
                text += "; for '\(name)' did you mean '\(id)'\(labels.map { l in graph.node(id: id).map { " (\(l[$0]))" } ?? "" } ?? "")?"
            } else if let labels, let label = ColumnCheck.closest(to: name, in: labels.filter { !$0.isEmpty }),
                let v = labels.firstIndex(of: label)
            {
                text += "; for '\(name)' did you mean '\(label)' (id '\(graph.ids[v])')?"
            }
        }
        return text
    }
}
