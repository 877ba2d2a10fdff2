import Synchronization

/// A one-line progress bar on standard error, shown only when standard error is an
/// interactive terminal; safe to update from any thread.
final class ProgressBar: Sendable {
    private let total: Int?
    private let label: String
    private let shown = Mutex<Int>(-1)

    /// `nil` when standard error is not a terminal. `total` is nil when unknown (--precision).
    init?(total: Int?, label: String) {
        guard Terminal.stderrIsInteractive else { return nil }
        self.total = total
        self.label = label
    }

    /// Shows `done` runs; redraws only when the shown value changes.
    @Sendable func update(_ done: Int) {
        shown.withLock { last in
            if let total, total > 0 {
                let percent = Swift.min(100, done * 100 / total)
                guard percent > last else { return }
                last = percent
                let filled = percent * 30 / 100
                Terminal.write("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] \(percent)% of \(total) \(label)")
            } else {
                guard done >= last + 100 || last < 0 else { return }
                last = done
                Terminal.write("\r\(done) \(label)")
            }
        }
    }

    /// Clears the bar's line.
    func finish() {
        Terminal.write("\r" + String(repeating: " ", count: 60) + "\r")
    }
}
