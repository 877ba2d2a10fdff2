/// A synthetic industrial cluster of SMEs, generated from a documented model.
///
/// The model follows stylised facts of the cluster literature; it is not calibrated to any
/// one cluster, and the data it makes are synthetic (say so wherever they are shown).
///
/// **Firms.** A share of the firms are institutions (about 4%, at least three: university,
/// agency, intermediary, in turn); of the others 15% are manufacturers (final producers),
/// 25% first-tier and 35% second-tier suppliers, 25% service firms. Each firm has a location
/// (one of `max(2, n/50)` districts, at most 12), a size in employees (log-normal, larger
/// for manufacturers: medians 120, 50, 20 and 15) and an absorptive capacity
/// A = clamp(0.2 + 0.1·ln(size) + N(0, 0.1), 0.05, 1) that grows with size (Cohen &
/// Levinthal 1990); institutions have A = 1.
///
/// **Vertical ties** (supplier → customer) run up the value chain: each second-tier
/// supplier sells to 1–3 first-tier suppliers, each first-tier supplier to 1–3
/// manufacturers, each service firm to 1–3 manufacturers or first-tier suppliers. Customers
/// are chosen by preferential attachment on the ties they already have, twice as likely in
/// the same district: a few large buyers become hubs (the hub-and-spoke district, Markusen
/// 1996). Weights 1–5 (frequency of exchange).
///
/// **Horizontal ties** (peers, competitors) join firms of the same sector, 80% within the
/// district, by preferential attachment: knowledge networks are uneven and selective, with
/// a skewed degree distribution (Giuliani 2007). Each firm starts a geometric number of
/// them (mean `horizontalMean`). Weights 1–3.
///
/// **Institutional ties** join firms to institutions with probability 0.1 + 0.6·A, so
/// firms with higher absorptive capacity are the ones tied to universities and agencies
/// (Giuliani & Bell 2005); each institution works with up to three others. Weights 1–4.
///
/// With the defaults a firm has about 3.3 ties (mean degree 6.6); `tiesPerFirm` raises the
/// number of horizontal ties to reach a target (benchmarks use 5). The same `seed` gives the
/// same cluster, byte for byte, on the same platform (it uses libm's `exp` and `log`).
///
/// References: W. M. Cohen, D. A. Levinthal (1990), *Admin. Sci. Q.* 35(1):128–152,
/// doi:10.2307/2393553. A. Markusen (1996), *Econ. Geogr.* 72(3):293–313,
/// doi:10.2307/144402. E. Giuliani, M. Bell (2005), *Res. Policy* 34(1):47–68,
/// doi:10.1016/j.respol.2004.10.008. E. Giuliani (2007), *J. Econ. Geogr.* 7(2):139–168,
/// doi:10.1093/jeg/lbl014.
public struct ClusterGenerator: Sendable {
    /// The number of firms to generate, institutions included (at least 4 are made).
    public var firms: Int
    /// The random seed: the same seed gives the same cluster.
    public var seed: UInt64
    /// Mean number of horizontal ties each firm starts.
    public var horizontalMean: Double

    /// - Parameters:
    ///   - firms: the number of firms, institutions included.
    ///   - seed: the random seed.
    ///   - tiesPerFirm: target mean number of ties per firm (m / n); `nil` for
    ///     the model's own 3.3. Vertical and institutional ties give about 1.9 a firm; the
    ///     rest are horizontal.
    public init(firms: Int = 150, seed: UInt64 = 1, tiesPerFirm: Double? = nil) {
        self.firms = firms
        self.seed = seed
        self.horizontalMean = tiesPerFirm.map { max(0.1, $0 - 1.9) } ?? 1.6
    }

    /// One generated firm.
    public struct Firm: Sendable, Equatable {
        /// The firm's id.
        public var id: String
        /// A readable label: the sector and a number (`Manufacturer 3`).
        public var label: String
        /// The firm's sector.
        public var sector: Sector
        /// Its district, in `0..<max(2, n/50)` (at most 12 districts).
        public var location: Int
        /// Its size in employees (log-normal by sector; 0 for institutions).
        public var size: Int
        /// Its absorptive capacity A in [0.05, 1] (1 for institutions).
        public var absorptiveCapacity: Double
    }

    /// The sector of a generated firm; the raw value is the node table's `sector` column.
    public enum Sector: String, Sendable, CaseIterable {
        /// A firm of the value chain: manufacturer (final producer), first- or second-tier supplier
        /// (raw values `tier1_supplier`, `tier2_supplier`) or service firm.
        case manufacturer, tier1 = "tier1_supplier", tier2 = "tier2_supplier", services
        /// An institution: university, agency or intermediary (absorptive capacity 1).
        case university, agency, intermediary

        var isInstitution: Bool { self == .university || self == .agency || self == .intermediary }
        /// The group used for brokerage and colours.
        public var group: String {
            switch self {
            case .manufacturer: "manufacturers"
            case .tier1, .tier2: "suppliers"
            case .services: "services"
            case .university, .agency, .intermediary: "institutions"
            }
        }
    }

    /// A generated cluster: firms and ties (tails and heads index `firms`).
    public struct Cluster: Sendable {
        /// The generated firms, in node order.
        public var firms: [Firm]
        /// The generated ties: tail and head (indexes into ``firms``), weight and tie type.
        public var ties: [(tail: Int, head: Int, weight: Double, type: String)]
    }

    /// Generates the cluster from ``seed``.
    /// - Complexity: O(n + m) expected time for n firms and m ties.
    public func generate() -> Cluster {
        var rng = SplitMix64(seed: seed)
        let firmList = makeFirms(&rng)
        var ties = TieSet(count: firmList.count)
        let bySector = Dictionary(grouping: firmList.indices, by: { firmList[$0].sector })
        let districts = Set(firmList.map(\.location)).count
        func members(_ s: Sector) -> [Int] { bySector[s] ?? [] }

        // Vertical: up the value chain, preferential attachment, same district favoured.
        var buyers = PreferentialPool()
        func vertical(from sellers: [Int], to customers: [Int]) {
            guard !customers.isEmpty else { return }
            buyers.reset(customers)
            for s in sellers {
                let k = 1 + rng.below(3)
                for _ in 0..<k {
                    guard let c = buyers.pick(&rng, prefer: { firmList[$0].location == firmList[s].location }) else { continue }
                    if ties.add(s, c, weight: rng.weight(1, 5), type: "vertical") { buyers.reward(c) }
                }
            }
        }
        vertical(from: members(.tier2), to: members(.tier1))
        vertical(from: members(.tier1), to: members(.manufacturer))
        vertical(from: members(.services), to: members(.manufacturer) + members(.tier1))

        // Horizontal: peers of the same sector, mostly in the same district.
        for sector in [Sector.manufacturer, .tier1, .tier2, .services] {
            let peers = members(sector)
            guard peers.count > 1 else { continue }
            var pool = PreferentialPool()
            pool.reset(peers)
            var byDistrict = [[Int]](repeating: [], count: districts)
            for f in peers { byDistrict[firmList[f].location].append(f) }
            for f in peers {
                let k = rng.geometric(mean: horizontalMean)
                for _ in 0..<k {
                    let local = byDistrict[firmList[f].location]
                    let other: Int?
                    if rng.unit() < 0.8, local.count > 1 {
                        other = pool.pick(&rng, prefer: { firmList[$0].location == firmList[f].location }, strict: true)
                    } else {
                        other = pool.pick(&rng, prefer: { _ in true })
                    }
                    guard let other, other != f else { continue }
                    if ties.add(f, other, weight: rng.weight(1, 3), type: "horizontal") {
                        pool.reward(f)
                        pool.reward(other)
                    }
                }
            }
        }

        // Institutional: firms with more absorptive capacity reach the institutions.
        let institutions = firmList.indices.filter { firmList[$0].sector.isInstitution }
        var hubs = PreferentialPool()
        hubs.reset(institutions)
        for f in firmList.indices where !firmList[f].sector.isInstitution {
            if rng.unit() < 0.1 + 0.6 * firmList[f].absorptiveCapacity, let i = hubs.pick(&rng, prefer: { _ in true }) {
                if ties.add(f, i, weight: rng.weight(1, 4), type: "institutional") { hubs.reward(i) }
            }
        }
        // Institutions work with a few others (all of them when there are at most four).
        for i in institutions {
            for _ in 0..<min(3, institutions.count - 1) {
                if let j = hubs.pick(&rng, prefer: { $0 != i }, strict: true),
                    ties.add(i, j, weight: rng.weight(1, 4), type: "institutional")
                {
                    hubs.reward(j)
                }
            }
        }
        return Cluster(firms: firmList, ties: ties.list)
    }

    private func makeFirms(_ rng: inout SplitMix64) -> [Firm] {
        let n = max(firms, 4)
        let institutionCount = max(3, Int((0.04 * Double(n)).rounded()))
        let rest = n - institutionCount
        let manufacturers = max(1, Int((0.15 * Double(rest)).rounded()))
        let tier1 = max(1, Int((0.25 * Double(rest)).rounded()))
        let tier2 = max(0, Int((0.35 * Double(rest)).rounded()))
        let services = max(0, rest - manufacturers - tier1 - tier2)
        let districts = min(12, max(2, n / 50))
        let width = String(n).count
        var list: [Firm] = []
        list.reserveCapacity(n)
        func add(_ sector: Sector, _ count: Int, prefix: String, label: String, median: Double) {
            for k in 1...max(count, 1) where count > 0 {
                let number = String(k)
                let padded = String(repeating: "0", count: max(0, width - number.count)) + number
                let size = sector.isInstitution ? 0 : max(1, Int((median * exp(0.8 * rng.normal())).rounded()))
                let capacity =
                    sector.isInstitution
                    ? 1 : min(1, max(0.05, 0.2 + 0.1 * log(Double(size)) + 0.1 * rng.normal()))
                list.append(
                    Firm(
                        id: "\(prefix)\(padded)", label: "\(label) \(k)", sector: sector,
                        location: rng.below(districts), size: size,
                        absorptiveCapacity: (capacity * 100).rounded() / 100))
            }
        }
        add(.manufacturer, manufacturers, prefix: "M", label: "Manufacturer", median: 120)
        add(.tier1, tier1, prefix: "S", label: "Tier-1 supplier", median: 50)
        add(.tier2, tier2, prefix: "T", label: "Tier-2 supplier", median: 20)
        add(.services, services, prefix: "V", label: "Service firm", median: 15)
        let kinds: [(Sector, String, String)] = [
            (.university, "U", "University"), (.agency, "A", "Development agency"), (.intermediary, "I", "Intermediary"),
        ]
        for (k, kind) in kinds.enumerated() {
            let count = institutionCount / 3 + (k < institutionCount % 3 ? 1 : 0)
            add(kind.0, count, prefix: kind.1, label: kind.2, median: 0)
        }
        return list
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
