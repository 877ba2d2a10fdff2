import Foundation
import Numerics
import Testing
@testable import SpilloverKit

/// Cumulative adoption, hazard rates, exposures and thresholds of medInnovations against
/// netdiffuseR 1.25.0's own values (data/medinnovations/reference-netdiffuser.json, made by
/// netdiffuseR from the package's data; see that folder's README). Exposure and threshold
/// agree to 1e-12: both are ratios of small integers.
@Suite("adoption descriptives (medInnovations vs netdiffuseR)")
struct AdoptionDescriptivesTests {
    let data: MedInnovations

    init() throws { data = try MedInnovations() }

    @Test("125 firms, 294 arcs in the union graph, 450 typed arcs, 18 periods (1..17 observed + censoring)")
    func shape() {
        #expect(data.graph.nodeCount == 125)
        #expect(data.pooled.count == 294)
        #expect(data.channels.count == 450)
        #expect(data.channels.classNames == ["friend", "advice", "discussion"])
        #expect(data.record.periodCount == 17)
        #expect(data.record.time.filter { $0 < 0 }.count == 16)
    }

    @Test("adopters, cumulative count and hazard rate per period")
    func curve() {
        let curve = AdoptionCurve(record: data.record)
        let num = data.value("cumulative_adopt_count", "num") as! [NSNumber]
        let hazard = data.value("hazard_rate") as! [NSNumber]
        #expect(curve.periods.count == 17)
        for (t, period) in curve.periods.enumerated() {
            #expect(period.label == String(t + 1))
            #expect(period.cumulative == num[t].intValue)
            #expect(period.hazard.isApproximatelyEqual(to: hazard[t].doubleValue, absoluteTolerance: 1e-12), "period \(t + 1)")
        }
    }

    @Test("exposure of every firm in every period, pooled and per channel", arguments: ["all", "advice", "discussion", "friend"])
    func exposure(kind: String) throws {
        let arcs = kind == "all" ? data.pooled : data.channels
        let table = ExposureTable(arcs: arcs, record: data.record)
        let c = kind == "all" ? 0 : try #require(table.classNames.firstIndex(of: kind))
        let expected = data.value("exposure", kind) as! [String: [NSNumber]]
        var compared = 0
        for (id, values) in expected {
            let i = try #require(data.graph.node(id: id))
            for t in 0..<17 {
                #expect(table.exposure(i, t, class: c).isApproximatelyEqual(to: values[t].doubleValue, absoluteTolerance: 1e-12), "\(id) t=\(t + 1)")
                compared += 1
            }
        }
        #expect(compared == 125 * 17)
    }

    @Test("threshold: exposure in the firm's own adoption period; none for never-adopters", arguments: ["all", "advice", "discussion", "friend"])
    func threshold(kind: String) throws {
        let arcs = kind == "all" ? data.pooled : data.channels
        let table = ExposureTable(arcs: arcs, record: data.record)
        let c = kind == "all" ? 0 : try #require(table.classNames.firstIndex(of: kind))
        let thresholds = table.thresholds(record: data.record, class: c)
        let expected = data.value("threshold", kind) as! [String: Any]
        for (id, value) in expected {
            let i = try #require(data.graph.node(id: id))
            if let value = value as? NSNumber {
                #expect(thresholds[i].isApproximatelyEqual(to: value.doubleValue, absoluteTolerance: 1e-12), "\(id)")
            } else {
                #expect(thresholds[i].isNaN, "\(id)")
            }
        }
    }

    @Test("structural test: the same p-value for any thread count; the statistic is the mean threshold")
    func structuralTest() throws {
        let a = try StructuralTest(arcs: data.pooled, record: data.record, permutations: 200, seed: 5, threads: 1)
        let b = try StructuralTest(arcs: data.pooled, record: data.record, permutations: 200, seed: 5, threads: 3)
        #expect(a == b)
        let table = ExposureTable(arcs: data.pooled, record: data.record)
        #expect(a.statistic.isApproximatelyEqual(to: table.meanThreshold(record: data.record), absoluteTolerance: 1e-12))
        #expect(a.pValue >= 0 && a.pValue <= 1)
    }
}
