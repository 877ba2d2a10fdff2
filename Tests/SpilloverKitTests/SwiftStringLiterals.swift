/// The string literals of Swift source text, found by a small lexer that knows comments
/// (`//`, nested `/* */`), single-line, multi-line and raw (`#"…"#`) strings and
/// interpolations (`\(…)`, which may hold literals of their own). Each literal's text is its
/// written characters without the interpolated code; nested literals are listed apart.
/// ``bareCode`` is the rest: the code without its comments and literals.
struct SwiftStringLiterals {
    /// A literal's 1-based line (where it opens) and its text.
    struct Literal: Equatable { var line: Int; var text: String }

    private let chars: [Character]
    private var i = 0
    private(set) var literals: [Literal] = []
    /// The source without comments, each literal (interpolations included) written as `""`;
    /// every line break is kept, so lines count as in the source.
    private(set) var bareCode = ""
    /// How many literals the lexer is inside (their interpolations are not bare code).
    private var nesting = 0

    /// Lexes `source`.
    init(_ source: String) {
        chars = Array(source)
        code(insideInterpolation: false)
    }

    private func at(_ k: Int) -> Character? { k < chars.count ? chars[k] : nil }

    private func line(of index: Int) -> Int { chars[..<index].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } }

    /// Adds `c` to ``bareCode`` when it is bare code, or a line break wherever it is.
    private mutating func emit(_ c: Character, bare: Bool) {
        if c == "\n" || bare && nesting == 0 { bareCode.append(c) }
    }

    /// Code up to the end (or, inside an interpolation, up to its closing parenthesis).
    private mutating func code(insideInterpolation: Bool) {
        var depth = 0
        while let c = at(i) {
            if c == "/", at(i + 1) == "/" {
                while let d = at(i), d != "\n" { i += 1 }
            } else if c == "/", at(i + 1) == "*" {
                emit(" ", bare: true)
                blockComment()
            } else if c == "\"" || c == "#" && at(i + 1).map({ $0 == "\"" || $0 == "#" }) == true {
                string()
            } else {
                if insideInterpolation, c == "(" { depth += 1 }
                if insideInterpolation, c == ")" {
                    if depth == 0 { i += 1; return }
                    depth -= 1
                }
                emit(c, bare: true)
                i += 1
            }
        }
    }

    private mutating func blockComment() {
        var depth = 0
        while at(i) != nil {
            if at(i) == "/", at(i + 1) == "*" { depth += 1; i += 2; continue }
            if at(i) == "*", at(i + 1) == "/" { depth -= 1; i += 2; if depth == 0 { return } else { continue } }
            emit(chars[i], bare: false)
            i += 1
        }
    }

    /// A literal starting at `i` (after any `#`s of a raw string).
    private mutating func string() {
        let start = i
        var hashes = 0
        while at(i) == "#" { hashes += 1; i += 1 }
        guard at(i) == "\"" else { return }
        emit("\"", bare: true)
        emit("\"", bare: true)
        nesting += 1
        defer { nesting -= 1 }
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
                    if let escaped = at(after) {
                        text.append(escaped)
                        emit(escaped, bare: false)
                    }
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
            emit(c, bare: false)
            i += 1
        }
    }
}
