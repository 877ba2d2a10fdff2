import SpilloverKit

/// Where the seeds of a diffusion were asked for, for the messages about them: the option
/// and its value as the user typed them (`--seeds degree:99`), the cluster and its file.
struct SeedsAsked {
    var option: String
    var value: String
    var graph: ClusterGraph
    var file: String
}

extension CLIError {
    /// A diffusion error of the library as the tool reports it, naming the option at fault
    /// and the firms, and exiting with the status of its kind:
    /// - a parameter out of range: the option that sets it (``DiffusionParameter/flag``) and
    ///   the value, exit 64; a value read from a `--params` file: the file, exit 65;
    /// - a `--params` file that cannot be read or decoded: the file, exit 65;
    /// - seeds the cluster does not have, or more than it has: `seeds`' option with the ids
    ///   (and the nearest ids, a likely typo) or the count, exit 64, as for every option
    ///   that names what the file lacks (`--layer`, `--k`, a column option);
    /// - a selection method the model or the cluster does not allow: `--method`, exit 64;
    /// - node numbers the tool itself passed wrong (seeds or removed firms that are not
    ///   nodes, a seed also removed): the library's message naming the nodes and firms,
    ///   exit 1, since no option of the user's is at fault.
    init(_ error: DiffusionError, seeds: SeedsAsked? = nil) {
        let message = error.description(naming: \.flag)
        switch error {
        case .invalidParameter(_, _, _, file: .some), .parameterFile:
            self = .data("--params \(message)")
        case .invalidParameter:
            self = .usage(message)
        case .unsupportedModel, .tooFewFirms:
            // The library's message starts with the method's name: "imm is defined for …".
            self = .usage("--method \(message)")
        case .unknownSeeds, .ambiguousSeedLabel:
            guard let seeds else { self = .usage(message); return }
            self = .usage("\(seeds.option): \(SeedSuggestion.message(error, graph: seeds.graph)) (\(seeds.file))")
        case let .tooManySeeds(_, firms):
            guard let seeds else { self = .usage(message); return }
            self = .usage(FirmCount.tooMany(option: seeds.option, given: seeds.value, firms: firms, file: seeds.file))
        case .tooFewSeeds:
            guard let seeds else { self = .usage(message); return }
            self = .usage("\(seeds.option) \(seeds.value): \(message)")
        case .seedsNotInCluster, .removedNotInCluster, .seedsAlsoRemoved:
            self = CLIError(message: message, status: ExitStatus.failure)
        }
    }
}
