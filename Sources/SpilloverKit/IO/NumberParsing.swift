#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses a decimal number from ASCII bytes, correctly rounded.
///
/// Plain decimals of up to 15 significant digits (`1`, `2.5`, `0.125`) take Clinger's fast
/// path: an exact integer divided by an exact power of ten is correctly rounded. Anything
/// else (exponents, long mantissas, `inf`, `nan`) goes to `strtod` in the C locale. Returns
/// `nil` when the bytes are not entirely a number.
/// ``parseDouble(_:)`` of `text` with the blanks (spaces, tabs) around it ignored, for numbers
/// that reach a reader as `String`s (XML attribute values, node attributes given in code).
func parseDouble(trimming text: String) -> Double? {
    var text = text
    return text.withUTF8 { bytes -> Double? in
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 32 || bytes[lo] == 9 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 32 || bytes[hi - 1] == 9 { hi -= 1 }
        return parseDouble(UnsafeBufferPointer(rebasing: bytes[lo..<hi]))
    }
}

@inline(__always)
func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    let n = bytes.count
    guard n > 0, n <= 64 else { return n > 64 ? parseDoubleSlow(bytes) : nil }
    var i = 0
    var negative = false
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
        negative = bytes[0] == UInt8(ascii: "-")
        i = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = 0
    var seenDot = false
    var any = false
    while i < n {
        let b = bytes[i]
        if b >= 48 && b <= 57 {
            any = true
            if mantissa == 0 && b == 48 && !seenDot {
                // leading zero: not significant
            } else {
                mantissa = mantissa &* 10 &+ UInt64(b - 48)
                digits += 1
            }
            if seenDot { fraction += 1 }
        } else if b == UInt8(ascii: "."), !seenDot {
            seenDot = true
        } else {
            return parseDoubleSlow(bytes)
        }
        i += 1
    }
    guard any else { return parseDoubleSlow(bytes) }
    guard digits <= 15, fraction <= 22 else { return parseDoubleSlow(bytes) }
    let value = Double(mantissa) / powersOfTen[fraction]
    return negative ? -value : value
}

private let powersOfTen: [Double] = (0...22).map { e in
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
}

private func parseDoubleSlow(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !bytes.isEmpty else { return nil }
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double? in
        guard let p = buffer.baseAddress else { return nil }
        for (k, b) in bytes.enumerated() {
            if b == 0 { return nil }
            p[k] = CChar(bitPattern: b)
        }
        p[bytes.count] = 0
        var end: UnsafeMutablePointer<CChar>?
        let value = strtod(p, &end)
        guard let end, end == p + bytes.count else { return nil }
        return value
    }
}
