extension RawEdgeList {
    /// Flips every tie: source and target swap (`--reverse`). Survey data usually record
    /// nominations ("a names b as a source of advice"), which point against the flow of
    /// knowledge (b → a); reversing them makes knowledge flow from source to target as
    /// spillover assumes. On undirected ties it changes nothing.
    public mutating func reverse() {
        swap(&tails, &heads)
    }

    /// A copy with every tie flipped; see ``reverse()``.
    public func reversed() -> RawEdgeList {
        var copy = self
        copy.reverse()
        return copy
    }
}
