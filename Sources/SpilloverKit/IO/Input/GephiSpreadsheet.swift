/// Gephi's spreadsheet export of edges (`Source,Target,Type,Id,Label,Weight`): its `Type`
/// column holds the direction of each tie (`Directed` or `Undirected`), not a tie type.
enum GephiSpreadsheet {
    /// `raw` as read by the CSV reader, with a type column whose only values are
    /// `Directed`/`Undirected` (any case) turned into a direction: all directed → a directed
    /// graph; all undirected → undirected; both → directed, each undirected tie as two arcs.
    /// Other edge lists are returned unchanged.
    static func interpret(_ raw: RawEdgeList, options: EdgeListOptions) -> GraphInput {
        let labels = raw.tieTypes.map { $0.lowercased() }
        guard !raw.tails.isEmpty, options.typeColumn.lowercased() == "type",
            labels.allSatisfy({ $0 == "directed" || $0 == "undirected" })
        else { return GraphInput(edges: raw, nodes: nil, declaresDirected: nil) }
        var out = raw
        out.types = [Int32](repeating: 0, count: raw.tails.count)
        out.tieTypes = [""]
        let undirected = Set(labels.indices.filter { labels[$0] == "undirected" }.map(Int32.init))
        let allUndirected = undirected.count == labels.count
        let note: String
        if allUndirected {
            note = "the Type column holds Undirected for every tie (Gephi's export): read as the direction, not a tie type"
        } else if undirected.isEmpty {
            note = "the Type column holds Directed for every tie (Gephi's export): read as the direction, not a tie type"
        } else {
            var added = 0
            for e in raw.tails.indices where undirected.contains(raw.types[e]) {
                out.tails.append(raw.heads[e]); out.heads.append(raw.tails[e])
                out.weights.append(raw.weights[e]); out.types.append(0)
                added += 1
            }
            note = "the Type column mixes Directed and Undirected ties (Gephi's export): read as directed, each of the \(added) undirected ties as two arcs"
        }
        return GraphInput(edges: out, nodes: nil, declaresDirected: !allUndirected, notes: [SettingText(note)])
    }
}
