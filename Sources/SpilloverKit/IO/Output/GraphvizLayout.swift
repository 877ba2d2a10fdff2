import Foundation

/// Node positions from a GraphViz layout, for GEXF's `viz:position`: the same layout
/// program and DOT text as `spillover dot`, run with `-Tplain` (GraphViz's own text format of
/// the laid-out graph: `node <name> <x> <y> …` in inches).
public enum GraphvizLayout {
    /// Above this many firms GEXF files get no positions unless a layout is asked for:
    /// `sfdp` ran for more than 9 CPU minutes on 10^5 firms (Benchmarks/formats/RESULTS.md),
    /// and Gephi lays a network out itself.
    public static let automaticLimit = 5000

    /// The positions of nodes `n0`, `n1`, … of `dot` in points (1/72 inch), y up as in
    /// GraphViz and Gephi.
    ///
    /// - Throws: ``RenderError`` when GraphViz fails or leaves a node out.
    public static func positions(
        _ dot: String, nodeCount: Int, layout: DOTOptions.Layout, renderer: GraphvizRenderer
    ) throws(RenderError) -> (x: [Double], y: [Double]) {
        // The DOT text goes through a file, not standard input: with one pipe this thread
        // reads the layout to its end without a writer thread for the other one.
        try GraphvizRenderer.withDOTFile(dot) { input throws(RenderError) in
            try run(input, nodeCount: nodeCount, layout: layout, renderer: renderer)
        }
    }

    private static func run(
        _ input: URL, nodeCount: Int, layout: DOTOptions.Layout, renderer: GraphvizRenderer
    ) throws(RenderError) -> (x: [Double], y: [Double]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer.executable)
        process.arguments = ["-K\(layout.rawValue)", "-Tplain", input.path]
        let output = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw RenderError(code: .failed, message: "cannot run \(renderer.executable): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw RenderError(code: .failed, message: "GraphViz (-K\(layout.rawValue) -Tplain) failed with status \(process.terminationStatus)")
        }
        var x = [Double](repeating: .nan, count: nodeCount), y = x
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("node ") {
            let words = line.split(separator: " ", maxSplits: 4)
            guard words.count >= 4, words[1].hasPrefix("n"), let v = Int(words[1].dropFirst()), v >= 0, v < nodeCount,
                let px = Double(words[2]), let py = Double(words[3])
            else { continue }
            x[v] = px * 72
            y[v] = py * 72
        }
        if x.contains(where: \.isNaN) {
            throw RenderError(code: .failed, message: "GraphViz (-K\(layout.rawValue) -Tplain) left firms without a position")
        }
        return (x, y)
    }
}

extension GraphExport.Look {
    /// The look of `spillover dot`'s default picture: colours by group (the same palette and
    /// order as its legend; one colour without groups), node size growing with the square
    /// root of strength (5 to 30), at the given positions.
    public static func standard(graph: ClusterGraph, x: [Double], y: [Double]) -> GraphExport.Look {
        let n = graph.nodeCount
        var colors = [RGB](repeating: Palette.qualitative[1], count: n)
        if let groups = graph.attributes.groups {
            let (byName, _) = DOTStyling.categoryColors(groups)
            for v in 0..<n { colors[v] = byName[groups[v]] ?? Palette.missing }
        }
        var strength = [Double](repeating: 0, count: n)
        let edges = graph.edges
        for e in 0..<edges.count {
            strength[Int(edges.tails[e])] += edges.weights[e]
            strength[Int(edges.heads[e])] += edges.weights[e]
        }
        let top = strength.max() ?? 0
        let sizes = strength.map { top > 0 ? 5 + 25 * ($0 / top).squareRoot() : 10 }
        return GraphExport.Look(x: x, y: y, colors: colors, sizes: sizes)
    }
}
