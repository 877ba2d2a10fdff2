import Foundation

/// Which forms of knowledge the seeds (focal firms) hold at step 0.
public enum SeedForms: String, Sendable, Codable, CaseIterable {
    /// What the seeds hold: `both` tacit and codified knowledge (the default), `tacit` knowledge
    /// only, or `codified` knowledge only; parameter files spell them as these raw values.
    case both, tacit, codified
}

/// Parameters of the cluster knowledge model and of the knowledge-level variant.
///
/// Every default is an **assumption** for illustration, not a calibrated value:
/// κ_S = 2 (tacit knowledge needs strong ties; Hansen 1999), κ_C = 0.5;
/// β_S = {vertical 0.6, horizontal 0.3, institutional 0.4, other 0.4};
/// β_C = {vertical 0.4, horizontal 0.2, institutional 0.6, other 0.4};
/// ε = 0.1 (externalisation), ι = 0.2 (internalisation); seeds hold both forms.
/// The level variant uses β = 1 for every type and κ = 1 (so s = min(1, w)).
/// Tie types not listed (including untyped ties) use the `other` entry.
///
/// A JSON parameter file may give any subset of the fields; unknown fields are an error:
/// ```json
/// {"tacit": {"beta": {"vertical": 0.6, "horizontal": 0.3, "institutional": 0.4, "other": 0.4}, "kappa": 2},
///  "codified": {"beta": {"vertical": 0.4}, "kappa": 0.5},
///  "externalisation": 0.1, "internalisation": 0.2, "seed_forms": "both",
///  "level": {"beta": {"other": 1}, "kappa": 1}}
/// ```
public struct KnowledgeParameters: Sendable, Equatable {
    /// Per tie type: the transfer rate β[type] and the tie-strength exponent κ of one channel.
    public struct Channel: Sendable, Equatable {
        /// β per tie type (lowercased keys; `other` for types not listed): the transfer rate, ≥ 0.
        public var beta: [String: Double]
        /// κ, the exponent of the tie weight: p = β[type] · w^κ (before the absorptive capacity).
        public var kappa: Double

        /// A channel with the given rates per tie type and exponent; checked by
        /// ``KnowledgeParameters/validate()``.
        public init(beta: [String: Double], kappa: Double) {
            self.beta = beta
            self.kappa = kappa
        }

        /// β for a tie type (case-insensitive); the `other` entry when the type is not listed.
        public func beta(for type: String) -> Double {
            beta[type.lowercased()] ?? beta["other"] ?? 0
        }
    }

    /// Socialisation (tacit → tacit).
    public var tacit = Channel(beta: ["vertical": 0.6, "horizontal": 0.3, "institutional": 0.4, "other": 0.4], kappa: 2)
    /// Combination (codified → codified).
    public var codified = Channel(beta: ["vertical": 0.4, "horizontal": 0.2, "institutional": 0.6, "other": 0.4], kappa: 0.5)
    /// ε: chance per round that a firm holding only tacit knowledge codifies it.
    public var externalisation = 0.1
    /// ι: with absorptive capacity A, chance ι·A per round that a firm holding only codified
    /// knowledge internalises it.
    public var internalisation = 0.2
    /// The forms the seeds hold at step 0.
    public var seedForms = SeedForms.both
    /// The knowledge-level variant's s_ji = min(1, β[type] · w^κ).
    public var level = Channel(beta: ["other": 1], kappa: 1)

    /// The illustrative defaults listed above (assumptions, not calibrated values).
    public init() {}

    /// Checks ranges: β ≥ 0 and finite, κ finite, ε and ι in [0, 1].
    /// - Throws: ``DiffusionError/invalidParameter(_:value:expected:file:)`` naming the first
    ///   parameter out of range (with the tie type of a β), its value and the values it may take.
    public func validate() throws(DiffusionError) {
        for (name, channel) in [(DiffusionParameter.KnowledgeChannel.tacit, tacit), (.codified, codified), (.level, level)] {
            for (type, b) in channel.beta.sorted(by: { $0.key < $1.key }) {
                try DiffusionError.require(.knowledgeBeta(name, tieType: type), b, in: .nonNegative)
            }
            try DiffusionError.require(.knowledgeKappa(name), channel.kappa, in: .finite)
        }
        try DiffusionError.require(.externalisation, externalisation, in: .probability)
        try DiffusionError.require(.internalisation, internalisation, in: .probability)
    }

    /// The defaults overridden by the fields of the JSON file at `path`.
    /// - Throws: ``DiffusionError/parameterFile(_:_:)`` for a file that cannot be read or
    ///   decoded, ``DiffusionError/invalidParameter(_:value:expected:file:)`` with `file` set
    ///   for a value out of range.
    public static func load(path: String) throws(DiffusionError) -> KnowledgeParameters {
        let data: Data
        guard FileManager.default.fileExists(atPath: path) else {
            throw .parameterFile(path, "cannot open file: no such file or directory")
        }
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .parameterFile(path, "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(data, source: path)
    }

    /// The defaults overridden by the fields of a JSON document; `source` names it in errors.
    /// - Throws: as ``load(path:)`` does.
    public static func decode(_ data: Data, source: String = "<parameters>") throws(DiffusionError) -> KnowledgeParameters {
        let file: ParameterFile
        do { file = try JSONDecoder().decode(ParameterFile.self, from: data) } catch let error as DecodingError {
            throw .parameterFile(source, SettingText(Self.describe(error)))
        } catch {
            throw .parameterFile(source, "\(error)")
        }
        var p = KnowledgeParameters()
        func merge(_ c: ParameterFile.ChannelFile?, into channel: inout Channel) {
            guard let c else { return }
            for (k, v) in c.beta ?? [:] { channel.beta[k.lowercased()] = v }
            if let kappa = c.kappa { channel.kappa = kappa }
        }
        merge(file.tacit, into: &p.tacit)
        merge(file.codified, into: &p.codified)
        merge(file.level, into: &p.level)
        if let e = file.externalisation { p.externalisation = e }
        if let i = file.internalisation { p.internalisation = i }
        if let s = file.seed_forms { p.seedForms = s }
        // Name the file, not only the parameter: the value came from it.
        do { try p.validate() } catch {
            guard case let .invalidParameter(parameter, value, expected, _) = error else { throw error }
            throw .invalidParameter(parameter, value: value, expected: expected, file: source)
        }
        return p
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }
        switch error {
        case let .typeMismatch(_, c), let .valueNotFound(_, c): return "bad value at '\(path(c.codingPath))': \(c.debugDescription)"
        case let .keyNotFound(k, _): return "missing field '\(k.stringValue)'"
        case let .dataCorrupted(c): return c.codingPath.isEmpty ? "not valid JSON: \(c.debugDescription)" : "bad value at '\(path(c.codingPath))': \(c.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// The JSON parameter file: every field optional, unknown fields rejected.
private struct ParameterFile: Decodable {
    struct ChannelFile: Decodable {
        var beta: [String: Double]?
        var kappa: Double?
        init(from decoder: any Decoder) throws {
            try rejectUnknownKeys(decoder, allowed: ["beta", "kappa"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            beta = try c.decodeIfPresent([String: Double].self, forKey: AnyKey("beta"))
            kappa = try c.decodeIfPresent(Double.self, forKey: AnyKey("kappa"))
        }
    }
    var tacit: ChannelFile?, codified: ChannelFile?, level: ChannelFile?
    var externalisation: Double?, internalisation: Double?
    var seed_forms: SeedForms?

    init(from decoder: any Decoder) throws {
        try rejectUnknownKeys(decoder, allowed: ["tacit", "codified", "level", "externalisation", "internalisation", "seed_forms"])
        let c = try decoder.container(keyedBy: AnyKey.self)
        tacit = try c.decodeIfPresent(ChannelFile.self, forKey: AnyKey("tacit"))
        codified = try c.decodeIfPresent(ChannelFile.self, forKey: AnyKey("codified"))
        level = try c.decodeIfPresent(ChannelFile.self, forKey: AnyKey("level"))
        externalisation = try c.decodeIfPresent(Double.self, forKey: AnyKey("externalisation"))
        internalisation = try c.decodeIfPresent(Double.self, forKey: AnyKey("internalisation"))
        seed_forms = try c.decodeIfPresent(SeedForms.self, forKey: AnyKey("seed_forms"))
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private func rejectUnknownKeys(_ decoder: any Decoder, allowed: Set<String>) throws {
    let c = try decoder.container(keyedBy: AnyKey.self)
    if let bad = c.allKeys.map(\.stringValue).sorted().first(where: { !allowed.contains($0) }) {
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: c.codingPath + [AnyKey(bad)],
                debugDescription: "unknown field; expected one of \(allowed.sorted().joined(separator: ", "))"))
    }
}
