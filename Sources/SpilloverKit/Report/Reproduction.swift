/// A part of a report made by one command, so that a reader can run it again: the command
/// line as the reader types it in the report's folder, what it prints, and the figures it
/// writes. The caller that runs the command builds it (the library knows no command line);
/// ``ReportDocument`` stores the output in the notebook beside the command, so that
/// re-executing the notebook must give the same outputs.
public struct Reproduction: Sendable, Equatable {
    /// A figure the command writes, as a path relative to the report's folder
    /// (`figures/ranking.svg`) and the SVG text it holds.
    public struct Figure: Sendable, Equatable {
        /// The figure's path, relative to the report's folder.
        public var path: String
        /// The SVG text of the figure.
        public var svg: String
        /// What the figure shows, one sentence.
        public var caption: String

        /// A figure at `path` holding `svg`.
        public init(path: String, svg: String, caption: String) {
            self.path = path
            self.svg = svg
            self.caption = caption
        }
    }

    /// What the part shows, one sentence.
    public var caption: String
    /// The command line, with its arguments quoted for a POSIX shell.
    public var command: String
    /// What the command prints on standard output (Markdown), or `nil` when it prints
    /// nothing worth showing.
    public var printed: String?
    /// The figures the command writes, in order.
    public var figures: [Figure]

    /// A part made by `command`, which printed `printed` and wrote `figures`.
    public init(caption: String, command: String, printed: String?, figures: [Figure] = []) {
        self.caption = caption
        self.command = command
        self.printed = printed
        self.figures = figures
    }
}

extension Dictionary where Key == ClusterReport.Part, Value == Reproduction {
    /// The blocks of `part`: its reproduced command, or `fallback` (the library's own tables
    /// and figures, with no command) when the caller gave none.
    func blocks(_ part: ClusterReport.Part, else fallback: () -> [ReportDocument.Block]) -> [ReportDocument.Block] {
        self[part].map { [.reproduced($0)] } ?? fallback()
    }
}
