import Dispatch

/// Splits `0..<count` into contiguous chunks and runs `body` on each, on all cores.
///
/// Each chunk is handled by one call, so per-chunk scratch space is allocated once per chunk
/// rather than once per item. Results must be written to disjoint places (each item's own
/// index), which makes the outcome independent of scheduling.
enum ParallelChunks {
    /// Items per chunk below which the work runs on the calling thread.
    static let sequentialThreshold = 2048

    static func forEach(count: Int, _ body: (Range<Int>) -> Void) {
        guard count > sequentialThreshold else {
            if count > 0 { body(0..<count) }
            return
        }
        let chunks = min(count / 512, 8 * ProcessInfoCores.count)
        let size = (count + chunks - 1) / chunks
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let start = c * size
                let end = min(count, start + size)
                if start < end { work(start..<end) }
            }
        }
    }
}

/// The number of cores to spread work over.
enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 4
        #endif
    }()
}

#if canImport(Glibc)
import Glibc
#endif

/// A buffer that chunks of a parallel loop write to at disjoint indices.
struct DisjointWrites<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    @inline(__always) func set(_ i: Int, _ value: Element) { base[i] = value }
}

extension Array {
    /// Runs `body` with a writer over this array's storage, for parallel loops whose chunks
    /// write disjoint indices.
    mutating func withDisjointWrites<R>(_ body: (DisjointWrites<Element>) throws -> R) rethrows -> R {
        try withUnsafeMutableBufferPointer { buffer in
            try body(DisjointWrites(base: buffer.baseAddress!))
        }
    }
}
