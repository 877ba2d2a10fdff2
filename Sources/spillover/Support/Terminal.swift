import SpilloverKit

#if canImport(Glibc)
    import Glibc
#endif

/// Exit statuses of the command line tool (sysexits.h where one fits).
enum ExitStatus {
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
}

/// A failure the tool reports with its own message and status.
struct CLIError: Error {
    var message: String
    var status: Int32 = ExitStatus.failure

    static func usage(_ message: String) -> CLIError { CLIError(message: message, status: ExitStatus.usage) }
    static func data(_ message: String) -> CLIError { CLIError(message: message, status: ExitStatus.dataError) }
}

/// Standard error, and whether to decorate output (only on a terminal that is not dumb).
enum Terminal {
    static func error(_ message: String) {
        write("spillover: error: \(message)\n")
    }

    static func warning(_ message: String) {
        write("spillover: warning: \(message)\n")
    }

    static func note(_ message: String) {
        write("spillover: \(message)\n")
    }

    /// Set while the report runs its commands in this process: their notes and progress
    /// were already shown by the analysis.
    @TaskLocal static var muted = false

    static func write(_ text: String) {
        guard !muted else { return }
        var text = text
        text.withUTF8 { bytes in _ = Glibc.write(2, bytes.baseAddress, bytes.count) }
    }

    /// Whether standard error is an interactive terminal (for progress bars).
    static var stderrIsInteractive: Bool {
        guard !muted, isatty(2) != 0 else { return false }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return term != "dumb"
    }
}

/// SIGINT and SIGTERM remove temporary output files, then exit with 128 + signal number
/// (130, 143), so an interrupted run leaves either the previous file or none.
func installSignalHandlers() {
    for sig in [SIGINT, SIGTERM] {
        signal(sig) { signo in
            TemporaryFiles.removeAll()
            _exit(128 + signo)
        }
    }
}

/// Creates `path` and its parents when missing; fails with a message naming it.
func makeFolder(_ path: String) throws {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
        current += "/" + part
        if mkdir(current, 0o777) != 0, errno != EEXIST {
            throw CLIError(message: "\(path): cannot create folder: \(String(cString: strerror(errno)).lowercased())")
        }
    }
}
