import Foundation
import SpilloverLock
import Testing

/// `Locked` is the package's lock because ThreadSanitizer sees it (`make check-thread` runs
/// this suite): with `Synchronization.Mutex` four threads appending under contention get a
/// race report on Linux.
@Suite struct LockedTests {
    @Test("four threads appending under the lock lose nothing")
    func contendedAppends() {
        let log = Locked<[Int]>([])
        let group = DispatchGroup()
        for thread in 0..<4 {
            group.enter()
            Thread {
                for k in 0..<5_000 { log.withLock { $0.append(thread * 5_000 + k) } }
                group.leave()
            }.start()
        }
        group.wait()
        let values = log.withLock { $0 }
        #expect(values.count == 20_000)
        #expect(Set(values).count == 20_000)
    }

    @Test("a throwing body releases the lock and passes its error on")
    func throwingBody() {
        struct Failure: Error {}
        let counter = Locked(0)
        #expect(throws: Failure.self) { try counter.withLock { _ throws(Failure) in throw Failure() } }
        #expect(
            counter.withLock {
                $0 += 1; return $0
            } == 1)
    }
}
