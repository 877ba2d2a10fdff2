import ArgumentParser
import SpilloverKit

/// `spillover generate`: a synthetic SME cluster from the documented model.
struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a synthetic SME cluster (edges.csv and nodes.csv) from a documented, seeded model.",
        discussion: """
            Firms in tiers and sectors (manufacturers, first- and second-tier suppliers, service \
            firms) plus institutions (universities, agencies, intermediaries); vertical \
            supplier-customer chains, horizontal peer ties inside sectors and districts with \
            preferential attachment, institutional ties for firms with absorptive capacity. The \
            data are synthetic; the model is described in data/README.md. The same --seed gives \
            the same files, byte for byte.

            Examples:
              spillover generate --out data/cluster
              spillover generate --firms 100000 --ties-per-firm 5 --seed 7 --out /tmp/big
            """)

    @Option(name: .long, parsing: .unconditional, help: "Number of firms, institutions included (at least 4).")
    var firms = 150

    @Option(name: .long, parsing: .unconditional, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("ties-per-firm"), parsing: .unconditional, help: "Target mean number of ties per firm (default: the model's own, about 3.3).")
    var tiesPerFirm: Double?

    @Option(name: .long, help: "Folder to write edges.csv and nodes.csv into (created if missing).")
    var out = "."

    func validate() throws {
        guard firms >= 4 else { throw ValidationError("--firms must be at least 4, not \(firms)") }
        if let tiesPerFirm, !(tiesPerFirm >= 2 && tiesPerFirm <= 100) {
            throw ValidationError("--ties-per-firm must be between 2 and 100, not \(tiesPerFirm)")
        }
        guard firms <= 50_000_000 else { throw ValidationError("--firms must be at most 50000000, not \(firms)") }
    }

    func run() async throws {
        let cluster = ClusterGenerator(firms: firms, seed: seed, tiesPerFirm: tiesPerFirm).generate()
        try makeFolder(out)
        try AtomicFile.write(cluster.edgesCSV, to: out + "/edges.csv")
        try AtomicFile.write(cluster.nodesCSV, to: out + "/nodes.csv")
        Terminal.note("wrote \(cluster.firms.count) firms and \(cluster.ties.count) ties to \(out)/edges.csv and \(out)/nodes.csv")
    }
}
