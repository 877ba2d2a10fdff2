import SpilloverKit

extension CLIError {
    /// A diffusion error of the library as the tool reports it, naming the option at fault
    /// and exiting with the status of its kind:
    /// - a parameter out of range: the option that sets it (``DiffusionParameter/flag``) and
    ///   the value, exit 64; a value read from a `--params` file: the file, exit 65;
    /// - a `--params` file that cannot be read or decoded: the file, exit 65;
    /// - anything else the library's message with its settings named by their flags, exit 64.
    init(_ error: DiffusionError) {
        switch error {
        case .invalidParameter(_, _, _, file: .some), .parameterFile:
            self = .data("--params \(error.description(naming: \.flag))")
        default:
            self = .usage(error.description(naming: \.flag))
        }
    }
}
