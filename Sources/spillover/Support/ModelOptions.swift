import ArgumentParser
import Foundation
import SpilloverKit

/// The diffusion model and its parameters; shared by `diffuse` and `seeds`.
struct ModelOptions: ParsableArguments {
    enum ModelName: String, ExpressibleByArgument, CaseIterable { case ic, lt, sir, knowledge, level }
    enum ProbabilityRule: String, ExpressibleByArgument, CaseIterable { case uniform, weight, cascade }

    @Option(name: .long, help: "Model: ic, lt, sir, knowledge or level.")
    var model: ModelName = .ic

    @Option(name: .customLong("p"), parsing: .unconditional, help: "ic: tie probability with --probability uniform (default 0.1).")
    var p: Double?

    @Option(name: .long, help: "ic: uniform (--p), weight (min(1, scale·w)) or cascade (1/in-degree).")
    var probability: ProbabilityRule?

    @Option(name: .long, parsing: .unconditional, help: "ic --probability weight: scale (default 1).")
    var scale: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: infection probability per tie and step (default 0.1).")
    var beta: Double?

    @Option(name: .long, parsing: .unconditional, help: "sir: recovery probability per step (default 0.5).")
    var gamma: Double?

    @Option(name: .long, help: "knowledge, level: JSON parameter file.")
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
        try only(p != nil || probability != nil || scale != nil, "--p/--probability/--scale", [.ic])
        try only(beta != nil || gamma != nil, "--beta/--gamma", [.sir])
        try only(params != nil || levelBeta != nil || levelKappa != nil, "--params/--level-beta/--level-kappa", [.knowledge, .level])
        try only(tacitBeta != nil || codifiedBeta != nil || tacitKappa != nil || codifiedKappa != nil
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
    func diffusionModel(_ parameters: KnowledgeParameters) -> DiffusionModel {
        switch model {
        case .ic:
            switch probability ?? .uniform {
            case .uniform: .independentCascade(.uniform(p ?? 0.1))
            case .weight: .independentCascade(.weight(scale: scale ?? 1))
            case .cascade: .independentCascade(.weightedCascade)
            }
        case .lt: .linearThreshold
        case .sir: .sir(beta: beta ?? 0.1, gamma: gamma ?? 0.5)
        case .knowledge, .level: .knowledge(parameters)
        }
    }

    /// The model and its parameters, as written under "model" in JSON.
    func json(_ k: KnowledgeParameters, steps: Int? = nil) -> JSONValue {
        func channel(_ c: KnowledgeParameters.Channel) -> JSONValue {
            .object([("beta", .object(c.beta.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })), ("kappa", .number(c.kappa))])
        }
        var fields: [(String, JSONValue)] = [("name", .string(model.rawValue))]
        switch model {
        case .ic:
            let rule = probability ?? .uniform
            fields.append(("probability", .string(rule.rawValue)))
            if rule == .uniform { fields.append(("p", .number(p ?? 0.1))) }
            if rule == .weight { fields.append(("scale", .number(scale ?? 1))) }
        case .lt: break
        case .sir: fields += [("beta", .number(beta ?? 0.1)), ("gamma", .number(gamma ?? 0.5))]
        case .knowledge:
            fields += [
                ("tacit", channel(k.tacit)), ("codified", channel(k.codified)),
                ("externalisation", .number(k.externalisation)), ("internalisation", .number(k.internalisation)),
                ("seed_forms", .string(k.seedForms.rawValue)),
            ]
        case .level: fields += [("level", channel(k.level)), ("steps", .integer(steps ?? 50))]
        }
        return .object(fields)
    }

    /// The knowledge parameters: defaults, then the --params file, then the options.
    func knowledgeParameters() throws -> KnowledgeParameters {
        var p = KnowledgeParameters()
        if let params {
            do { p = try KnowledgeParameters.load(path: params) } catch { throw CLIError.data("--params \(error)") }
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
        do { try p.validate() } catch { throw CLIError.usage(Self.optionMessage(error)) }
        return p
    }

    /// A parameter error worded with the option that sets the parameter.
    static func optionMessage(_ error: DiffusionError) -> String {
        guard case let .invalidParameter(name, expected) = error else { return "\(error)" }
        let option = switch name {
        case "p": "--p"
        case "scale": "--scale"
        case "beta": "--beta"
        case "gamma": "--gamma"
        case "externalisation": "--externalisation"
        case "internalisation": "--internalisation"
        case "epsilon": "--epsilon"
        case "ell": "--ell"
        case "runs": "--runs"
        default: name.hasPrefix("tacit") ? "--tacit-beta/--tacit-kappa" : name.hasPrefix("codified") ? "--codified-beta/--codified-kappa" : "--level-beta/--level-kappa"
        }
        return name == option.dropFirst(2) ? "\(option): \(expected)" : "\(option) (\(name)): \(expected)"
    }
}

extension SeedForms: ExpressibleByArgument {}
