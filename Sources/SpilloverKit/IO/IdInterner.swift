/// Maps byte strings (firm ids, tie types) to dense numbers 0, 1, 2, … in order of first
/// appearance, without making a `String` per occurrence.
///
/// Open addressing with linear probing over a power-of-two table kept at most half full;
/// each distinct id is copied once into an arena. A slot is 16 bytes and holds everything
/// a lookup needs: 32 bits of the hash, the id's number, and where its bytes lie in the
/// arena (offset and length). A lookup of a known id therefore touches two cache lines,
/// the slot and the arena, instead of four with a table of numbers that points into
/// separate `hashes` and `starts` arrays.
///
/// Measured (see `Benchmarks/loader/RESULTS.md`; 2-core Intel Xeon VM shared with other
/// jobs, 5·10^6 ties with 999,397 string ids like `firm000123`, 175 MB):
/// - `[String: Int32]` fed by the CSV.swift 2.5.2 package, the same work as
///   `EdgeListReader.read`: 21.0 s; SwiftCSV 0.10.0: 22.2 s.
/// - `EdgeListReader.read` with the previous layout (`Int32` slots → `hashes` → `starts` →
///   arena, `memcmp`): 4.79 s wall, 4.31 s CPU (median of 3, interleaved with the next
///   line); `perf` put interning at 58 % of it.
/// - With this layout (plus the scanner changes noted in `CSVScanner.swift`): 2.14 s wall,
///   2.14 s CPU. On 10^6 ties cachegrind counts 6.3 M instead of 10.5 M L1 data misses
///   for this change alone.
/// The price is memory: 32 MB of slots for 10^6 ids instead of 16 MB of slots and hashes,
/// 48 MB while the table doubles; peak RSS of a read of 5·10^6 ties went from 338 to 379 MB.
struct IdInterner {
    private var arena: [UInt8] = []
    /// Per slot: `meta` = hash's low 32 bits << 32 | (number + 1), 0 when empty;
    /// `location` = arena offset << 16 | length (length 0xFFFF: look it up in `starts`).
    private var slots: [Slot]
    /// Arena offset of each id, plus the end: only for long ids and ``withBytes(of:_:)``.
    private var starts: [Int] = [0]
    private var mask: Int

    private struct Slot {
        var meta: UInt64 = 0
        var location: UInt64 = 0
    }

    private static let longLength: UInt64 = 0xFFFF

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The number of distinct byte strings seen.
    var count: Int { starts.count - 1 }

    /// The bytes of id `k`.
    func withBytes<R>(of k: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[starts[k]..<starts[k + 1]])) }
    }

    /// The number of `key`, and whether it was new.
    @inline(__always)
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let h = Self.hash(key)
        let tag = h & 0xFFFF_FFFF_0000_0000
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var slot = Int(truncatingIfNeeded: h >> 32) & mask
                while true {
                    let s = slots[slot]
                    if s.meta == 0 { return nil }
                    if s.meta & 0xFFFF_FFFF_0000_0000 == tag {
                        let k = Int32(truncatingIfNeeded: s.meta & 0xFFFF_FFFF) - 1
                        var length = Int(s.location & Self.longLength)
                        var offset = Int(s.location >> 16)
                        if UInt64(length) == Self.longLength {
                            offset = starts[Int(k)]
                            length = starts[Int(k) + 1] - offset
                        }
                        if length == key.count, Self.equal(arena.baseAddress.map { $0 + offset }, key) { return k }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        if let found { return (found, false) }
        return (insert(key, hash: h), true)
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 {
        let k = Int32(count)
        let offset = arena.count
        arena.append(contentsOf: key)
        starts.append(arena.count)
        let length = key.count < Self.longLength && offset < 1 << 48 ? UInt64(key.count) : Self.longLength
        let entry = Slot(meta: (h & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(k) + 1), location: UInt64(offset) << 16 | length)
        place(entry)
        if count * 2 > slots.count { grow() }
        return k
    }

    private mutating func place(_ entry: Slot) {
        var slot = Int(truncatingIfNeeded: entry.meta >> 32) & mask
        while slots[slot].meta != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.meta != 0 { place(entry) }
    }

    /// Byte equality of `key` and the arena bytes at `a`, 8 bytes a step (ids are short, and
    /// a call to `memcmp` cost as much as the comparison).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt8>?, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = key.count
        guard n > 0, let a, let b = key.baseAddress else { return true }
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            // The last 8 bytes (overlapping the previous word when n is not a multiple of 8).
            return ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        for i in 0..<n where a[i] != b[i] { return false }
        return true
    }

    /// A fast 64-bit hash of a short byte string: 8 bytes a step, then murmur3's fmix64.
    /// The slot comes from the high 32 bits, which fmix64 mixes best.
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
