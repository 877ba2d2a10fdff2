/// Projects two-mode data (firms × events, projects, associations) onto the firms: two
/// firms are tied when they share a partner, with weight the number of partners they share,
/// as UCINET's affiliations-to-one-mode and igraph's `bipartite_projection(multiplicity)` do.
/// Tie weights and types of the two-mode data are not used.
enum TwoModeProjection {
    /// - Parameter input: ties from a firm (tail) to a partner (head).
    /// - Throws: ``InputError`` when an id is both a firm and a partner.
    /// - Complexity: O(m + Σ_p d_p²) for m ties and d_p firms at partner p.
    static func project(_ input: GraphInput) throws(InputError) -> GraphInput {
        let raw = input.edges
        let n = raw.ids.count
        var isFirm = [Bool](repeating: false, count: n), isPartner = [Bool](repeating: false, count: n)
        for t in raw.tails { isFirm[Int(t)] = true }
        for h in raw.heads { isPartner[Int(h)] = true }
        if let both = (0..<n).first(where: { isFirm[$0] && isPartner[$0] }) {
            throw InputError(
                file: raw.file,
                message: "'\(raw.ids[both])' is both a firm (first column) and a partner (second column); two-mode data tie firms to partners only")
        }
        var number = [Int32](repeating: -1, count: n)
        var ids: [String] = []
        for v in 0..<n where isFirm[v] || !isPartner[v] {
            number[v] = Int32(ids.count)
            ids.append(raw.ids[v])
        }
        var firmsAt = [[Int32]](repeating: [], count: n)
        for e in raw.tails.indices { firmsAt[Int(raw.heads[e])].append(number[Int(raw.tails[e])]) }
        var shared: [Int64: Int] = [:]
        var partners = 0
        for p in 0..<n where isPartner[p] {
            partners += 1
            let firms = Array(Set(firmsAt[p])).sorted()
            for i in firms.indices {
                for j in (i + 1)..<firms.count { shared[Int64(firms[i]) << 32 | Int64(firms[j]), default: 0] += 1 }
            }
        }
        var out = RawEdgeList(uncheckedFile: raw.file, ids: ids, tails: [], heads: [], weights: [], types: [], tieTypes: [""], hasWeights: true)
        for key in shared.keys.sorted() {
            out.tails.append(Int32(key >> 32))
            out.heads.append(Int32(key & 0xFFFF_FFFF))
            out.weights.append(Double(shared[key]!))
            out.types.append(0)
        }
        var nodes = input.nodes
        if let table = nodes {
            let firms = Set(ids)
            let keep = table.ids.indices.filter { firms.contains(table.ids[$0]) }
            nodes = NodeTable(
                uncheckedFile: table.file, ids: keep.map { table.ids[$0] }, columnNames: table.columnNames,
                columns: table.columns.map { c in keep.map { c[$0] } }, absorptiveCapacity: keep.map { table.absorptiveCapacity[$0] })
        }
        let note = "two-mode data projected onto the \(ids.count) firms of the first column (\(partners) partners): \(out.tails.count) ties, weight = number of shared partners"
        return GraphInput(edges: out, nodes: nodes, declaresDirected: false, notes: input.notes + [SettingText(note)])
    }
}
