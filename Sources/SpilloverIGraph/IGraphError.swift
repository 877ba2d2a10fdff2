internal import CIgraph

/// An error reported by igraph, thrown instead of igraph's default abort.
///
/// `code` names igraph's error in Swift; `message` is igraph's own text, and `function`
/// the igraph function that failed.
public struct IGraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A Swift name for an igraph error code; can grow without breaking users.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// igraph's numeric error code (`igraph_error_t`).
        public let rawValue: Int32
        /// The code with igraph's number `rawValue` (known or not).
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// The corresponding igraph error is `IGRAPH_FAILURE`.
        public static let failure = Code(rawValue: 1)
        /// The corresponding igraph error is `IGRAPH_ENOMEM`.
        public static let outOfMemory = Code(rawValue: 2)
        /// The corresponding igraph error is `IGRAPH_PARSEERROR`.
        public static let parseError = Code(rawValue: 3)
        /// The corresponding igraph error is `IGRAPH_EINVAL`.
        public static let invalidValue = Code(rawValue: 4)
        /// The corresponding igraph error is `IGRAPH_EINVVID`.
        public static let invalidVertex = Code(rawValue: 7)
        /// The corresponding igraph error is `IGRAPH_EINVMODE`.
        public static let invalidMode = Code(rawValue: 9)
        /// The corresponding igraph error is `IGRAPH_UNIMPLEMENTED`.
        public static let unimplemented = Code(rawValue: 12)
        /// The corresponding igraph error is `IGRAPH_INTERRUPTED`.
        public static let interrupted = Code(rawValue: 13)
        /// The corresponding igraph error is `IGRAPH_DIVERGED`.
        public static let diverged = Code(rawValue: 14)
        /// The corresponding igraph error is `IGRAPH_EINTERNAL`.
        public static let internalError = Code(rawValue: 38)
        /// The corresponding igraph error is `IGRAPH_EOVERFLOW`.
        public static let overflow = Code(rawValue: 55)
        /// The corresponding igraph error is `IGRAPH_ERANGE`.
        public static let outOfRange = Code(rawValue: 61)

        /// The Swift name of the code, or `igraph error N` for a code without one.
        public var description: String {
            switch self {
            case .failure: "failure"
            case .outOfMemory: "outOfMemory"
            case .parseError: "parseError"
            case .invalidValue: "invalidValue"
            case .invalidVertex: "invalidVertex"
            case .invalidMode: "invalidMode"
            case .unimplemented: "unimplemented"
            case .interrupted: "interrupted"
            case .diverged: "diverged"
            case .internalError: "internalError"
            case .overflow: "overflow"
            case .outOfRange: "outOfRange"
            default: "igraph error \(rawValue)"
            }
        }
    }

    /// The kind of error, igraph's code.
    public var code: Code
    /// igraph's message (its `reason`), or a generic text when igraph gave none.
    public var message: String
    /// The igraph function whose call failed.
    public var function: String

    /// An error with igraph's code, message and the failing function's name.
    public init(code: Code, message: String, function: String) {
        self.code = code
        self.message = message
        self.function = function
    }

    /// `igraph error in FUNCTION (CODE): MESSAGE`.
    public var description: String { "igraph error in \(function) (\(code)): \(message)" }
}

/// A warning igraph raised during a call; collected by the gateway, never printed by it.
public struct IGraphWarning: Sendable, Hashable, CustomStringConvertible {
    /// igraph's message, as it gave it.
    public var message: String
    /// The message.
    public var description: String { message }
}
