internal import CIgraph

/// The one door to igraph.
///
/// Debian's igraph is built without thread safety (`IGRAPH_THREAD_SAFE 0`): its error
/// handler, warning handler, RNG and cleanup ("finally") stack are process-wide, and its
/// default error handler aborts the process. So every call into igraph runs inside
/// ``withIGraph(_:)``, which
///
/// - holds one process-wide lock for the whole call,
/// - installs an error handler that keeps the first message, calls `IGRAPH_FINALLY_FREE()`
///   (freeing what the failing function registered) and returns instead of aborting,
/// - installs a warning handler that collects warnings instead of printing them,
/// - restores the previous handlers on the way out.
///
/// A call does not start when the calling task is cancelled (it throws `CancellationError`),
/// but once started it runs to its end: igraph 0.10.2 is not interrupted. Its
/// `IGRAPH_ALLOW_INTERRUPTION` returns from the interrupted function without running that
/// function's cleanup, whose entries then point into a finished stack frame; freeing them
/// (in our error handler, or after the call) crashed with a double free when a 10^4-firm
/// `igraph_betweenness` was cancelled after 20 ms (tried, and measured).
///
/// Return codes are checked with ``IGraphSession/check(_:_:)``, which turns a failure into
/// a thrown ``IGraphError``. Nothing outside this target (`SpilloverIGraph`) imports
/// `CIgraph`, and SpilloverKit reaches igraph only through the `package` functions here.
package enum IGraphGateway {
    /// Serialises all igraph calls in the process.
    static let lock = IGraphLock(())

    /// Runs `body` with exclusive use of igraph; returns its value and igraph's warnings.
    static func withIGraph<T>(_ body: (inout IGraphSession) throws -> T) throws -> (value: T, warnings: [IGraphWarning]) {
        try Task.checkCancellation()
        return try lock.withLock {
            // One OpenMP thread for igraph's parallel regions (PRPACK): see shim.h.
            spillover_igraph_single_thread()
            IGraphHandlerState.reset()
            let previousError = igraph_set_error_handler(spilloverErrorHandler)
            let previousWarning = igraph_set_warning_handler(spilloverWarningHandler)
            defer {
                igraph_set_error_handler(previousError)
                igraph_set_warning_handler(previousWarning)
                IGraphHandlerState.reset()
            }
            var session = IGraphSession()
            let value = try body(&session)
            return (value, IGraphHandlerState.warnings)
        }
    }

    /// The size of igraph's cleanup stack; 0 between calls (a test checks it after errors).
    static func finallyStackSize() -> Int {
        lock.withLock { Int(IGRAPH_FINALLY_STACK_SIZE()) }
    }
}

/// Proof of holding the igraph lock, with the error check. Only ``IGraphGateway`` makes one.
struct IGraphSession: ~Copyable {
    fileprivate init() {}

    /// Throws an ``IGraphError`` when `code` is not `IGRAPH_SUCCESS`.
    func check(_ code: igraph_error_t, _ function: String) throws(IGraphError) {
        guard code != IGRAPH_SUCCESS else { return }
        let recorded = IGraphHandlerState.firstError
        let message = recorded?.message ?? "igraph returned error code \(code.rawValue)"
        throw IGraphError(code: IGraphError.Code(rawValue: Int32(code.rawValue)), message: message, function: function)
    }

    /// Seeds igraph's default random number generator (Louvain, Leiden, …).
    func seedRandom(_ seed: UInt64) throws(IGraphError) {
        try check(igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed)), "igraph_rng_seed")
    }
}

/// What the C handlers record. Only touched while ``IGraphGateway``'s lock is held, which is
/// what makes the `nonisolated(unsafe)` storage safe.
private enum IGraphHandlerState {
    nonisolated(unsafe) static var firstError: (message: String, code: Int32)?
    nonisolated(unsafe) static var warnings: [IGraphWarning] = []

    static func reset() {
        firstError = nil
        warnings = []
    }
}

private func spilloverErrorHandler(
    _ reason: UnsafePointer<CChar>?, _ file: UnsafePointer<CChar>?, _ line: Int32, _ code: igraph_error_t
) {
    if IGraphHandlerState.firstError == nil {
        let text = reason.map { String(cString: $0) } ?? ""
        IGraphHandlerState.firstError = (text.isEmpty ? "igraph error \(code.rawValue)" : text, Int32(code.rawValue))
    }
    IGRAPH_FINALLY_FREE()
}

private func spilloverWarningHandler(_ reason: UnsafePointer<CChar>?, _ file: UnsafePointer<CChar>?, _ line: Int32) {
    let text = reason.map { String(cString: $0) } ?? ""
    IGraphHandlerState.warnings.append(IGraphWarning(message: text))
}
