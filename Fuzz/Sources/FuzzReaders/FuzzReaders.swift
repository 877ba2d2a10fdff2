import FuzzDriver
@_spi(Testing) import SpilloverKit

#if canImport(Glibc)
import Glibc
#endif

/// One fuzz input: a flags byte, then an edge list, then (after the first NUL byte, if any)
/// a node table. The flags choose the delimiter, directedness and merge policy. Any input
/// must end in a graph or an `InputError`; the built graph must satisfy its invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data, size > 0 else { return 0 }
    let flags = data[0]
    let body = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let split = body.firstIndex(of: 0) ?? body.count
    let edgeBytes = UnsafeBufferPointer(rebasing: body[..<split])
    let nodeBytes = split < body.count ? UnsafeBufferPointer(rebasing: body[(split + 1)...]) : nil

    var options = EdgeListOptions()
    let delimiters: [Character?] = [nil, ",", "\t", ";"]
    options.delimiter = delimiters[Int(flags & 3)]
    let directed = flags & 4 != 0
    let merge = MergePolicy.allCases[Int(flags >> 3) % MergePolicy.allCases.count]

    // The pre-scan of large files (forced here) must end exactly as the building pass does.
    let scanned = Result { () throws(InputError) -> RawEdgeList in
        try EdgeListReader.parse(bytes: edgeBytes, file: "edges.csv", options: options, preScanAbove: 0)
    }
    let raw: RawEdgeList
    do { raw = try EdgeListReader.parse(bytes: edgeBytes, file: "edges.csv", options: options) } catch {
        require(scanned.failure == error, "the pre-scan fails with the building pass's error")
        return 0
    }
    guard case .success(let again) = scanned else { require(false, "the pre-scan accepts what the building pass accepts"); return 0 }
    require(again.ids == raw.ids && again.tails == raw.tails && again.heads == raw.heads && again.weights == raw.weights
            && again.types == raw.types && again.tieTypes == raw.tieTypes && again.hasWeights == raw.hasWeights,
            "the pre-scan does not change what is read")
    checkRaw(raw)
    var nodes: NodeTable?
    if let nodeBytes {
        do { nodes = try NodeTableReader.parse(bytes: nodeBytes, file: "nodes.csv", delimiter: options.delimiter) } catch { return 0 }
        checkNodes(nodes!)
    }
    let graph = GraphBuilder.build(edges: raw, nodes: nodes, directed: directed, merge: merge)
    checkGraph(graph, raw: raw, nodes: nodes)
    return 0
}

/// The program's entry point: SwiftPM links an executable target's `main` as
/// `<target>_main`, so this hands the command line to libFuzzer's driver.
@_cdecl("FuzzReaders_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzReaders(data, size) }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

private func require(_ condition: Bool, _ what: String) {
    if !condition {
        var text = "fuzz invariant violated: \(what)\n"
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        abort()
    }
}

private func checkRaw(_ raw: RawEdgeList) {
    let m = raw.tails.count
    require(raw.heads.count == m && raw.weights.count == m && raw.types.count == m, "raw columns of one length")
    require(raw.tails.allSatisfy { $0 >= 0 && Int($0) < raw.ids.count }, "raw tails in range")
    require(raw.heads.allSatisfy { $0 >= 0 && Int($0) < raw.ids.count }, "raw heads in range")
    require(raw.types.allSatisfy { $0 >= 0 && (raw.tieTypes.isEmpty || Int($0) < raw.tieTypes.count) }, "raw types in range")
    require(raw.weights.allSatisfy { $0.isFinite && $0 > 0 }, "raw weights finite and positive")
    require(Set(raw.ids).count == raw.ids.count, "raw ids distinct")
    require(raw.ids.allSatisfy { !$0.isEmpty }, "raw ids non-empty")
}

private func checkNodes(_ nodes: NodeTable) {
    require(Set(nodes.ids).count == nodes.ids.count, "node ids distinct")
    require(nodes.columns.count == nodes.columnNames.count, "one column per name")
    require(nodes.columns.allSatisfy { $0.count == nodes.ids.count }, "columns as long as ids")
    require(nodes.absorptiveCapacity.count == nodes.ids.count, "capacity as long as ids")
    require(nodes.absorptiveCapacity.allSatisfy { $0 == nil || (0...1).contains($0!) }, "capacity in [0, 1]")
}

private func checkGraph(_ g: ClusterGraph, raw: RawEdgeList, nodes: NodeTable?) {
    let n = g.nodeCount
    require(n >= raw.ids.count, "every raw id is a node")
    require(Set(g.ids).count == n, "node ids distinct")
    for id in nodes?.ids ?? [] { require(g.node(id: id) != nil, "every node-table id is a node") }
    let e = g.edges
    require(e.heads.count == e.count && e.weights.count == e.count && e.types.count == e.count, "edge columns of one length")
    for i in 0..<e.count {
        require(e.tails[i] >= 0 && Int(e.tails[i]) < n && e.heads[i] >= 0 && Int(e.heads[i]) < n, "edge ends in range")
        require(e.tails[i] != e.heads[i], "no self-loops")
        require(e.weights[i].isFinite && e.weights[i] > 0, "weights finite and positive")
        if !g.isDirected { require(e.tails[i] < e.heads[i], "undirected ties stored tail < head") }
        if i > 0 { require((e.tails[i - 1], e.heads[i - 1]) < (e.tails[i], e.heads[i]), "edges sorted and merged") }
    }
    require(e.count <= raw.tails.count, "merging never adds ties")
    if g.buildReport.weightSumOverflow == nil {
        require(Centrality.strength(g).allSatisfy { $0.isFinite && 2 * $0 < .infinity }, "no report of overflow: strengths finite")
    }
    for adjacency in [g.outAdjacency, g.inAdjacency] {
        require(adjacency.offsets.count == n + 1 && adjacency.offsets.first == 0, "offsets cover every node")
        require(zip(adjacency.offsets, adjacency.offsets.dropFirst()).allSatisfy { $0 <= $1 }, "offsets ascending")
        let slots = adjacency.offsets.last!
        require(slots == (g.isDirected ? e.count : 2 * e.count), "adjacency lists every tie")
        require(adjacency.neighbors.count == slots && adjacency.edgeIDs.count == slots, "adjacency arrays sized")
        for v in 0..<n {
            for k in adjacency.range(v) {
                let id = Int(adjacency.edgeIDs[k]), w = Int(adjacency.neighbors[k])
                require(id >= 0 && id < e.count, "edge id in range")
                let (t, h) = (Int(e.tails[id]), Int(e.heads[id]))
                require((t == v && h == w) || (h == v && t == w), "adjacency entry matches its edge")
            }
        }
    }
}
