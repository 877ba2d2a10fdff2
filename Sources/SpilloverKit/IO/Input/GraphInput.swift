/// A graph as read from a file of another format than CSV (GraphML, GEXF, GML, Pajek,
/// UCINET DL, adjacency matrix): the ties, the node attributes the file carries, and the
/// direction it declares, ready for ``GraphBuilder``.
public struct GraphInput: Sendable {
    /// The ties, with every node the file declares in ``RawEdgeList/ids`` (isolates too), in
    /// file order.
    public var edges: RawEdgeList
    /// The node attributes the file carries (labels, groups, any other attribute), as the
    /// columns of a node table would be; `nil` when the file has none.
    public var nodes: NodeTable?
    /// `true` or `false` when the file declares its ties directed or undirected; `nil` when
    /// the format does not say (DL, adjacency matrices, a CSV edge list).
    public var declaresDirected: Bool?
    /// What the reader did that the user should know (asymmetric matrix entries combined,
    /// which id column was taken, …), one sentence each, naming settings as typed values.
    public var notes: [SettingText]

    /// A graph as a reader found it; nothing is checked until ``GraphBuilder`` builds it.
    public init(edges: RawEdgeList, nodes: NodeTable?, declaresDirected: Bool?, notes: [SettingText] = []) {
        self.edges = edges
        self.nodes = nodes
        self.declaresDirected = declaresDirected
        self.notes = notes
    }
}

/// Collects nodes, attributes and ties while a reader walks a file, and turns them into a
/// ``GraphInput``: shared by every reader of another format, so that ids, tie types and
/// attribute columns are interned one way.
struct GraphInputBuilder {
    /// The most firms a file may declare (Pajek `*Vertices n`, DL `n =`): a header can claim
    /// any number, and the readers allocate per declared firm.
    static let maximumFirms = 50_000_000

    let file: String
    private(set) var ids: [String] = []
    private var index: [String: Int32] = [:]
    private var tails: [Int32] = []
    private var heads: [Int32] = []
    private var weights: [Double] = []
    private var types: [Int32] = []
    private var typeNames: [String] = []
    private var typeIndex: [String: Int32] = [:]
    /// Whether any tie carried a weight (the file "has a weight column").
    var hasWeights = false
    private var columnNames: [String] = []
    private var columnIndex: [String: Int] = [:]
    /// `values[c][v]` for column `c` and node `v`; shorter than `ids` until ``finish``.
    private var values: [[String]] = []

    init(file: String) {
        self.file = file
    }

    /// The number of node `id`, adding it when new.
    @discardableResult
    mutating func node(_ id: String) -> Int32 {
        if let k = index[id] { return k }
        let k = Int32(ids.count)
        index[id] = k
        ids.append(id)
        return k
    }

    /// The number of node `id`, or `nil` when no node of that id was added.
    func existing(_ id: String) -> Int32? { index[id] }

    var nodeCount: Int { ids.count }
    var tieCount: Int { tails.count }

    /// Sets attribute `name` of node `v` (a column of the node table).
    mutating func set(_ name: String, _ value: String, of v: Int32) {
        let c: Int
        if let k = columnIndex[name] {
            c = k
        } else {
            c = columnNames.count
            columnIndex[name] = c
            columnNames.append(name)
            values.append([])
        }
        let row = Int(v)
        if values[c].count <= row { values[c].append(contentsOf: repeatElement("", count: row + 1 - values[c].count)) }
        values[c][row] = value
    }

    /// Whether some node has attribute `name`.
    func hasColumn(_ name: String) -> Bool { columnIndex[name] != nil }

    /// Adds a tie; `weight` `nil` means 1 (no weight given), `type` `""` means untyped.
    ///
    /// - Throws: ``InputError`` at `line` when the weight is not finite and > 0 (what the
    ///   CSV reader refuses too).
    mutating func tie(_ tail: Int32, _ head: Int32, weight: Double?, type: String = "", line: Int? = nil) throws(InputError) {
        if let weight {
            guard weight.isFinite, weight > 0 else {
                throw InputError(file: file, line: line, message: "weight must be a finite number > 0, found \(weight)")
            }
            hasWeights = true
        }
        tails.append(tail)
        heads.append(head)
        weights.append(weight ?? 1)
        // Ties of one type come in runs (a Pajek relation, a file sorted by type): compare
        // with the last tie's type before hashing.
        if let last = types.last, typeNames[Int(last)] == type {
            types.append(last)
        } else if let k = typeIndex[type] {
            types.append(k)
        } else {
            let k = Int32(typeNames.count)
            typeIndex[type] = k
            typeNames.append(type)
            types.append(k)
        }
    }

    /// The graph read, with ``GraphInput/declaresDirected`` and notes as given.
    ///
    /// - Throws: ``InputError`` when an `absorptive_capacity` attribute is not a number in
    ///   [0, 1] (as in a node table).
    func finish(directed: Bool?, notes: [SettingText] = []) throws(InputError) -> GraphInput {
        // No tie at all: one empty type label, as for a CSV edge list without a type column.
        let typeNames = typeNames.isEmpty ? [""] : typeNames
        let raw = RawEdgeList(
            uncheckedFile: file, ids: ids, tails: tails, heads: heads, weights: weights, types: types,
            tieTypes: typeNames, hasWeights: hasWeights)
        var table: NodeTable? = nil
        if !columnNames.isEmpty {
            let n = ids.count
            let columns = values.map { $0.count < n ? $0 + repeatElement("", count: n - $0.count) : $0 }
            var capacity = [Double?](repeating: nil, count: n)
            if let c = columnNames.firstIndex(where: { $0.lowercased() == "absorptive_capacity" }) {
                for v in 0..<n where !columns[c][v].isEmpty {
                    guard let a = Double(columns[c][v]), a >= 0, a <= 1 else {
                        throw InputError(
                            file: file,
                            message: "absorptive_capacity of '\(ids[v])' must be a number in [0, 1], found \"\(columns[c][v])\"")
                    }
                    capacity[v] = a
                }
            }
            table = NodeTable(uncheckedFile: file, ids: ids, columnNames: columnNames, columns: columns, absorptiveCapacity: capacity)
        }
        return GraphInput(edges: raw, nodes: table, declaresDirected: directed, notes: notes)
    }
}
