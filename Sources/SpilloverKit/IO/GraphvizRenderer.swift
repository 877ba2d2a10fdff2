import Foundation

/// A picture format GraphViz writes.
public enum RenderFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics (`svg`), a bitmap (`png`) or a PDF document (`pdf`).
    case svg, png, pdf
}

/// A failure to render a picture with GraphViz.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    /// Why rendering failed.
    public enum Code: Sendable, Equatable {
        /// The GraphViz program is not on `PATH`.
        case notInstalled
        /// The program could not be started, or stopped with an error.
        case failed
    }

    /// Whether GraphViz is missing or failed.
    public var code: Code
    /// What went wrong, with GraphViz's own message when it gave one.
    public var message: String
    /// The message.
    public var description: String { message }

    /// How to get GraphViz.
    public static let installHint =
        "install GraphViz (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install graphviz; macOS: brew install graphviz), or write DOT and render it elsewhere"
}

/// Renders DOT text to SVG, PNG or PDF by running GraphViz's `dot` program with the chosen
/// layout engine (`dot -K<layout> -T<format>`).
///
/// The program is looked up on `PATH` (or given). The DOT text goes through a temporary file
/// and the picture comes back on standard output, so neither pipe can block the other;
/// ``render(_:layout:format:to:)`` writes the picture atomically (``AtomicFile``).
public struct GraphvizRenderer: Sendable {
    /// The path of the `dot` executable.
    public let executable: String
    /// Resolution of PNG pictures, in dots per inch.
    public var pngResolution = 200

    /// A renderer that runs `executable`, or the `dot` found on `PATH`.
    ///
    /// - Throws: ``RenderError`` (``RenderError/Code/notInstalled``) with installation
    ///   advice when there is no such program.
    public init(executable: String? = nil, path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(RenderError) {
        if let executable {
            guard FileManager.default.isExecutableFile(atPath: executable) else {
                throw RenderError(code: .notInstalled, message: "GraphViz program \(executable) not found or not executable; \(RenderError.installHint)")
            }
            self.executable = executable
            return
        }
        guard let found = Self.find("dot", in: path ?? "") else {
            throw RenderError(code: .notInstalled, message: "GraphViz is needed to render pictures, but its 'dot' program is not on PATH; \(RenderError.installHint)")
        }
        self.executable = found
    }

    /// The first executable file named `program` in the `:`-separated folders of `path`.
    public static func find(_ program: String, in path: String) -> String? {
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(program)" : "\(folder)/\(program)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }

    /// The picture of `dot` laid out by `layout`, in `format`, and GraphViz's warnings.
    ///
    /// - Throws: ``RenderError`` (``RenderError/Code/failed``) with GraphViz's message when it
    ///   fails.
    public func render(_ dot: String, layout: DOTOptions.Layout, format: RenderFormat) throws(RenderError) -> (picture: Data, warnings: [String]) {
        try ProgressStage.run("rendering (\(layout.rawValue))") { _ throws(RenderError) in try renderNow(dot, layout: layout, format: format) }
    }

    private func renderNow(_ dot: String, layout: DOTOptions.Layout, format: RenderFormat) throws(RenderError) -> (picture: Data, warnings: [String]) {
        try Self.withDOTFile(dot) { input throws(RenderError) in try renderFile(input, layout: layout, format: format) }
    }

    /// Writes `dot` to a temporary file for GraphViz to read, runs `body` with its URL and
    /// removes it; registered so that an interrupted run removes it too.
    static func withDOTFile<T>(_ dot: String, _ body: (URL) throws(RenderError) -> T) throws(RenderError) -> T {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("spillover-\(UUID().uuidString).gv")
        TemporaryFiles.register(input.path)
        defer {
            try? FileManager.default.removeItem(at: input)
            TemporaryFiles.unregister(input.path)
        }
        do {
            try Data(dot.utf8).write(to: input)
        } catch {
            throw RenderError(code: .failed, message: "cannot write a temporary file for GraphViz: \(error.localizedDescription)")
        }
        return try body(input)
    }

    private func renderFile(_ input: URL, layout: DOTOptions.Layout, format: RenderFormat) throws(RenderError) -> (picture: Data, warnings: [String]) {
        // GraphViz's messages go to a file, not a second pipe: with one pipe this thread reads
        // the picture to its end without a reader thread for the other one.
        let errorPath = input.path + ".err"
        TemporaryFiles.register(errorPath)
        defer {
            try? FileManager.default.removeItem(atPath: errorPath)
            TemporaryFiles.unregister(errorPath)
        }
        guard FileManager.default.createFile(atPath: errorPath, contents: nil), let errorFile = FileHandle(forWritingAtPath: errorPath) else {
            throw RenderError(code: .failed, message: "cannot write a temporary file for GraphViz's messages")
        }
        defer { try? errorFile.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var arguments = ["-K\(layout.rawValue)", "-T\(format.rawValue)"]
        if format == .png { arguments.append("-Gdpi=\(pngResolution)") }
        arguments.append(input.path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorFile
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw RenderError(code: .failed, message: "cannot run \(executable): \(error.localizedDescription)")
        }
        let picture = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let messages = String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { String($0) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let detail = messages.isEmpty ? "exit status \(process.terminationStatus)" : messages.joined(separator: "; ")
            throw RenderError(
                code: .failed, message: "GraphViz (\(URL(fileURLWithPath: executable).lastPathComponent) -K\(layout.rawValue) -T\(format.rawValue)) failed: \(detail)")
        }
        guard !picture.isEmpty else {
            throw RenderError(code: .failed, message: "GraphViz (-K\(layout.rawValue) -T\(format.rawValue)) wrote an empty picture")
        }
        return (format == .svg ? Self.scalable(picture) : picture, messages)
    }

    /// GraphViz's SVG with its fixed size (`width="550pt" height="823pt"`) turned into "as
    /// wide as the page allows, at most that size" (`width="100%"` and a `max-width`; the
    /// `viewBox` keeps the proportions), so that a notebook or a page narrower than the
    /// picture shows all of it, scaled down, instead of cutting it off at the right.
    static func scalable(_ svg: Data) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        guard let match = text.firstMatch(of: /<svg width="([0-9.]+)pt" height="[0-9.]+pt"/) else { return svg }
        text.replaceSubrange(match.range, with: "<svg width=\"100%\" style=\"max-width:\(match.1)pt;height:auto\"")
        return Data(text.utf8)
    }

    /// Renders `dot` and writes the picture to `path` atomically; returns GraphViz's warnings.
    ///
    /// - Throws: ``RenderError`` when GraphViz fails, ``OutputError`` when the file cannot be
    ///   written.
    @discardableResult
    public func render(_ dot: String, layout: DOTOptions.Layout, format: RenderFormat, to path: String) throws -> [String] {
        let (picture, warnings) = try render(dot, layout: layout, format: format)
        var failure: OutputError?
        picture.withUnsafeBytes { bytes in
            do throws(OutputError) { try AtomicFile.write(bytes: bytes, to: path) } catch { failure = error }
        }
        if let failure { throw failure }
        return warnings
    }
}
