/// The focal neighbourhood: the focal firms (``DOTOptions/highlighted``) and their direct
/// partners, every one labelled, with the ties among them; the rest of the cluster is left
/// out. A focal firm with many partners shows only its strongest ties (weight, then the
/// partner's degree, then id), so that the picture reads at any size.
///
/// - Complexity: O(n + m) for n firms and m ties, plus sorting each focal firm's partners.
struct FocalNeighbourhood {
    /// The firms drawn, in node order: the focal firms and the partners kept.
    let firms: [Int]
    /// The graph of ``firms`` with the ties among them.
    let graph: ClusterGraph
    /// The options that draw ``graph``.
    let options: DOTOptions

    /// How many partners of each focal firm are drawn by default.
    static let defaultPartners = 20

    init(cluster: ClusterGraph, options full: DOTOptions, partnersPerFocalFirm cap: Int) {
        let focal = full.highlighted.sorted()
        var keep = [Bool](repeating: false, count: cluster.nodeCount)
        for f in focal { keep[f] = true }
        var partnersTotal = Set<Int>(), capped = 0
        for f in focal {
            // Strongest tie per partner, over out- and in-ties.
            var strength: [Int: Double] = [:]
            for adjacency in cluster.isDirected ? [cluster.outAdjacency, cluster.inAdjacency] : [cluster.outAdjacency] {
                for k in adjacency.range(f) {
                    let u = Int(adjacency.neighbors[k])
                    guard !full.highlighted.contains(u) else { continue }
                    strength[u] = max(strength[u] ?? 0, cluster.edges.weights[Int(adjacency.edgeIDs[k])])
                }
            }
            partnersTotal.formUnion(strength.keys)
            func degree(_ u: Int) -> Int { cluster.outAdjacency.degree(u) + (cluster.isDirected ? cluster.inAdjacency.degree(u) : 0) }
            let order = strength.keys.sorted { a, b in
                (strength[a]!, degree(a), cluster.ids[b]) > (strength[b]!, degree(b), cluster.ids[a])
            }
            if order.count > cap { capped += 1 }
            for u in order.prefix(cap) { keep[u] = true }
        }
        firms = (0..<cluster.nodeCount).filter { keep[$0] }
        graph = cluster.induced(by: firms)
        var o = full.restricted(to: firms)
        o.labels = .label
        o.clusters = nil
        let partners = firms.count - focal.count
        var notes = ["Focal neighbourhood: the \(focal.count) focal firm\(focal.count == 1 ? "" : "s") and \(partners) of \(partnersTotal.count) direct partners"]
        if capped > 0 { notes.append("at most \(cap) partners per focal firm, strongest ties first (\(capped) focal firm\(capped == 1 ? " has" : "s have") more)") }
        notes.append("\(cluster.nodeCount - firms.count) of \(cluster.nodeCount) firms left out")
        o.notes = notes
        options = o
    }
}

extension ClusterGraph {
    /// The graph of the firms `nodes` (in increasing order) with the ties among them; the
    /// firms are numbered by their position in `nodes` and keep their attributes.
    ///
    /// - Complexity: O(n + m).
    func induced(by nodes: [Int]) -> ClusterGraph {
        var number = [Int32](repeating: -1, count: nodeCount)
        for (k, v) in nodes.enumerated() { number[v] = Int32(k) }
        var kept = EdgeList()
        for e in 0..<edgeCount {
            let a = number[Int(edges.tails[e])], b = number[Int(edges.heads[e])]
            guard a >= 0, b >= 0 else { continue }
            kept.tails.append(a)
            kept.heads.append(b)
            kept.weights.append(edges.weights[e])
            kept.types.append(edges.types[e])
        }
        let attributes = NodeAttributes(
            columnNames: self.attributes.columnNames, columns: self.attributes.columns.map { column in nodes.map { column[$0] } },
            hasNodeTable: self.attributes.hasNodeTable, absorptiveCapacity: nodes.map { self.attributes.absorptiveCapacity[$0] })
        return ClusterGraph(
            ids: nodes.map { ids[$0] }, attributes: attributes, isDirected: isDirected, isWeighted: isWeighted,
            edges: kept, tieTypes: tieTypes, buildReport: buildReport)
    }
}
