import ArgumentParser
import Foundation
import SpilloverKit

/// The commands that reproduce each part of a report, run here, in this process, through
/// the same code as when a reader types them: what the report stores as a command's output
/// is what that command prints, by construction. Each command carries every option that
/// changes its numbers (reading, groups, weights, sampling, model and its parameters,
/// seeds, runs, seed). The reader runs them from the report's folder, so input paths are
/// written relative to it; figures go to `figures/`.
struct ReportCommands {
    /// One word of a command line.
    enum Word {
        /// A plain argument.
        case text(String)
        /// An input file, as the user named it (relative to the working folder).
        case input(String)
        /// A file the command writes, relative to the report's folder.
        case output(String)
    }

    let input: AnalysisInput
    let options: AnalysisOptions
    /// The number of seed firms (the analysis's top focal firms).
    let seeds: Int
    /// How many firms the tables list.
    let rows: Int
    /// The measure columns the report shows for the top firms.
    let measures: [String]
    /// Whether the report has a learning-channels section (two channels or more).
    var channels = false
    /// The cascade fitted to adoption times, written in the report's folder (relative path),
    /// when the analysis diffused on it instead of an assumed model.
    var fittedParams: String?
    /// Whether the report has an Adoption section (the node table has adoption times).
    var adoption = false
    /// The network picture drawn (the analysis's, resolved from `--picture auto`), written
    /// out in the command so that it draws the same picture whatever the limit.
    var picture = PictureKind.full

    /// The arguments that read the input as the analysis read it.
    var readWords: [Word] {
        guard let edges = input.edgesPath else { return [] }
        let read = input.read
        var words: [Word] = [.input(edges)]
        if let nodes = read.nodes { words += [.text("--nodes"), .input(nodes)] }
        if read.directed { words.append(.text("--directed")) }
        if read.reverse { words.append(.text("--reverse")) }
        if read.merge != .sum { words += [.text("--merge"), .text(read.merge.rawValue)] }
        for (option, value, standard) in [
            ("--source-column", read.sourceColumn, "source"), ("--target-column", read.targetColumn, "target"),
            ("--weight-column", read.weightColumn, "weight"), ("--type-column", read.typeColumn, "type"),
        ]
        where value != standard {
            words += [.text(option), .text(value)]
        }
        if let delimiter = read.delimiter { words += [.text("--delimiter"), .text(delimiter)] }
        if let format = read.inputFormat { words += [.text("--input-format"), .text(format.rawValue)] }
        if read.matrix { words.append(.text("--matrix")) }
        if read.twoMode { words.append(.text("--two-mode")) }
        if read.decimalComma { words.append(.text("--decimal-comma")) }
        if let layer = read.layer { words += [.text("--layer"), .text(layer)] }
        if let drop = read.dropLayer { words += [.text("--drop-layer"), .text(drop)] }
        return words
    }

    /// How measures are computed, and the seed.
    var measureWords: [Word] {
        let m = options.measures
        var words: [Word] = [.text("--seed"), .text(String(options.seed))]
        if m.weightAs != .strength { words += [.text("--weight-as"), .text(m.weightAs.rawValue)] }
        if m.groupColumn != "group" { words += [.text("--group-column"), .text(m.groupColumn)] }
        if let groups = m.groups { words += [.text("--groups"), .text(groups.rawValue)] }
        if let k = m.pathSample { words += [.text("--path-sample"), .text(String(k))] }
        if let k = m.betweennessSample { words += [.text("--betweenness-sample"), .text(String(k))] }
        if m.exact { words.append(.text("--exact")) }
        for (option, value) in [("--betweenness-epsilon", m.epsilon), ("--closeness-epsilon", m.closenessEpsilon), ("--path-delta", m.delta)] {
            if let value { words += [.text(option), .text(String(value))] }
        }
        return words
    }

    /// The diffusion model with its parameters written out, and the runs.
    var modelWords: [Word] {
        if let fittedParams { return ["--model", "ic", "--params", .output(fittedParams), "--runs", .text(String(options.runs))] }
        var words: [Word] = [.text("--model"), .text(options.model.rawValue)]
        switch options.model {
        case .ic: words += [.text("--p"), .text(formatNumber(options.p ?? ModelOptions.defaultP))]
        case .sir: words += [.text("--beta"), .text(formatNumber(ModelOptions.defaultBeta)), .text("--gamma"), .text(formatNumber(ModelOptions.defaultGamma))]
        case .lt, .knowledge: break
        }
        return words + [.text("--runs"), .text(String(options.runs))]
    }

    /// Runs every command and returns what each part stores; empty when the input has no
    /// files a reader could name (the bundled cluster generated in memory).
    func reproductions(networkPicture: Bool) async throws -> [ClusterReport.Part: Reproduction] {
        guard input.edgesPath != nil else { return [:] }
        let shown = rows, k = seeds
        var parts: [ClusterReport.Part: Reproduction] = [:]
        parts[.summary] = try await run("The cluster in numbers", ["info"] + readWords + ["-f", "markdown"])
        if networkPicture {
            let caption = ClusterReport.networkCaption(picture)
            parts[.network] = try await run(caption, networkWords(to: "figures/network.svg"), figures: [("figures/network.svg", caption)], prints: false)
        }
        parts[.ranking] = try await run(
            "The top \(shown) focal firms",
            ["rank"] + readWords + measureWords + [
                "--top", "\(shown)", "--columns", .text(ClusterReport.rankingColumns.joined(separator: ",")),
                "--chart", .output("figures/ranking.svg"), "-f", "markdown",
            ],
            figures: [("figures/ranking.svg", "Focal scores")])
        parts[.measures] = try await run(
            "Selected measures of the top \(shown) firms",
            ["rank"] + readWords + measureWords + ["--top", "\(shown)", "--columns", .text((["id"] + measures).joined(separator: ",")), "-f", "markdown"])
        let diffuse: [Word] = ["diffuse"] + readWords + measureWords + modelWords + ["--seeds", "focal:\(k)"]
        parts[.diffusion] = try await run(
            "Expected reach", diffuse + ["--section", "summary", "--chart", .output("figures/diffusion-curve.svg"), "-f", "markdown"],
            figures: [("figures/diffusion-curve.svg", "Diffusion curve: mean and 5th–95th percentile")])
        parts[.reach] = try await run(
            "The firms most likely to be reached (the \(k) seeds first)",
            diffuse + ["--section", "firms", "--top", "\(min(k + shown, input.graph.nodeCount))", "--chart", .output("figures/reach-distribution.svg"), "-f", "markdown"],
            figures: [("figures/reach-distribution.svg", "Reach distribution of the firms other than the seeds")])
        if fittedParams == nil {
            parts[.seeds] = try await run(
                "Expected spread of \(k) seeds chosen by each method",
                ["seeds"] + readWords + measureWords + modelWords + [
                    "--k", "\(k)", "--method", "all",
                    "--columns", "method,seeds,spread,ci95_low,ci95_high", "-f", "markdown",
                ])
        }
        if adoption {
            // The fit with the analysis's seed; permutations and simulated cascades only where
            // a number shown depends on them (the check), so the other commands run fast.
            let fit: [Word] = ["fit"] + readWords + ["--seed", .text(String(options.seed))]
            for (part, section, caption) in [
                (ClusterReport.Part.adoptionPeriods, "periods", "Adopters, cumulative adopters and hazard rate per period"),
                (.adoptionHazard, "hazard", "Hazard model coefficients"), (.adoptionCascade, "cascade", "Cascade model estimates"),
                (.adoptionModels, "models", "Log-likelihood and AIC of the models on the same firm-periods"),
            ] {
                parts[part] = try await run(caption, fit + ["--permutations", "0", "--runs", "0", "--section", .text(section), "-f", "markdown"])
            }
            parts[.adoptionCheck] = try await run(
                "Observed cumulative adopters against cascades simulated from the fit",
                fit + ["--permutations", "0", "--section", "check", "--figure", .output("figures/adoption-fit.svg"), "-f", "markdown"],
                figures: [("figures/adoption-fit.svg", "Observed cumulative adopters against cascades simulated from the fit")])
        }
        if channels {
            // Structure alone (--no-experiments) where no diffusion number is shown.
            let structure: [Word] = ["channels"] + readWords + measureWords + ["--no-experiments"]
            parts[.channels] = try await run("The channels", structure + ["--section", "channels", "-f", "markdown"])
            parts[.channelCuts] = try await run(
                "Spread with every channel, without each, and each alone",
                ["channels"] + readWords + measureWords + modelWords
                    + ["--seeds", "focal:\(k)", "--section", "experiments", "--chart", .output("figures/channel-cuts.svg"), "-f", "markdown"],
                figures: [("figures/channel-cuts.svg", "Spread lost per channel cut")])
            parts[.channelOverlap] = try await run("Overlap between channels", structure + ["--section", "overlap", "-f", "markdown"])
            parts[.channelFirms] = try await run(
                "The \(shown) firms with the highest participation", structure + ["--section", "firms", "--firms-limit", "\(shown)", "-f", "markdown"])
        }
        return parts
    }

    /// The command that draws the network picture (focal firms outlined, coloured by
    /// arrival) into `file`, relative to the report's folder: SVG, or DOT for a `.dot` file.
    func networkWords(to file: String) -> [Word] {
        ["dot"] + readWords + measureWords + ["--color-by", "arrival", "--highlight-top", "\(seeds)", "--arrival-seeds", "\(seeds)"]
            + modelWords + ["--picture", .text(picture.rawValue), "-o", .output(file)]
    }

    /// Runs one command in this process (notes muted: the analysis gave them already) and
    /// records its command line and output.
    func run(_ caption: String, _ words: [Word], figures: [(path: String, caption: String)] = [], prints: Bool = true) async throws -> Reproduction {
        let arguments = words.map { word -> String in
            switch word {
            case .text(let text): text
            case .input(let path): path
            case .output(let path): options.out + "/" + path
            }
        }
        // One stage per command; the stages inside it repeat the analysis's, so they are not
        // shown, and neither are its notes.
        let printed = try await ProgressStage.run(arguments.first ?? "") { _ in
            try await ProgressReporter.$current.withValue(nil) {
                try await Terminal.$muted.withValue(true) { () async throws -> String in
                    let command = try Spillover.parseAsRoot(arguments)
                    guard let producing = command as? ProducesOutput else {
                        throw CLIError(message: "internal error: \(arguments.first ?? "") cannot run inside a report")
                    }
                    return try await producing.produce()
                }
            }
        }
        let shown =
            ["spillover"]
            + words.map { word -> String in
                switch word {
                case .text(let text): shellQuoted(text)
                case .input(let path): shellQuoted(relativePath(of: path, from: options.out))
                case .output(let path): shellQuoted(path)
                }
            }
        let drawn = try figures.map { figure in
            Reproduction.Figure(path: figure.path, svg: try String(contentsOfFile: options.out + "/" + figure.path, encoding: .utf8), caption: figure.caption)
        }
        return Reproduction(caption: caption, command: shown.joined(separator: " "), printed: prints ? printed : nil, figures: drawn)
    }
}

extension ReportCommands.Word: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    init(stringLiteral value: String) { self = .text(value) }
}

/// A command whose output the report can store: what it would print, computed without
/// printing it.
protocol ProducesOutput {
    func produce() async throws -> String
}

extension Info: ProducesOutput {}
extension Rank: ProducesOutput {}
extension Channels: ProducesOutput {}
extension Fit: ProducesOutput {}
extension Diffuse: ProducesOutput {}
extension Seeds: ProducesOutput {}
extension Dot: ProducesOutput {
    /// Writes the picture to `-o` and prints nothing.
    func produce() async throws -> String {
        try await run()
        return ""
    }
}

/// `text` quoted for a POSIX shell when it holds anything but letters, digits and `_./,:=+@%-`.
func shellQuoted(_ text: String) -> String {
    let plain =
        !text.isEmpty
        && text.unicodeScalars.allSatisfy { s in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || "_./,:=+@%-".unicodeScalars.contains(s))
        }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// `path` (relative to the working folder, or absolute) as seen from `folder`.
func relativePath(of path: String, from folder: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    func components(_ p: String) -> [String] {
        URL(fileURLWithPath: p, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardizedFileURL.path
            .split(separator: "/").map(String.init)
    }
    let target = components(path), base = components(folder)
    var common = 0
    while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
    let up = Array(repeating: "..", count: base.count - common)
    return (up + target[common...]).joined(separator: "/")
}
