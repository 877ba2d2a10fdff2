import Foundation
import Numerics
import Testing
@testable import SpilloverKit

/// The discrete-time logit hazard model of medInnovations against R `glm(family = binomial)`
/// (R 4.x via netdiffuseR's reference file, data/medinnovations/reference-netdiffuser.json,
/// whose glm was refitted from its own estimates so that the SEs are at the optimum):
/// coefficients and standard errors to 1e-6, log-likelihood to 1e-8.
@Suite("hazard model (medInnovations vs R glm)")
struct HazardModelTests {
    let data: MedInnovations

    init() throws { data = try MedInnovations() }

    @Test("the design: 856 firm-periods at risk, 98 adoptions, periods 2..17")
    func design() {
        let exposure = ExposureTable(arcs: data.pooled, record: data.record)
        let (x, dropped, droppedTerms) = HazardModel.design(record: data.record, exposure: exposure, exposureNames: ["exposure"])
        #expect(dropped == 0 && droppedTerms.isEmpty)
        #expect(x.rowCount == 856)
        #expect(x.y.reduce(0) { $0 + Int($1) } == 98)
        #expect(x.names.first == "intercept" && x.names[1] == "exposure" && x.names[2] == "period_3" && x.names.last == "period_17")
    }

    @Test("pooled and per-channel models", arguments: [false, true])
    func glm(byChannel: Bool) throws {
        let arcs = byChannel ? data.channels : data.pooled
        let exposure = ExposureTable(arcs: arcs, record: data.record)
        let names = byChannel ? exposure.classNames.map { "exposure_" + $0 } : ["exposure"]
        let (x, _, _) = HazardModel.design(record: data.record, exposure: exposure, exposureNames: names)
        let fit = try LogisticRegression.fit(x)
        let model = byChannel ? "fit_by_type" : "fit_all"
        let reference = data.value("hazard_model", model, "coefficients") as! [String: [String: NSNumber]]
        #expect(fit.coefficients.count == reference.count)
        for c in fit.coefficients {
            let rName =
                c.term == "intercept"
                ? "(Intercept)"
                : c.term.hasPrefix("period_")
                    ? "period_f" + c.term.dropFirst(7)
                    : c.term == "exposure" ? "expo_all_lag1" : "expo_" + c.term.dropFirst(9) + "_lag1"
            let r = try #require(reference[rName], "\(rName)")
            #expect(c.estimate.isApproximatelyEqual(to: r["estimate"]!.doubleValue, absoluteTolerance: 1e-6), "\(c.term)")
            #expect(c.se.isApproximatelyEqual(to: r["se"]!.doubleValue, absoluteTolerance: 1e-6), "\(c.term) se")
            #expect(c.z.isApproximatelyEqual(to: r["z"]!.doubleValue, absoluteTolerance: 1e-5), "\(c.term) z")
            #expect(c.p.isApproximatelyEqual(to: r["p"]!.doubleValue, absoluteTolerance: 1e-6), "\(c.term) p")
        }
        #expect(fit.logLikelihood.isApproximatelyEqual(to: data.number("hazard_model", model, "logLik"), absoluteTolerance: 1e-8))
        #expect(fit.aic.isApproximatelyEqual(to: data.number("hazard_model", model, "aic"), absoluteTolerance: 1e-7))
    }

    @Test("a channel through which no firm at risk was ever exposed is left out of the design and named")
    func unexposedChannel() throws {
        // A fourth channel whose only tie points from a never-adopter to a never-adopter.
        let censored = data.record.time.indices.filter { data.record.time[$0] < 0 }
        let arcs = data.channels
        let extra = AdoptionArcs(
            nodeCount: arcs.nodeCount, classNames: arcs.classNames + ["mail"],
            tails: arcs.tails + [Int32(censored[0])], heads: arcs.heads + [Int32(censored[1])],
            classes: arcs.classes + [3], weights: arcs.weights + [1])
        let exposure = ExposureTable(arcs: extra, record: data.record)
        let (x, _, droppedTerms) = HazardModel.design(record: data.record, exposure: exposure, exposureNames: extra.classNames.map { "exposure_" + $0 })
        #expect(droppedTerms == ["exposure_mail"])
        #expect(!x.names.contains("exposure_mail") && x.names.contains("exposure_advice"))
        #expect(try LogisticRegression.fit(x).coefficients.count == 19)
    }

    @Test("a period with no adoption separates the data and is named")
    func separation() throws {
        // Observation to period 18 adds a period in which nobody adopts.
        let keys = data.record.time.map { $0 >= 0 ? Int($0) + 1 : nil }
        let record = try AdoptionRecord.from(keys: keys, observedUntil: 18)
        let exposure = ExposureTable(arcs: data.pooled, record: record)
        let (x, _, _) = HazardModel.design(record: record, exposure: exposure, exposureNames: ["exposure"])
        #expect(
            throws: FitError.separation(
                term: "period_18",
                why: "that period has no adoption among its 16 firm-periods at risk; use \(.linearTime) or end observation earlier with \(.observedUntil)")
        ) {
            try LogisticRegression.fit(x)
        }
    }

    @Test("collinear terms are the hazard model's non-convergence, with the model typed and named")
    func collinear() {
        // A covariate equal to the intercept: the information matrix is singular from the start.
        let rows = 30
        let x = LogitDesign(
            names: ["intercept", "constant"], denseWidth: 2, dense: [Double](repeating: 1, count: 2 * rows),
            level: [Int32](repeating: -1, count: rows), y: (0..<rows).map { $0 % 3 == 0 ? 1 : 0 })
        do {
            _ = try LogisticRegression.fit(x)
            Issue.record("a collinear design was fitted")
        } catch {
            guard case .nonConvergence(let model, _) = error else {
                Issue.record("expected nonConvergence, got \(error)")
                return
            }
            #expect(model == .hazard)
            #expect(error.description.hasPrefix("the hazard model did not converge; its terms are collinear"))
        }
    }
}
