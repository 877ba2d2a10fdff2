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
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
