/// SplitMix64, the generator used to seed ``Xoshiro256StarStar`` (Steele, Lea & Flood 2014).
///
/// Each call adds the golden-ratio increment 0x9E3779B97F4A7C15 to the state and returns a
/// bijective mix of it, so different states give well-spread, different outputs.
///
/// - References: G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number
///   generators", OOPSLA 2014, doi:10.1145/2660193.2660195.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The 64-bit state; each ``next()`` adds the golden-ratio increment to it.
    public var state: UInt64

    /// A generator whose state starts at `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits: the state advanced by 0x9E3779B97F4A7C15, then mixed.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman & Vigna), the generator of every Monte Carlo run.
///
/// The 256-bit state is filled from SplitMix64, as the authors recommend. Run `r` of a
/// simulation with seed `S` uses ``init(seed:stream:)`` with `stream = r`: its own
/// generator, independent of which thread runs it, so results do not depend on the
/// number of threads.
///
/// - Complexity: O(1) per draw, no allocation.
/// - References: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
///   ACM Trans. Math. Softw. 47(4), 2021, doi:10.1145/3460772.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose state is four consecutive SplitMix64 outputs from `seed`.
    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is a fixed point
    }

    /// The generator of stream `stream` (a Monte Carlo run) under the user's `seed`:
    /// SplitMix64 seeded with `seed` mixed with `stream` through one SplitMix64 step, so
    /// neighbouring `(seed, stream)` pairs start far apart.
    public init(seed: UInt64, stream: UInt64) {
        var mix = SplitMix64(seed: stream &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: seed ^ mix.next())
    }

    /// The next 64 random bits of xoshiro256** (advances the state by one step).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniform number in [0, 1) with 53 random bits.
    @inlinable
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Whether an event of probability `threshold / 2^53` happens; see ``Bernoulli``.
    @inlinable
    public mutating func bernoulli(_ threshold: UInt64) -> Bool {
        (next() >> 11) < threshold
    }

    @inlinable
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }
}

/// A probability turned into a 53-bit integer threshold, so a draw is one integer compare:
/// `uniform() < p` exactly when `(next() >> 11) < threshold(p)`. p ≤ 0 never happens,
/// p ≥ 1 always does.
public enum Bernoulli {
    /// The 53-bit threshold of probability `p`: ⌈p · 2^53⌉, 0 for p ≤ 0 and 2^53 for p ≥ 1.
    @inlinable
    public static func threshold(_ p: Double) -> UInt64 {
        guard p > 0 else { return 0 }
        guard p < 1 else { return 1 << 53 }
        // uniform() = k·2^-53 < p  ⇔  k < ceil(p·2^53)
        return UInt64((p * 0x1.0p53).rounded(.up))
    }
}
