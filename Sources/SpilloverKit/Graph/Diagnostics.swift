import Synchronization

/// A thread-safe sink for warnings raised while computing (igraph's warnings, conventions
/// applied to odd input). The library never prints; the command line tool prints these to
/// standard error.
public final class Diagnostics: Sendable {
    private let storage = Mutex<[String]>([])

    /// An empty sink.
    public init() {}

    /// Records `message` once (repeated messages are kept once, in first-seen order).
    public func warn(_ message: String) {
        storage.withLock { if !$0.contains(message) { $0.append(message) } }
    }

    func record(_ warnings: [IGraphWarning], from function: String) {
        for w in warnings { warn("igraph (\(function)): \(w.message)") }
    }

    /// The warnings so far, in the order they were first raised.
    public var messages: [String] { storage.withLock { $0 } }
}
