/// One uniformly random shortest path between two firms, found by a balanced bidirectional
/// Dijkstra search with path counting: the sampling step of
/// ``Centrality/approximateBetweenness(_:epsilon:delta:seed:normalized:weightAs:)``.
///
/// Both searches count shortest paths (σ) as Brandes' algorithm does, with igraph's length
/// tolerance (``nearlyEqual(_:_:)``); the side that has scanned fewer tie entries so far
/// advances (the balancing of Borassi & Natale's KADABRA). With `a` and `b` the smallest keys
/// left in the forward and backward heaps and μ the shortest s–t length found so far, the
/// search stops once a + b > μ. Then every firm x with d(s, x) < a is settled forward and
/// every firm y with d(y, t) < b backward, and every shortest s–t path crosses exactly one tie
/// (u, w) with d(s, u) < a ≤ d(s, w), whose head w is settled backward (such ties are
/// collected as the searches settle their ends, not by a second scan); there are
/// σ_s(u) · σ_t(w) shortest paths through it. A crossing tie chosen with that weight, then a
/// predecessor chosen with weight σ_s at each step back to s and a successor with weight σ_t
/// at each step on to t, gives every shortest s–t path probability 1/σ_st. When a search
/// settles the other end first, the path is walked back from it alone.
///
/// Scratch is raw memory reused across pairs; only what a search touched is reset.
final class ShortestPathSampler {
    /// A CSR adjacency with per-entry lengths, as raw buffers for the inner loops.
    struct View {
        let offsets: UnsafeBufferPointer<Int>
        let neighbors: UnsafeBufferPointer<Int32>
        let lengths: UnsafeBufferPointer<Double>
    }

    private let out: Adjacency, into: Adjacency
    /// Length of each entry of `out` and of `into` (1 when unweighted).
    private let outLengths: [Double], inLengths: [Double]
    private let forward: Side, backward: Side
    /// Ties (u, w) with u settled forward and w settled backward, found when the later of
    /// the two was settled (so each once), with their lengths: the candidate crossing ties.
    private var candidates: [(u: Int32, w: Int32, length: Double)] = []
    private var cumulative: [Double] = []

    init(_ graph: ClusterGraph, outLengths: [Double], inLengths: [Double]) {
        out = graph.outAdjacency
        into = graph.inAdjacency
        self.outLengths = outLengths
        self.inLengths = inLengths
        forward = Side(nodeCount: graph.nodeCount)
        backward = Side(nodeCount: graph.nodeCount)
    }

    /// Finds the shortest paths from `s` to `t` (s ≠ t), draws one uniformly with `rng`, and
    /// calls `visit` for each of its inner firms (not s, not t). Nothing when t is unreachable.
    func sample<R: RandomNumberGenerator>(from s: Int, to t: Int, using rng: inout R, _ visit: (Int) -> Void) {
        out.offsets.withUnsafeBufferPointer { oo in
            out.neighbors.withUnsafeBufferPointer { on in
                outLengths.withUnsafeBufferPointer { ol in
                    into.offsets.withUnsafeBufferPointer { io in
                        into.neighbors.withUnsafeBufferPointer { inb in
                            inLengths.withUnsafeBufferPointer { il in
                                sample(s, t, View(offsets: oo, neighbors: on, lengths: ol), View(offsets: io, neighbors: inb, lengths: il), &rng, visit)
                            }
                        }
                    }
                }
            }
        }
    }

    private func sample<R: RandomNumberGenerator>(_ s: Int, _ t: Int, _ out: View, _ into: View, _ rng: inout R, _ visit: (Int) -> Void) {
        defer { forward.reset(); backward.reset(); candidates.removeAll(keepingCapacity: true) }
        forward.start(s)
        backward.start(t)
        var mu = Double.infinity
        while let a = forward.nextDistance(), let b = backward.nextDistance() {
            if a + b > mu && !nearlyEqual(a + b, mu) {
                sampleCrossing(s: s, t: t, a: a, mu: mu, out: out, into: into, using: &rng, visit)
                return
            }
            if forward.work <= backward.work {
                let u = forward.settleNext(out, other: backward, mu: &mu) { candidates.append((Int32($0), Int32($1), $2)) }
                if u == t { walkBack(from: t, to: s, side: forward, adjacency: into, using: &rng, visit); return }
            } else {
                let u = backward.settleNext(into, other: forward, mu: &mu) { candidates.append((Int32($1), Int32($0), $2)) }
                if u == s { walkBack(from: s, to: t, side: backward, adjacency: out, using: &rng, visit); return }
            }
        }
        // A search ran out without settling the other end: t is not reachable from s.
    }

    /// Chooses the crossing tie with weight σ_s(u) σ_t(w), then walks to both ends.
    private func sampleCrossing<R: RandomNumberGenerator>(
        s: Int, t: Int, a: Double, mu: Double, out: View, into: View, using rng: inout R, _ visit: (Int) -> Void
    ) {
        cumulative.removeAll(keepingCapacity: true)
        let f = forward, g = backward
        var total = 0.0
        for (u, w, length) in candidates {
            let du = f.distance[Int(u)]
            if du < a && f.distance[Int(w)] >= a && nearlyEqual(du + length + g.distance[Int(w)], mu) {
                total += f.sigma[Int(u)] * g.sigma[Int(w)]
            }
            cumulative.append(total)
        }
        guard total > 0 else { return }
        let x = uniform(&rng) * total
        var pick = 0
        while pick < cumulative.count - 1 && cumulative[pick] <= x { pick += 1 }
        let (u, w) = (Int(candidates[pick].u), Int(candidates[pick].w))
        if u != s { visit(u) }
        walkBack(from: u, to: s, side: forward, adjacency: into, using: &rng, visit)
        if w != t { visit(w) }
        walkBack(from: w, to: t, side: backward, adjacency: out, using: &rng, visit)
    }

    /// Walks from `start` towards the origin of `side`'s search along its shortest-path DAG,
    /// choosing each step with weight σ, and visits the firms strictly between.
    private func walkBack<R: RandomNumberGenerator>(
        from start: Int, to origin: Int, side: Side, adjacency: View, using rng: inout R, _ visit: (Int) -> Void
    ) {
        var x = start
        while x != origin {
            let dx = side.distance[x]
            let range = adjacency.offsets[x]..<adjacency.offsets[x + 1]
            var total = 0.0
            for e in range {
                let p = Int(adjacency.neighbors[e])
                let dp = side.distance[p]
                if dp < dx && nearlyEqual(dp + adjacency.lengths[e], dx) { total += side.sigma[p] }
            }
            var r = uniform(&rng) * total
            var next = -1
            for e in range {
                let p = Int(adjacency.neighbors[e])
                let dp = side.distance[p]
                guard dp < dx && nearlyEqual(dp + adjacency.lengths[e], dx) else { continue }
                next = p
                r -= side.sigma[p]
                if r < 0 { break }
            }
            guard next >= 0 else { return }
            x = next
            if x != origin { visit(x) }
        }
    }

    /// A double uniform in [0, 1).
    @inline(__always) private func uniform<R: RandomNumberGenerator>(_ rng: inout R) -> Double {
        Double(rng.next() >> 11) * 0x1p-53
    }

    /// One direction of the search: distances, path counts, settled flags, the settled
    /// firms in order, the heap, and the number of tie entries scanned (its work).
    final class Side {
        let distance: UnsafeMutablePointer<Double>
        let sigma: UnsafeMutablePointer<Double>
        let isSettled: UnsafeMutablePointer<UInt8>
        /// Settled firms in order; touched firms (reached, not settled) after them.
        let settled: UnsafeMutablePointer<Int32>
        private let touched: UnsafeMutablePointer<Int32>
        private(set) var settledCount = 0
        private var touchedCount = 0
        /// Reached firms not yet settled, by distance; stale entries are skipped.
        private let heap = RadixHeap()
        private(set) var work = 0

        init(nodeCount n: Int) {
            distance = .filled(with: .infinity, count: n)
            sigma = .filled(with: 0, count: n)
            isSettled = .filled(with: 0, count: n)
            settled = .allocate(capacity: max(n, 1))
            touched = .allocate(capacity: max(n, 1))
        }

        deinit {
            distance.deallocate(); sigma.deallocate(); isSettled.deallocate()
            settled.deallocate(); touched.deallocate()
        }

        func start(_ origin: Int) {
            distance[origin] = 0
            sigma[origin] = 1
            touched[0] = Int32(origin)
            touchedCount = 1
            heap.push(Int32(origin), 0)
        }

        /// The distance of the next firm to settle (`nil`: none is left), after dropping the
        /// queue's stale entries: a firm already settled, or pushed again since with a
        /// shorter distance.
        @inline(__always) func nextDistance() -> Double? {
            while heap.count > 0 {
                let (v, d) = heap.peek()
                if isSettled[Int(v)] == 0 && d == distance[Int(v)] { return d }
                _ = heap.pop()
            }
            return nil
        }

        /// Settles the firm at the top of the heap (``nextDistance()`` has dropped stale
        /// entries), relaxes its ties, lowers `mu` where a relaxed tie reaches a firm the
        /// other side has reached, and returns the firm.
        func settleNext(_ adjacency: View, other: Side, mu: inout Double, candidate: (Int, Int, Double) -> Void) -> Int {
            let (u32, du) = heap.pop()
            let u = Int(u32)
            isSettled[u] = 1
            settled[settledCount] = u32
            settledCount += 1
            let range = adjacency.offsets[u]..<adjacency.offsets[u + 1]
            work += range.count + 1
            for e in range {
                let w = Int(adjacency.neighbors[e])
                let dw = du + adjacency.lengths[e]
                let old = distance[w]
                if old == .infinity {
                    distance[w] = dw; sigma[w] = sigma[u]
                    heap.push(Int32(w), dw)
                    touched[touchedCount] = Int32(w)
                    touchedCount += 1
                } else if nearlyEqual(dw, old) {
                    if isSettled[w] == 0 { sigma[w] += sigma[u] }
                } else if dw < old {
                    distance[w] = dw; sigma[w] = sigma[u]
                    heap.push(Int32(w), dw)
                }
                let dOther = other.distance[w]
                if dOther < .infinity {
                    if dw + dOther < mu { mu = dw + dOther }
                    if other.isSettled[w] != 0 { candidate(u, w, adjacency.lengths[e]) }
                }
            }
            return u
        }

        func reset() {
            for i in 0..<touchedCount {
                let v = Int(touched[i])
                distance[v] = .infinity; sigma[v] = 0; isSettled[v] = 0
            }
            heap.reset()
            touchedCount = 0
            settledCount = 0
            work = 0
        }
    }
}
