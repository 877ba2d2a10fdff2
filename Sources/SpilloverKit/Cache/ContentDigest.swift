/// Two 64-bit digests of the same content by Swift's `Hasher` (SipHash, keyed at random per
/// process) in two domains: two different contents share a digest with probability about
/// 2^-128. What the ``ResultCache`` keys of large values (``ClusterKey``, ``SourceKey``) hold
/// instead of the values, so that the cache keeps none of them alive.
struct ContentDigest: Hashable, Sendable {
    let first: Int
    let second: Int

    /// The digest of what `feed` gives the hasher; `feed` is called once per domain.
    init(_ feed: (inout Hasher) -> Void) {
        func digest(domain: Int) -> Int {
            var h = Hasher()
            h.combine(domain)
            feed(&h)
            return h.finalize()
        }
        first = digest(domain: 1)
        second = digest(domain: 2)
    }
}
