/// Every firm's contacts (in- or out-neighbours, each once) with the mutual tie weight
/// m_ij = a_ij + a_ji, in CSR form sorted by neighbour: the neighbourhood Burt's measures
/// are defined on.
///
/// For an undirected graph m_ij is stored as the tie weight w_ij rather than 2 w_ij: every
/// measure built on it uses only ratios of mutual weights, which the factor 2 leaves alone.
public struct ContactAdjacency: Sendable {
    /// Row `i` is `offsets[i]..<offsets[i+1]`.
    public let offsets: [Int]
    /// The contacts, sorted by node number within each row.
    public let contacts: [Int32]
    /// Mutual weight m_ij of each entry.
    public let weights: [Double]
    /// Σ_k m_ik per node (0 for an isolate).
    public let totals: [Double]
    /// max_k m_ik per node (0 for an isolate).
    public let maxima: [Double]

    /// The number of contacts of firm `i`.
    @inlinable public func count(_ i: Int) -> Int { offsets[i + 1] - offsets[i] }

    /// - Complexity: O(n + m).
    public init(_ graph: ClusterGraph) {
        let n = graph.nodeCount
        let w = graph.edges.weights
        var offsets = [Int](repeating: 0, count: n + 1)
        var contacts: [Int32] = []
        var weights: [Double] = []
        if !graph.isDirected {
            let adj = graph.outAdjacency
            offsets = adj.offsets
            contacts = adj.neighbors
            weights = adj.entryValues(w)
        } else {
            let out = graph.outAdjacency, inn = graph.inAdjacency
            contacts.reserveCapacity(out.neighbors.count + inn.neighbors.count)
            weights.reserveCapacity(out.neighbors.count + inn.neighbors.count)
            for i in 0..<n {
                var a = out.offsets[i], b = inn.offsets[i]
                let aEnd = out.offsets[i + 1], bEnd = inn.offsets[i + 1]
                while a < aEnd || b < bEnd {
                    let na = a < aEnd ? out.neighbors[a] : Int32.max
                    let nb = b < bEnd ? inn.neighbors[b] : Int32.max
                    if na == nb {
                        contacts.append(na)
                        weights.append(w[Int(out.edgeIDs[a])] + w[Int(inn.edgeIDs[b])])
                        a += 1; b += 1
                    } else if na < nb {
                        contacts.append(na)
                        weights.append(w[Int(out.edgeIDs[a])])
                        a += 1
                    } else {
                        contacts.append(nb)
                        weights.append(w[Int(inn.edgeIDs[b])])
                        b += 1
                    }
                }
                offsets[i + 1] = contacts.count
            }
        }
        var totals = [Double](repeating: 0, count: n)
        var maxima = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = 0.0, mx = 0.0
            for e in offsets[i]..<offsets[i + 1] {
                s += weights[e]
                mx = Swift.max(mx, weights[e])
            }
            totals[i] = s
            maxima[i] = mx
        }
        self.offsets = offsets
        self.contacts = contacts
        self.weights = weights
        self.totals = totals
        self.maxima = maxima
    }
}
