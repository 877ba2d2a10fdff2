/// Combines the node attributes a graph file carries with a node table given besides.
enum NodeTableMerge {
    /// `base`'s rows and columns, with `overlay`'s columns added and its values taking
    /// precedence for the firms it lists; firms only in `overlay` are appended (they become
    /// isolates unless a tie names them).
    static func merge(_ base: NodeTable?, _ overlay: NodeTable) -> NodeTable {
        guard let base else { return overlay }
        var ids = base.ids
        var row: [String: Int] = [:]
        for (r, id) in ids.enumerated() { row[id] = r }
        for id in overlay.ids where row[id] == nil {
            row[id] = ids.count
            ids.append(id)
        }
        var names = base.columnNames
        var columns = base.columns.map { $0 + repeatElement("", count: ids.count - base.ids.count) }
        var capacity = base.absorptiveCapacity + repeatElement(nil, count: ids.count - base.ids.count)
        for (c, name) in overlay.columnNames.enumerated() {
            let k: Int
            if let existing = names.firstIndex(where: { $0.lowercased() == name.lowercased() }) {
                k = existing
            } else {
                k = names.count
                names.append(name)
                columns.append([String](repeating: "", count: ids.count))
            }
            for (r, id) in overlay.ids.enumerated() { columns[k][row[id]!] = overlay.columns[c][r] }
        }
        if overlay.columnNames.contains(where: { $0.lowercased() == "absorptive_capacity" }) {
            for (r, id) in overlay.ids.enumerated() { capacity[row[id]!] = overlay.absorptiveCapacity[r] }
        }
        return NodeTable(uncheckedFile: overlay.file, ids: ids, columnNames: names, columns: columns, absorptiveCapacity: capacity)
    }
}
