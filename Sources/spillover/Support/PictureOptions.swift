import ArgumentParser
import SpilloverKit

/// `--picture` and `--picture-limit`: which picture of the cluster `analyze`, `report` and
/// `dot` draw.
struct PictureOptions: ParsableArguments {
    /// A ``PictureKind``, the size-dependent choice, or no picture.
    enum Choice: String, ExpressibleByArgument, CaseIterable { case auto, full, map, focal, none }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Picture: full (every firm), map (one circle per group, focal firms beside theirs), focal (the focal firms and their partners), none, or auto.",
            discussion: "auto: full up to --picture-limit firms, map above."))
    var picture: Choice = .auto

    @Option(
        name: .customLong("picture-limit"), parsing: .unconditional,
        help: "auto: draw every firm up to this many firms, the cluster map above.")
    var pictureLimit = PictureKind.fullPictureLimit

    func validate() throws {
        guard pictureLimit >= 1 else { throw ValidationError("--picture-limit must be at least 1 firm, not \(pictureLimit)") }
    }

    /// The picture drawn for a cluster of `firms` firms; `nil` for none.
    func kind(firms: Int) -> PictureKind? {
        switch picture {
        case .none: nil
        case .auto: .automatic(firms: firms, limit: pictureLimit)
        case .full: .full
        case .map: .map
        case .focal: .focal
        }
    }
}
