/// The firm-periods at risk of the cascade model, grouped by what they were exposed to.
///
/// A firm at risk in period t (not adopted before t; t after the first period) is described
/// by k_c, the number of its in-arcs of class c whose tail adopted in period t − 1. Its
/// adoption probability depends on nothing else, so rows with the same vector k are pooled:
/// the likelihood is a sum over distinct patterns (usually a few hundred, and the all-zero
/// pattern holding most rows) instead of over millions of firm-periods.
struct CascadePatterns: Sendable {
    let classCount: Int
    /// Pattern r's counts are `counts[r · classCount ..< (r + 1) · classCount]`; pattern 0 is
    /// all zeros.
    var counts: [Int32]
    /// Adoptions and firm-periods at risk per pattern.
    var events: [Double]
    var trials: [Double]

    var patternCount: Int { events.count }
    var totalEvents: Double { events.reduce(0, +) }
    var totalTrials: Double { trials.reduce(0, +) }

    /// Whether some row is exposed through class c.
    func isExposed(class c: Int) -> Bool {
        (1..<patternCount).contains { counts[$0 * classCount + c] > 0 }
    }

    /// - Complexity: O(m log d + n) for m arcs; memory O(patterns).
    init(arcs: AdoptionArcs, time: [Int32], periodCount: Int) {
        let C = arcs.classNames.count
        classCount = C
        var index: [[Int32]: Int] = [:]
        counts = [Int32](repeating: 0, count: C)
        events = [0]
        trials = [0]
        var hits: [(period: Int32, cls: Int32)] = []
        var key = [Int32](repeating: 0, count: C)
        for i in 0..<arcs.nodeCount {
            let ti = time[i]
            if ti == 0 { continue }
            // At risk in periods 1 ... last (its adoption period, or the last period).
            let last = ti > 0 ? ti : Int32(periodCount - 1)
            guard last >= 1 else { continue }
            hits.removeAll(keepingCapacity: true)
            for k in arcs.inOffsets[i]..<arcs.inOffsets[i + 1] {
                let a = Int(arcs.inArcs[k])
                let tj = time[Int(arcs.tails[a])]
                if tj >= 0, tj + 1 <= last { hits.append((tj + 1, arcs.classes[a])) }
            }
            hits.sort { $0.period < $1.period }
            var exposedPeriods = 0, adoptedExposed = false
            var h = 0
            while h < hits.count {
                let t = hits[h].period
                for c in 0..<C { key[c] = 0 }
                while h < hits.count, hits[h].period == t { key[Int(hits[h].cls)] += 1; h += 1 }
                let event = ti == t
                if event { adoptedExposed = true }
                exposedPeriods += 1
                let r: Int
                if let found = index[key] {
                    r = found
                } else {
                    r = events.count
                    index[key] = r
                    counts += key
                    events.append(0)
                    trials.append(0)
                }
                trials[r] += 1
                if event { events[r] += 1 }
            }
            trials[0] += Double(Int(last) - exposedPeriods)
            if ti > 0, !adoptedExposed { events[0] += 1 }
        }
    }
}
