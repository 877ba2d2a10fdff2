internal import SpilloverIGraph

extension StructuralHoles {
    /// Burt's constraint, C_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)², with mutual weights
    /// p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki) over all in- and out-contacts; low values mark
    /// firms that span structural holes. Star with k leaves: 1/k at the centre, 1 at a leaf;
    /// complete graph K_n: (2n − 3)² / (n − 1)³. Isolates: NaN (null in output).
    ///
    /// - Complexity: O(n + Σ_i |N(i)|²).
    /// - Throws: ``IGraphError`` when igraph fails.
    ///
    /// References: R. S. Burt (1992), *Structural Holes*, Harvard University Press,
    /// doi:10.4159/9780674029095, ch. 2.
    ///
    /// The corresponding igraph function is `igraph_constraint`.
    public static func constraint(_ graph: ClusterGraph, diagnostics: Diagnostics? = nil) throws -> [Double] {
        let (values, warnings) = try IGraphGateway.constraint(graph.igraphEdges, weights: graph.isWeighted ? graph.edges.weights : nil)
        diagnostics?.record(warnings, from: "igraph_constraint")
        // igraph returns NaN for isolates already; make it explicit for any firm without contacts.
        return values.enumerated().map { v, c in
            graph.outAdjacency.degree(v) + graph.inAdjacency.degree(v) == 0 ? .nan : c
        }
    }
}
