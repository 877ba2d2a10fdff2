import Testing
@testable import SpilloverKit

/// Reading edge lists: the accepted dialects and the bad-input catalogue.
@Suite("edge list reader")
struct EdgeListReaderTests {
    static func parse(_ text: String, options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
        try parse(bytes: Array(text.utf8), options: options)
    }

    static func parse(bytes: [UInt8], options: EdgeListOptions = EdgeListOptions()) throws(InputError) -> RawEdgeList {
        var result: Result<RawEdgeList, InputError>!
        bytes.withUnsafeBufferPointer { buffer in
            do throws(InputError) {
                result = .success(try EdgeListReader.parse(bytes: buffer, file: "edges.csv", options: options))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    static func pairs(_ raw: RawEdgeList) -> [String] {
        zip(raw.tails, raw.heads).map { "\(raw.ids[Int($0)])-\(raw.ids[Int($1)])" }
    }

    @Test("plain CSV with weight and type")
    func plain() throws {
        let raw = try Self.parse("source,target,weight,type\na,b,2.5,vertical\nb,c,1,horizontal\n")
        #expect(raw.ids == ["a", "b", "c"])
        #expect(Self.pairs(raw) == ["a-b", "b-c"])
        #expect(raw.weights == [2.5, 1])
        #expect(raw.tieTypes == ["vertical", "horizontal"])
        #expect(raw.types == [0, 1])
        #expect(raw.hasWeights)
    }

    @Test("BOM, CRLF, comments, blank lines, column order and case")
    func dialect() throws {
        let text = "\u{FEFF}# exported by a survey tool\r\nWeight,Target,SOURCE\r\n\r\n3,b,a\r\n# a comment\r\n   \r\n0.5,c,b"
        let raw = try Self.parse(text)
        #expect(Self.pairs(raw) == ["a-b", "b-c"])
        #expect(raw.weights == [3, 0.5])
        #expect(raw.tieTypes == [""])
    }

    @Test("semicolon and tab delimiters are detected", arguments: [";", "\t"])
    func delimiters(_ d: String) throws {
        let raw = try Self.parse("source\(d)target\(d)weight\na\(d)b\(d)2\n")
        #expect(Self.pairs(raw) == ["a-b"])
        #expect(raw.weights == [2])
    }

    @Test("RFC 4180 quoting: delimiters, quotes and line breaks inside ids")
    func quoting() throws {
        let text = "source,target\n\"Smith, Jones & Co\",\"The \"\"Big\"\" Firm\"\n\"multi\nline\",x\nÜberlingen GmbH,株式会社\n"
        let raw = try Self.parse(text)
        #expect(raw.ids == ["Smith, Jones & Co", "The \"Big\" Firm", "multi\nline", "x", "Überlingen GmbH", "株式会社"])
    }

    @Test("numbers in any notation")
    func numbers() throws {
        let raw = try Self.parse("source,target,weight\na,b,1e-3\nb,c,0.1\nc,d,12345678901234567890\nd,e,+7\n")
        #expect(raw.weights == [1e-3, 0.1, 1.2345678901234567e19, 7])
    }

    @Test("columns renamed by option")
    func renamedColumns() throws {
        var options = EdgeListOptions()
        options.sourceColumn = "from"
        options.targetColumn = "to"
        let raw = try Self.parse("from,to\nx,y\n", options: options)
        #expect(Self.pairs(raw) == ["x-y"])
        #expect(!raw.hasWeights)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var line: Int?
        var column: Int?
        var fragment: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        .init(name: "empty file", bytes: [], line: nil, column: nil, fragment: "empty"),
        .init(name: "missing source column", bytes: Array("from,target\na,b\n".utf8), line: 1, column: nil, fragment: "no 'source' column"),
        .init(name: "missing target column", bytes: Array("source,to\na,b\n".utf8), line: 1, column: nil, fragment: "no 'target' column"),
        .init(name: "ragged row", bytes: Array("source,target\na,b\nc,d,e\n".utf8), line: 3, column: nil, fragment: "expected 2 fields"),
        .init(name: "unterminated quote", bytes: Array("source,target\na,b\n\"c,d\ne,f\n".utf8), line: 3, column: 1, fragment: "unterminated"),
        .init(name: "non-numeric weight", bytes: Array("source,target,weight\na,b,1\na,c,heavy\n".utf8), line: 3, column: 5, fragment: "finite number > 0"),
        .init(name: "negative weight", bytes: Array("source,target,weight\na,b,-1\n".utf8), line: 2, column: 5, fragment: "finite number > 0"),
        .init(name: "zero weight", bytes: Array("source,target,weight\na,b,0\n".utf8), line: 2, column: 5, fragment: "finite number > 0"),
        .init(name: "NaN weight", bytes: Array("source,target,weight\na,b,nan\n".utf8), line: 2, column: 5, fragment: "finite number > 0"),
        .init(name: "infinite weight", bytes: Array("source,target,weight\na,b,inf\n".utf8), line: 2, column: 5, fragment: "finite number > 0"),
        .init(name: "empty weight", bytes: Array("source,target,weight\na,b,\n".utf8), line: 2, column: 5, fragment: "finite number > 0"),
        .init(name: "empty source id", bytes: Array("source,target\n,b\n".utf8), line: 2, column: 1, fragment: "empty source id"),
        .init(name: "empty target id", bytes: Array("source,target\na,\"\"\n".utf8), line: 2, column: 3, fragment: "empty target id"),
        .init(name: "invalid UTF-8", bytes: Array("source,target\na,".utf8) + [0xC3, 0x28] + Array("\n".utf8), line: 2, column: 3, fragment: "invalid UTF-8"),
        .init(name: "junk after closing quote", bytes: Array("source,target\n\"a\"x,b\n".utf8), line: 2, column: 4, fragment: "after a closing quote"),
    ]

    @Test("bad input names the file, line and column", arguments: badCases)
    func badInput(_ bad: BadCase) {
        let error = #expect(throws: InputError.self) { _ = try Self.parse(bytes: bad.bytes) }
        #expect(error?.file == "edges.csv")
        #expect(error?.line == bad.line)
        if let column = bad.column { #expect(error?.column == column) }
        #expect(error?.message.contains(bad.fragment) == true, "message: \(error?.message ?? "")")
    }

    @Test("a missing file is an input error naming it")
    func missingFile() {
        let error = #expect(throws: InputError.self) { _ = try EdgeListReader.read(path: "/nonexistent/edges.csv") }
        #expect(error?.description.hasPrefix("/nonexistent/edges.csv: cannot open file") == true)
    }
}
