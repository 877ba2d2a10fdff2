import Foundation
import Numerics
import Testing
@testable import SpilloverKit

/// The cascade model's maximum-likelihood fit of medInnovations against an independent
/// implementation (scripts/fixtures/make_fit_fixtures.py: the likelihood over every
/// firm-period at risk, scipy L-BFGS-B within [0, 1], profile bounds by brentq, SEs by a
/// finite-difference Hessian). Tolerances: log-likelihood 1e-7, estimates 2e-5, profile
/// bounds 1e-4, SEs 1e-4 (scipy's optimiser and the finite differences are the limit).
@Suite("cascade model (medInnovations vs scipy)")
struct CascadeModelTests {
    let data: MedInnovations
    let reference: [String: Any]

    init() throws {
        data = try MedInnovations()
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("fit/medinnovations-fit.json")
        reference = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    @Test("pooled and per-channel fits", arguments: ["pooled", "by_channel"])
    func fit(model: String) throws {
        let arcs = model == "pooled" ? data.pooled : data.channels
        let fit = try CascadeModel.fit(arcs: arcs, record: data.record)
        let r = reference[model] as! [String: Any]
        #expect(fit.rows == (r["rows"] as! Int) && fit.events == (r["events"] as! Int))
        #expect(fit.logLikelihood.isApproximatelyEqual(to: (r["loglik"] as! Double), absoluteTolerance: 1e-7))
        let expected = r["parameters"] as! [[String: Any]]
        for parameter in [fit.epsilon] + fit.p {
            let e = try #require(expected.first { ($0["name"] as! String) == parameter.name })
            #expect(parameter.estimate.isApproximatelyEqual(to: e["estimate"] as! Double, absoluteTolerance: 2e-5), "\(parameter.name)")
            let bounds = e["profile95"] as! [Double]
            #expect(parameter.profile95.lower.isApproximatelyEqual(to: bounds[0], absoluteTolerance: 1e-4), "\(parameter.name) lower")
            #expect(parameter.profile95.upper.isApproximatelyEqual(to: bounds[1], absoluteTolerance: 1e-4), "\(parameter.name) upper")
            if let se = e["se"] as? Double, parameter.estimate > 1e-4 {
                let mine = try #require(parameter.se, "\(parameter.name) se")
                #expect(mine.isApproximatelyEqual(to: se, absoluteTolerance: 1e-4), "\(parameter.name) se")
            }
        }
    }

    @Test("equal-channels test and the no-network model")
    func nestedModels() throws {
        let full = try CascadeModel.fit(arcs: data.channels, record: data.record)
        let test = try CascadeModel.equalChannelsTest(full: full, arcs: data.channels, record: data.record)
        let restricted = reference["equal_channels_restricted"] as! [String: Any]
        let expected = 2 * ((reference["by_channel"] as! [String: Any])["loglik"] as! Double - (restricted["loglik"] as! Double))
        #expect(test.df == 2)
        #expect(test.statistic.isApproximatelyEqual(to: Swift.max(0, expected), absoluteTolerance: 1e-6))
        let none = CascadeModel.epsilonOnly(record: data.record)
        let e = reference["epsilon_only"] as! [String: Double]
        #expect(none.epsilon.isApproximatelyEqual(to: e["epsilon"]!, absoluteTolerance: 1e-12))
        #expect(none.logLikelihood.isApproximatelyEqual(to: e["loglik"]!, absoluteTolerance: 1e-9))
    }

    @Test("hazard model with a linear trend and covariates against statsmodels")
    func hazardLinear() throws {
        let exposure = ExposureTable(arcs: data.pooled, record: data.record)
        let g = data.graph
        let covariates = (0..<2).map { Covariate(name: data.table.covariateNames[$0], values: data.table.covariate($0, nodeCount: g.nodeCount, index: { g.node(id: $0) })) }
        let (x, _, _) = HazardModel.design(record: data.record, exposure: exposure, exposureNames: ["exposure"], covariates: covariates, time: .linear)
        let fit = try LogisticRegression.fit(x)
        let r = reference["hazard_linear_covariates"] as! [String: Any]
        let coefficients = r["coefficients"] as! [String: [String: Double]]
        #expect(fit.coefficients.map(\.term) == ["intercept", "exposure", "length", "journ2", "time"])
        for c in fit.coefficients {
            #expect(c.estimate.isApproximatelyEqual(to: coefficients[c.term]!["estimate"]!, absoluteTolerance: 1e-6), "\(c.term)")
            #expect(c.se.isApproximatelyEqual(to: coefficients[c.term]!["se"]!, absoluteTolerance: 1e-6), "\(c.term) se")
        }
        #expect(fit.logLikelihood.isApproximatelyEqual(to: r["loglik"] as! Double, absoluteTolerance: 1e-8))
    }
}
