extension DOTWriter {
    /// The title and legend as one HTML-like table, drawn as the graph's label below the
    /// picture: the colour key, sizes, the focal outline, tie types and weights. Only what the picture uses is listed; `nil` when that is nothing.
    ///
    /// - Parameter circles: whether firms are drawn as circles (else as boxes), so that the
    ///   focal firms' sample has the shape they have in the picture.
    func legend(graph: ClusterGraph, styling: DOTStyling, circles: Bool) -> String? {
        var rows: [String] = []
        if let title = options.title, !title.isEmpty {
            rows.append("<TD></TD><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\"><B>\(DOTText.html(title))</B></FONT></TD>")
        }
        for note in options.notes { rows.append("<TD></TD><TD ALIGN=\"LEFT\">\(DOTText.html(note))</TD>") }
        guard options.showsLegend else { return table(rows) }

        // Two columns: samples in a narrow gutter, and text. Nothing spans both columns:
        // GraphViz 2.43 stretches nested tables to fill their cell and gives the slack of a
        // spanning cell to any column, which would open gaps between samples and their text.
        func swatch(_ color: RGB, border: Int = 1) -> String {
            "<TD ALIGN=\"LEFT\" WIDTH=\"11\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\" BORDER=\"\(border)\" COLOR=\"#333333\" BGCOLOR=\"\(color.hex)\"></TD>"
        }
        func text(_ s: String, italic: Bool = false) -> String {
            let body = DOTText.html(s)
            return "<TD ALIGN=\"LEFT\">\(italic ? "<I>\(body)</I>" : body)</TD>"
        }
        let gutter = "<TD></TD>"
        func heading(_ s: String) -> String { gutter + text(s, italic: true) }

        switch options.color {
        case .categories(let key)?:
            rows.append(heading(key.name))
            for (name, color) in styling.categorySwatches { rows.append(swatch(color) + text(name)) }
            if styling.hasMissingColor { rows.append(swatch(Palette.missing) + text("none")) }
        case .values(let key)?:
            rows.append(heading(key.name))
            if let values = styling.discreteValues, let range = styling.valueRange {
                for x in values {
                    rows.append(swatch(Palette.sequential(at: DOTStyling.fraction(x, in: range))) + text(DOTText.significant(x)))
                }
            } else if let range = styling.valueRange {
                // A colour bar, then its smallest and largest values at its two ends.
                var bar = gutter + "<TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
                for k in 0..<9 {
                    bar += "<TD WIDTH=\"13\" HEIGHT=\"11\" BGCOLOR=\"\(Palette.sequential(at: Double(k) / 8).hex)\"></TD>"
                }
                rows.append(bar + "</TR></TABLE></TD>")
                rows.append(
                    gutter + "<TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
                        + "<TD ALIGN=\"LEFT\">\(DOTText.significant(range.lowerBound))</TD>"
                        + "<TD ALIGN=\"RIGHT\">\(DOTText.significant(range.upperBound))</TD></TR></TABLE></TD>")
            }
            if styling.hasMissingColor { rows.append(swatch(Palette.missing) + text("no value")) }
        case nil:
            break
        }

        if let size = options.size {
            var description = "node area: \(size.name)"
            if let range = styling.sizeRange {
                description += " (\(DOTText.significant(range.lowerBound)) to \(DOTText.significant(range.upperBound)))"
            }
            rows.append(heading(description))
        }

        if !options.highlighted.isEmpty {
            rows.append(heading("double outline"))
            // The sample has the focal firms' shape: a double circle (U+25CE, in DejaVu Sans)
            // or a double-outlined box.
            let sample =
                circles
                ? "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\">\u{25CE}</FONT></TD>"
                : "<TD ALIGN=\"LEFT\" WIDTH=\"11\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"><TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"1\" CELLPADDING=\"0\" COLOR=\"#000000\"><TR><TD WIDTH=\"5\" HEIGHT=\"5\" BGCOLOR=\"#ffffff\"></TD></TR></TABLE></TD>"
            rows.append(sample + text(options.highlightCaption))
        }

        if !styling.tieTypesInUse.isEmpty {
            rows.append(heading("ties"))
            for t in styling.tieTypesInUse {
                let (style, color) = styling.tieStyles[t]
                let dash = style == "solid" ? "" : " STYLE=\"\(style)\""
                rows.append(
                    "<TD ALIGN=\"LEFT\" WIDTH=\"30\" HEIGHT=\"8\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"2\" COLOR=\"\(color.hex)\"\(dash)></TD>"
                        + text(graph.tieTypes[t]))
            }
        }
        if let range = styling.weightRange {
            rows.append(heading("line width: \(options.weightName) (\(DOTText.significant(range.lowerBound)) to \(DOTText.significant(range.upperBound)))"))
        }
        return table(rows)
    }

    private func table(_ rows: [String]) -> String? {
        guard !rows.isEmpty else { return nil }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">"
            + rows.map { "<TR>\($0)</TR>" }.joined() + "</TABLE>"
    }
}
