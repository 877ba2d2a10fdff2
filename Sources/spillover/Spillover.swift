import ArgumentParser
import SpilloverKit

/// The `spillover` command: network analysis of industrial clusters of SMEs.
struct Spillover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spillover",
        abstract: "Find the focal firms of an industrial cluster and how far knowledge spreads from them.",
        discussion: """
            Input is an edge list CSV (columns source, target, optional weight and type) and \
            optionally a node table CSV (column id, optional label, group, absorptive_capacity).

            Examples:
              spillover info data/florentine/edges.csv --nodes data/florentine/nodes.csv
              spillover info edges.csv --directed -f json

            Exit status: 0 ok, 1 runtime failure, 64 usage error, 65 bad input data.
            """,
        version: SpilloverVersion.string,
        subcommands: [Analyze.self, Info.self, Metrics.self, Rank.self, Diffuse.self, Seeds.self, Channels.self, Fit.self, Dot.self, Report.self, Export.self, Generate.self]
    )
}

enum SpilloverVersion {
    static let string = "0.1.0"
}
