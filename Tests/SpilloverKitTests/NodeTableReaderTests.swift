import Testing
@testable import SpilloverKit

@Suite("node table reader")
struct NodeTableReaderTests {
    static func parse(_ text: String) throws(InputError) -> NodeTable {
        let bytes = Array(text.utf8)
        var result: Result<NodeTable, InputError>!
        bytes.withUnsafeBufferPointer { buffer in
            do throws(InputError) {
                result = .success(try NodeTableReader.parse(bytes: buffer, file: "nodes.csv"))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    @Test("columns kept as text, absorptive capacity parsed")
    func columns() throws {
        let t = try Self.parse("ID,label,group,absorptive_capacity,sector\nf1,\"Firm One, Ltd\",A,0.25,metal\nf2,,B,,\n")
        #expect(t.ids == ["f1", "f2"])
        #expect(t.columnNames == ["label", "group", "absorptive_capacity", "sector"])
        #expect(t.columns[0] == ["Firm One, Ltd", ""])
        #expect(t.absorptiveCapacity == [0.25, nil])
    }

    static let bad: [(String, String, Int, String)] = [
        ("no id column", "firm,group\na,b\n", 1, "no 'id' column"),
        // R igraph's vertex table names its id column `name`: recognised (NodeTableFallbackTests).
        ("duplicate id", "id,group\na,X\nb,Y\na,Z\n", 4, "duplicate id 'a' (first on line 2)"),
        ("capacity above 1", "id,absorptive_capacity\na,1.5\n", 2, "absorptive_capacity must be a number in [0, 1]"),
        ("capacity negative", "id,absorptive_capacity\na,-0.1\n", 2, "absorptive_capacity must be a number in [0, 1]"),
        ("capacity not a number", "id,absorptive_capacity\na,high\n", 2, "absorptive_capacity must be a number in [0, 1]"),
        ("empty id", "id,group\n,A\n", 2, "empty id"),
        ("ragged row", "id,group\na\n", 2, "expected 2 fields"),
    ]

    @Test("bad node tables name the line", arguments: bad)
    func badInput(_ name: String, _ text: String, _ line: Int, _ fragment: String) {
        let error = #expect(throws: InputError.self) { _ = try Self.parse(text) }
        #expect(error?.line == line)
        #expect(error?.message.contains(fragment) == true, "\(name): \(error?.message ?? "")")
    }
}
