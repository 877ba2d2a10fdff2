/// Every firm's exposure to adoption in every period: the share of its in-neighbours that
/// have adopted up to and including that period (Valente 1995; netdiffuseR `exposure()`).
///
///     E_i(t) = Σ_j a_ji · 1[τ_j ≤ t] / Σ_j a_ji
///
/// with a_ji = 1 for each arc j → i (or its weight with `weighted`), over the arcs of one
/// class; 0 when i has no in-arc (netdiffuseR divides by the degree + 1e-20). Censored firms
/// never count as adopters. An undirected tie counts for both ends. The network threshold
/// of an adopter is its exposure in its own adoption period, so alters adopting in the same
/// period count (netdiffuseR `threshold()`).
///
/// - References: T. W. Valente, *Network Models of the Diffusion of Innovations*, Hampton
///   Press, 1995; G. Vega Yon, T. W. Valente, netdiffuseR, R package.
public struct ExposureTable: Sendable {
    /// The number of firms.
    public let nodeCount: Int
    /// The number of observed periods T.
    public let periodCount: Int
    /// One column per arc class, in ``AdoptionArcs/classNames`` order.
    public let classNames: [String]
    /// `values[c][i · periodCount + t]`: E_i(t) in class c.
    public let values: [[Double]]
    /// Whether a node has at least one in-arc of the class (`hasInArcs[c][i]`).
    public let hasInArcs: [[Bool]]

    /// - Complexity: O(m + n·T) time and O(n·T) memory per class.
    public init(arcs: AdoptionArcs, record: AdoptionRecord, weighted: Bool = false) {
        let n = arcs.nodeCount, T = record.periodCount
        nodeCount = n
        periodCount = T
        classNames = arcs.classNames
        var values: [[Double]] = [], has: [[Bool]] = []
        for c in arcs.classNames.indices {
            var table = [Double](repeating: 0, count: n * T)
            var any = [Bool](repeating: false, count: n)
            for i in 0..<n {
                var total = 0.0
                for k in arcs.inOffsets[i]..<arcs.inOffsets[i + 1] {
                    let a = Int(arcs.inArcs[k])
                    guard arcs.classes[a] == c else { continue }
                    let w = weighted ? arcs.weights[a] : 1
                    total += w
                    let t = record.time[Int(arcs.tails[a])]
                    if t >= 0 { table[i * T + Int(t)] += w }
                }
                guard total > 0 else { continue }
                any[i] = true
                var running = 0.0
                for t in 0..<T {
                    running += table[i * T + t]
                    table[i * T + t] = running / total
                }
            }
            values.append(table)
            has.append(any)
        }
        self.values = values
        self.hasInArcs = has
    }

    /// E_i(t) in class `c`.
    @inlinable public func exposure(_ i: Int, _ t: Int, class c: Int = 0) -> Double { values[c][i * periodCount + t] }

    /// The network threshold of every node in class `c`: its exposure in its adoption
    /// period; NaN for censored firms.
    public func thresholds(record: AdoptionRecord, class c: Int = 0) -> [Double] {
        record.time.indices.map { i in
            let t = record.time[i]
            return t >= 0 ? exposure(i, Int(t), class: c) : .nan
        }
    }

    /// The mean exposure at adoption over every adopter (seeds included), per class.
    public func meanThreshold(record: AdoptionRecord, class c: Int = 0) -> Double {
        var sum = 0.0, count = 0
        for i in record.time.indices where record.time[i] >= 0 {
            sum += exposure(i, Int(record.time[i]), class: c)
            count += 1
        }
        return count > 0 ? sum / Double(count) : .nan
    }
}

extension AdoptionArcs {
    /// The mean network threshold (exposure at adoption over all adopters) under adoption
    /// times `time`, over the arcs of every class, without building the whole table: what
    /// the structural-dependence test computes for each permutation.
    /// - Complexity: O(n + m).
    func meanThreshold(time: [Int32], weighted: Bool) -> Double {
        var sum = 0.0, adopters = 0
        inOffsets.withUnsafeBufferPointer { offsets in
            inArcs.withUnsafeBufferPointer { arcs in
                inTails.withUnsafeBufferPointer { tails in
                    weights.withUnsafeBufferPointer { weights in
                        time.withUnsafeBufferPointer { time in
                            for i in 0..<nodeCount where time[i] >= 0 {
                                adopters += 1
                                var total = 0.0, adopted = 0.0
                                let ti = time[i]
                                for k in offsets[i]..<offsets[i + 1] {
                                    let w = weighted ? weights[Int(arcs[k])] : 1
                                    total += w
                                    let tj = time[Int(tails[k])]
                                    if tj >= 0, tj <= ti { adopted += w }
                                }
                                if total > 0 { sum += adopted / total }
                            }
                        }
                    }
                }
            }
        }
        return adopters > 0 ? sum / Double(adopters) : .nan
    }
}
