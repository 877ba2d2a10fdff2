/// A message in plain words that names settings of the library as typed ``Setting`` values.
///
/// Written like a string, with settings interpolated:
/// `"pass \(Setting.exactPaths) for exact values"`. ``description`` names each setting as
/// the library's API does; ``rendered(naming:)`` lets a front end name them its own way
/// (a command line tool by its flags) without rewording the rest of the sentence.
public struct SettingText: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A run of words, or a setting.
    public enum Part: Sendable, Hashable {
        /// Words, as written.
        case text(String)
        /// A setting, to be named by whoever shows the message.
        case setting(Setting)
    }

    /// The message's words and settings, in order.
    public private(set) var parts: [Part]

    /// Plain words that name no setting.
    public init(_ text: String) { parts = text.isEmpty ? [] : [.text(text)] }

    /// Plain words that name no setting.
    public init(stringLiteral value: String) { self.init(value) }

    /// A message written with interpolated settings and values.
    public init(stringInterpolation: StringInterpolation) { parts = stringInterpolation.parts }

    /// The settings the message names, in order.
    public var settings: [Setting] {
        parts.compactMap { if case .setting(let s) = $0 { s } else { nil } }
    }

    /// The message with each setting named by `name`.
    public func rendered(naming name: (Setting) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .setting(let setting): name(setting)
            }
        }.joined()
    }

    /// The message with each setting named as the library's API names it.
    public var description: String { rendered(naming: \.description) }

    /// The two messages one after the other.
    public static func + (lhs: SettingText, rhs: SettingText) -> SettingText {
        var joined = StringInterpolation(literalCapacity: 0, interpolationCount: rhs.parts.count)
        joined.parts = lhs.parts
        joined.appendInterpolation(rhs)
        return SettingText(stringInterpolation: joined)
    }

    /// Builds a ``SettingText`` from a string literal with interpolations.
    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        /// Room for a literal of `literalCapacity` characters and `interpolationCount` values.
        public init(literalCapacity: Int, interpolationCount: Int) { parts.reserveCapacity(2 * interpolationCount + 1) }

        /// Words, as written.
        public mutating func appendLiteral(_ literal: String) { append(literal) }

        /// A setting, named when the message is shown.
        public mutating func appendInterpolation(_ setting: Setting) { parts.append(.setting(setting)) }

        /// Another message, its settings kept.
        public mutating func appendInterpolation(_ text: SettingText) {
            for part in text.parts {
                switch part {
                case .text(let words): append(words)
                case .setting(let setting): parts.append(.setting(setting))
                }
            }
        }

        /// Any other value, as string interpolation writes it.
        public mutating func appendInterpolation(_ value: some Any) { append(String(describing: value)) }

        private mutating func append(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let last)? = parts.last {
                parts[parts.count - 1] = .text(last + text)
            } else {
                parts.append(.text(text))
            }
        }
    }
}
