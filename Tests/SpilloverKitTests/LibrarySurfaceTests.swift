import Foundation
import Testing

/// The library's public API is its typed results, not the tool's output machinery (issue 18,
/// item 2): tables, JSON documents, number formats, cell escaping, the choice of output
/// format and the temporary files an interrupted run removes are `package` declarations,
/// which the `spillover` target and the tests see and a program using SpilloverKit does not.
@Suite("the library's public API holds no output machinery")
struct LibrarySurfaceTests {
    /// The output machinery, by name. With these declared `package`, the compiler refuses a
    /// public declaration whose signature uses one (a public method returning a `DataTable`,
    /// a public enumeration case carrying one, a public type alias of one); the scan names
    /// the declaration, which the compiler's refusal does not when the name itself is made
    /// public again.
    static let machinery = [
        "OutputFormat", "DataTable", "Cell", "JSONValue", "TemporaryFiles", "TextEscaping", "formatNumber", "formatSignificant", "xmlEscape",
    ]

    /// The head of every public or open declaration of `code` (from the modifier to its
    /// body's `{` or the end of its line, across lines inside parentheses and brackets),
    /// with its 1-based line; `code` is ``SwiftStringLiterals/bareCode``, so comments and
    /// string literals are skipped.
    static func publicDeclarations(_ code: String) -> [(line: Int, head: String)] {
        var found: [(line: Int, head: String)] = []
        var line = 1, counted = code.startIndex
        for match in code.matches(of: /\b(?:public|open)(?:\(set\))?\s/.wordBoundaryKind(.simple)) {
            line += code[counted..<match.range.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            counted = match.range.lowerBound
            var head = "", depth = 0
            for c in code[match.range.lowerBound...] {
                if depth == 0, c == "{" || c == "\n" { break }
                if c == "(" || c == "[" { depth += 1 }
                if c == ")" || c == "]" { depth -= 1 }
                head.append(c)
            }
            found.append((line, head.trimmingCharacters(in: .whitespaces)))
        }
        return found
    }

    /// The machinery names `head` mentions, as whole words (`Cell`, not `CellBase`).
    static func mentions(_ head: String) -> [String] {
        machinery.filter { name in head.contains(name) && head.contains(try! Regex("\\b\(name)\\b").wordBoundaryKind(.simple)) }
    }

    @Test("no public or open declaration of SpilloverKit names the output machinery")
    func machineryIsPackageLevel() throws {
        let files = LibraryMessagesTests.libraryFiles
        #expect(files.count > 100, "the library's sources were not found beside the tests")
        var declarations = 0, found: [String] = [], declared = Set<String>()
        for file in files {
            let code = SwiftStringLiterals(try String(contentsOf: file, encoding: .utf8)).bareCode
            for (line, head) in Self.publicDeclarations(code) {
                declarations += 1
                if !Self.mentions(head).isEmpty { found.append("\(file.lastPathComponent):\(line): \(head)") }
            }
            for name in Self.machinery where try code.contains(name) && code.contains(Regex("\\bpackage\\s+(?:indirect\\s+)?(?:struct|enum|func)\\s+\(name)\\b")) {
                declared.insert(name)
            }
        }
        #expect(declarations > 500, "too few public declarations found (\(declarations)): the scan is broken")
        #expect(declared == Set(Self.machinery), "\(Set(Self.machinery).subtracting(declared).sorted()) not declared package (public again? renamed or moved: update the list)")
        #expect(found.isEmpty, "declare these package, or return a typed result instead:\n\(found.joined(separator: "\n"))")
    }

    @Test("the scan reads declarations across lines and skips comments and literals")
    func scanner() {
        let source = #"""
            /// public struct DataTable, in a comment
            public struct Kept { let s = "public func f() -> JSONValue, in a literal" }
            public func rendered(
                top: Int
            ) -> JSONValue { fatalError() }
            public private(set) var format: OutputFormat = .table
            package struct DataTable {}
            let f = open(path, 0)
            open class Base: CellBase {}
            """#
        let declarations = Self.publicDeclarations(SwiftStringLiterals(source).bareCode)
        #expect(declarations.map(\.line) == [2, 3, 6, 9])
        #expect(
            declarations.map(\.head) == [
                "public struct Kept", "public func rendered(\n    top: Int\n) -> JSONValue", "public private(set) var format: OutputFormat = .table",
                "open class Base: CellBase",
            ])
        #expect(declarations.map { Self.mentions($0.head) } == [[], ["JSONValue"], ["OutputFormat"], []])
    }
}
