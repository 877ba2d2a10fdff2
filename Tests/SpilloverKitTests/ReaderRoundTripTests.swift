import Testing
@testable import SpilloverKit

/// Property tests of the readers: any table `DataTable.csv()` writes reads back identically
/// through `NodeTableReader` and `EdgeListReader`, whatever its ids and labels hold (quotes,
/// delimiters, line breaks of every kind, a leading `#`, spaces and tabs at either end,
/// unicode). Tables come from a seeded generator, so a failure names a reproducible seed.
@Suite("reader round trips")
struct ReaderRoundTripTests {
    /// Pieces that exercise the quoting rules; random strings are concatenations of them.
    static let pieces: [String] = [
        "a", "b", "Z", "7", "acme", "Firm", ",", ";", "\t", "\"", "\"\"", " ", "  ", "\n", "\r\n", "\r", "#", "-",
        "é", "Ü", "日本", "𝔸", "🏭", "👩‍🔬", "\u{00A0}", "\u{FEFF}", "'", "=", "\\", "|",
    ]

    static func randomString(_ rng: inout SplitMix64, maxPieces: Int = 5) -> String {
        let count = Int.random(in: 1...maxPieces, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// Distinct non-empty ids.
    static func randomIds(_ n: Int, _ rng: inout SplitMix64) -> [String] {
        var seen = Set<String>(), ids: [String] = []
        while ids.count < n {
            let id = randomString(&rng)
            if seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    static func parse<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(InputError) -> T) throws(InputError) -> T {
        let bytes = Array(text.utf8)
        var result: Result<T, InputError>!
        bytes.withUnsafeBufferPointer { buffer in
            do throws(InputError) { result = .success(try body(buffer)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    @Test("node tables written by DataTable.csv() read back identically", arguments: 0..<300)
    func nodeTable(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let n = Int.random(in: 1...12, using: &rng)
        let ids = Self.randomIds(n, &rng)
        let labels = (0..<n).map { _ in Bool.random(using: &rng) ? Self.randomString(&rng) : "" }
        let groups = (0..<n).map { _ in Self.randomString(&rng, maxPieces: 2) }
        let capacity = (0..<n).map { _ in Bool.random(using: &rng) ? Double.random(in: 0...1, using: &rng) : nil }
        let table = DataTable(
            columns: ["id", "label", "group", "absorptive_capacity"],
            rows: (0..<n).map { i in
                [.text(ids[i]), .text(labels[i]), .text(groups[i]), capacity[i].map(Cell.number) ?? .missing]
            })
        let csv = table.csv()
        let read = try Self.parse(csv) { bytes throws(InputError) in try NodeTableReader.parse(bytes: bytes, file: "nodes.csv") }
        #expect(read.ids == ids, "seed \(seed): \(csv.debugDescription)")
        #expect(read.columnNames == ["label", "group", "absorptive_capacity"])
        #expect(read.columns.first == labels, "seed \(seed): \(csv.debugDescription)")
        #expect(read.columns.dropFirst().first == groups, "seed \(seed): \(csv.debugDescription)")
        #expect(read.absorptiveCapacity == capacity, "seed \(seed)")
    }

    @Test("edge lists written by DataTable.csv() read back identically", arguments: 0..<300)
    func edgeList(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed &+ 1_000_000)
        let ids = Self.randomIds(Int.random(in: 2...10, using: &rng), &rng)
        let m = Int.random(in: 1...20, using: &rng)
        var ties: [(String, String, Double, String)] = []
        for _ in 0..<m {
            let weight = [1, 0.5, 1e-9, 3.25e12, Double.random(in: 1e-6...1e6, using: &rng)].randomElement(using: &rng)!
            ties.append((ids.randomElement(using: &rng)!, ids.randomElement(using: &rng)!, weight, Self.randomString(&rng, maxPieces: 2)))
        }
        let table = DataTable(columns: ["source", "target", "weight", "type"], rows: ties.map { [.text($0.0), .text($0.1), .number($0.2), .text($0.3)] })
        let csv = table.csv()
        let raw = try Self.parse(csv) { bytes throws(InputError) in try EdgeListReader.parse(bytes: bytes, file: "edges.csv") }
        let read = zip(raw.tails, raw.heads).enumerated().map { e, pair in
            (raw.ids[Int(pair.0)], raw.ids[Int(pair.1)], raw.weights[e], raw.tieTypes[Int(raw.types[e])])
        }
        #expect(read.count == ties.count, "seed \(seed): \(csv.debugDescription)")
        for (a, b) in zip(read, ties) {
            #expect(a.0 == b.0 && a.1 == b.1 && a.2 == b.2 && a.3 == b.3, "seed \(seed): read \(a), wrote \(b)")
        }
    }

    /// The cases a random draw may miss, one by one.
    @Test(
        "quoting: each awkward id round-trips",
        arguments: [
            "say \"hi\"", "a,b", "line\nbreak", "crlf\r\nbreak", "cr\ronly", "#not a comment", " padded ", "\ttabbed\t",
            "日本語", "🏭 works", "\u{FEFF}bom", "semi;colon", "\"", ",", "#", " ", "\"\"", "\r\n",
        ])
    func awkwardId(_ id: String) throws {
        let csv = DataTable(columns: ["source", "target"], rows: [[.text(id), .text("x")], [.text("y"), .text(id)]]).csv()
        let raw = try Self.parse(csv) { bytes throws(InputError) in try EdgeListReader.parse(bytes: bytes, file: "edges.csv") }
        #expect(raw.ids == [id, "x", "y"], "\(csv.debugDescription)")
    }
}
