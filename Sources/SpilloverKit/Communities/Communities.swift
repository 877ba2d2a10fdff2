internal import SpilloverIGraph

/// Community detection, used as the groups of brokerage when the node table gives none.
public enum Communities {
    /// Louvain communities (Blondel et al. 2008): a partition that greedily maximises
    /// modularity Q = (1/2m) Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j), moving firms and then
    /// merging communities level by level.
    ///
    /// Directed graphs are read as undirected (a pair tied either way is one tie, weights
    /// summed). igraph visits firms in a random order; its generator is seeded with `seed`,
    /// so the same graph and seed always give the same partition. Communities are numbered
    /// by their first firm (firm 0 is in community 0, the next new community is 1, …);
    /// isolates are communities of one.
    ///
    /// - Parameters:
    ///   - graph: the cluster.
    ///   - seed: seeds igraph's random number generator.
    ///   - resolution: γ, 1 by default.
    ///   - diagnostics: receives igraph's warnings, if any.
    /// - Returns: a community number per firm.
    /// - Complexity: about O(m) per level, O(m log n) in practice.
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre (2008), Fast
    /// unfolding of communities in large networks, *J. Stat. Mech.* P10008,
    /// doi:10.1088/1742-5468/2008/10/P10008.
    ///
    /// The corresponding igraph function is `igraph_community_multilevel`.
    public static func louvain(
        _ graph: ClusterGraph, seed: UInt64 = 1, resolution: Double = 1, diagnostics: Diagnostics? = nil
    ) throws -> [Int] {
        guard graph.nodeCount > 0 else { return [] }
        let (pairs, weights) = graph.collapsedUndirectedPairs()
        let (membership, warnings) = try IGraphGateway.louvain(
            nodeCount: graph.nodeCount, pairs: pairs, weights: graph.isWeighted ? weights : nil, seed: seed, resolution: resolution)
        diagnostics?.record(warnings, from: "igraph_community_multilevel")
        var renumber: [Int: Int] = [:]
        return membership.map { c in
            if let r = renumber[c] { return r }
            let r = renumber.count
            renumber[c] = r
            return r
        }
    }

    /// Community labels `c1`, `c2`, … (numbered from 1) for use as groups.
    public static func labels(_ membership: [Int]) -> [String] {
        membership.map { "c\($0 + 1)" }
    }
}
