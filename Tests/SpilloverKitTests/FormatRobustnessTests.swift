import Foundation
import Testing
@testable import SpilloverKit

/// Cut and corrupted files of every format end in a graph or an ``InputError``, never a crash:
/// each fixture truncated at many points and with bytes overwritten (a fixed seed), read by
/// the reader of its format and built. A cheap stand-in for a fuzz target of these readers.
@Suite struct FormatRobustnessTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("formats")

    static let files: [(String, InputFormat)] = [
        ("florentine/nx.graphml", .graphml), ("florentine/igraph.graphml", .graphml), ("florentine/nx.gexf", .gexf),
        ("florentine/gexf13.gexf", .gexf), ("florentine/nx.gml", .gml), ("florentine/igraph.gml", .gml),
        ("florentine/relations.net", .pajek), ("karate/nx.net", .pajek), ("florentine/fullmatrix.dl", .dl),
        ("lesmis/edgelist1.dl", .dl), ("karate/nodelist1.dl", .dl), ("karate/embedded.dl", .dl), ("karate/matrix.csv", .matrix),
    ]

    /// SplitMix64, so that the corruptions are the same on every run.
    struct Mix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func survive(_ bytes: [UInt8], format: InputFormat, directed: Bool) {
        var options = GraphReadOptions()
        options.format = format
        options.directed = directed
        bytes.withUnsafeBufferPointer { b in
            do {
                let (input, _) = try GraphLoader.read(bytes: b, file: "f", path: "f", options: options, release: nil)
                let raw = input.edges
                #expect(raw.tails.count == raw.heads.count && raw.heads.count == raw.weights.count && raw.weights.count == raw.types.count)
                #expect(raw.tails.allSatisfy { $0 >= 0 && Int($0) < raw.ids.count } && raw.heads.allSatisfy { $0 >= 0 && Int($0) < raw.ids.count })
                #expect(raw.types.allSatisfy { $0 >= 0 && Int($0) < raw.tieTypes.count })
                #expect(raw.weights.allSatisfy { $0.isFinite && $0 > 0 })
                if let nodes = input.nodes { #expect(nodes.columns.allSatisfy { $0.count == nodes.ids.count }) }
                _ = GraphBuilder.buildUnchecked(edges: raw, nodes: input.nodes, directed: directed)
            } catch let error as InputError {
                #expect(!error.message.isEmpty)
            } catch {
                Issue.record("not an InputError: \(error)")
            }
        }
    }

    @Test(arguments: files.indices)
    func truncatedAndCorruptedFilesFailCleanly(_ k: Int) throws {
        let (name, format) = Self.files[k]
        let original = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        var rng = Mix(state: UInt64(k) &+ 1)
        let alphabet = Array("<>\"'&=[]:;,*# \n\r\t0123456789-.eE!xyz".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<60 {
            Self.survive(Array(original.prefix(Int(rng.next() % UInt64(original.count + 1)))), format: format, directed: rng.next() % 2 == 0)
            var corrupted = original
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                corrupted[Int(rng.next() % UInt64(corrupted.count))] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            }
            Self.survive(corrupted, format: format, directed: rng.next() % 2 == 0)
        }
    }
}
