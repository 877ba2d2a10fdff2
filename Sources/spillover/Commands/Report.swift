import ArgumentParser
import SpilloverKit

/// `spillover report`: the analysis as a notebook and Markdown with figures.
struct Report: AsyncParsableCommand, HasCommonOptions {
    static let configuration = CommandConfiguration(
        abstract: "Write the analysis of a cluster as a Jupyter notebook (report.ipynb) and Markdown (report.md, figures/).",
        discussion: """
            The notebook (nbformat 4.5) explains each step and its conventions; each table and \
            figure sits in a code cell holding the spillover command that reproduces it, with \
            the output stored (tables as HTML and text, figures as SVG). The same seed gives \
            the same bytes.

            Examples:
              spillover report data/florentine/edges.csv --nodes data/florentine/nodes.csv --out reports/florentine
              spillover report edges.csv --nodes nodes.csv --model knowledge --runs 2000 --out report
            """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var input: AnalysisInputOptions
    @OptionGroup var analysis: AnalysisOptions

    func run() async throws {
        try await ResultCache.$current.withValue(ResultCache()) {
            try await ProgressStage.run("report") { _ in
                let input = try self.input.load()
                _ = try await writeReport(input, options: analysis)
            }
        }
        Terminal.note("wrote \(analysis.out)/report.ipynb, \(analysis.out)/report.md and \(analysis.out)/figures/")
    }
}
