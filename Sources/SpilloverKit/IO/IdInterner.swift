/// Maps byte strings (firm ids, tie types) to dense numbers 0, 1, 2, … in order of first
/// appearance, without making a `String` per occurrence.
///
/// Open addressing over a power-of-two table; each distinct id is copied once into an
/// arena. Replacing `[String: Int32]` with this cut loading 5·10^6 edges with string ids by
/// more than half (hashing and allocating two `String`s per row dominated the profile).
struct IdInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of distinct byte strings seen.
    var count: Int { hashes.count }

    /// The bytes of id `k`.
    func withBytes<R>(of k: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
    }

    /// The number of `key`, and whether it was new.
    @inline(__always)
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let h = Self.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = slots[slot]
            if k < 0 { break }
            if hashes[Int(k)] == h, equals(Int(k), key) { return (k, false) }
            slot = (slot + 1) & mask
        }
        let k = Int32(hashes.count)
        slots[slot] = k
        hashes.append(h)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
        return (k, true)
    }

    @inline(__always)
    private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = starts[k], e = starts[k + 1]
        guard e - s == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            guard let kb = key.baseAddress, let ab = a.baseAddress else { return true }
            return memcmp(ab + s, kb, key.count) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (k, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
        }
    }

    /// A fast 64-bit hash of a short byte string: 8 bytes a step, then murmur3's fmix64.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let p = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(p)
        var i = 0
        let n = key.count
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 31) | (h >> 33)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
