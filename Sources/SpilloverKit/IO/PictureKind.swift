/// Which picture of a cluster to draw: every firm, the cluster map, or the focal
/// neighbourhood (see ``ClusterPicture``).
public enum PictureKind: String, Sendable, CaseIterable {
    /// Every firm and every tie (``DOTWriter``).
    case full
    /// One circle per group of firms, sized by its firms and coloured by their mean value,
    /// lines by the number of ties between groups; the focal firms drawn beside their group
    /// (`ClusterMap`).
    case map
    /// The focal firms and their direct partners, every firm labelled
    /// (`FocalNeighbourhood`).
    case focal

    /// Up to this many firms the automatic choice draws every firm; above it, the cluster map.
    ///
    /// Measured with GraphViz 2.43 `sfdp` on clusters from ``ClusterGenerator``, on a shared
    /// two-core machine (`Benchmarks/RESULTS.md`, "pictures at scale"): 1,000 firms lay out
    /// and render in 4 s, 2,000 in 9 s, 5,000 in 43 s, 10^5 in 14 minutes. Speed is not what
    /// sets the limit: at 1,000 firms the picture is already a uniform disc of dots in
    /// which no firm or group can be told apart; below it, components, peripheries and
    /// dense cores still show.
    public static let fullPictureLimit = 1000

    /// The picture drawn when none is asked for: every firm up to `limit` firms, the
    /// cluster map above.
    public static func automatic(firms: Int, limit: Int = fullPictureLimit) -> PictureKind {
        firms <= limit ? .full : .map
    }
}
