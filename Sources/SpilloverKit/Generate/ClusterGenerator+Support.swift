#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RandomNumberGenerator {
    /// Uniform in [0, 1) with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in 0..<n (Lemire's multiply-shift; bias below 2^-40 for cluster sizes).
    mutating func below(_ n: Int) -> Int { Int((UInt128(next()) * UInt128(n)) >> 64) }
}

/// The draws the cluster generator needs, on the ``SplitMix64`` it runs on.
extension SplitMix64 {
    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(unit(), 0x1p-60), v = unit()
        return sqrt(-2 * log(u)) * cos(2 * Double.pi * v)
    }

    /// Geometric count on {0, 1, 2, …} with the given mean.
    mutating func geometric(mean: Double) -> Int {
        let p = 1 / (1 + mean)
        var k = 0
        while unit() >= p, k < 1000 { k += 1 }
        return k
    }

    /// A tie weight in [lo, hi] in steps of 0.5.
    mutating func weight(_ lo: Int, _ hi: Int) -> Double {
        Double(lo) + 0.5 * Double(below(2 * (hi - lo) + 1))
    }
}

/// Preferential attachment in O(1) a draw: every member once, plus once more per tie it
/// has won, so a draw picks a member with probability proportional to (ties + 1).
struct PreferentialPool {
    private var bag: [Int] = []

    mutating func reset(_ members: [Int]) { bag = members }

    mutating func reward(_ member: Int) { bag.append(member) }

    /// A member drawn preferentially; those for which `prefer` holds are twice as likely
    /// (or, with `strict`, the only ones accepted). `nil` after 32 rejected draws.
    mutating func pick(_ rng: inout SplitMix64, prefer: (Int) -> Bool, strict: Bool = false) -> Int? {
        guard !bag.isEmpty else { return nil }
        for _ in 0..<32 {
            let m = bag[rng.below(bag.count)]
            if prefer(m) || (!strict && rng.unit() < 0.5) { return m }
        }
        return nil
    }
}

/// Ties without duplicates (either direction) or self-loops, in the order they were made.
struct TieSet {
    private var seen: Set<UInt64> = []
    private(set) var list: [(tail: Int, head: Int, weight: Double, type: String)] = []

    init(count: Int) {}

    /// Adds the tie unless it is a self-loop or joins a pair already tied; `true` if added.
    mutating func add(_ a: Int, _ b: Int, weight: Double, type: String) -> Bool {
        guard a != b else { return false }
        let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
        guard seen.insert(key).inserted else { return false }
        list.append((a, b, weight, type))
        return true
    }
}

extension ClusterGenerator.Cluster {
    /// The ties as an edge list CSV: `source,target,weight,type`.
    public var edgesCSV: String {
        var out = "source,target,weight,type\n"
        out.reserveCapacity(ties.count * 32)
        for t in ties {
            out += firms[t.tail].id + "," + firms[t.head].id + "," + formatNumber(t.weight) + "," + t.type + "\n"
        }
        return out
    }

    /// The firms as a node table CSV: `id,label,group,sector,location,size,absorptive_capacity`.
    public var nodesCSV: String {
        var out = "id,label,group,sector,location,size,absorptive_capacity\n"
        for f in firms {
            let size = f.size > 0 ? String(f.size) : ""
            out += "\(f.id),\(f.label),\(f.sector.group),\(f.sector.rawValue),district\(f.location + 1),\(size),\(formatNumber(f.absorptiveCapacity))\n"
        }
        return out
    }

    /// The cluster as a ``ClusterGraph`` (undirected).
    public func graph() -> ClusterGraph {
        let raw = RawEdgeList(
            uncheckedFile: "<generated>", ids: firms.map(\.id), tails: ties.map { Int32($0.tail) }, heads: ties.map { Int32($0.head) },
            weights: ties.map(\.weight), types: [], tieTypes: [], hasWeights: true)
        var typed = raw
        let labels = ["vertical", "horizontal", "institutional"]
        typed.tieTypes = labels
        typed.types = ties.map { Int32(labels.firstIndex(of: $0.type)!) }
        let table = NodeTable(
            uncheckedFile: "<generated>", ids: firms.map(\.id),
            columnNames: ["label", "group", "sector", "location", "size", "absorptive_capacity"],
            columns: [
                firms.map(\.label), firms.map(\.sector.group), firms.map(\.sector.rawValue),
                firms.map { "district\($0.location + 1)" }, firms.map { $0.size > 0 ? String($0.size) : "" },
                firms.map { formatNumber($0.absorptiveCapacity) },
            ],
            absorptiveCapacity: firms.map(\.absorptiveCapacity))
        return GraphBuilder.buildUnchecked(edges: typed, nodes: table)
    }
}
