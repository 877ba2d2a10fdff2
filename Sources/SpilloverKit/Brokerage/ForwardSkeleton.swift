/// The undirected skeleton of a graph (u ~ v when u → v or v → u), each tie kept once, in the
/// row of its end of lower rank, with rank = (skeleton degree, node number): the "forward"
/// orientation of degree-ordered triangle listing.
///
/// Every triangle {u, v, w} of the skeleton with rank u < v < w is found exactly once as
/// v ∈ F(u), w ∈ F(u) ∩ F(v). A node's forward row holds at most O(√m) entries, so listing
/// costs O(m √m) in the worst case and O(m·a) for a graph of arboricity a, instead of the
/// Σ_v d_v² of scanning every pair of a hub's neighbours.
///
/// For a directed graph each entry carries the directions of its tie: bit 0 set when the row's
/// node has the arc to the neighbour, bit 1 when the neighbour has the arc to it (both for a
/// mutual pair). Undirected ties have both bits.
///
/// References: N. Chiba, T. Nishizeki (1985), Arboricity and subgraph listing algorithms,
/// *SIAM J. Comput.* 14(1):210–223, doi:10.1137/0214017. M. Latapy (2008), Main-memory
/// triangle computations for very large (sparse (power-law)) graphs, *Theor. Comput. Sci.*
/// 407:458–473, doi:10.1016/j.tcs.2008.07.017.
struct ForwardSkeleton {
    /// Row `u` is `offsets[u]..<offsets[u + 1]`.
    let offsets: [Int]
    /// Neighbours of higher rank, sorted by node number within a row.
    let neighbors: [Int32]
    /// Direction bits per entry (see the type's documentation).
    let directions: [UInt8]

    /// Arc from the row's node to the neighbour.
    static let outward: UInt8 = 1
    /// Arc from the neighbour to the row's node.
    static let inward: UInt8 = 2

    /// - Complexity: O(n + m) time and memory, parallel over nodes.
    init(_ graph: ClusterGraph) {
        let n = graph.nodeCount
        let out = graph.outAdjacency, inn = graph.inAdjacency
        let directed = graph.isDirected
        // Skeleton degrees: the merged size of each out- and in-row (the row itself when
        // undirected).
        var skeletonDegree = [Int](repeating: 0, count: n)
        if directed {
            skeletonDegree.withDisjointWrites { sink in
                ParallelChunks.forEach(count: n) { range in
                    for u in range {
                        var d = 0
                        Self.forEachContact(u, out, inn) { _, _ in d += 1 }
                        sink.set(u, d)
                    }
                }
            }
        } else {
            for u in 0..<n { skeletonDegree[u] = out.offsets[u + 1] - out.offsets[u] }
        }
        let degree = skeletonDegree
        @inline(__always) func ranksAbove(_ v: Int, _ u: Int) -> Bool {
            degree[v] > degree[u] || (degree[v] == degree[u] && v > u)
        }
        // Forward row lengths, then the rows.
        var offsets = [Int](repeating: 0, count: n + 1)
        offsets.withDisjointWrites { sink in
            ParallelChunks.forEach(count: n) { range in
                for u in range {
                    var c = 0
                    if directed {
                        Self.forEachContact(u, out, inn) { v, _ in if ranksAbove(v, u) { c += 1 } }
                    } else {
                        for e in out.offsets[u]..<out.offsets[u + 1] where ranksAbove(Int(out.neighbors[e]), u) { c += 1 }
                    }
                    sink.set(u + 1, c)
                }
            }
        }
        for u in 0..<n { offsets[u + 1] += offsets[u] }
        var neighbors = [Int32](repeating: 0, count: offsets[n])
        var directions = [UInt8](repeating: Self.outward | Self.inward, count: directed ? offsets[n] : 0)
        neighbors.withDisjointWrites { nbSink in
            directions.withDisjointWrites { dirSink in
                ParallelChunks.forEach(count: n) { range in
                    for u in range {
                        var at = offsets[u]
                        if directed {
                            Self.forEachContact(u, out, inn) { v, bits in
                                guard ranksAbove(v, u) else { return }
                                nbSink.set(at, Int32(v))
                                dirSink.set(at, bits)
                                at += 1
                            }
                        } else {
                            for e in out.offsets[u]..<out.offsets[u + 1] where ranksAbove(Int(out.neighbors[e]), u) {
                                nbSink.set(at, out.neighbors[e])
                                at += 1
                            }
                        }
                    }
                }
            }
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.directions = directions
    }

    /// Calls `body(v, bits)` for every skeleton neighbour v of u, in node order, merging u's
    /// sorted out- and in-rows; `bits` as in ``directions``.
    @inline(__always)
    static func forEachContact(_ u: Int, _ out: Adjacency, _ inn: Adjacency, _ body: (Int, UInt8) -> Void) {
        var a = out.offsets[u], b = inn.offsets[u]
        let aEnd = out.offsets[u + 1], bEnd = inn.offsets[u + 1]
        while a < aEnd || b < bEnd {
            let x = a < aEnd ? out.neighbors[a] : Int32.max
            let y = b < bEnd ? inn.neighbors[b] : Int32.max
            if x == y {
                body(Int(x), outward | inward)
                a += 1
                b += 1
            } else if x < y {
                body(Int(x), outward)
                a += 1
            } else {
                body(Int(y), inward)
                b += 1
            }
        }
    }
}
