/// How the ties of a cluster spread over its channels (tie types): the ties of each channel
/// after merging duplicates within it, and the pairs of firms tied in more than one.
///
/// A pair is an unordered pair of distinct firms when undirected, an ordered pair when
/// directed; self-loops are not ties.
public struct ChannelCounts: Sendable, Equatable {
    /// Ties per channel, in order of first appearance (empty when the edge list is untyped).
    public var ties: [(type: String, count: Int)]
    /// Pairs tied in two or more channels.
    public var multiChannelPairs: Int

    /// Two counts are equal when they list the same channels with the same tie counts, in the same
    /// order, and the same number of multi-channel pairs.
    public static func == (a: ChannelCounts, b: ChannelCounts) -> Bool {
        a.ties.map(\.type) == b.ties.map(\.type) && a.ties.map(\.count) == b.ties.map(\.count)
            && a.multiChannelPairs == b.multiChannelPairs
    }

    /// - Complexity: O(m log m) for m rows.
    public init(_ source: ClusterSource) {
        let raw = source.edges
        let n = UInt64(raw.ids.count)
        var keys: [(pair: UInt64, type: Int32)] = []
        keys.reserveCapacity(raw.tails.count)
        for e in 0..<raw.tails.count where raw.tails[e] != raw.heads[e] {
            var t = UInt64(raw.tails[e]), h = UInt64(raw.heads[e])
            if !source.directed, t > h { swap(&t, &h) }
            keys.append((t * n + h, raw.types[e]))
        }
        keys.sort { $0.pair != $1.pair ? $0.pair < $1.pair : $0.type < $1.type }
        var perType = [Int](repeating: 0, count: raw.tieTypes.count)
        var multi = 0
        var i = 0
        while i < keys.count {
            var j = i, distinct = 0
            while j < keys.count && keys[j].pair == keys[i].pair {
                if j == i || keys[j].type != keys[j - 1].type {
                    perType[Int(keys[j].type)] += 1
                    distinct += 1
                }
                j += 1
            }
            if distinct > 1 { multi += 1 }
            i = j
        }
        let channels = Set(source.channels)
        ties = raw.tieTypes.indices.filter { channels.contains(raw.tieTypes[$0]) }.map { (raw.tieTypes[$0], perType[$0]) }
        multiChannelPairs = multi
    }
}
