#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process-wide lock of the igraph gateway: a `pthread_mutex_t` at a stable address
/// (as swift-nio's lock), not `Synchronization.Mutex`. On Linux `Mutex` is built on raw
/// futex calls that ThreadSanitizer does not see, so `make check-thread` reported every
/// access to the handler state under the lock as a race; pthread mutexes it does see.
final class IGraphLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        // An error-checking mutex: locking it again from the thread that holds it (igraph
        // code re-entering the gateway) returns EDEADLK instead of hanging.
        var attributes = pthread_mutexattr_t()
        Self.check(pthread_mutexattr_init(&attributes), "pthread_mutexattr_init")
        Self.check(pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK)), "pthread_mutexattr_settype")
        Self.check(pthread_mutex_init(mutex, &attributes), "pthread_mutex_init")
        Self.check(pthread_mutexattr_destroy(&attributes), "pthread_mutexattr_destroy")
    }

    deinit {
        Self.check(pthread_mutex_destroy(mutex), "pthread_mutex_destroy")
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        Self.check(pthread_mutex_lock(mutex), "pthread_mutex_lock")
        defer { Self.check(pthread_mutex_unlock(mutex), "pthread_mutex_unlock") }
        return try body()
    }

    /// A pthread call that fails here is a programming error (re-entry, unlock by another
    /// thread, a destroyed lock): continuing would let two threads into igraph, which is not
    /// thread-safe, so it stops the process with the call's name and error.
    private static func check(_ status: Int32, _ call: StaticString) {
        guard status != 0 else { return }
        fatalError("\(call) failed: \(String(cString: strerror(status)))")
    }
}
