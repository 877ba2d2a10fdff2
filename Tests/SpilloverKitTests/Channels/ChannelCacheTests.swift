import Testing
@testable import SpilloverKit

/// The channel analysis and experiments under a ``ResultCache``: computed once for equal
/// rows, equal to the uncached values, never shared between rows that build the same graph
/// but not the same channels, and without the channel layers' own tables left in the cache.
@Suite("channel analysis in the result cache")
struct ChannelCacheTests {
    static let generated = ClusterGenerator(firms: 150, seed: 3).generate()

    static func source() throws -> ClusterSource {
        try ClusterSource(csv: generated.edgesCSV, nodes: generated.nodesCSV)
    }

    static func same(_ a: ChannelAnalysis, _ b: ChannelAnalysis) -> Bool {
        a.channelTypes == b.channelTypes && a.channels.map(\.focal) == b.channels.map(\.focal)
            && a.channels.map(\.ties) == b.channels.map(\.ties) && a.overlap == b.overlap && a.participation == b.participation
    }

    @Test("the rows read again hit the analysis measured first; the channel layers' rankings are not kept")
    func measureOnce() throws {
        let ranker = FocalRanker()
        let source = try Self.source()
        let plain = try ChannelAnalysis.measure(source: source, cluster: source.graph(), top: 3, ranker: ranker)
        let cache = ResultCache()
        let (first, second, layerRankedAgain) = try ResultCache.$current.withValue(cache) {
            let first = try ChannelAnalysis.measure(source: source, cluster: source.graph(), top: 3, ranker: ranker)
            let before = cache.statistics
            // The same rows read again: another value, equal content.
            let again = try Self.source()
            let second = try ChannelAnalysis.measure(source: again, cluster: again.graph(), top: 3, ranker: ranker)
            let after = cache.statistics
            #expect(after.hits == before.hits + 1 && after.misses == before.misses, "one lookup, found: nothing ranked again")
            // A channel layer ranked again is computed, not found: measure did not store it.
            let layer = source.keeping(types: ["vertical"]).graph()
            let missed = cache.statistics.misses
            _ = try ranker.rank(layer)
            return (first, second, cache.statistics.misses > missed)
        }
        #expect(Self.same(first, plain) && Self.same(second, plain))
        #expect(!plain.channels.allSatisfy { $0.focal.isEmpty }, "the channels have focal firms to compare")
        #expect(layerRankedAgain)

        // Another `top` or other ranking options are other analyses.
        var other = MetricsOptions()
        other.weightAs = .distance
        try ResultCache.$current.withValue(cache) {
            let hits = cache.statistics.hits
            _ = try ChannelAnalysis.measure(source: source, cluster: source.graph(), top: 2, ranker: ranker)
            _ = try ChannelAnalysis.measure(source: source, cluster: source.graph(), top: 3, ranker: FocalRanker(metrics: other))
            #expect(cache.statistics.hits - hits <= 2, "only the cluster's own rankings may be found")
        }
    }

    @Test("rows that build the same graph but not the same channels do not share an analysis")
    func sameGraphOtherChannels() throws {
        // a–b once in each of two channels, or once in one channel with the summed weight:
        // the merged graph is the same (weight 3, first type), the channels are not.
        let split = try ClusterSource(ties: [Tie("a", "b", weight: 1, type: "x"), Tie("a", "b", weight: 2, type: "y"), Tie("b", "c", type: "x")])
        let merged = try ClusterSource(ties: [Tie("a", "b", weight: 3, type: "x"), Tie("b", "c", type: "x"), Tie("c", "c", type: "y")])
        #expect(ClusterKey(split.graph()) == ClusterKey(merged.graph()), "the premise: equal graphs")
        #expect(SourceKey(split) != SourceKey(merged))
        let cache = ResultCache()
        let (a, b) = try ResultCache.$current.withValue(cache) {
            (
                try ChannelAnalysis.measure(source: split, cluster: split.graph(), top: 1, ranker: FocalRanker()),
                try ChannelAnalysis.measure(source: merged, cluster: merged.graph(), top: 1, ranker: FocalRanker())
            )
        }
        #expect(a.channels.first { $0.type == "y" }?.ties == 1)
        #expect(b.channels.first { $0.type == "y" }?.ties == 0)
    }

    @Test("cached experiments are the ones running again gives, whatever the thread count")
    func experimentsOnce() async throws {
        let source = try Self.source()
        let g = source.graph()
        let model = DiffusionModel.independentCascade(.uniform(0.2))
        let plain = try await ChannelExperiments.run(source: source, cluster: g, model: model, seeds: [0, 5], runs: 200, seed: 4, threads: 1)
        let cache = ResultCache()
        let (first, second) = try await ResultCache.$current.withValue(cache) {
            let first = try await ChannelExperiments.run(source: source, cluster: g, model: model, seeds: [0, 5], runs: 200, seed: 4, threads: 2)
            let hits = cache.statistics.hits
            let again = try Self.source()
            let second = try await ChannelExperiments.run(
                source: again, cluster: again.graph(), model: model, seeds: [0, 5], runs: 200, seed: 4, threads: 1)
            #expect(cache.statistics.hits == hits + 1, "one lookup, found")
            return (first, second)
        }
        for e in [first, second] {
            #expect(e.base.runSpreads == plain.base.runSpreads)
            #expect(e.cut.map(\.result.runSpreads) == plain.cut.map(\.result.runSpreads))
            #expect(e.alone.map(\.result.runSpreads) == plain.alone.map(\.result.runSpreads))
        }
        // Another seed runs again.
        let other = try await ResultCache.$current.withValue(cache) {
            try await ChannelExperiments.run(source: source, cluster: g, model: model, seeds: [0, 5], runs: 200, seed: 5, alone: false)
        }
        #expect(other.base.runSpreads != plain.base.runSpreads && other.alone.isEmpty)
    }
}
