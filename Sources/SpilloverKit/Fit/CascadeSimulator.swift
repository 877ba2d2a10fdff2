import Foundation

/// Simulates adoption times from the cascade model (see ``CascadeModel``): the seeds adopt in
/// period 0; in each later period every firm not yet adopted adopts through each arc from a
/// firm that adopted in the previous period with its class's p, or from outside with ε.
///
/// Arc trials are drawn in the order of the adopters of the previous period and their
/// out-arcs; the outside adoptions by geometric skips over the firms still at risk
/// (gap ~ Geometric(ε)), so a period costs O(arcs tried + ε·firms at risk + firms at risk)
/// rather than one draw per firm. A run draws only from the generator it is given.
public struct CascadeSimulator: Sendable {
    /// The arcs adoption spreads along, with their classes.
    public let arcs: AdoptionArcs
    /// ε: the chance per period that a firm at risk adopts from outside the network.
    public let epsilon: Double
    /// Transmission probability per class.
    public let probabilities: [Double]
    private let thresholds: [UInt64]

    /// A simulator with outside adoption `epsilon` and one transmission probability per class
    /// of `arcs` (`probabilities.count` must equal the number of classes).
    public init(arcs: AdoptionArcs, epsilon: Double, probabilities: [Double]) {
        precondition(probabilities.count == arcs.classNames.count)
        self.arcs = arcs
        self.epsilon = epsilon
        self.probabilities = probabilities
        thresholds = probabilities.map(Bernoulli.threshold)
    }

    /// Adoption period per node (−1 = not adopted within `periodCount` periods).
    public func simulate(seeds: [Int], periodCount: Int, rng: inout Xoshiro256StarStar) -> [Int32] {
        let n = arcs.nodeCount
        var time = [Int32](repeating: -1, count: n)
        var frontier: [Int32] = []
        for s in seeds where time[s] < 0 { time[s] = 0; frontier.append(Int32(s)) }
        var atRisk = [Int32]()
        atRisk.reserveCapacity(n)
        for v in 0..<n where time[v] < 0 { atRisk.append(Int32(v)) }
        var next: [Int32] = []
        let logSurvive = log1p(-epsilon)
        time.withUnsafeMutableBufferPointer { time in
            arcs.outOffsets.withUnsafeBufferPointer { offsets in
                arcs.outHeads.withUnsafeBufferPointer { heads in
                    arcs.outClasses.withUnsafeBufferPointer { classes in
                        thresholds.withUnsafeBufferPointer { thresholds in
                            for t in 1..<Swift.max(1, periodCount) {
                                let period = Int32(t)
                                next.removeAll(keepingCapacity: true)
                                for u in frontier {
                                    for k in offsets[Int(u)]..<offsets[Int(u) + 1] {
                                        let v = Int(heads[k])
                                        if time[v] < 0, rng.bernoulli(thresholds[Int(classes[k])]) {
                                            time[v] = period
                                            next.append(Int32(v))
                                        }
                                    }
                                }
                                if epsilon >= 1 {
                                    for v in atRisk where time[Int(v)] < 0 { time[Int(v)] = period; next.append(v) }
                                } else if epsilon > 0 {
                                    var i = -1
                                    while true {
                                        i += 1 + rng.geometricGap(logSurvival: logSurvive)
                                        guard i < atRisk.count else { break }
                                        let v = Int(atRisk[i])
                                        if time[v] < 0 { time[v] = period; next.append(Int32(v)) }
                                    }
                                }
                                // Drop this period's adopters from the firms at risk, once enough have left
                                // that a pass over the list pays (the skips above ignore adopted firms).
                                if next.count * 8 > atRisk.count { atRisk.removeAll { time[Int($0)] >= 0 } }
                                swap(&frontier, &next)
                            }
                        }
                    }
                }
            }
        }
        return time
    }
}
