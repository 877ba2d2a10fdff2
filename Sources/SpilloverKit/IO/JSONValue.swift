/// A JSON value with object keys kept in the order they were given, serialised
/// deterministically (same value, same bytes): the shape scripts depend on is written out
/// field by field, never left to a dictionary's order.
package indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number, written without a decimal point.
    case integer(Int)
    /// A number; NaN and infinities are written as `null` (JSON has no such numbers).
    case number(Double)
    /// A string, escaped as JSON requires (every scalar is kept; see `writeString`).
    case string(String)
    /// An array, in order.
    case array([JSONValue])
    /// An object: its keys and values in the order given (written in that order).
    case object([(String, JSONValue)])

    /// Equal when of the same case with equal contents, object keys in the same order; NaN
    /// numbers are equal to each other.
    package static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.integer(x), .integer(y)): x == y
        case let (.number(x), .number(y)): x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A number, or `null` when `value` is NaN or infinite.
    package static func finite(_ value: Double) -> JSONValue { value.isFinite ? .number(value) : .null }

    /// The JSON text; `pretty` indents by two spaces and ends with a newline.
    package func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, pretty: pretty, indent: 0)
        if pretty { out += "\n" }
        return out
    }

    private func write(into out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let x): out += x.isFinite ? formatNumber(x) : "null"
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: " ", count: indent + 2) }
                item.write(into: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { out += "\n" + String(repeating: " ", count: indent) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n" + String(repeating: " ", count: indent + 2) }
                JSONValue.writeString(key, into: &out)
                out += pretty ? ": " : ":"
                value.write(into: &out, pretty: pretty, indent: indent + 2)
            }
            if pretty { out += "\n" + String(repeating: " ", count: indent) }
            out += "}"
        }
    }

    /// `s` as a JSON string literal: `"` and `\` as `\"` and `\\`; LF, CR and tab as `\n`,
    /// `\r` and `\t`; the other C0 control characters (U+0000…U+001F, which RFC 8259 says
    /// must be escaped) and U+FEFF as `\u00XX` and `\ufeff`; everything else — DEL, the C1
    /// controls, U+2028, U+2029, U+FFFE, U+FFFF — as UTF-8. JSON holds every scalar, so a
    /// parser gives back exactly `s`. U+FEFF is escaped because a reader that takes it for a
    /// byte order mark drops it from the start of a string (Foundation's `JSONSerialization`
    /// on Linux did).
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// Shortest text that reads back as the same `Double` (Swift's round-trip description),
/// with integral values written without a fraction (`3`, not `3.0`) and never in a form
/// JSON or CSV readers reject.
package func formatNumber(_ x: Double) -> String {
    if x.isNaN { return "NaN" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return x.description
}
