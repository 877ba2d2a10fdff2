internal import SpilloverIGraph

extension MetricsTable {
    /// Computes the measures `options` asks for on `graph`.
    ///
    /// Conventions are those of each measure's own function (``Centrality``,
    /// ``StructuralHoles``, ``Brokerage``): path lengths 1/weight unless
    /// ``MetricsOptions/weightAs`` says `.distance`; normalised betweenness as NetworkX;
    /// brokerage groups from the node table, or Louvain communities when it has no group
    /// column (a note goes to `diagnostics`). Path-based measures (betweenness, closeness,
    /// harmonic) are sampled when ``MetricsOptions/pathSample`` or
    /// ``MetricsOptions/betweennessSample`` asks, and automatically above
    /// ``MetricsOptions/autoSampleThreshold`` firms unless ``MetricsOptions/exact`` is set (a
    /// warning goes to `diagnostics`).
    ///
    /// - Throws: ``MetricsError`` for a missing group column or a bad sample size or error
    ///   bound; ``IGraphError`` when igraph fails.
    public static func compute(
        _ graph: ClusterGraph, options: MetricsOptions = MetricsOptions(), diagnostics: Diagnostics? = nil
    ) throws -> MetricsTable {
        // One igraph_t for all the igraph-backed measures of this table, not one each.
        guard let cache = ResultCache.current else { return try computeNow(graph, options: options, diagnostics: diagnostics) }
        let key = Key(cluster: cache.key(for: graph), options: options)
        return try cache.value(for: key, diagnostics: diagnostics) { d in
            // A stored table with more columns, computed with the same options, answers a
            // request for fewer: in a report the ranking, the picture and the measures table
            // each ask for a part of the analysis's table (at 10^6 firms 26 to 47 s each).
            let wider = cache.derived(from: Key.self, MetricsTable.self) { stored, table in
                stored.cluster == key.cluster && stored.options.equalsExceptMeasures(options) ? table.projected(onto: options, graph: graph) : nil
            }
            if let (table, warnings) = wider {
                for w in warnings { d?.warn(w) }
                return table
            }
            return try computeNow(graph, options: options, diagnostics: d)
        }
    }

    private struct Key: Equatable, Sendable {
        let cluster: ClusterKey
        let options: MetricsOptions
    }

    private static func computeNow(_ graph: ClusterGraph, options: MetricsOptions, diagnostics: Diagnostics?) throws -> MetricsTable {
        try ProgressStage.run("measures") { _ in
            try IGraphGateway.reusingGraphs { try computeMeasures(graph, options: options, diagnostics: diagnostics) }
        }
    }

    private static func computeMeasures(
        _ graph: ClusterGraph, options: MetricsOptions, diagnostics: Diagnostics?
    ) throws -> MetricsTable {
        let names = columnMeasures(options.measures, directed: graph.isDirected, expected: options.brokerageExpected)
        let wanted = Set(names)
        for case let (which, k?) in [(MetricsError.SampleSize.betweennessSample, options.betweennessSample), (.pathSample, options.pathSample)]
        where k < 1 {
            throw MetricsError.invalidSample(which, k)
        }
        let bounds: [(MetricsError.ErrorBound, Double)] = [
            (.samplingEpsilon, options.samplingEpsilon), (.closenessEpsilon, options.closenessEpsilon), (.samplingDelta, options.samplingDelta),
        ]
        for (which, x) in bounds where !(x > 0 && x < 1) {
            throw MetricsError.invalidErrorBound(which, x)
        }
        let plan = options.pathPlan(nodeCount: graph.nodeCount)

        var stages: [(stage: String, seconds: Double)] = []
        var notes: [Note] = []
        let brokerageMeasures = Set(Measure.allCases.filter(\.needsGroups))
        func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
            let (value, seconds) = try Self.timing(stage, body)
            stages.append((stage, seconds))
            return value
        }

        // Groups: the column, or communities (only when brokerage needs them or they are asked for).
        let wantsGroups = names.contains(where: \.needsGroups)
        let column = graph.attributes.column(named: options.groupColumn)
        let source = options.groupSource ?? (column != nil ? .column : wantsGroups ? .community : nil)
        let groups: [String]
        switch source {
        case .column:
            guard let column else { throw MetricsError.missingGroupColumn(options.groupColumn) }
            groups = column
            let missing = column.filter(\.isEmpty).count
            if missing > 0 {
                notes.append(.table, "\(missing) firm\(missing == 1 ? " has" : "s have") no value in column '\(options.groupColumn)'; they form one group of their own, as in sna")
            }
        case .community:
            let louvain = Diagnostics()
            let membership = try timed("communities") { try Communities.louvain(graph, seed: options.seed, diagnostics: louvain) }
            notes.append(.communities, louvain)
            groups = Communities.labels(membership)
            if wantsGroups {
                notes.append(
                    .measures(brokerageMeasures),
                    "brokerage uses \(Set(membership).count) Louvain communities as groups (seed \(options.seed)); give a node table with a '\(options.groupColumn)' column to use your own"
                )
            }
        case nil:
            groups = [String](repeating: "", count: graph.nodeCount)
        }

        var values: [Measure: [Double]] = [:]
        if !wanted.isDisjoint(with: [.degree, .inDegree, .outDegree, .strength]) {
            timed("degree") {
                if wanted.contains(.degree) { values[.degree] = Centrality.degree(graph) }
                if wanted.contains(.inDegree) { values[.inDegree] = Centrality.inDegree(graph) }
                if wanted.contains(.outDegree) { values[.outDegree] = Centrality.outDegree(graph) }
                if wanted.contains(.strength) { values[.strength] = Centrality.strength(graph) }
            }
        }
        // The path searches (parallel Swift) and igraph's measures (one thread, behind the
        // gateway) overlap when both are asked for: at 10^6 firms the igraph measures take
        // about 25 s on one core, and the other core sat idle while they ran after the searches.
        let igraphMeasures = [Measure.eigenvector, .pagerank, .coreness, .clustering].filter(wanted.contains)
        let wantsPaths = names.contains(where: \.isPathBased)
        let igraphDiagnostics = igraphMeasures.map { _ in Diagnostics() }
        func igraphSide() throws -> [([Double], Double)] {
            try zip(igraphMeasures, igraphDiagnostics).map { m, d in
                try Self.timing(m.rawValue) {
                    switch m {
                    case .eigenvector: try Centrality.eigenvector(graph, diagnostics: d)
                    case .pagerank: try Centrality.pagerank(graph, diagnostics: d)
                    case .coreness: try Centrality.coreness(graph, diagnostics: d)
                    default: try Centrality.clustering(graph, diagnostics: d)
                    }
                }
            }
        }
        let closenessDiagnostics = Diagnostics(), betweennessDiagnostics = Diagnostics()
        func pathSide() throws -> ([Measure: [Double]], [PathSampling], Double?) {
            var found: [Measure: [Double]] = [:]
            guard wantsPaths else { return (found, [], nil) }
            let (sampling, seconds) = try Self.timing("paths") {
                try pathMeasures(
                    graph, wanted: wanted, plan: (plan.betweenness, plan.closeness), options: options,
                    diagnostics: (closenessDiagnostics, betweennessDiagnostics), into: &found)
            }
            return (found, sampling, seconds)
        }
        // Alone, each side keeps every thread (the eigenvector's product runs in parallel).
        let igraphValues: [([Double], Double)], paths: ([Measure: [Double]], [PathSampling], Double?)
        if wantsPaths && !igraphMeasures.isEmpty {
            (igraphValues, paths) = try WorkerPool.overlapping(serial: igraphSide, parallel: pathSide)
        } else {
            paths = try pathSide()
            igraphValues = try igraphSide()
        }
        values.merge(paths.0) { a, _ in a }
        let sampling = paths.1
        if let seconds = paths.2 {
            stages.append(("paths", seconds))
            notes.append(.measures([.closeness, .harmonic]), closenessDiagnostics)
            notes.append(.measures([.betweenness, .betweennessNorm]), betweennessDiagnostics)
            if plan.automatic { notes.append(Note(scope: .sampling)) }
        }
        for (m, (measureValues, seconds)) in zip(igraphMeasures, igraphValues) {
            values[m] = measureValues
            stages.append((m.rawValue, seconds))
        }
        for (m, d) in zip(igraphMeasures, igraphDiagnostics) { notes.append(.measures([m]), d) }

        var dyads: [Dyad]?
        if names.contains(where: \.isStructuralHole) || options.dyads {
            // Constraint comes from the same Swift pass as the other Burt measures (equal to
            // igraph_constraint to rounding, pinned by the fixtures): 4x faster at 10^6 firms.
            let holes = try timed("structural holes") { try StructuralHoles(graph) }
            values[.constraint] = holes.constraint
            values[.effectiveSize] = holes.effectiveSize
            values[.efficiency] = holes.efficiency
            values[.hierarchy] = holes.hierarchy
            if options.dyads {
                var list: [Dyad] = []
                list.reserveCapacity(holes.localConstraint.count)
                for i in 0..<graph.nodeCount {
                    for e in holes.contacts.offsets[i]..<holes.contacts.offsets[i + 1] {
                        list.append(Dyad(source: i, target: Int(holes.contacts.contacts[e]), localConstraint: holes.localConstraint[e]))
                    }
                }
                dyads = list
            }
        }
        if wantsGroups {
            let brokerage = try timed("brokerage") { try Brokerage(graph, groups: groups) }
            if brokerage.classCount < 2 && graph.nodeCount > 0 {
                notes.append(
                    .measures(brokerageMeasures),
                    "brokerage: all firms are in one group, so only coordinator and total brokerage can occur; the other z-scores are undefined (null)")
            }
            for role in BrokerageRole.allCases {
                values[.broker(role)] = brokerage.counts[role]
                values[.broker(role, .zScore)] = brokerage.zScores[role]
                values[.broker(role, .expected)] = brokerage.expected[role]
            }
        }
        let columns = names.map { Column(measure: $0, values: values[$0]!) }
        var table = MetricsTable(
            ids: graph.ids, labels: graph.displayLabels, groups: groups,
            groupSource: source, columns: columns, dyads: dyads)
        table.stageSeconds = stages
        table.sampling = sampling
        table.notes = notes
        for w in table.warnings(wanted: wanted, nodeCount: graph.nodeCount, options: options) { diagnostics?.warn(w) }
        return table
    }

    /// Runs `body` as the progress stage `stage`; returns its value and its seconds.
    private static func timing<T>(_ stage: String, _ body: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let value = try ProgressStage.run(stage) { _ in try body() }
        return (value, (ContinuousClock.now - start) / .seconds(1))
    }
}
