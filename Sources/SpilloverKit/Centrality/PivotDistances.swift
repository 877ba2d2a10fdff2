/// Sums of shortest-path distances from every firm to a set of pivot firms: the engine of
/// ``Centrality/sampledCloseness(_:sources:seed:weightAs:)`` and
/// ``Centrality/sampledHarmonic(_:sources:seed:weightAs:)``.
///
/// One breadth-first search (unweighted) or Dijkstra search (weighted) runs from each pivot p
/// over the reversed ties (in-ties when directed, all ties when undirected), so it finds
/// d(v, p), the length of the shortest path from v to p, for every v. Each firm v collects
/// Σ_p d(v, p) and Σ_p 1/d(v, p) over the pivots p ≠ v it reaches, and the number of those
/// pivots.
///
/// Pivots are split into a fixed number of contiguous blocks, searched in parallel with
/// per-block scratch and sums, and the block sums are added in block order, so the result
/// does not depend on the number of cores.
struct PivotDistances {
    /// Σ_p d(v, p) over the pivots p ≠ v reachable from v.
    var distanceSum: [Double]
    /// Σ_p 1 / d(v, p) over the pivots p ≠ v (unreachable pivots add 0).
    var inverseSum: [Double]
    /// The number of pivots p ≠ v reachable from v.
    var reached: [Int32]

    /// The number of pivot blocks (and the most searches that run at once).
    static let blockCount = 4

    /// Runs the searches from `pivots`. `lengths` are per-tie lengths (`nil`: every tie has
    /// length 1).
    init(_ graph: ClusterGraph, pivots: [Int], lengths: [Double]?) throws(CancellationError) {
        let n = graph.nodeCount
        let adjacency = graph.inAdjacency  // reversed ties; the same as out when undirected
        let entryLengths = lengths.map(adjacency.entryValues)
        let blocks = max(1, min(Self.blockCount, pivots.count))
        let size = (pivots.count + blocks - 1) / max(blocks, 1)
        var partial = [Sums?](repeating: nil, count: blocks)
        try ProgressStage.run("closeness pivots", total: pivots.count) { stage throws(CancellationError) in
            try partial.withDisjointWrites { out throws(CancellationError) in
                try WorkerPool.forEachIndex(blocks) { b, task in
                    let start = b * size, end = min(pivots.count, start + size)
                    var sums = Sums(nodeCount: n)
                    if start < end {
                        let search = SingleSourceSearch(adjacency: adjacency, lengths: entryLengths, nodeCount: n)
                        for p in pivots[start..<end] where !task.isCancelled {
                            search.run(from: p) { v, d in
                                sums.distance[v] += d
                                sums.inverse[v] += 1 / d
                                sums.reached[v] += 1
                            }
                            stage.advance()
                        }
                    }
                    out.set(b, sums)
                }
            }
        }
        var total = partial[0]!
        for b in 1..<blocks {
            let s = partial[b]!
            for v in 0..<n {
                total.distance[v] += s.distance[v]
                total.inverse[v] += s.inverse[v]
                total.reached[v] += s.reached[v]
            }
            partial[b] = nil
        }
        distanceSum = total.distance
        inverseSum = total.inverse
        reached = total.reached
    }

    private struct Sums {
        var distance: [Double]
        var inverse: [Double]
        var reached: [Int32]
        init(nodeCount n: Int) {
            distance = [Double](repeating: 0, count: n)
            inverse = [Double](repeating: 0, count: n)
            reached = [Int32](repeating: 0, count: n)
        }
    }
}

/// Breadth-first or Dijkstra search from one source over one CSR adjacency, with scratch
/// reused across sources (only the entries a search touched are reset). The scratch is raw
/// memory so the inner loops run without bounds checks or exclusivity checks.
final class SingleSourceSearch {
    let adjacency: Adjacency
    /// Length of each adjacency entry, or `nil` for unit lengths.
    let lengths: [Double]?
    private let distance: UnsafeMutablePointer<Double>
    /// Firms reached by the current search, in order of discovery (the BFS queue).
    private let visited: UnsafeMutablePointer<Int32>
    private var visitedCount = 0
    /// The queue of ``run(from:_:)``'s Dijkstra search.
    private let queue = RadixHeap()
    /// The queue of Brandes' search (``runBrandes(from:scratch:reverse:reverseLengths:)``),
    /// which needs decrease-key and membership; made on first use.
    private(set) lazy var heap = IndexedHeap(capacity: max(nodeCount, 1))
    private let nodeCount: Int

    init(adjacency: Adjacency, lengths: [Double]?, nodeCount n: Int) {
        self.adjacency = adjacency
        self.lengths = lengths
        nodeCount = n
        distance = .allocate(capacity: max(n, 1))
        distance.initialize(repeating: .infinity, count: max(n, 1))
        visited = .allocate(capacity: max(n, 1))
    }

    deinit {
        distance.deallocate()
        visited.deallocate()
    }

    /// Calls `body(v, d(source, v))` once for every firm v ≠ source that the search reaches,
    /// in non-decreasing order of distance.
    @inline(__always) func run(from source: Int, _ body: (Int, Double) -> Void) {
        let reached = lengths.map { dijkstra(source, $0, body) } ?? bfs(source, body)
        for i in 0..<reached { distance[Int(visited[i])] = .infinity }
    }

    /// Returns the number of firms reached (the source included).
    @inline(__always) private func bfs(_ source: Int, _ body: (Int, Double) -> Void) -> Int {
        let dist = distance, queue = visited
        return adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.neighbors.withUnsafeBufferPointer { neighbors in
                dist[source] = 0
                queue[0] = Int32(source)
                var tail = 1, head = 0
                while head < tail {
                    let u = Int(queue[head])
                    head += 1
                    let du = dist[u]
                    if u != source { body(u, du) }
                    let next = du + 1
                    for e in offsets[u]..<offsets[u + 1] {
                        let w = Int(neighbors[e])
                        if dist[w] == .infinity {
                            dist[w] = next
                            queue[tail] = Int32(w)
                            tail += 1
                        }
                    }
                }
                return tail
            }
        }
    }

    @inline(__always) private func dijkstra(_ source: Int, _ lengths: [Double], _ body: (Int, Double) -> Void) -> Int {
        let dist = distance, seen = visited, queue = self.queue
        return adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.neighbors.withUnsafeBufferPointer { neighbors in
                lengths.withUnsafeBufferPointer { length in
                    dist[source] = 0
                    seen[0] = Int32(source)
                    var count = 1
                    queue.reset()
                    queue.push(Int32(source), 0)
                    while queue.count > 0 {
                        let (u32, du) = queue.pop()
                        let u = Int(u32)
                        if du > dist[u] { continue }  // a stale entry: u was settled shorter
                        if u != source { body(u, du) }
                        for e in offsets[u]..<offsets[u + 1] {
                            let w = Int(neighbors[e])
                            let dw = du + length[e]
                            let old = dist[w]
                            if dw < old {
                                dist[w] = dw
                                if old == .infinity {
                                    seen[count] = Int32(w)
                                    count += 1
                                }
                                queue.push(Int32(w), dw)
                            }
                        }
                    }
                    return count
                }
            }
        }
    }
}

/// An indexed binary min-heap of firms keyed by distance, with decrease-key, in raw memory
/// of n entries (each firm is in the heap at most once): the queue of Brandes' search, which
/// needs membership. A search pops every firm it inserts, so it leaves the heap empty.
final class IndexedHeap {
    private let keys: UnsafeMutablePointer<Double>
    private let items: UnsafeMutablePointer<Int32>
    /// The heap position of each firm; -1 when not in the heap.
    private let position: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(capacity n: Int) {
        keys = .allocate(capacity: n)
        items = .allocate(capacity: n)
        position = .allocate(capacity: n)
        position.initialize(repeating: -1, count: n)
    }

    deinit {
        keys.deallocate()
        items.deallocate()
        position.deallocate()
    }

    /// Whether `v` is in the heap.
    @inline(__always) func contains(_ v: Int) -> Bool { position[v] >= 0 }

    @inline(__always) func insert(_ v: Int32, _ key: Double) {
        siftUp(count, v, key)
        count += 1
    }

    /// Lowers the key of `v`, which is in the heap.
    @inline(__always) func decrease(_ v: Int32, _ key: Double) {
        siftUp(Int(position[Int(v)]), v, key)
    }

    @inline(__always) func popMin() -> (Int32, Double) {
        let top = (items[0], keys[0])
        position[Int(top.0)] = -1
        count -= 1
        if count > 0 { siftDown(items[count], keys[count]) }
        return top
    }

    @inline(__always) private func siftUp(_ start: Int, _ v: Int32, _ key: Double) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 1
            if keys[parent] <= key { break }
            keys[i] = keys[parent]
            items[i] = items[parent]
            position[Int(items[i])] = Int32(i)
            i = parent
        }
        keys[i] = key
        items[i] = v
        position[Int(v)] = Int32(i)
    }

    @inline(__always) private func siftDown(_ v: Int32, _ key: Double) {
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= count { break }
            if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
            if keys[child] >= key { break }
            keys[i] = keys[child]
            items[i] = items[child]
            position[Int(items[i])] = Int32(i)
            i = child
        }
        keys[i] = key
        items[i] = v
        position[Int(v)] = Int32(i)
    }
}
