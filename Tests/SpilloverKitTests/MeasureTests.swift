import Testing

@testable import SpilloverKit

/// The ``Measure`` type: its raw values are the output's column names, in column order, and
/// its properties agree with each other.
@Suite("measures as a type")
struct MeasureTests {
    @Test("raw values are the documented column names, in column order")
    func columnNames() {
        let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"].map { "broker_" + $0 }
        let names =
            [
                "degree", "in_degree", "out_degree", "strength", "betweenness", "betweenness_norm", "closeness", "harmonic",
                "eigenvector", "pagerank", "coreness", "clustering", "constraint", "effective_size", "efficiency", "hierarchy",
            ] + roles + roles.map { $0 + "_z" } + roles.map { $0 + "_expected" }
        #expect(Measure.allCases.map(\.rawValue) == names)
        #expect(Measure.allCases.allSatisfy { "\($0)" == $0.rawValue })
    }

    @Test("brokerage role and statistic round-trip; counts, degrees and coreness are integers")
    func properties() {
        for role in BrokerageRole.allCases {
            for statistic in Measure.BrokerageStatistic.allCases {
                let m = Measure.broker(role, statistic)
                #expect(m.brokerage?.role == role && m.brokerage?.statistic == statistic, "\(m)")
                #expect(m.needsGroups && m.isInteger == (statistic == .count))
            }
        }
        #expect(Measure.allCases.filter { $0.brokerage != nil }.count == 18)
        #expect(Measure.allCases.filter(\.isInteger) == [.degree, .inDegree, .outDegree, .coreness] + Measure.brokerage(.count))
        #expect(Measure.allCases.filter(\.lowerIsBetter) == [.constraint, .hierarchy])
        #expect(Measure.defaults(directed: false, expected: false).count == 34 - 2 - 6)
        #expect(Measure.defaults(directed: true, expected: true) == Measure.allCases)
    }
}
