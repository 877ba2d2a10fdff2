import Foundation

/// Numbers written with a decimal comma (`0,5`, `1.234,5`), as European spreadsheets save
/// them in `;`-separated files.
enum DecimalComma {
    /// The hint added to a bad-number message when the text reads as a number with a decimal
    /// comma and ``EdgeListOptions/decimalComma`` was not set; empty otherwise.
    static func hint(_ text: String, given: Bool) -> SettingText {
        guard !given, text.contains(","), Double(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) != nil else {
            return ""
        }
        return "; if the file writes decimal commas (0,5), add \(Setting.decimalComma)"
    }
}

/// Parses a number with a decimal comma: `,` is the decimal separator and `.` groups digits
/// (`1.234,5` = 1234.5). `nil` when the bytes are not such a number.
func parseDecimalComma(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard bytes.count <= 64 else { return nil }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(bytes.count)
    for b in bytes where b != UInt8(ascii: ".") { buffer.append(b == UInt8(ascii: ",") ? UInt8(ascii: ".") : b) }
    return buffer.withUnsafeBufferPointer { parseDouble($0) }
}
