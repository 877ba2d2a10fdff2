import SpilloverLock
import ArgumentParser
import Foundation
import SpilloverKit

/// The options of every command: how many threads, and whether to show progress.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Worker threads of every parallel stage (default: all cores); results do not depend on it.")
    var threads: Int?

    @Flag(name: [.short, .long], help: "Show no progress (on a terminal) and no stage times (otherwise) on standard error.")
    var quiet = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, not \(threads)") }
    }
}

/// A command that takes ``CommonOptions``.
protocol HasCommonOptions {
    var common: CommonOptions { get }
}

/// Shows the library's progress (``ProgressReporter``) on standard error.
///
/// On an interactive terminal: one line, redrawn at most ten times a second, naming the
/// stage and the stages it runs in, with a bar and an estimate of the time left when the
/// stage knows its number of steps. Otherwise (a file, a pipe, CI logs): one line per stage
/// that took `summaryThreshold` seconds or more, when it ends. Progress never reaches
/// standard output or an output file.
final class ProgressDisplay: Sendable {
    /// Stages shorter than this leave no line in a log: 2 s, or the seconds in the
    /// environment variable `SPILLOVER_STAGE_SECONDS` (0 lists every stage).
    static let summaryThreshold: Double = {
        guard let text = ProcessInfo.processInfo.environment["SPILLOVER_STAGE_SECONDS"], let value = Double(text), value >= 0 else { return 2 }
        return value
    }()
    private let interactive: Bool
    private struct State {
        var lastDraw = ContinuousClock.now - .seconds(1)
        var lineShown = false
        var silent = false
    }
    private let state = Locked(State())

    init(interactive: Bool) {
        self.interactive = interactive
    }

    var reporter: ProgressReporter { ProgressReporter { [self] event in handle(event) } }

    /// Shows nothing from now on (`--quiet`).
    func silence() {
        state.withLock { $0.silent = true }
    }

    private func handle(_ event: ProgressReporter.Event) {
        state.withLock { state in
            guard !state.silent else { return }
            switch event.kind {
            case .started:
                if interactive { draw(event, &state, force: true) }
            case .advanced:
                if interactive { draw(event, &state, force: false) }
            case .finished(let seconds):
                if interactive {
                    if state.lineShown { Terminal.write("\r\u{1B}[K") }
                    state.lineShown = false
                } else if seconds >= Self.summaryThreshold {
                    Terminal.note("\(event.path.joined(separator: " › ")): \(Self.duration(seconds))")
                }
            }
        }
    }

    private func draw(_ event: ProgressReporter.Event, _ state: inout State, force: Bool) {
        let now = ContinuousClock.now
        guard force || now - state.lastDraw >= .milliseconds(100) else { return }
        state.lastDraw = now
        Terminal.write("\r\u{1B}[K" + Self.line(event))
        state.lineShown = true
    }

    /// The terminal line for `event`: stage path, bar, counts and time left.
    static func line(_ event: ProgressReporter.Event) -> String {
        var text = "spillover: " + event.path.joined(separator: " › ")
        if let total = event.total, total > 0 {
            let done = min(event.completed, total)
            let filled = done * 20 / total
            text += " [" + String(repeating: "#", count: filled) + String(repeating: " ", count: 20 - filled) + "]"
            text += " \(done)/\(total)"
            if done > 0, done < total, event.elapsed >= 2 {
                text += ", about " + duration(event.elapsed / Double(done) * Double(total - done)) + " left"
            }
        } else if event.completed > 0 {
            text += " \(event.completed) done"
        }
        if event.elapsed >= 1 { text += " (" + duration(event.elapsed) + ")" }
        return text
    }

    /// "0.4 s", "12 s", "3 min 05 s".
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        if seconds < 60 { return "\(Int(seconds.rounded())) s" }
        let s = Int(seconds.rounded())
        return "\(s / 60) min " + (s % 60 < 10 ? "0" : "") + "\(s % 60) s"
    }
}
