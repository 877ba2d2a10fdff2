import Foundation

/// The header of a UCINET DL file: `dl n = 5, nm = 2, format = fullmatrix`, `labels:` and
/// `matrix labels:` lists, `labels embedded`, then `data:` and the data.
struct DLHeader {
    var n = 0
    var nm = 1
    var format = "fullmatrix"
    var embedded = false
    var labels: [String] = []
    var matrixLabels: [String] = []
    /// The data as lines of words (edge and node lists).
    var dataLines: [(number: Int, words: [Substring])] = []
    /// The data as one stream of words with their lines (matrices).
    var data: [(text: Substring, line: Int)] { dataLines.flatMap { l in l.words.map { ($0, l.number) } } }

    static func parse(lines: TextLines, file: String) throws(InputError) -> DLHeader {
        var h = DLHeader()
        enum Mode { case start, header, labels, matrixLabels, ignored, data }
        var mode = Mode.start
        var sawN = false
        var headerLine = 1
        func settings(_ text: Substring, line: Int) throws(InputError) {
            let words = Words.split(Substring(text.replacingOccurrences(of: "=", with: " = ")))
            var k = 0
            while k < words.count {
                if k + 2 < words.count, words[k + 1] == "=" {
                    let key = words[k].lowercased(), value = words[k + 2].lowercased()
                    switch key {
                    case "n", "nr", "nc":
                        guard let v = Int(value), v >= 0 else {
                            throw InputError(file: file, line: line, message: "\(key) must be a whole number, found '\(words[k + 2])'")
                        }
                        if key == "n" || !sawN { h.n = v }
                        if key != "n", sawN, h.n != v {
                            throw InputError(file: file, line: line, message: "a two-mode DL file (nr ≠ nc) is not read; save each mode's projection, or the ties as an edge list")
                        }
                        sawN = true
                    case "nm":
                        guard let v = Int(value), v >= 1 else {
                            throw InputError(file: file, line: line, message: "nm must be a whole number ≥ 1, found '\(words[k + 2])'")
                        }
                        h.nm = v
                    case "format": h.format = value
                    default: break
                    }
                    k += 3
                } else {
                    k += 1
                }
            }
        }
        for (number, raw) in lines {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty { continue }
            let lower = line.lowercased()
            if mode == .data {
                h.dataLines.append((number, Words.split(line)))
                continue
            }
            if mode == .start {
                guard lower.hasPrefix("dl") else {
                    throw InputError(file: file, line: number, message: "a DL file starts with 'dl n = …', found '\(line.prefix(40))'")
                }
                headerLine = number
                try settings(line.dropFirst(2), line: number)
                mode = .header
                continue
            }
            let afterColon = line.firstIndex(of: ":").map { line[line.index(after: $0)...] } ?? ""
            // A line of quoted labels is labels, whatever words (`data`, `=`) are quoted.
            if mode == .labels || mode == .matrixLabels, line.first == "\"" {
                if mode == .labels { h.labels += Words.split(line).map(String.init) } else { h.matrixLabels += Words.split(line).map(String.init) }
            } else if lower.hasPrefix("data") {
                mode = .data
                if !afterColon.isEmpty { h.dataLines.append((number, Words.split(afterColon))) }
            } else if lower.contains("labels embedded") {
                h.embedded = true
            } else if lower.hasPrefix("matrix labels") || lower.hasPrefix("level labels") {
                mode = .matrixLabels
                h.matrixLabels += Words.split(afterColon).map(String.init)
            } else if lower.hasPrefix("column labels") || lower.hasPrefix("col labels") {
                mode = .ignored
            } else if lower.hasPrefix("labels") || lower.hasPrefix("row labels") {
                mode = .labels
                h.labels += Words.split(afterColon).map(String.init)
            } else if lower.contains("=") {
                try settings(line, line: number)
            } else if mode == .labels {
                h.labels += Words.split(line).map(String.init)
            } else if mode == .matrixLabels {
                h.matrixLabels += Words.split(line).map(String.init)
            } else if mode != .ignored {
                throw InputError(file: file, line: number, message: "unexpected '\(line.prefix(40))' in the DL header; expected 'labels:', 'data:', …")
            }
        }
        switch (mode, sawN) {
        case (.start, _): throw InputError(file: file, message: "the file is empty; a DL file starts with 'dl n = …'")
        case (_, false): throw InputError(file: file, line: headerLine, message: "the DL header does not give n (the number of firms), as in 'dl n = 5'")
        case (.data, true): break
        case (_, true): throw InputError(file: file, message: "no 'data:' line (truncated file?)")
        }
        if !h.labels.isEmpty, h.labels.count != h.n {
            throw InputError(file: file, message: "the labels list \(h.labels.count) names; n = \(h.n)")
        }
        if Set(h.labels).count != h.labels.count {
            throw InputError(file: file, message: "the labels repeat; each firm needs its own label")
        }
        return h
    }
}
