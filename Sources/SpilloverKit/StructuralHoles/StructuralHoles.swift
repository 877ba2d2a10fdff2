/// Burt's structural-hole measures of every firm, computed in one pass over the contact
/// neighbourhoods (pure Swift, parallel over firms).
///
/// Notation (Burt 1992): N(i) are i's contacts (in- or out-neighbours), m_ij = a_ij + a_ji the
/// mutual weight, p_ij = m_ij / Σ_{k∈N(i)} m_ik the share of i's ties invested in j.
///
/// - Dyadic (local) constraint: c_ij = (p_ij + Σ_{q∈N(i), q≠j} p_iq p_qj)², j ∈ N(i).
/// - Constraint: C_i = Σ_{j∈N(i)} c_ij (the same number igraph's `igraph_constraint` gives;
///   ``StructuralHoles/constraint(_:diagnostics:)`` calls igraph).
/// - Effective size: ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i), q≠j} p_iq m_jq / max_k m_jk), the
///   "whole network" model of UCINET and of NetworkX's per-node path; for a binary
///   undirected graph ES_i = n − 2t/n with n contacts and t ties among them (Borgatti 1997).
/// - Efficiency: ES_i / |N(i)|.
/// - Hierarchy: H_i = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N), N = |N(i)|;
///   undefined (NaN) for N ≤ 1.
///
/// Isolates have no contacts: constraint, effective size, efficiency and hierarchy are NaN.
///
/// References: R. S. Burt (1992), *Structural Holes: The Social Structure of Competition*,
/// Harvard University Press, doi:10.4159/9780674029095. S. P. Borgatti (1997), Structural
/// holes: unpacking Burt's redundancy measures, *Connections* 20(1):35–38.
public struct StructuralHoles: Sendable {
    /// The neighbourhoods the measures are defined on; ``localConstraint`` is aligned with
    /// its entries.
    public let contacts: ContactAdjacency
    /// c_ij for each entry of ``contacts`` (row i, contact j).
    public let localConstraint: [Double]
    /// C_i computed in Swift (equal to igraph's to rounding).
    public let constraint: [Double]
    /// ES_i, Burt's effective size (whole-network model); NaN for an isolate.
    public let effectiveSize: [Double]
    /// ES_i / N_i, effective size over the number of contacts, in (0, 1]; NaN for an isolate.
    public let efficiency: [Double]
    /// H_i, Burt's hierarchy, in [0, 1]; NaN for N ≤ 1 contacts.
    public let hierarchy: [Double]

    /// - Complexity: O(n + Σ_q |N(q)|²) time (each firm q is visited once per contact),
    ///   O(n + m) memory per core.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    public init(_ graph: ClusterGraph) throws(CancellationError) {
        let adj = ContactAdjacency(graph)
        let n = graph.nodeCount
        contacts = adj
        var local = [Double](repeating: 0, count: adj.contacts.count)
        var constraint = [Double](repeating: .nan, count: n)
        var es = [Double](repeating: .nan, count: n)
        var eff = [Double](repeating: .nan, count: n)
        var hier = [Double](repeating: .nan, count: n)
        if n > 0 {
            try local.withDisjointWrites { localOut throws(CancellationError) in
                try constraint.withDisjointWrites { cOut throws(CancellationError) in
                    try es.withDisjointWrites { esOut throws(CancellationError) in
                        try eff.withDisjointWrites { effOut throws(CancellationError) in
                            try hier.withDisjointWrites { hOut throws(CancellationError) in
                                // One dense scratch per core (not per chunk): allocating and zeroing it is
                                // O(n), which per chunk was the measure's main fixed cost below 10^5 firms.
                                _ = try ParallelChunks.withWorkers(count: n, makeState: { Scratch(nodeCount: n) }) { scratch, range in
                                    Self.compute(
                                        adj, nodes: range, scratch: scratch,
                                        local: localOut, constraint: cOut, effectiveSize: esOut, efficiency: effOut, hierarchy: hOut)
                                }
                            }
                        }
                    }
                }
            }
        }
        localConstraint = local
        self.constraint = constraint
        effectiveSize = es
        efficiency = eff
        hierarchy = hier
    }

    /// Dense per-worker scratch, all zero between firms: p_iq (> 0 marks a contact of i),
    /// indirect constraint and redundancy accumulated per contact j.
    private final class Scratch {
        let p: UnsafeMutableBufferPointer<Double>
        let indirect: UnsafeMutableBufferPointer<Double>
        let redundancy: UnsafeMutableBufferPointer<Double>

        init(nodeCount n: Int) {
            let all = UnsafeMutableBufferPointer<Double>.allocate(capacity: 3 * n)
            all.initialize(repeating: 0)
            p = UnsafeMutableBufferPointer(rebasing: all[0..<n])
            indirect = UnsafeMutableBufferPointer(rebasing: all[n..<2 * n])
            redundancy = UnsafeMutableBufferPointer(rebasing: all[2 * n..<3 * n])
        }

        deinit { UnsafeMutableBufferPointer(start: p.baseAddress, count: 3 * p.count).deallocate() }
    }

    private static func compute(
        _ adj: ContactAdjacency, nodes: Range<Int>, scratch: Scratch,
        local: DisjointWrites<Double>, constraint: DisjointWrites<Double>, effectiveSize: DisjointWrites<Double>,
        efficiency: DisjointWrites<Double>, hierarchy: DisjointWrites<Double>
    ) {
        let p = scratch.p, indirect = scratch.indirect, redundancy = scratch.redundancy
        adj.offsets.withUnsafeBufferPointer { offsets in
            adj.contacts.withUnsafeBufferPointer { contacts in
                adj.weights.withUnsafeBufferPointer { weights in
                    adj.totals.withUnsafeBufferPointer { totals in
                        adj.maxima.withUnsafeBufferPointer { maxima in
                            for i in nodes {
                                let row = offsets[i]..<offsets[i + 1]
                                guard !row.isEmpty else { continue }
                                let total = totals[i]
                                for e in row { p[Int(contacts[e])] = weights[e] / total }
                                for e in row {
                                    let q = Int(contacts[e])
                                    let piq = p[q]
                                    let toP = piq / totals[q]
                                    for f in offsets[q]..<offsets[q + 1] {
                                        let j = Int(contacts[f])
                                        guard p[j] > 0 else { continue }
                                        let mqj = weights[f]
                                        indirect[j] += toP * mqj
                                        redundancy[j] += piq * mqj / maxima[j]
                                    }
                                }
                                var c = 0.0, size = 0.0
                                for e in row {
                                    let j = Int(contacts[e])
                                    let cij = (p[j] + indirect[j]) * (p[j] + indirect[j])
                                    local.set(e, cij)
                                    c += cij
                                    size += 1 - redundancy[j]
                                }
                                let count = Double(row.count)
                                constraint.set(i, c)
                                effectiveSize.set(i, size)
                                efficiency.set(i, size / count)
                                if row.count > 1 {
                                    var h = 0.0
                                    for e in row {
                                        let r = local.base[e] / (c / count)
                                        if r > 0 { h += r * Foundation.log(r) }
                                    }
                                    hierarchy.set(i, h / (count * Foundation.log(count)))
                                }
                                for e in row {
                                    let j = Int(contacts[e])
                                    p[j] = 0; indirect[j] = 0; redundancy[j] = 0
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

import Foundation
