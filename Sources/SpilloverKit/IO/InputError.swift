/// Bad input data: a file that cannot be read, or content that does not fit the format.
///
/// The description names the file, the line and column where known, and what was
/// expected, in the form compilers use: `edges.csv:12:7: weight must be …`. The command
/// line tool prints it and exits with status 65 (`EX_DATAERR`).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at fault, as the user named it.
    public var file: String
    /// 1-based line number, when the error is tied to a line.
    public var line: Int?
    /// 1-based column (in bytes from the start of the line), when known.
    public var column: Int?
    /// What is wrong and what was expected, naming the settings that bear on it as typed
    /// values (a front end names them its own way with ``description(naming:)``).
    public var text: SettingText
    /// What is wrong and what was expected, with settings named as the library's API does.
    public var message: String {
        get { text.description }
        set { text = SettingText(newValue) }
    }
    /// The structured reason, when the rows were read but cannot make a graph (weights
    /// whose sum overflows): for callers that explain it in their own terms.
    public var buildError: GraphBuildError?

    /// An error in `file`, at `line` and `column` when known (1-based).
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, buildError: GraphBuildError? = nil) {
        self.init(file: file, line: line, column: column, text: SettingText(message), buildError: buildError)
    }

    /// An error in `file`, at `line` and `column` when known (1-based), whose message names
    /// settings.
    public init(file: String, line: Int? = nil, column: Int? = nil, text: SettingText, buildError: GraphBuildError? = nil) {
        self.buildError = buildError
        self.file = file
        self.line = line
        self.column = column
        self.text = text
    }

    /// `file:line:column: message`, with the line and column left out when unknown.
    public var description: String { description(naming: \.description) }

    /// `file:line:column: message`, with each ``Setting`` of the message named by `name`.
    public func description(naming name: (Setting) -> String) -> String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(text.rendered(naming: name))"
    }
}
