/// The ties of matrix-shaped data (UCINET DL in any layout, an adjacency matrix CSV,
/// Pajek `*Matrix`): entry (i, j) with a non-zero value is a tie from i to j.
///
/// Read as directed, every non-zero entry is a tie. Read as undirected, each pair is one tie,
/// as UCINET reads a symmetric matrix (not two ties of double weight): the value when both
/// entries agree, else the two entries combined by the ``MergePolicy`` (sum, max, or the
/// first — the entry above the diagonal), and the number of such pairs is reported once.
/// Entries are kept sparse (only non-zero values), so a long DL edge list costs what its
/// ties cost.
struct MatrixTies {
    let n: Int
    /// Non-zero values by `i * n + j`, with the line each came from.
    private(set) var values: [Int: (value: Double, line: Int)] = [:]
    /// Entries given twice (a DL edge list listing a pair again): combined by the merge policy.
    private(set) var repeated = 0
    /// Whether every value is 1 (binary data carry no weights).
    private(set) var isBinary = true

    init(n: Int) { self.n = n }

    /// Sets entry (i, j); a value met twice is combined by `merge`.
    ///
    /// - Throws: ``InputError`` for a negative or non-finite value (tie strengths are > 0,
    ///   0 is no tie).
    mutating func set(_ i: Int, _ j: Int, _ value: Double, line: Int, file: String, merge: MergePolicy) throws(InputError) {
        guard value.isFinite, value >= 0 else {
            throw InputError(file: file, line: line, message: "tie values must be finite numbers ≥ 0 (0 = no tie), found \(value)")
        }
        guard value != 0 else { return }
        if value != 1 { isBinary = false }
        let key = i * n + j
        if let old = values[key] {
            repeated += 1
            let v: Double
            switch merge {
            case .sum: v = old.value + value
            case .max: v = Swift.max(old.value, value)
            case .first: v = old.value
            }
            values[key] = (v, old.line)
        } else {
            values[key] = (value, line)
        }
    }

    /// Adds the ties to `builder` between nodes `nodes[i]` with tie type `type`, in row
    /// order; returns the number of pairs whose two entries differed (0 when directed).
    ///
    /// - Parameter isFullMatrix: the data list every entry (a matrix), so a pair given at
    ///   (i, j) only is a difference too; an edge or node list may give each tie once.
    func addTies(
        to builder: inout GraphInputBuilder, nodes: [Int32], type: String, directed: Bool, merge: MergePolicy,
        isFullMatrix: Bool = true
    ) throws(InputError) -> Int {
        var differing = 0
        for key in values.keys.sorted() {
            let i = key / n, j = key % n
            let (a, line) = values[key]!
            var w = a
            if !directed, i != j {
                let b = values[j * n + i]?.value ?? 0
                if i > j, b > 0 { continue }  // the pair was taken at (j, i)
                if a != b, b > 0 || isFullMatrix {
                    differing += 1
                    if b > 0 {
                        switch merge {
                        case .sum: w = a + b
                        case .max: w = Swift.max(a, b)
                        case .first: w = i < j ? a : b
                        }
                    }
                }
            }
            try builder.tie(nodes[i], nodes[j], weight: isBinary ? nil : w, type: type, line: line)
        }
        return differing
    }

    /// The note for `differing` pairs, or `nil` when there are none.
    static func note(differing: Int, file: String, merge: MergePolicy) -> SettingText? {
        guard differing > 0 else { return nil }
        return
            "\(file): \(differing) pair\(differing == 1 ? "" : "s") of firms had different values i→j and j→i; read as undirected, each pair is one tie, the two values combined by \(Setting.merge(merge)) (\(Setting.directed) keeps both)"
    }
}
