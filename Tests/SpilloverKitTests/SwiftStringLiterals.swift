/// The string literals of Swift source text, found by a small lexer that knows comments
/// (`//`, nested `/* */`), single-line, multi-line and raw (`#"…"#`) strings and
/// interpolations (`\(…)`, which may hold literals of their own). Each literal's text is its
/// written characters without the interpolated code; nested literals are listed apart.
struct SwiftStringLiterals {
    /// A literal's 1-based line (where it opens) and its text.
    struct Literal: Equatable { var line: Int; var text: String }

    private let chars: [Character]
    private var i = 0
    private(set) var literals: [Literal] = []

    /// Lexes `source`.
    init(_ source: String) {
        chars = Array(source)
        code(insideInterpolation: false)
    }

    private func at(_ k: Int) -> Character? { k < chars.count ? chars[k] : nil }

    private func line(of index: Int) -> Int { chars[..<index].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } }

    /// Code up to the end (or, inside an interpolation, up to its closing parenthesis).
    private mutating func code(insideInterpolation: Bool) {
        var depth = 0
        while let c = at(i) {
            if c == "/", at(i + 1) == "/" {
                while let d = at(i), d != "\n" { i += 1 }
            } else if c == "/", at(i + 1) == "*" {
                blockComment()
            } else if c == "\"" || c == "#" && at(i + 1).map({ $0 == "\"" || $0 == "#" }) == true {
                string()
            } else {
                if insideInterpolation, c == "(" { depth += 1 }
                if insideInterpolation, c == ")" {
                    if depth == 0 { i += 1; return }
                    depth -= 1
                }
                i += 1
            }
        }
    }

    private mutating func blockComment() {
        var depth = 0
        while at(i) != nil {
            if at(i) == "/", at(i + 1) == "*" { depth += 1; i += 2; continue }
            if at(i) == "*", at(i + 1) == "/" { depth -= 1; i += 2; if depth == 0 { return } else { continue } }
            i += 1
        }
    }

    /// A literal starting at `i` (after any `#`s of a raw string).
    private mutating func string() {
        let start = i
        var hashes = 0
        while at(i) == "#" { hashes += 1; i += 1 }
        guard at(i) == "\"" else { return }
        let multiline = at(i + 1) == "\"" && at(i + 2) == "\""
        i += multiline ? 3 : 1
        var text = ""
        while let c = at(i) {
            if c == "\\", (0..<hashes).allSatisfy({ at(i + 1 + $0) == "#" }) {
                let after = i + 1 + hashes
                if at(after) == "(" {
                    i = after + 1
                    code(insideInterpolation: true)
                } else {
                    if let escaped = at(after) { text.append(escaped) }
                    i = after + 1
                }
                continue
            }
            if c == "\"", !multiline || (at(i + 1) == "\"" && at(i + 2) == "\""),
                (0..<hashes).allSatisfy({ at(i + (multiline ? 3 : 1) + $0) == "#" })
            {
                i += (multiline ? 3 : 1) + hashes
                literals.append(Literal(line: line(of: start), text: text))
                return
            }
            text.append(c)
            i += 1
        }
    }
}
