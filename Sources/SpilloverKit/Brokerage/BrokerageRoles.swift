/// The five Gould–Fernandez brokerage roles (and their total), in the order sna reports them.
public enum BrokerageRole: String, Sendable, CaseIterable {
    /// w_I: source, broker and target all in one group.
    case coordinator
    /// w_O: source and target in one group, the broker in another.
    case itinerant
    /// b_IO: source and broker in one group, the target in another.
    case representative
    /// b_OI: broker and target in one group, the source in another.
    case gatekeeper
    /// b_O: three different groups.
    case liaison
    /// t: all brokered 2-paths.
    case total
}

/// Gould–Fernandez brokerage: for every firm, how many open two-paths it brokers in each
/// role, what a random graph of the same density would give, and the z-scores.
///
/// A firm j brokers the ordered pair (i, k) when there are arcs i → j → k, i ≠ k, and no arc
/// i → k. The role depends on the groups of i, j and k (see ``BrokerageRole``). Weights are
/// ignored; an undirected tie counts as two arcs, so representative and gatekeeper counts are
/// equal on undirected graphs. Counts, expected values and standard deviations follow R
/// `sna::brokerage` exactly (see `BrokerageNullModel`).
///
/// References: R. V. Gould, R. M. Fernandez (1989), Structures of mediation: a formal approach
/// to brokerage in transaction networks, *Sociological Methodology* 19:89–126,
/// doi:10.2307/270949. C. T. Butts, sna: Tools for Social Network Analysis, R package,
/// function `brokerage`.
public struct Brokerage: Sendable {
    /// Raw counts per role, each an array over firms: `counts[.total][v]`.
    public let counts: RoleValues
    /// Expected counts under the null model; NaN when the graph has fewer than two firms.
    public let expected: RoleValues
    /// (count − expected) / sd; NaN when sd = 0 (e.g. zero or full density, one group).
    public let zScores: RoleValues
    /// The group of each firm as a dense class number, and the number of classes.
    public let classes: [Int]
    /// The number of distinct groups (classes), so every entry of ``classes`` is in `0..<classCount`.
    public let classCount: Int

    /// - Parameters:
    ///   - graph: the cluster; tie weights are ignored.
    ///   - groups: a group label per firm (every distinct label, the empty one included, is a
    ///     group, as in sna).
    /// - Complexity: O(n + m) for the pairs per role and O(m·√m) worst case (O(m·a) for
    ///   arboricity a) for the tied pairs subtracted from them (`BrokerageCounting`; parallel
    ///   over firms), instead of the Σ_j d_in(j)·d_out(j) pair checks of the definition;
    ///   O(n + g²) for the null model with g groups.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public init(_ graph: ClusterGraph, groups: [String]) throws(CancellationError) {
        var index: [String: Int] = [:]
        let classes = groups.map { label in
            if let c = index[label] { return c }
            let c = index.count
            index[label] = c
            return c
        }
        self.classes = classes
        classCount = index.count
        let raw = try BrokerageCounting.count(graph, classes: classes, classCount: index.count)
        counts = RoleValues(byRole: raw)
        let model = BrokerageNullModel(graph: graph, classes: classes, classCount: index.count)
        var expected: [[Double]] = []
        var z: [[Double]] = []
        // Moments depend only on the broker's group: one table per (group, role).
        let table = (0..<index.count).map { c in (0..<6).map { model.moments(role: $0, classOf: c) } }
        for r in BrokerageRole.allCases.indices {
            var e = [Double](repeating: .nan, count: graph.nodeCount)
            var s = [Double](repeating: .nan, count: graph.nodeCount)
            for v in 0..<graph.nodeCount {
                let (mean, variance) = table[classes[v]][r]
                e[v] = mean
                let sd = variance.squareRoot()
                s[v] = sd > 0 && sd.isFinite ? (raw[r][v] - mean) / sd : .nan
            }
            expected.append(e)
            z.append(s)
        }
        self.expected = RoleValues(byRole: expected)
        zScores = RoleValues(byRole: z)
    }

    /// An array over firms for every role, read by role: `counts[.gatekeeper]`. Every role
    /// is present, so reading one needs no unwrapping.
    public struct RoleValues: Sendable {
        /// One array per role, in `BrokerageRole.allCases` order.
        let byRole: [[Double]]

        /// The values of every firm (by node number) in `role`.
        public subscript(role: BrokerageRole) -> [Double] { byRole[BrokerageRole.allCases.firstIndex(of: role)!] }
    }
}
