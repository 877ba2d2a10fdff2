import SpilloverKit

/// The adoption fit that `analyze` and `report` add when the node table has an `adopted_at`
/// column (issue 15, item 6): `spillover fit`'s default (pooled) fit with the pipeline's seed.
/// Adoption data that cannot be fitted give a warning and no Adoption section, never a failed
/// report; `spillover fit` says precisely what is wrong.
func adoptionFit(_ input: AnalysisInput, options: AnalysisOptions) -> AdoptionAnalysis? {
    let graph = input.graph
    guard let column = graph.attributes.column(named: "adopted_at") else { return nil }
    var times: [AdoptionTime?] = []
    for text in column {
        if text.isEmpty { times.append(nil); continue }
        guard let t = AdoptionTime(parsing: text) else {
            Terminal.warning("no Adoption section: adopted_at holds '\(text)', neither a period nor a date (spillover fit names the line)")
            return nil
        }
        times.append(t)
    }
    let dates = times.contains { $0?.isDate == true }
    guard !times.contains(where: { $0.map { $0.isDate != dates } ?? false }) else {
        Terminal.warning("no Adoption section: adopted_at mixes periods and dates")
        return nil
    }
    do {
        let record = try AdoptionRecord.from(keys: times.map { $0?.key(.month) }, observedUntil: nil, calendar: dates ? .dates(.month) : .integer)
        var o = AdoptionFitOptions()
        o.seed = options.seed
        o.threads = WorkerPool.threads
        return try AdoptionAnalysis(pooled: .pooled(graph), channels: .channels(graph: graph, ties: input.source?.edges), record: record, options: o)
    } catch let error as FitError {
        Terminal.warning("no Adoption section: \(error.description(naming: \.flag))")
        return nil
    } catch {
        Terminal.warning("no Adoption section: \(error)")
        return nil
    }
}
