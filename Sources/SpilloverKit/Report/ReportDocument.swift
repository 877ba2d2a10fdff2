/// A report as a list of blocks — prose, tables and figures — written either as a Jupyter
/// notebook (nbformat 4.5) or as Markdown with the figures as files beside it. Both
/// renderings are deterministic: the same document gives the same bytes (sorted keys, cell
/// ids from positions, no timestamps).
///
/// ``ClusterReport/document()`` makes one; the blocks and the tables in them are the
/// report writer's own (package-level, like every table and JSON rendering of the
/// library), so a document is read through its two renderings, ``notebook()`` and
/// ``markdown(figureFolder:)``.
public struct ReportDocument: Sendable {
    /// One block of the report, in reading order.
    package enum Block: Sendable {
        /// Markdown prose.
        case markdown(String)
        /// A table, with the command that produces it (shown as the code of its cell).
        case table(DataTable, caption: String, command: String?)
        /// An SVG figure saved as `name` (e.g. `diffusion-curve.svg`) beside the Markdown.
        case figure(svg: String, name: String, caption: String, command: String?)
        /// The output of a command that the notebook runs again: what it prints and the
        /// figures it writes (see ``Reproduction``).
        case reproduced(Reproduction)
    }

    /// The report's title (the first heading).
    public var title: String
    /// The blocks, in reading order.
    package var blocks: [Block]
    /// Figures larger than this many bytes are not embedded in the notebook: their cell
    /// links the file instead and says why (the notebook's `figure(path)` does the same when
    /// it runs again), so that no picture makes the notebook unwieldy.
    public var figureEmbedLimit = 2_000_000

    /// A document with `title` and `blocks`.
    package init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    /// The report as an nbformat 4.5 notebook (JSON text). A part reproduced by a command
    /// (``ClusterReport/reproductions``) becomes a code cell that runs its command again
    /// (`spillover("spillover rank …")`, defined with the tool's location in a first code
    /// cell, `NotebookSetup`) and shows the figures it writes; its outputs are stored as the command gives them
    /// (text/markdown, image/svg+xml), so that executing the notebook from its folder
    /// reproduces them. Other tables and figures are stored as outputs of a cell that holds
    /// their command as a comment.
    public func notebook() -> String {
        var cells: [JSONValue] = [Self.markdownCell("# \(title)", index: 0)]
        if blocks.contains(where: { if case .reproduced = $0 { true } else { false } }) {
            cells.append(Self.codeCell(source: NotebookSetup.source(figureEmbedLimit: figureEmbedLimit), index: cells.count, outputs: []))
        }
        for block in blocks {
            let index = cells.count
            switch block {
            case .markdown(let text):
                cells.append(Self.markdownCell(text, index: index))
            case .table(let table, let caption, let command):
                cells.append(Self.markdownCell("**\(caption)**", index: index))
                cells.append(
                    Self.codeCell(
                        command: command, index: index + 1,
                        data: [("text/html", .array(Self.lines(table.html()))), ("text/plain", .array(Self.lines(table.text())))]))
            case .figure(let svg, let name, let caption, let command):
                cells.append(Self.markdownCell("**\(caption)**", index: index))
                cells.append(
                    Self.codeCell(
                        command: command, index: index + 1,
                        data: figureData(svg: svg, path: "figures/\(name)") ?? [
                            ("image/svg+xml", .array(Self.lines(svg))), ("text/plain", .array([.string("<Figure: \(caption)>")])),
                        ]))
            case .reproduced(let r):
                cells.append(Self.markdownCell("**\(r.caption)**", index: index))
                var source = "spillover(\(NotebookSetup.pythonString(r.command)))"
                var outputs: [JSONValue] = []
                if let printed = r.printed, !printed.isEmpty {
                    let text = JSONValue.array(Self.lines(printed))
                    outputs.append(Self.displayData([("text/markdown", text), ("text/plain", text)]))
                }
                for figure in r.figures {
                    source += "\nfigure(\(NotebookSetup.pythonString(figure.path)))"
                    outputs.append(
                        Self.displayData(
                            figureData(svg: figure.svg, path: figure.path) ?? [
                                ("image/svg+xml", .array(Self.lines(figure.svg))), ("text/plain", .array([.string("<figure \(figure.path)>")])),
                            ]))
                }
                cells.append(Self.codeCell(source: source, index: index + 1, outputs: outputs))
            }
        }
        let notebook: JSONValue = .object([
            ("cells", .array(cells)),
            (
                "metadata",
                .object([
                    ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")), ("name", .string("python3"))])),
                    ("language_info", .object([("name", .string("python"))])),
                ])
            ),
            ("nbformat", .integer(4)),
            ("nbformat_minor", .integer(5)),
        ])
        return notebook.serialized()
    }

    /// The report as Markdown; figures are referenced as `figureFolder/name` and returned for
    /// the caller to write.
    public func markdown(figureFolder: String = "figures") -> (text: String, figures: [(name: String, svg: String)]) {
        var out = "# \(title)\n"
        var figures: [(String, String)] = []
        for block in blocks {
            out += "\n"
            switch block {
            case .markdown(let text):
                out += text + "\n"
            case .table(let table, let caption, let command):
                out += "**\(caption)**\n\n"
                if let command { out += "```sh\n\(command)\n```\n\n" }
                out += table.markdown()
            case .figure(let svg, let name, let caption, let command):
                out += "**\(caption)**\n\n"
                if let command { out += "```sh\n\(command)\n```\n\n" }
                out += "![\(caption)](\(figureFolder)/\(name))\n"
                figures.append((name, svg))
            case .reproduced(let r):
                out += "**\(r.caption)**\n\n```sh\n\(r.command)\n```\n"
                if let printed = r.printed, !printed.isEmpty { out += "\n" + printed }
                for figure in r.figures { out += "\n![\(figure.caption)](\(figure.path))\n" }
            }
        }
        return (out, figures)
    }

    /// The output of a figure above ``figureEmbedLimit``: a link to its file, as the
    /// notebook's `figure(path)` shows it (``NotebookSetup``); `nil` for a figure to embed.
    func figureData(svg: String, path: String) -> [(String, JSONValue)]? {
        let size = svg.utf8.count
        guard size > figureEmbedLimit else { return nil }
        let text = JSONValue.array(Self.lines(NotebookSetup.tooLarge(path: path, bytes: size)))
        return [("text/markdown", text), ("text/plain", text)]
    }

    static func lines(_ text: String) -> [JSONValue] {
        var result: [JSONValue] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" {
                result.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { result.append(.string(current)) }
        return result
    }

    static func markdownCell(_ text: String, index: Int) -> JSONValue {
        .object([
            ("cell_type", .string("markdown")),
            ("id", .string("cell-\(index)")),
            ("metadata", .object([])),
            ("source", .array(lines(text))),
        ])
    }

    static func codeCell(command: String?, index: Int, data: [(String, JSONValue)]) -> JSONValue {
        codeCell(source: command.map { "# \($0)" } ?? "# computed by spillover", index: index, outputs: [displayData(data)])
    }

    static func codeCell(source: String, index: Int, outputs: [JSONValue]) -> JSONValue {
        .object([
            ("cell_type", .string("code")),
            ("execution_count", .null),
            ("id", .string("cell-\(index)")),
            ("metadata", .object([])),
            ("outputs", .array(outputs)),
            ("source", .array(lines(source))),
        ])
    }

    static func displayData(_ data: [(String, JSONValue)]) -> JSONValue {
        .object([("data", .object(data)), ("metadata", .object([])), ("output_type", .string("display_data"))])
    }
}

extension DataTable {
    /// The table as an HTML `<table>` (numbers right-aligned, missing values as `—`).
    package func html() -> String {
        let rightAligned = numericColumns()
        var out = "<table>\n<thead><tr>"
        for (c, name) in columns.enumerated() {
            out += rightAligned[c] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">"
            out += xmlEscape(name) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (c, cell) in row.enumerated() {
                out += rightAligned[c] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">"
                out += xmlEscape(Self.display(cell)) + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }
}
