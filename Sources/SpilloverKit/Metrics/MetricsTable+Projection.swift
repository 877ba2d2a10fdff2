extension MetricsTable {
    /// A warning of ``compute(_:options:diagnostics:)`` with what it concerns: the table
    /// keeps them so that a table cut from it (``projected(onto:graph:)``) warns as its own
    /// computation would, no more and no less.
    struct Note: Sendable {
        enum Scope: Sendable {
            /// Every table of these options (a group column with empty values).
            case table
            /// Tables whose groups are Louvain communities (igraph's warnings of Louvain).
            case communities
            /// Tables with at least one of these measures.
            case measures(Set<Measure>)
            /// The warning of the automatic switch to sampling, written for the path measures
            /// of the table it is given with (``samplingWarning(_:nodeCount:options:)``).
            case sampling
        }
        let scope: Scope
        var text = SettingText("")
    }

    /// The warnings to give with this table when it holds the measures `wanted`.
    func warnings(wanted: Set<Measure>, nodeCount: Int, options: MetricsOptions) -> [SettingText] {
        notes.compactMap { note in
            switch note.scope {
            case .table: note.text
            case .communities: groupSource == .community ? note.text : nil
            case .measures(let concerned): concerned.isDisjoint(with: wanted) ? nil : note.text
            case .sampling:
                wanted.contains(where: \.isPathBased) ? Self.samplingWarning(sampling, nodeCount: nodeCount, options: options) : nil
            }
        }
    }

    /// The table that ``compute(_:options:diagnostics:)`` with `options` would give on
    /// `graph`, cut from this one, with the warnings it would give; `nil` when this table
    /// lacks a column or its numbers could differ.
    ///
    /// `options` must equal the options of this table but for the measure list
    /// (``MetricsOptions/equalsExceptMeasures(_:)``): a column's values then depend on the
    /// graph and the options, not on which other columns are computed, with one exception.
    /// Where betweenness and closeness are both exact, or both from the same k sources, one
    /// set of searches computes both, and the sums come in another order than in a search
    /// for one of them alone: such a table answers only requests that take both or neither.
    func projected(onto options: MetricsOptions, graph: ClusterGraph) -> (table: MetricsTable, warnings: [SettingText])? {
        let n = graph.nodeCount
        let names = Self.columnMeasures(options.measures, directed: graph.isDirected, expected: options.brokerageExpected)
        let wanted = Set(names)
        var byMeasure: [Measure: Column] = [:]
        for c in columns { byMeasure[c.measure] = c }
        guard ids.count == n, names.allSatisfy({ byMeasure[$0] != nil }) else { return nil }
        let plan = options.pathPlan(nodeCount: n)
        if wanted.contains(where: \.isPathBased),
            Self.sharesPathSearch(wanted, betweenness: plan.betweenness, closeness: plan.closeness)
                != Self.sharesPathSearch(Set(computedMeasures), betweenness: plan.betweenness, closeness: plan.closeness)
        {
            return nil
        }
        let column = graph.attributes.column(named: options.groupColumn)
        let source = options.groupSource ?? (column != nil ? .column : names.contains(where: \.needsGroups) ? .community : nil)
        let cutGroups: [String]
        if source == groupSource {
            cutGroups = groups
        } else if source == nil {
            cutGroups = [String](repeating: "", count: n)
        } else {
            return nil
        }
        var table = MetricsTable(
            ids: ids, labels: labels, groups: cutGroups, groupSource: source, columns: names.map { byMeasure[$0]! },
            dyads: options.dyads ? dyads : nil)
        table.sampling = sampling.compactMap { s in
            var cut = s
            cut.measures = s.measures.filter(wanted.contains)
            return cut.measures.isEmpty ? nil : cut
        }
        table.notes = notes
        return (table, table.warnings(wanted: wanted, nodeCount: n, options: options))
    }

    /// Whether one set of searches computes betweenness and closeness together for `wanted`:
    /// both are wanted, and both are exact or both from the same number of sources. The one
    /// test of it: ``pathMeasures(_:wanted:plan:options:diagnostics:into:)`` branches on it,
    /// and a cut table is refused where it differs (the sums of the joint searches differ
    /// from the separate ones in the last bits).
    static func sharesPathSearch(_ wanted: Set<Measure>, betweenness: MetricsOptions.PathWay, closeness: MetricsOptions.PathWay) -> Bool {
        let wantsBetweenness = wanted.contains(.betweenness) || wanted.contains(.betweennessNorm)
        let wantsCloseness = wanted.contains(.closeness) || wanted.contains(.harmonic)
        guard wantsBetweenness && wantsCloseness else { return false }
        switch (betweenness, closeness) {
        case (.exact, .exact): return true
        case (.sources(let a), .sources(let b)): return a == b
        default: return false
        }
    }
}

extension [MetricsTable.Note] {
    mutating func append(_ scope: MetricsTable.Note.Scope, _ text: SettingText) {
        append(MetricsTable.Note(scope: scope, text: text))
    }

    mutating func append(_ scope: MetricsTable.Note.Scope, _ diagnostics: Diagnostics) {
        for w in diagnostics.warnings { append(scope, w) }
    }
}

extension MetricsOptions {
    /// Whether `other` asks for the same computation but perhaps other measures.
    public func equalsExceptMeasures(_ other: MetricsOptions) -> Bool {
        var a = self, b = other
        a.measures = nil
        b.measures = nil
        return a == b
    }
}
