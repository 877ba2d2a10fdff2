import SpilloverLock

/// A thread-safe sink for warnings raised while computing (igraph's warnings, conventions
/// applied to odd input). The library never prints; the command line tool prints these to
/// standard error.
public final class Diagnostics: Sendable {
    private let storage = Locked<[SettingText]>([])

    /// An empty sink.
    public init() {}

    /// Records `message` once (repeated messages are kept once, in first-seen order).
    public func warn(_ message: String) { warn(SettingText(message)) }

    /// Records `message`, which names settings, once (repeated messages are kept once, in
    /// first-seen order).
    public func warn(_ message: SettingText) {
        storage.withLock { if !$0.contains(message) { $0.append(message) } }
    }

    func record(_ warnings: [IGraphWarning], from function: String) {
        for w in warnings { warn("igraph (\(function)): \(w.message)") }
    }

    /// The warnings so far, in the order they were first raised, with settings named as the
    /// library's API names them.
    public var messages: [String] { warnings.map(\.description) }

    /// The warnings so far, in the order they were first raised, with each ``Setting`` named
    /// by `name` (a front end's own word for it).
    public func messages(naming name: (Setting) -> String) -> [String] { warnings.map { $0.rendered(naming: name) } }

    /// The warnings so far, in the order they were first raised, settings kept as typed values.
    public var warnings: [SettingText] { storage.withLock { $0 } }
}
