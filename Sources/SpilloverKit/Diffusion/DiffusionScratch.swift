import Foundation

/// The buffers of one Monte Carlo worker, allocated once and reused for every run it does.
///
/// Membership marks are epoch-stamped: node `v` is marked in the current run when
/// `mark[v] == epoch`, so starting a run is one increment, not a clear of n entries. The
/// arrays are raw pointers so the inner loops of the models run without bounds checks,
/// reference counting or allocation.
///
/// After a run, the model leaves in ``order`` the firms reached (aware), in order of
/// arrival, with arrival steps non-decreasing, their count in ``count`` and their arrival
/// steps in ``step``; models with a second outcome (capability in the knowledge model) leave
/// those firms in ``listA``, their count in ``capableCount``.
final class DiffusionScratch {
    let nodeCount: Int
    private(set) var epoch: UInt32 = 0
    /// Reached (aware, infected at least once, active).
    let mark0: UnsafeMutablePointer<UInt32>
    /// Model-specific marks (LT: threshold drawn; knowledge: holds tacit knowledge).
    let mark1: UnsafeMutablePointer<UInt32>
    /// Model-specific marks (knowledge: holds codified knowledge).
    let mark2: UnsafeMutablePointer<UInt32>
    /// Arrival step of each reached firm (valid where `mark0[v] == epoch`).
    let step: UnsafeMutablePointer<Int32>
    /// Reached firms in order of arrival.
    let order: UnsafeMutablePointer<Int32>
    var count = 0
    /// Work lists of the models (each holds a firm at most once per run).
    let listA: UnsafeMutablePointer<Int32>
    let listB: UnsafeMutablePointer<Int32>
    let listC: UnsafeMutablePointer<Int32>
    var capableCount = 0
    /// Model-specific numbers (LT: accumulated weight and threshold).
    let realA: UnsafeMutablePointer<Double>
    let realB: UnsafeMutablePointer<Double>
    /// Ties examined (a probability drawn or a weight added) since the scratch was made.
    var examinations = 0

    init(nodeCount n: Int) {
        nodeCount = n
        let size = Swift.max(n, 1)
        mark0 = zeroed(size); mark1 = zeroed(size); mark2 = zeroed(size)
        step = zeroed(size); order = zeroed(size); listA = zeroed(size); listB = zeroed(size); listC = zeroed(size)
        realA = zeroed(size); realB = zeroed(size)
    }

    deinit {
        for p in [mark0, mark1, mark2] { free(p) }
        for p in [step, order, listA, listB, listC] { free(p) }
        free(realA); free(realB)
    }

    /// Starts a run: a new epoch (clearing the marks only when the 32-bit epoch wraps), and
    /// the `blocked` firms (knocked out of the cluster) stamped in every mark so no model
    /// ever reaches them.
    func beginRun(blocked: UnsafeBufferPointer<Int32>) {
        epoch &+= 1
        if epoch == 0 {
            for p in [mark0, mark1, mark2] { p.update(repeating: 0, count: Swift.max(nodeCount, 1)) }
            epoch = 1
        }
        count = 0
        capableCount = 0
        for b in blocked {
            let v = Int(b)
            mark0[v] = epoch; mark1[v] = epoch; mark2[v] = epoch
        }
    }

    /// Marks `v` reached at `arrival` and appends it to ``order``.
    @inline(__always)
    func reach(_ v: Int, at arrival: Int32) {
        mark0[v] = epoch
        step[v] = arrival
        order[count] = Int32(truncatingIfNeeded: v)
        count += 1
    }
}

/// `count` zeroed values from `calloc`: large blocks come as fresh zero pages, so the arrays a
/// model never touches (most models use three of the ten) cost neither a memset nor page
/// faults; a worker's set-up no longer grows with the arrays it does not use.
private func zeroed<T>(_ count: Int) -> UnsafeMutablePointer<T> {
    guard let raw = calloc(count, MemoryLayout<T>.stride) else {
        fatalError("DiffusionScratch: out of memory for \(count) values")
    }
    return raw.bindMemory(to: T.self, capacity: count)
}

/// One diffusion model as the Monte Carlo engine runs it: a single simulation from the seeds
/// into a worker's scratch buffers.
protocol DiffusionKernel: Sendable {
    /// Whether the model reports a second outcome (capability) in ``DiffusionScratch/listA``.
    var reportsCapability: Bool { get }
    /// Runs one simulation from `seeds` (distinct, not blocked), after
    /// ``DiffusionScratch/beginRun(blocked:)``.
    func simulate(seeds: UnsafeBufferPointer<Int32>, scratch: DiffusionScratch, rng: inout Xoshiro256StarStar)
}
