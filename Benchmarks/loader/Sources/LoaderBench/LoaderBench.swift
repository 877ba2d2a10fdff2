// Times one way of loading an edge list and prints `seconds=… nodes=… ties=…` on stdout.
//
//   loader-bench read|build|csvswift|swiftcsv FILE
//
// read      spillover's EdgeListReader.read alone (scan, intern ids, parse weights)
// build     EdgeListReader.read + GraphBuilder.build (merge duplicates, drop loops, CSR)
// csvswift  yaslab/CSV.swift's CSVReader over the file, ids interned into [String: Int32],
//           weights parsed with Double(_:), types interned: the work of `read`, on a package
// swiftcsv  the same with swiftcsv/SwiftCSV (String(contentsOf:) + enumerateAsArray)
//
// The time covers the load only (not process start); scripts/bench-load takes the median
// over runs and the peak RSS from /usr/bin/time -v.
import CSV
import Foundation
import SpilloverKit
import SwiftCSV

/// What every mode produces, so that no work can be optimised away.
struct Loaded {
    var nodes: Int
    var ties: Int
    var weightSum: Double
}

/// Interning as a straightforward Swift program would: a dictionary from id to number.
struct DictionaryInterner {
    var index: [String: Int32] = [:]
    var names: [String] = []
    mutating func intern(_ s: String) -> Int32 {
        if let k = index[s] { return k }
        let k = Int32(names.count)
        index[s] = k
        names.append(s)
        return k
    }
}

/// The columns every package-based mode builds: the same as spillover's RawEdgeList.
struct Columns {
    var ids = DictionaryInterner()
    var types = DictionaryInterner()
    var tails: [Int32] = []
    var heads: [Int32] = []
    var weights: [Double] = []
    var typeIDs: [Int32] = []

    mutating func add(_ row: [String], source: Int, target: Int, weight: Int, type: Int) throws {
        guard row.count > max(source, target, weight, type) else { throw BenchError.bad("ragged row") }
        tails.append(ids.intern(row[source]))
        heads.append(ids.intern(row[target]))
        guard let w = Double(row[weight]), w.isFinite, w > 0 else { throw BenchError.bad("bad weight \(row[weight])") }
        weights.append(w)
        typeIDs.append(types.intern(row[type]))
    }

    var loaded: Loaded { Loaded(nodes: ids.names.count, ties: tails.count, weightSum: weights.reduce(0, +)) }
}

enum BenchError: Error { case bad(String) }

func columnIndices(_ header: [String]) throws -> (Int, Int, Int, Int) {
    func find(_ name: String) throws -> Int {
        guard let i = header.firstIndex(where: { $0.lowercased() == name }) else { throw BenchError.bad("no \(name) column") }
        return i
    }
    return (try find("source"), try find("target"), try find("weight"), try find("type"))
}

func loadCSVSwift(_ path: String) throws -> Loaded {
    guard let stream = InputStream(fileAtPath: path) else { throw BenchError.bad("cannot open \(path)") }
    let reader = try CSVReader(stream: stream, hasHeaderRow: true)
    let (s, t, w, ty) = try columnIndices(reader.headerRow ?? [])
    var columns = Columns()
    while let row = reader.next() {
        try columns.add(row, source: s, target: t, weight: w, type: ty)
    }
    // On Linux, Foundation's InputStream keeps reporting bytes available at the end of the
    // file, so CSV.swift ends every read with `cannotReadFile`; the tie count printed (checked
    // against `read` by scripts/bench-load) shows that every row was read.
    if let error = reader.error, !isEndOfStream(error) { throw error }
    return columns.loaded
}

func isEndOfStream(_ error: Error) -> Bool {
    if case CSVError.cannotReadFile = error { return true }
    return false
}

func loadSwiftCSV(_ path: String) throws -> Loaded {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // rowLimit 0: parse the header only; the rows are streamed below.
    let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
    let (s, t, w, ty) = try columnIndices(csv.header)
    var columns = Columns()
    var failure: Error?
    try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { row in
        guard failure == nil else { return }
        do { try columns.add(row, source: s, target: t, weight: w, type: ty) } catch { failure = error }
    }
    if let failure { throw failure }
    return columns.loaded
}

func loadSpillover(_ path: String, build: Bool) throws -> Loaded {
    let raw = try EdgeListReader.read(path: path)
    guard build else {
        return Loaded(nodes: raw.ids.count, ties: raw.tails.count, weightSum: raw.weights.reduce(0, +))
    }
    let graph = try GraphBuilder.build(edges: raw)
    return Loaded(nodes: graph.nodeCount, ties: graph.edgeCount, weightSum: graph.edges.weights.reduce(0, +))
}

@main
struct LoaderBench {
    static func main() {
        let args = CommandLine.arguments
        guard args.count == 3 else {
            FileHandle.standardError.write(Data("usage: loader-bench read|build|csvswift|swiftcsv FILE\n".utf8))
            exit(64)
        }
        let mode = args[1], path = args[2]
        let clock = ContinuousClock()
        let start = clock.now
        let result: Loaded
        do {
            switch mode {
            case "read": result = try loadSpillover(path, build: false)
            case "build": result = try loadSpillover(path, build: true)
            case "csvswift": result = try loadCSVSwift(path)
            case "swiftcsv": result = try loadSwiftCSV(path)
            default:
                FileHandle.standardError.write(Data("unknown mode \(mode)\n".utf8))
                exit(64)
            }
        } catch {
            FileHandle.standardError.write(Data("loader-bench: \(error)\n".utf8))
            exit(65)
        }
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print("seconds=\(String(format: "%.4f", seconds)) nodes=\(result.nodes) ties=\(result.ties) weight_sum=\(result.weightSum)")
    }
}
