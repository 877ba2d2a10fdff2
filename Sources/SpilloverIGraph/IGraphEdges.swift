/// The ties an igraph graph is built from: tie k goes from `tails[k]` to `heads[k]`, node
/// numbers below `nodeCount`. SpilloverKit makes one from a validated `ClusterGraph`
/// (`ClusterGraph.igraphEdges`), so igraph never sees a tie it would have to reject.
package struct IGraphEdges: Sendable {
    package let nodeCount: Int
    package let tails: [Int32]
    package let heads: [Int32]
    package let isDirected: Bool

    package init(nodeCount: Int, tails: [Int32], heads: [Int32], isDirected: Bool) {
        precondition(tails.count == heads.count, "one head per tail")
        self.nodeCount = nodeCount
        self.tails = tails
        self.heads = heads
        self.isDirected = isDirected
    }
}
