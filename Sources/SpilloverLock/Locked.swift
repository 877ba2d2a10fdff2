#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value guarded by a `pthread_mutex_t` at a stable address (as swift-nio's `NIOLock`),
/// used by every target of the package instead of `Synchronization.Mutex`.
///
/// Why not `Mutex`: on Linux it hands a contended lock over with `FUTEX_LOCK_PI` and
/// `FUTEX_UNLOCK_PI`, inside the kernel, so ThreadSanitizer sees no acquire and reports the
/// guarded accesses of two threads as a race. A four-thread program appending to a
/// `Mutex<[Int]>` gets such a report on every run; `make check-thread` failed on one in CI
/// (two pool items recording their cancellation latency at once). ThreadSanitizer intercepts
/// `pthread_mutex_lock`, so with this lock its reports are real ones.
///
/// The mutex is error-checking: relocking it from the thread that holds it, or unlocking it
/// from another, returns an error instead of hanging, and any failing pthread call stops the
/// process with the call's name: continuing would let two threads into guarded state.
package final class Locked<Value>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    /// A lock guarding `value`.
    package init(_ value: sending Value) {
        self.value = value
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
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

    /// Runs `body` on the value while holding the lock.
    package func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        Self.check(pthread_mutex_lock(mutex), "pthread_mutex_lock")
        defer { Self.check(pthread_mutex_unlock(mutex), "pthread_mutex_unlock") }
        return try body(&value)
    }

    /// Runs `body` while holding the lock, without touching the value: for a lock that guards
    /// state outside it (`Locked<Void>`, the igraph gateway's). An `inout` access to an empty
    /// value has the object's own address, where ThreadSanitizer then reports a race with
    /// the unlocked read of the object's type metadata.
    package func withLock<Result, Failure: Error>(
        _ body: () throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result where Value == Void {
        Self.check(pthread_mutex_lock(mutex), "pthread_mutex_lock")
        defer { Self.check(pthread_mutex_unlock(mutex), "pthread_mutex_unlock") }
        return try body()
    }

    private static func check(_ status: Int32, _ call: StaticString) {
        guard status != 0 else { return }
        fatalError("\(call) failed: \(String(cString: strerror(status)))")
    }
}
