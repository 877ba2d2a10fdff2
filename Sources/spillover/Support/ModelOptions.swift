import ArgumentParser
import Foundation
import SpilloverKit

/// The diffusion model and its parameters; shared by `diffuse` and `seeds`.
struct ModelOptions: ParsableArguments {
    enum ModelName: String, ExpressibleByArgument, CaseIterable { case ic, lt, sir, knowledge, level }
    enum ProbabilityRule: String, ExpressibleByArgument, CaseIterable { case uniform, weight, cascade, type }

    /// The parameters of the models when their options are not given; the help texts, the
    /// models run, their JSON and the report's commands all read them here.
    static let defaultP = 0.1
    static let defaultScale = 1.0
    static let defaultBeta = 0.1
    static let defaultGamma = 0.5
    /// Steps of the cascade with `--external` (without a fitted model's periods).
    static let defaultExternalSteps = 10
    /// Steps of the deterministic `level` model.
    static let defaultLevelSteps = 50

    @Option(name: .long, help: "Model: ic, lt, sir, knowledge or level.")
    var model: ModelName = .ic

    @Option(name: .customLong("p"), parsing: .unconditional, help: "ic: tie probability with --probability uniform (default \(formatNumber(Self.defaultP))).")
    var p: Double?

    @Option(name: .long, help: "ic: uniform (--p), weight (min(1, scale·w)), cascade (1/in-degree) or type (--p-by-type).")
    var probability: ProbabilityRule?

    @Option(name: .customLong("p-by-type"), help: "ic --probability type: p per tie type, e.g. vertical=0.2,horizontal=0.05 (unlisted types 0).")
    var pByType: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: "ic: adoption from outside the network per step, ε; runs stop after --steps (default \(Self.defaultExternalSteps), or the fitted periods).")
    var external: Double?

    @Option(name: .long, parsing: .unconditional, help: "ic --probability weight: scale (default \(formatNumber(Self.defaultScale))).")
    var scale: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: infection probability per tie and step (default \(formatNumber(Self.defaultBeta))).")
    var beta: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: recovery probability per step (default \(formatNumber(Self.defaultGamma))).")
    var gamma: Double?

    @Option(name: .long, help: "knowledge, level: JSON parameter file; ic: a fitted model from spillover fit --write-params.")
    var params: String?

    @Option(name: .customLong("tacit-beta"), help: "knowledge: tacit β per tie type, e.g. vertical=0.6,other=0.4.")
    var tacitBeta: String?

    @Option(name: .customLong("codified-beta"), help: "knowledge: codified β per tie type.")
    var codifiedBeta: String?

    @Option(name: .customLong("tacit-kappa"), parsing: .unconditional, help: "knowledge: tie-strength exponent of the tacit channel.")
    var tacitKappa: Double?

    @Option(name: .customLong("codified-kappa"), parsing: .unconditional, help: "knowledge: tie-strength exponent of the codified channel.")
    var codifiedKappa: Double?

    @Option(name: .long, parsing: .unconditional, help: "knowledge: ε, chance per round that tacit-only knowledge is codified.")
    var externalisation: Double?

    @Option(name: .long, parsing: .unconditional, help: "knowledge: ι, codified-only knowledge becomes tacit with chance ι·A per round.")
    var internalisation: Double?

    @Option(name: .customLong("seed-forms"), help: "knowledge: forms the seeds hold: both, tacit or codified.")
    var seedForms: SeedForms?

    @Option(name: .customLong("level-beta"), help: "level: β per tie type (s = min(1, β·w^κ)).")
    var levelBeta: String?

    @Option(name: .customLong("level-kappa"), parsing: .unconditional, help: "level: tie-strength exponent.")
    var levelKappa: Double?

    /// Throws when an option is given for a model it does not apply to, or when the model
    /// is not one of `supported`.
    func check(supported: [ModelName] = ModelName.allCases) throws {
        guard supported.contains(model) else {
            throw ValidationError("--model must be \(supported.map(\.rawValue).joined(separator: ", ")), not \(model.rawValue)")
        }
        try only(p != nil || probability != nil || scale != nil || pByType != nil || external != nil, "--p/--probability/--scale/--p-by-type/--external", [.ic])
        try only(beta != nil || gamma != nil, "--beta/--gamma", [.sir])
        try only(params != nil, "--params", [.ic, .knowledge, .level])
        try only(levelBeta != nil || levelKappa != nil, "--level-beta/--level-kappa", [.knowledge, .level])
        if pByType != nil, probability != .type { throw ValidationError("--p-by-type goes with --probability type") }
        if probability == .type, pByType == nil { throw ValidationError("--probability type needs --p-by-type type=p,…") }
        if let pByType { _ = try TypeValues.probabilities(pByType, option: "--p-by-type") }
        if let external, !(0...1).contains(external) { throw ValidationError("--external must be a probability in [0, 1], not \(external)") }
        if model == .ic, params != nil, probability != nil || p != nil || scale != nil {
            throw ValidationError("--params gives the fitted p; leave out --p/--probability/--scale")
        }
        try only(
            tacitBeta != nil || codifiedBeta != nil || tacitKappa != nil || codifiedKappa != nil
                || externalisation != nil || internalisation != nil || seedForms != nil, "the tacit/codified options", [.knowledge])
        if p != nil, let probability, probability != .uniform { throw ValidationError("--p goes with --probability uniform") }
        if scale != nil, probability != .weight { throw ValidationError("--scale goes with --probability weight") }
    }

    /// Throws when `given` and the model is not one of `models`.
    /// Whether any model option was given (`--model` other than the default ic, or a
    /// parameter).
    var isGiven: Bool {
        model != .ic || p != nil || probability != nil || scale != nil || beta != nil || gamma != nil || params != nil
            || tacitBeta != nil || codifiedBeta != nil || tacitKappa != nil || codifiedKappa != nil || externalisation != nil
            || internalisation != nil || seedForms != nil || levelBeta != nil || levelKappa != nil
    }

    func only(_ given: Bool, _ option: String, _ models: [ModelName]) throws {
        if given, !models.contains(model) {
            throw ValidationError("\(option) applies to --model \(models.map(\.rawValue).joined(separator: " or ")), not \(model.rawValue)")
        }
    }

    /// The Monte Carlo model (`parameters` for the knowledge model); `level` maps to the
    /// knowledge model's parameters and is run by ``KnowledgeLevel`` instead.
    func diffusionModel(_ parameters: KnowledgeParameters, fitted: FittedParameters? = nil, steps: Int? = nil) -> DiffusionModel {
        switch model {
        case .ic:
            let rule: CascadeProbability
            if let fitted {
                rule = fitted.pooled.map { .uniform($0) } ?? .byType(fitted.p, other: 0)
            } else {
                switch probability ?? .uniform {
                case .uniform: rule = .uniform(p ?? Self.defaultP)
                case .weight: rule = .weight(scale: scale ?? Self.defaultScale)
                case .cascade: rule = .weightedCascade
                case .type: rule = .byType((try? TypeValues.probabilities(pByType ?? "", option: "--p-by-type")) ?? [:], other: 0)
                }
            }
            guard let epsilon = external ?? fitted?.epsilon else { return .independentCascade(rule) }
            return .externalCascade(rule, epsilon: epsilon, steps: steps ?? fitted.map { $0.periods - 1 } ?? Self.defaultExternalSteps)
        case .lt: return .linearThreshold
        case .sir: return .sir(beta: beta ?? Self.defaultBeta, gamma: gamma ?? Self.defaultGamma)
        case .knowledge, .level: return .knowledge(parameters)
        }
    }

    /// The model and its parameters, as written under "model" in JSON.
    func json(_ k: KnowledgeParameters, steps: Int? = nil, model built: DiffusionModel? = nil) -> JSONValue {
        func channel(_ c: KnowledgeParameters.Channel) -> JSONValue {
            .object([("beta", .object(c.beta.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })), ("kappa", .number(c.kappa))])
        }
        var fields: [(String, JSONValue)] = [("name", .string(model.rawValue))]
        switch model {
        case .ic:
            var rule = probability ?? .uniform
            var pUniform = p ?? Self.defaultP
            var table: [String: Double]?
            if case let .externalCascade(r, epsilon, steps)? = built {
                if case let .byType(t, _) = r { rule = .type; table = t }
                if case let .uniform(q) = r { rule = .uniform; pUniform = q }
                fields += [("external", .number(epsilon)), ("steps", .integer(steps))]
            } else if rule == .type {
                table = (try? TypeValues.probabilities(pByType ?? "", option: "--p-by-type")) ?? [:]
            }
            if params != nil { fields.append(("params", .string(params!))) }
            fields.append(("probability", .string(rule.rawValue)))
            if rule == .uniform { fields.append(("p", .number(pUniform))) }
            if rule == .weight { fields.append(("scale", .number(scale ?? Self.defaultScale))) }
            if let table { fields.append(("p_by_type", .object(table.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) }))) }
        case .lt: break
        case .sir: fields += [("beta", .number(beta ?? Self.defaultBeta)), ("gamma", .number(gamma ?? Self.defaultGamma))]
        case .knowledge:
            fields += [
                ("tacit", channel(k.tacit)), ("codified", channel(k.codified)),
                ("externalisation", .number(k.externalisation)), ("internalisation", .number(k.internalisation)),
                ("seed_forms", .string(k.seedForms.rawValue)),
            ]
        case .level: fields += [("level", channel(k.level)), ("steps", .integer(steps ?? Self.defaultLevelSteps))]
        }
        return .object(fields)
    }

    /// The fitted cascade model of `--params` (ic only): `spillover fit --write-params`'s file.
    func fittedParameters() throws -> FittedParameters? {
        guard model == .ic, let params else { return nil }
        guard let data = FileManager.default.contents(atPath: params) else {
            throw CLIError.data("--params \(params): cannot open file")
        }
        do { return try FittedParameters.decode(data, source: params) } catch { throw CLIError(error) }
    }

    /// The knowledge parameters: defaults, then the --params file, then the options.
    func knowledgeParameters() throws -> KnowledgeParameters {
        var p = KnowledgeParameters()
        if let params, model != .ic {
            do { p = try KnowledgeParameters.load(path: params) } catch { throw CLIError(error) }
        }
        func types(_ text: String?, _ option: String, into channel: inout KnowledgeParameters.Channel) throws {
            guard let text else { return }
            for item in text.split(separator: ",") {
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
                    throw CLIError.usage("\(option): expected type=value pairs separated by commas (e.g. vertical=0.6,other=0.4), not '\(item)'")
                }
                channel.beta[parts[0].lowercased()] = value
            }
        }
        try types(tacitBeta, "--tacit-beta", into: &p.tacit)
        try types(codifiedBeta, "--codified-beta", into: &p.codified)
        try types(levelBeta, "--level-beta", into: &p.level)
        if let tacitKappa { p.tacit.kappa = tacitKappa }
        if let codifiedKappa { p.codified.kappa = codifiedKappa }
        if let levelKappa { p.level.kappa = levelKappa }
        if let externalisation { p.externalisation = externalisation }
        if let internalisation { p.internalisation = internalisation }
        if let seedForms { p.seedForms = seedForms }
        do { try p.validate() } catch { throw CLIError(error) }
        return p
    }
}

extension SeedForms: ExpressibleByArgument {}
