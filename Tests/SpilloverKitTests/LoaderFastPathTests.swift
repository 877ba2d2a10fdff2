import Testing
@testable import SpilloverKit

/// The loader's fast paths (16-byte interner slots, 8-bytes-a-step field scan) against
/// straightforward references: a `[String: Int32]` dictionary and a byte-at-a-time scan.
@Suite("loader fast paths")
struct LoaderFastPathTests {
    static func intern(_ interner: inout IdInterner, _ s: String) -> (Int32, Bool) {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { interner.intern($0) }
    }

    @Test("the interner numbers ids like a dictionary, across growth, lookalikes and long ids")
    func internerMatchesDictionary() {
        var interner = IdInterner(capacity: 4)
        var reference: [String: Int32] = [:]
        // Ids that differ only in their last byte, around the 8-byte word boundaries, an
        // empty one and one longer than the 16-bit length field.
        var keys = (0..<5000).map { "firm\(String(repeating: "0", count: $0 % 13))\($0)" }
        keys += ["", "a", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj", String(repeating: "x", count: 70_000), String(repeating: "x", count: 70_001)]
        var order = keys + keys.reversed() + keys
        order.append(String(repeating: "x", count: 70_000))
        for key in order {
            let (k, isNew) = Self.intern(&interner, key)
            if let expected = reference[key] {
                #expect(k == expected && !isNew, "\(key.prefix(20)) (\(key.utf8.count) bytes)")
            } else {
                #expect(isNew && Int(k) == reference.count, "\(key.prefix(20))")
                reference[key] = k
            }
        }
        #expect(interner.count == reference.count)
        for (key, k) in reference {
            let stored = interner.withBytes(of: Int(k)) { Array($0) }
            #expect(stored == Array(key.utf8))
        }
    }

    @Test("the word-at-a-time field scan stops where a byte-at-a-time scan does", arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func fieldScanMatchesByteScan(delimiter: UInt8) {
        var generator = SplitMix64(seed: UInt64(delimiter))
        let alphabet: [UInt8] = Array("ab ,;\t\r\n\"#".utf8) + [0x80, 0xFF, 0x2C | 0x80, 0x0A | 0x80]
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<n).map { _ in
                Bool.random(using: &generator) ? UInt8(ascii: "x") : alphabet.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for from in 0...n {
                    var expected = from
                    while expected < n, ![delimiter, 10, 13].contains(buffer[expected]) { expected += 1 }
                    let found = CSVScanner.endOfUnquotedField(base, from: from, count: n, delimiter: delimiter)
                    #expect(found == expected, "\(bytes) from \(from)")
                }
            }
        }
    }
}
