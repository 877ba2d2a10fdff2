/// Brandes' dependency accumulation from a set of source firms, in parallel over sources:
/// Σ_{s ∈ S} δ_s(v) for every firm v, with δ_s(v) = Σ_t σ_st(v) / σ_st (Brandes 2001). For an
/// undirected graph the same searches give d(s, v) = d(v, s), so the distance sums of
/// ``PivotDistances`` come along at no extra cost.
///
/// Weighted path lengths compare with igraph's relative tolerance (|a − b| ≤ 1e-10 (|a| + |b|),
/// `IGRAPH_SHORTEST_PATH_EPSILON`), so tied paths such as 0.1 + 0.2 and 0.3 both count.
/// Sources are split into a fixed number of blocks and the block sums added in block order,
/// so the result does not depend on the number of cores.
struct PivotDependencies {
    /// Σ_{s ∈ S} δ_s(v).
    var dependency: [Double]
    /// Distance sums from the sources (undirected graphs only; see ``PivotDistances``).
    var distances: PivotDistances?

    static let blockCount = 4

    init(_ graph: ClusterGraph, sources: [Int], lengths: [Double]?) throws(CancellationError) {
        let n = graph.nodeCount
        let out = graph.outAdjacency, into = graph.inAdjacency
        let outLengths = lengths.map(out.entryValues)
        let inLengths = graph.isDirected ? lengths.map(into.entryValues) : outLengths
        let withDistances = !graph.isDirected
        let blocks = max(1, min(Self.blockCount, sources.count))
        let size = (sources.count + blocks - 1) / blocks
        var partial = [(delta: [Double], sums: PivotDistances?)?](repeating: nil, count: blocks)
        try ProgressStage.run("betweenness sources", total: sources.count) { stage throws(CancellationError) in
            try partial.withDisjointWrites { results throws(CancellationError) in
                try WorkerPool.forEachIndex(blocks) { b, task in
                    let start = b * size, end = min(sources.count, start + size)
                    var total = [Double](repeating: 0, count: n)
                    var sums = withDistances ? PivotDistances(nodeCount: n) : nil
                    if start < end {
                        let search = SingleSourceSearch(adjacency: out, lengths: outLengths, nodeCount: n)
                        let back = BrandesScratch(nodeCount: n)
                        for s in sources[start..<end] where !task.isCancelled {
                            search.runBrandes(from: s, scratch: back, reverse: into, reverseLengths: inLengths)
                            back.accumulate(into: &total, source: s)
                            if withDistances {
                                back.forEachReached(source: s) { v, d in
                                    sums!.distanceSum[v] += d
                                    sums!.inverseSum[v] += 1 / d
                                    sums!.reached[v] += 1
                                }
                            }
                            back.reset()
                            stage.advance()
                        }
                    }
                    results.set(b, (total, sums))
                }
            }
        }
        var dependency = partial[0]!.delta
        var distances = partial[0]!.sums
        for b in 1..<blocks {
            let part = partial[b]!
            for v in 0..<n { dependency[v] += part.delta[v] }
            if let s = part.sums { distances!.add(s) }
            partial[b] = nil
        }
        self.dependency = dependency
        self.distances = distances
    }
}

/// Per-source state of Brandes' algorithm: distances, path counts σ, dependencies δ and the
/// firms in order of settling, in raw memory reused across sources.
final class BrandesScratch {
    let distance: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let delta: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    var count = 0

    init(nodeCount n: Int) {
        distance = .filled(with: .infinity, count: n)
        sigma = .filled(with: 0, count: n)
        delta = .filled(with: 0, count: n)
        order = .allocate(capacity: max(n, 1))
    }

    deinit {
        distance.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate()
    }

    /// Adds δ_s(v) for every settled v ≠ s.
    func accumulate(into total: inout [Double], source s: Int) {
        total.withUnsafeMutableBufferPointer { t in
            for i in 0..<count {
                let v = Int(order[i])
                if v != s { t[v] += delta[v] }
            }
        }
    }

    func forEachReached(source s: Int, _ body: (Int, Double) -> Void) {
        for i in 0..<count {
            let v = Int(order[i])
            if v != s { body(v, distance[v]) }
        }
    }

    func reset() {
        for i in 0..<count {
            let v = Int(order[i])
            distance[v] = .infinity; sigma[v] = 0; delta[v] = 0
        }
        count = 0
    }
}

extension UnsafeMutablePointer {
    /// Raw memory for per-firm scratch: `count` values (room for at least one), all `value`.
    static func filled(with value: Pointee, count: Int) -> UnsafeMutablePointer<Pointee> {
        let p = allocate(capacity: Swift.max(count, 1))
        p.initialize(repeating: value, count: Swift.max(count, 1))
        return p
    }
}

/// One relaxation of Dijkstra's search with shortest-path counting (Brandes 2001): w gets
/// length `dw` through u; equal lengths (igraph's tolerance) add σ(u) to σ(w) while w is still
/// in the heap, a shorter one replaces d(w) and σ(w). Returns whether w was reached for the
/// first time (then it is inserted into the heap).
@inline(__always) func relaxCountingPaths(
    _ w: Int, _ dw: Double, from u: Int, distance: UnsafeMutablePointer<Double>, sigma: UnsafeMutablePointer<Double>,
    heap: IndexedHeap
) -> Bool {
    let old = distance[w]
    if old == .infinity {
        distance[w] = dw; sigma[w] = sigma[u]
        heap.insert(Int32(w), dw)
        return true
    }
    if nearlyEqual(dw, old) {
        if heap.contains(w) { sigma[w] += sigma[u] }
    } else if dw < old {
        distance[w] = dw; sigma[w] = sigma[u]
        heap.decrease(Int32(w), dw)
    }
    return false
}

/// igraph's comparison of path lengths: equal within a relative 1e-10.
@inline(__always) func nearlyEqual(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-10 * (abs(a) + abs(b))
}

extension PivotDistances {
    init(nodeCount n: Int) {
        distanceSum = [Double](repeating: 0, count: n)
        inverseSum = [Double](repeating: 0, count: n)
        reached = [Int32](repeating: 0, count: n)
    }

    mutating func add(_ other: PivotDistances) {
        for v in distanceSum.indices {
            distanceSum[v] += other.distanceSum[v]
            inverseSum[v] += other.inverseSum[v]
            reached[v] += other.reached[v]
        }
    }
}

extension SingleSourceSearch {
    /// Brandes' algorithm from `s`: shortest paths forward over this search's adjacency
    /// (counting paths σ), then dependencies δ backward over `reverse` (the predecessors of w
    /// are the u with d(s, u) + ℓ(u, w) = d(s, w)). Leaves the reached firms, in order of
    /// settling, with d, σ and δ in `scratch`.
    func runBrandes(from s: Int, scratch: BrandesScratch, reverse: Adjacency, reverseLengths: [Double]?) {
        let dist = scratch.distance, sigma = scratch.sigma, delta = scratch.delta, order = scratch.order
        var count = 0
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.neighbors.withUnsafeBufferPointer { neighbors in
                dist[s] = 0
                sigma[s] = 1
                if let lengths {
                    lengths.withUnsafeBufferPointer { length in
                        heap.insert(Int32(s), 0)
                        while heap.count > 0 {
                            let (u32, du) = heap.popMin()
                            let u = Int(u32)
                            order[count] = u32
                            count += 1
                            for e in offsets[u]..<offsets[u + 1] {
                                let w = Int(neighbors[e])
                                _ = relaxCountingPaths(w, du + length[e], from: u, distance: dist, sigma: sigma, heap: heap)
                            }
                        }
                    }
                } else {
                    order[0] = Int32(s)
                    count = 1
                    var head = 0
                    while head < count {
                        let u = Int(order[head])
                        head += 1
                        let next = dist[u] + 1
                        for e in offsets[u]..<offsets[u + 1] {
                            let w = Int(neighbors[e])
                            if dist[w] == .infinity {
                                dist[w] = next
                                order[count] = Int32(w)
                                count += 1
                            }
                            if dist[w] == next { sigma[w] += sigma[u] }
                        }
                    }
                }
            }
        }
        scratch.count = count
        reverse.offsets.withUnsafeBufferPointer { offsets in
            reverse.neighbors.withUnsafeBufferPointer { neighbors in
                for i in stride(from: count - 1, through: 1, by: -1) {
                    let w = Int(order[i])
                    let dw = dist[w]
                    let share = (1 + delta[w]) / sigma[w]
                    if let reverseLengths {
                        reverseLengths.withUnsafeBufferPointer { length in
                            for e in offsets[w]..<offsets[w + 1] {
                                let u = Int(neighbors[e])
                                let du = dist[u]
                                if du < dw && nearlyEqual(du + length[e], dw) { delta[u] += sigma[u] * share }
                            }
                        }
                    } else {
                        for e in offsets[w]..<offsets[w + 1] {
                            let u = Int(neighbors[e])
                            if dist[u] == dw - 1 { delta[u] += sigma[u] * share }
                        }
                    }
                }
            }
        }
    }
}
