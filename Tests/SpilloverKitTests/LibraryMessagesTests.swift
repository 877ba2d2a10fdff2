import Foundation
import Testing

@testable import SpilloverKit

/// The library knows no command line (issue 18, item 2): its messages name settings as typed
/// ``Setting`` values that each front end words its own way, never as a tool's flags.
@Suite("library messages name settings, not flags")
struct LibraryMessagesTests {
    /// A flag as a command line writes it: two hyphens and a letter. Other uses of `--` in
    /// the library's literals do not match: XML comments (`<!--`, `-->`, in XMLEvents and
    /// the regex that strips GraphViz's comment), DOT's undirected edge operator (` -- `),
    /// Markdown's table rule (`---`, ` ---: `).
    static var flag: Regex<Substring> { /--[A-Za-z]/ }

    static var libraryFiles: [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/SpilloverKit")
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    @Test("no string literal of SpilloverKit holds a command-line flag")
    func noFlagsInLibraryLiterals() throws {
        let files = Self.libraryFiles
        #expect(files.count > 100, "the library's sources were not found beside the tests")
        var found: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for literal in SwiftStringLiterals(source).literals where literal.text.contains(Self.flag) {
                found.append("\(file.lastPathComponent):\(literal.line): \(literal.text)")
            }
        }
        #expect(found.isEmpty, "name the setting with a Setting value instead:\n\(found.joined(separator: "\n"))")
    }

    @Test("the lexer finds literals, interpolated ones included, and skips comments")
    func lexer() {
        let source = #"""
            // "--in-a-comment"
            /* "--in-a-block" /* nested */ "--still" */
            let a = "plain --flag", b = "<!-- xml -->", c = " -- "
            let d = "x \(y.map { "--nested" }) z"
            let e = #"raw "--raw" here"#
            let f = """
                multi --line
                """
            """#
        let texts = SwiftStringLiterals(source).literals.map(\.text)
        #expect(texts == ["plain --flag", "<!-- xml -->", " -- ", "--nested", "x  z", #"raw "--raw" here"#, "\n    multi --line\n    "])
        #expect(texts.filter { $0.contains(Self.flag) } == ["plain --flag", "--nested", #"raw "--raw" here"#, "\n    multi --line\n    "])
        #expect(SwiftStringLiterals(source).literals.map(\.line) == [3, 3, 3, 4, 4, 5, 6])
    }

    @Test("a message names its settings as values, worded by whoever shows it")
    func settingText() {
        let text: SettingText = "pass \(Setting.exactPaths) for exact values (\(3) firms)"
        #expect(text.settings == [.exactPaths])
        #expect(text.description == "pass exact: true for exact values (3 firms)")
        #expect(text.rendered { $0 == .exactPaths ? "--exact" : "?" } == "pass --exact for exact values (3 firms)")
        #expect(SettingText("a ") + "\(Setting.merge(.max))" + " b" == "a \(Setting.merge(.max)) b")
        let error = InputError(file: "m.csv", line: 2, column: 3, text: "\"0,5\" is not a number" + DecimalComma.hint("0,5", given: false))
        #expect(error.description == "m.csv:2:3: \"0,5\" is not a number; if the file writes decimal commas (0,5), add decimalComma: true")
        #expect(error.description(naming: { _ in "--decimal-comma" }).hasSuffix("add --decimal-comma"))
    }
}
