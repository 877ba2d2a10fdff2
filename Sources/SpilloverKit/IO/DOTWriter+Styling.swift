import Foundation

/// Colours, sizes and line styles computed from the options, before any text is written.
struct DOTStyling {
    /// Fill per node.
    var fills: [RGB]
    /// Legend entries of a qualitative colour key: category (or "other …", "none") and colour.
    var categorySwatches: [(name: String, color: RGB)] = []
    /// The finite range of a sequential colour key.
    var valueRange: ClosedRange<Double>?
    /// Distinct values when a sequential key has few integral ones (arrival steps).
    var discreteValues: [Double]?
    /// Whether some node has no colour value.
    var hasMissingColor = false
    /// Node width (diameter, inches) per node, when sized.
    var widths: [Double]?
    /// The finite range of the size key.
    var sizeRange: ClosedRange<Double>?
    /// Line style and colour per tie type (indexed like ``ClusterGraph/tieTypes``).
    var tieStyles: [(style: String, color: RGB)]
    /// Tie types present, in legend order.
    var tieTypesInUse: [Int]
    /// The range of tie weights, when they vary.
    var weightRange: ClosedRange<Double>?

    /// The qualitative colour of categories in order of decreasing frequency (ties by name),
    /// the palette's colours for the most frequent, ``Palette/other`` for the rest.
    static func categoryColors(_ values: [String]) -> (colors: [String: RGB], swatches: [(String, RGB)]) {
        var counts: [String: Int] = [:]
        for v in values where !v.isEmpty { counts[v, default: 0] += 1 }
        let order = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
        var colors: [String: RGB] = [:]
        var swatches: [(String, RGB)] = []
        let palette = Palette.qualitative
        // With more categories than colours, the last colour gives way to "other".
        let named = order.count <= palette.count ? order.count : palette.count - 1
        for (k, name) in order.enumerated() {
            let color = k < named ? palette[k] : Palette.other
            colors[name] = color
            if k < named { swatches.append((name, color)) }
        }
        if order.count > named {
            let rest = order.count - named
            swatches.append(("\(rest) other\(rest == 1 ? "" : "s")", Palette.other))
        }
        return (colors, swatches)
    }

    init(graph: ClusterGraph, options: DOTOptions, large: Bool) {
        let n = graph.nodeCount
        fills = [RGB](repeating: large ? RGB(hex: 0x6A8CAF) : RGB(hex: 0xDCE6F0), count: n)
        switch options.color {
        case .categories(let key)?:
            let (colors, swatches) = Self.categoryColors(key.values)
            for v in 0..<n {
                if let c = colors[key.values[v]] { fills[v] = c } else { fills[v] = Palette.missing; hasMissingColor = true }
            }
            categorySwatches = swatches
        case .values(let key)?:
            let finite = key.values.filter(\.isFinite)
            if let lo = finite.min(), let hi = finite.max() {
                valueRange = lo...hi
                let distinct = Set(finite)
                if distinct.count <= 9, distinct.allSatisfy({ $0 == $0.rounded() }) {
                    discreteValues = distinct.sorted()
                }
            }
            for v in 0..<n {
                let x = key.values[v]
                guard x.isFinite, let range = valueRange else {
                    fills[v] = Palette.missing
                    hasMissingColor = true
                    continue
                }
                fills[v] = Palette.sequential(at: Self.fraction(x, in: range))
            }
        case nil:
            break
        }

        if let key = options.size {
            let finite = key.values.filter(\.isFinite)
            let (lo, hi) = large ? (0.06, 0.45) : (0.22, 0.85)
            let range = finite.min().flatMap { a in finite.max().map { b in a...b } }
            sizeRange = range
            // Area ∝ value: the diameter grows with the square root between lo and hi.
            widths = key.values.map { x in
                guard x.isFinite, let range else { return lo }
                let t = Self.fraction(x, in: range)
                return (lo * lo + t * (hi * hi - lo * lo)).squareRoot()
            }
        }

        // Tie types: vertical solid, horizontal dashed, institutional dotted; any other type a
        // plain line, told apart by colour when there are several.
        var styles: [(String, RGB)] = []
        let others = graph.tieTypes.enumerated()
            .filter { !["vertical", "horizontal", "institutional", ClusterMap.membershipTie.lowercased(), ""].contains($0.element.lowercased()) }
            .sorted { $0.element < $1.element }.map(\.offset)
        for (k, name) in graph.tieTypes.enumerated() {
            switch name.lowercased() {
            case "vertical": styles.append(("solid", Palette.tieTypes[0]))
            case "horizontal": styles.append(("dashed", Palette.tieTypes[0]))
            case "institutional": styles.append(("dotted", Palette.tieTypes[0]))
            case ClusterMap.membershipTie.lowercased(): styles.append(("dashed", Palette.other))
            default:
                let rank = others.firstIndex(of: k).map { $0 + 1 } ?? 0
                let color = others.count > 1 ? Palette.tieTypes[min(rank, Palette.tieTypes.count - 1)] : Palette.tieTypes[0]
                styles.append(("solid", color))
            }
        }
        tieStyles = styles
        var used = [Bool](repeating: false, count: graph.tieTypes.count)
        for t in graph.edges.types { used[Int(t)] = true }
        let legendOrder = ["vertical": 0, "horizontal": 1, "institutional": 2]
        tieTypesInUse = (0..<graph.tieTypes.count).filter { used[$0] && !graph.tieTypes[$0].isEmpty }
            .sorted { a, b in
                let ka = legendOrder[graph.tieTypes[a].lowercased()] ?? 3, kb = legendOrder[graph.tieTypes[b].lowercased()] ?? 3
                return (ka, graph.tieTypes[a]) < (kb, graph.tieTypes[b])
            }
        if graph.isWeighted, let lo = graph.edges.weights.min(), let hi = graph.edges.weights.max(), hi > lo {
            weightRange = lo...hi
        }
    }

    /// Where `x` lies in `range`, 0 to 1; 0.5 when the range is a single value.
    static func fraction(_ x: Double, in range: ClosedRange<Double>) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return 0.5 }
        return min(max((x - range.lowerBound) / span, 0), 1)
    }

    /// The pen width of a tie of weight `w`: linear in the weight between the thinnest and
    /// the thickest line; one width when weights do not vary.
    func penWidth(_ w: Double, density: DOTWriter.Density) -> Double {
        let (lo, hi, plain) = density.penWidths
        guard let range = weightRange else { return plain }
        return lo + Self.fraction(w, in: range) * (hi - lo)
    }
}
