/// A firm's cognitive role in the cluster's knowledge system, after Giuliani & Bell (2005)
/// and Giuliani (2011): how much knowledge it gives inside the cluster (internal source:
/// out-degree), how much it receives (internal absorber: in-degree; on undirected data both
/// are the degree) and how open it is to knowledge from outside the cluster (external
/// openness: the node table's `external_ties`, a number ≥ 0).
///
/// The rule (spillover's operationalisation; thresholds are the cluster means, computed over
/// the firms that have an `external_ties` value, as G&B split firms into above and below the
/// cluster average on each dimension):
///
/// | role | rule |
/// |---|---|
/// | technological gatekeeper | e_i > ē and out_i > mean out-degree: open, and a strong internal source |
/// | external star | e_i > ē and out_i ≤ mean out-degree: open, weakly linked inside |
/// | mutual exchanger | e_i ≤ ē, out_i > 0, in_i > 0 and out_i + in_i ≥ mean(out + in): gives and receives inside, closed outside |
/// | weakly connected | every other firm (isolated firms included) |
///
/// Degrees are counted on the aggregate graph (distinct partners, all channels). A firm with
/// an empty `external_ties` cell (or missing from the node table) has no role.
///
/// - References: E. Giuliani, M. Bell, "The micro-determinants of meso-level learning and
///   innovation: evidence from a Chilean wine cluster", Research Policy 34(1), 2005, 47–68,
///   doi:10.1016/j.respol.2004.10.008; E. Giuliani, "Role of technological gatekeepers in the
///   growth of industrial clusters: evidence from Chile", Regional Studies 45(10), 2011,
///   1329–1348, doi:10.1080/00343404.2011.619973.
public enum CognitiveRole: String, Sendable, CaseIterable {
    /// Open to outside knowledge (external ties above the cluster mean) and a strong internal
    /// source (out-degree above the mean). The raw value is `technological_gatekeeper`.
    case technologicalGatekeeper = "technological_gatekeeper"
    /// Open to outside knowledge but weakly linked inside (out-degree at or below the mean). The
    /// raw value is `external_star`.
    case externalStar = "external_star"
    /// Closed to the outside, but gives and receives inside at or above the mean total degree. The
    /// raw value is `mutual_exchanger`.
    case mutualExchanger = "mutual_exchanger"
    /// Every other firm with an external-ties value, isolated firms included. The raw value is
    /// `weakly_connected`.
    case weaklyConnected = "weakly_connected"

    /// The node-table column holding external openness.
    public static let column = "external_ties"

    /// Every firm's role, or `nil` when the node table has no `external_ties` column.
    /// Cells were checked when the table was read (``NodeTableReader``); an empty cell gives
    /// a `nil` role for that firm.
    public static func classify(_ graph: ClusterGraph) -> [CognitiveRole?]? {
        guard let cells = graph.attributes.column(named: column) else { return nil }
        let external: [Double?] = cells.map { cell in
            var text = cell
            return text.isEmpty ? nil : text.withUTF8 { parseDouble($0) }  // as NodeTableReader checked it
        }
        let n = graph.nodeCount
        let out = (0..<n).map { graph.outAdjacency.degree($0) }
        let inn = (0..<n).map { graph.inAdjacency.degree($0) }
        return classify(out: out, in: inn, external: external)
    }

    /// The rule of the type's documentation on plain numbers (`external[i] == nil`: no role).
    public static func classify(out: [Int], in inn: [Int], external: [Double?]) -> [CognitiveRole?] {
        let known = external.indices.filter { external[$0] != nil }
        guard !known.isEmpty else { return external.map { _ in nil } }
        let k = Double(known.count)
        let meanE = known.reduce(0.0) { $0 + external[$1]! } / k
        let meanOut = known.reduce(0.0) { $0 + Double(out[$1]) } / k
        let meanAll = known.reduce(0.0) { $0 + Double(out[$1] + inn[$1]) } / k
        return external.indices.map { i in
            guard let e = external[i] else { return nil }
            if e > meanE { return Double(out[i]) > meanOut ? .technologicalGatekeeper : .externalStar }
            if out[i] > 0, inn[i] > 0, Double(out[i] + inn[i]) >= meanAll { return .mutualExchanger }
            return .weaklyConnected
        }
    }
}
