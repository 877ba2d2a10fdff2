import Testing

@testable import SpilloverKit

/// The library knows no command line (issue 18, item 2): its messages name settings as typed
/// ``Setting`` values that each front end words its own way, never as a tool's flags.
@Suite("library messages name settings, not flags")
struct LibraryMessagesTests {
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
