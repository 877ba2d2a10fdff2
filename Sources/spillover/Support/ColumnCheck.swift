import SpilloverKit

/// Column options that name a column the edge list does not have are usage errors (64),
/// never silently ignored: `--weight-column wieght` would otherwise read every weight as 1.
enum ColumnCheck {
    /// - Parameter given: `(option, value, default)` of each column option.
    /// - Throws: ``CLIError`` usage naming the option, the file's columns and the closest.
    static func check(edges: String, options: GraphReadOptions, given: [(option: String, value: String, defaultValue: String)]) throws {
        let asked = given.filter { $0.value != $0.defaultValue }
        guard !asked.isEmpty, let header = try CSVHeader.columns(path: edges, options: options) else { return }
        let lower = Set(header.map { $0.lowercased() })
        for (option, value, _) in asked where !lower.contains(value.lowercased()) {
            let columns = header.map { "'\($0)'" }.joined(separator: ", ")
            var message = "\(option) '\(value)': \(edges) has no such column (its columns: \(columns))"
            if let near = closest(to: value, in: header) { message += "; did you mean '\(near)'?" }
            throw CLIError.usage(message)
        }
    }

    /// The name of `names` nearest to `word` by edit distance (case-insensitive), when it is
    /// near enough to be a likely typo (at most a third of the word's letters differ).
    static func closest(to word: String, in names: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)? = nil
        for name in names {
            let d = distance(w, Array(name.lowercased()))
            if d <= max(1, w.count / 3), best == nil || d < best!.1 { best = (name, d) }
        }
        return best?.0
    }

    /// Levenshtein distance with transpositions counted as one edit (`wieght` → `weight`).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
