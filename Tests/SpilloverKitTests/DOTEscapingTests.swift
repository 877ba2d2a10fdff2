import Testing
@testable import SpilloverKit

@Suite("DOT quoting, escaping and numbers")
struct DOTEscapingTests {
    @Test(
        "quoted strings escape quotes, backslashes, line breaks and ampersands",
        arguments: [
            ("plain", "\"plain\""),
            ("a\"b", "\"a\\\"b\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("trailing\\", "\"trailing\\\\\""),
            ("\\N", "\"\\\\N\""),
            ("two\nlines", "\"two\\nlines\""),
            ("crlf\r\nend", "\"crlf\\nend\""),
            ("tab\there", "\"tab here\""),
            ("R&D", "\"R&amp;D\""),
            ("&amp;", "\"&amp;amp;\""),
            ("bell\u{7}", "\"bell\""),
            ("Ünïcødé 工厂 🏭", "\"Ünïcødé 工厂 🏭\""),
            ("node", "\"node\""),
        ])
    func quoted(input: String, expected: String) {
        #expect(DOTText.quoted(input) == expected)
    }

    @Test("HTML-like label text escapes markup")
    func html() {
        #expect(DOTText.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
        #expect(DOTText.html("a\nb") == "a<BR/>b")
    }

    @Test(
        "numbers are plain decimal in any magnitude",
        arguments: [
            (1_000_000.0, 3, "1000000"),
            (1e20, 3, "100000000000000000000"),
            (-2.5, 3, "-2.5"),
            (0.1234567, 3, "0.123"),
            (3e-7, 3, "0"),
            (-1e-9, 3, "0"),
            (0.25, 2, "0.25"),
            (Double.nan, 3, "0"),
        ])
    func decimal(x: Double, digits: Int, expected: String) {
        #expect(DOTText.decimal(x, fractionDigits: digits) == expected)
    }

    @Test(
        "significant digits never use exponent notation",
        arguments: [
            (1_234_567.0, "1235000"),
            (0.000123456, "0.0001235"),
            (2.5, "2.5"),
            (-42.0, "-42"),
            (1e21, "1000000000000000000000"),
            (Double.nan, "—"),
        ])
    func significant(x: Double, expected: String) {
        #expect(DOTText.significant(x) == expected)
        #expect(!DOTText.significant(x).contains("e"))
    }

    @Test("text colour is black on light fills and white on dark ones")
    func textColor() {
        #expect(RGB(hex: 0xFFFFD9).textColor == RGB(0x1a, 0x1a, 0x1a))
        #expect(RGB(hex: 0x081D58).textColor == RGB(0xff, 0xff, 0xff))
        #expect(RGB(hex: 0x0072B2).hex == "#0072b2")
    }

    @Test("the sequential ramp runs from its first to its last stop")
    func ramp() {
        #expect(Palette.sequential(at: 0) == Palette.sequential.first)
        #expect(Palette.sequential(at: 1) == Palette.sequential.last)
        #expect(Palette.sequential(at: 2) == Palette.sequential.last)
        #expect(Palette.sequential(at: .nan) == Palette.sequential.first)
    }
}

@Suite("DOT tooltips")
struct DOTTooltipEscapingTests {
    @Test("tooltips double their backslashes (GraphViz expands them twice)")
    func tooltip() {
        #expect(DOTText.quoted("a\\N", tooltip: true) == "\"a\\\\\\\\N\"")
        #expect(DOTText.quoted("two\nlines", tooltip: true) == "\"two\\nlines\"")
    }
}
