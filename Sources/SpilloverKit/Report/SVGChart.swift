/// Small, deterministic SVG charts for reports: a line chart with an optional band, a
/// histogram and a horizontal bar chart. Written by hand because no Swift charting
/// package is available on the build machines, and the output must be byte-identical from
/// run to run (no timestamps, no random ids, fixed number formatting).
public struct SVGChart: Sendable {
    /// The chart's title, drawn above the plot.
    public var title: String
    /// The label of the horizontal axis.
    public var xLabel: String
    /// The label of the vertical axis.
    public var yLabel: String
    /// The width of the SVG, in pixels (user units).
    public var width: Double = 640
    /// The height of the SVG, in pixels (user units).
    public var height: Double = 360

    /// An empty chart with a title and axis labels, 640 × 360.
    public init(title: String, xLabel: String, yLabel: String) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// A line series, optionally with a shaded band (e.g. the 5th–95th percentile).
    public struct Series: Sendable {
        /// The series' name, for the legend.
        public var name: String
        /// The horizontal coordinates of the points.
        public var x: [Double]
        /// The vertical coordinates of the points, one per x.
        public var y: [Double]
        /// The lower edge of the band, one per x; `nil` for no band.
        public var lower: [Double]?
        /// The upper edge of the band, one per x; `nil` for no band.
        public var upper: [Double]?
        /// The line and band colour, as an SVG colour (`#1f77b4`).
        public var color: String

        /// A series of points (`x`, `y`), with a band between `lower` and `upper` when both are given.
        public init(name: String, x: [Double], y: [Double], lower: [Double]? = nil, upper: [Double]? = nil, color: String) {
            self.name = name
            self.x = x
            self.y = y
            self.lower = lower
            self.upper = upper
            self.color = color
        }
    }

    static let margin = (left: 64.0, right: 20.0, top: 40.0, bottom: 52.0)
    static let font = "font-family=\"\(DOTWriter.fontName), sans-serif\""

    /// Lines (with bands) over a shared x axis.
    public func lines(_ series: [Series], legend: Bool = true) -> String {
        let xs = series.flatMap(\.x), ys = series.flatMap { $0.y + ($0.lower ?? []) + ($0.upper ?? []) }.filter(\.isFinite)
        let xAxis = NiceScale(min: xs.min() ?? 0, max: xs.max() ?? 1)
        let yAxis = NiceScale(min: min(0, ys.min() ?? 0), max: ys.max() ?? 1)
        var body = frame(xAxis: xAxis, yAxis: yAxis)
        for s in series {
            if let lower = s.lower, let upper = s.upper {
                let top = zip(s.x, upper).map { point(xAxis, yAxis, $0, $1) }
                let bottom = zip(s.x, lower).reversed().map { point(xAxis, yAxis, $0, $1) }
                body += "<polygon points=\"\((top + bottom).joined(separator: " "))\" fill=\"\(s.color)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
            }
            let path = zip(s.x, s.y).map { point(xAxis, yAxis, $0, $1) }.joined(separator: " ")
            body += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>\n"
        }
        if legend { body += legendBox(series.map { ($0.name, $0.color, $0.lower != nil) }) }
        return document(body)
    }

    /// A histogram of `values` in `bins` equal-width bins (NaN values are left out).
    public func histogram(_ values: [Double], bins: Int = 20, color: String = "#4C72B0") -> String {
        let finite = values.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        let span = hi > lo ? hi - lo : 1
        let count = max(1, bins)
        var counts = [Int](repeating: 0, count: count)
        for v in finite { counts[min(count - 1, Int((v - lo) / span * Double(count)))] += 1 }
        let xAxis = NiceScale(min: lo, max: hi > lo ? hi : lo + 1)
        let yAxis = NiceScale(min: 0, max: Double(counts.max() ?? 1))
        var body = frame(xAxis: xAxis, yAxis: yAxis)
        let step = span / Double(count)
        for (k, c) in counts.enumerated() where c > 0 {
            let x0 = xAxis.position(lo + Double(k) * step, in: plotX), x1 = xAxis.position(lo + Double(k + 1) * step, in: plotX)
            let y0 = yAxis.position(Double(c), in: plotY), y1 = yAxis.position(0, in: plotY)
            body += "<rect x=\"\(fmt(x0))\" y=\"\(fmt(y0))\" width=\"\(fmt(max(1, x1 - x0 - 1)))\" height=\"\(fmt(y1 - y0))\" fill=\"\(color)\"/>\n"
        }
        return document(body)
    }

    /// Horizontal bars, one per label, top to bottom in the given order.
    public func bars(labels: [String], values: [Double], color: String = "#4C72B0") -> String {
        var chart = self
        let labelWidth = Double(min(28, labels.map(\.count).max() ?? 4)) * 6.5 + 12
        chart.height = max(160, Double(labels.count) * 22 + Self.margin.top + Self.margin.bottom)
        let xAxis = NiceScale(min: 0, max: max(values.filter(\.isFinite).max() ?? 1, 1e-12))
        let left = labelWidth, right = chart.width - Self.margin.right
        let top = Self.margin.top, rowHeight = (chart.height - Self.margin.top - Self.margin.bottom) / Double(max(1, labels.count))
        var body = ""
        for tick in xAxis.ticks {
            let x = xAxis.position(tick, in: (left, right))
            body += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(top))\" x2=\"\(fmt(x))\" y2=\"\(fmt(chart.height - Self.margin.bottom))\" stroke=\"#dddddd\"/>\n"
            body += "<text x=\"\(fmt(x))\" y=\"\(fmt(chart.height - Self.margin.bottom + 16))\" text-anchor=\"middle\" font-size=\"11\" \(Self.font)>\(xAxis.label(tick))</text>\n"
        }
        for (k, (label, value)) in zip(labels, values).enumerated() {
            let y = top + Double(k) * rowHeight
            let w = value.isFinite ? xAxis.position(value, in: (left, right)) - left : 0
            body += "<rect x=\"\(fmt(left))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(max(0, w)))\" height=\"\(fmt(rowHeight - 6))\" fill=\"\(color)\"/>\n"
            let shown = label.count > 28 ? String(label.prefix(27)) + "…" : label
            body += "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y + rowHeight / 2 + 4))\" text-anchor=\"end\" font-size=\"11\" \(Self.font)>\(xmlEscape(shown))</text>\n"
        }
        body += "<text x=\"\(fmt((left + right) / 2))\" y=\"\(fmt(chart.height - 12))\" text-anchor=\"middle\" font-size=\"12\" \(Self.font)>\(xmlEscape(xLabel))</text>\n"
        return chart.document(body)
    }

    // MARK: Drawing helpers

    var plotX: (Double, Double) { (Self.margin.left, width - Self.margin.right) }
    var plotY: (Double, Double) { (height - Self.margin.bottom, Self.margin.top) }

    func point(_ xAxis: NiceScale, _ yAxis: NiceScale, _ x: Double, _ y: Double) -> String {
        "\(fmt(xAxis.position(x, in: plotX))),\(fmt(yAxis.position(y.isFinite ? y : 0, in: plotY)))"
    }

    func frame(xAxis: NiceScale, yAxis: NiceScale) -> String {
        var s = ""
        let (x0, x1) = plotX, (y0, y1) = plotY
        for tick in yAxis.ticks {
            let y = yAxis.position(tick, in: plotY)
            s += "<line x1=\"\(fmt(x0))\" y1=\"\(fmt(y))\" x2=\"\(fmt(x1))\" y2=\"\(fmt(y))\" stroke=\"#e5e5e5\"/>\n"
            s += "<text x=\"\(fmt(x0 - 6))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\" font-size=\"11\" \(Self.font)>\(yAxis.label(tick))</text>\n"
        }
        for tick in xAxis.ticks {
            let x = xAxis.position(tick, in: plotX)
            s += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(y0))\" x2=\"\(fmt(x))\" y2=\"\(fmt(y0 + 4))\" stroke=\"#333333\"/>\n"
            s += "<text x=\"\(fmt(x))\" y=\"\(fmt(y0 + 17))\" text-anchor=\"middle\" font-size=\"11\" \(Self.font)>\(xAxis.label(tick))</text>\n"
        }
        s += "<line x1=\"\(fmt(x0))\" y1=\"\(fmt(y0))\" x2=\"\(fmt(x1))\" y2=\"\(fmt(y0))\" stroke=\"#333333\"/>\n"
        s += "<line x1=\"\(fmt(x0))\" y1=\"\(fmt(y0))\" x2=\"\(fmt(x0))\" y2=\"\(fmt(y1))\" stroke=\"#333333\"/>\n"
        s += "<text x=\"\(fmt((x0 + x1) / 2))\" y=\"\(fmt(height - 12))\" text-anchor=\"middle\" font-size=\"12\" \(Self.font)>\(xmlEscape(xLabel))</text>\n"
        s += "<text transform=\"translate(16,\(fmt((y0 + y1) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\" \(Self.font)>\(xmlEscape(yLabel))</text>\n"
        return s
    }

    func legendBox(_ entries: [(String, String, Bool)]) -> String {
        var s = ""
        let x = plotX.1 - 190
        for (k, entry) in entries.enumerated() {
            let y = Self.margin.top + 8 + Double(k) * 18
            if entry.2 {
                s += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y - 6))\" width=\"22\" height=\"12\" fill=\"\(entry.1)\" fill-opacity=\"0.18\"/>\n"
            }
            s += "<line x1=\"\(fmt(x))\" y1=\"\(fmt(y))\" x2=\"\(fmt(x + 22))\" y2=\"\(fmt(y))\" stroke=\"\(entry.1)\" stroke-width=\"2\"/>\n"
            s += "<text x=\"\(fmt(x + 28))\" y=\"\(fmt(y + 4))\" font-size=\"11\" \(Self.font)>\(xmlEscape(entry.0))</text>\n"
        }
        return s
    }

    func document(_ body: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="100%" style="max-width:\(fmt(width))px;height:auto" viewBox="0 0 \(fmt(width)) \(fmt(height))">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(fmt(width / 2))" y="22" text-anchor="middle" font-size="14" font-weight="bold" \(Self.font)>\(xmlEscape(title))</text>
        \(body)</svg>

        """
    }
}

/// Axis ticks at 1, 2 or 5 × 10^k (Heckbert 1990, "Nice numbers for graph labels").
struct NiceScale {
    let lower: Double
    let upper: Double
    let step: Double

    init(min lo: Double, max hi: Double, ticks: Int = 5) {
        let span = hi > lo ? hi - lo : Swift.max(abs(hi), 1)
        let raw = span / Double(ticks)
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        step = nice * magnitude
        lower = floor(lo / step) * step
        upper = Swift.max(ceil(hi / step) * step, lower + step)
    }

    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    func position(_ v: Double, in range: (Double, Double)) -> Double {
        range.0 + (v - lower) / (upper - lower) * (range.1 - range.0)
    }

    func label(_ v: Double) -> String {
        let rounded = (v / step).rounded() * step
        return formatSignificant(abs(rounded) < step / 1e6 ? 0 : rounded, digits: 4)
    }
}

/// Coordinates with two decimals: enough for a picture, and identical on every run.
func fmt(_ x: Double) -> String {
    let r = (x * 100).rounded() / 100
    return formatNumber(r == 0 ? 0 : r)
}

import Foundation
