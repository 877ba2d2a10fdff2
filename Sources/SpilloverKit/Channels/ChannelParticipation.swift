/// A firm's place across the learning channels: its degree in each, its overlapping degree
/// o_i = Σ_α k_i^α, and the multiplex participation coefficient
///
///     P_i = M / (M − 1) · (1 − Σ_α (k_i^α / o_i)²)
///
/// over the M channels: 1 when the firm's ties are spread evenly over all channels, 0 when
/// they all lie in one. Undefined (NaN) for a firm with no tie (o_i = 0) and when M < 2.
///
/// - References: F. Battiston, V. Nicosia, V. Latora, "Structural measures for multiplex
///   networks", Phys. Rev. E 89, 032804 (2014), doi:10.1103/PhysRevE.89.032804, eq. (9).
public struct ChannelParticipation: Sendable, Equatable {
    /// k_i^α per channel, in the order of the layers.
    public var degreeByChannel: [Int]
    /// o_i = Σ_α k_i^α.
    public var overlappingDegree: Int
    /// P_i; NaN when o_i = 0 or M < 2.
    public var participation: Double

    /// The participation of a firm whose degree in each channel is `k` (k_i^α, in layer order):
    /// o_i is their sum, and P_i is computed exactly in integers before one division.
    public init(degreeByChannel k: [Int]) {
        degreeByChannel = k
        let o = k.reduce(0, +)
        overlappingDegree = o
        guard o > 0, k.count > 1 else { participation = .nan; return }
        // M (o² − Σ k²) / ((M − 1) o²) in integers, one rounding: the closed forms (1 for
        // equal degrees, 0 for one channel) hold exactly.
        let m = k.count
        let squares = k.reduce(0) { $0 + $1 * $1 }
        participation = Double(m * (o * o - squares)) / Double((m - 1) * o * o)
    }

    /// Every firm's participation across `layers` (indexed by node number of the cluster).
    public static func of(_ layers: [ChannelLayer], firmCount n: Int) -> [ChannelParticipation] {
        (0..<n).map { v in ChannelParticipation(degreeByChannel: layers.map { $0.degrees[v] }) }
    }
}
