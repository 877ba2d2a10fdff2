/// How a family of path-based measures of a ``MetricsTable`` was sampled: what the JSON
/// output's `graph.sampling` and the warning of the automatic switch report.
public struct PathSampling: Sendable, Equatable {
    /// The estimator used; the raw value names it in JSON output.
    public enum Method: String, Sendable {
        /// Betweenness from uniformly sampled shortest paths (Riondato & Kornaropoulos 2016).
        case riondatoKornaropoulos = "riondato-kornaropoulos"
        /// Betweenness from k sampled sources (Brandes & Pich 2007).
        case brandesPich = "brandes-pich"
        /// Closeness and harmonic from k pivots (Eppstein & Wang 2004).
        case eppsteinWang = "eppstein-wang"
    }

    /// The measures estimated (betweenness and its normalised form; closeness, harmonic).
    public var measures: [Measure]
    /// Which estimator drew the sample.
    public var method: Method
    /// The error bound stated, when the sample was sized from one (`nil`: an explicit count).
    public var epsilon: Double?
    /// The probability that some firm's error exceeds ``epsilon``.
    public var delta: Double?
    /// Sampled shortest paths (RK) or sources / pivots.
    public var samples: Int
    /// The random seed of the sample.
    public var seed: UInt64

    /// `{"measures", "method", "epsilon", "delta", "samples", "seed"}`.
    package var json: JSONValue {
        .object([
            ("measures", .array(measures.map { .string($0.rawValue) })),
            ("method", .string(method.rawValue)),
            ("epsilon", epsilon.map { .number($0) } ?? .null),
            ("delta", delta.map { .number($0) } ?? .null),
            ("samples", .integer(samples)),
            ("seed", .string(String(seed))),
        ])
    }
}

extension MetricsTable {
    /// Betweenness (raw and normalised), closeness and harmonic as `plan` says, into `values`;
    /// returns how each sampled family was sampled.
    static func pathMeasures(
        _ graph: ClusterGraph, wanted: Set<Measure>, plan: (betweenness: MetricsOptions.PathWay, closeness: MetricsOptions.PathWay),
        options: MetricsOptions, diagnostics: (closeness: Diagnostics, betweenness: Diagnostics), into values: inout [Measure: [Double]]
    ) throws -> [PathSampling] {
        let wantsBetweenness = wanted.contains(.betweenness) || wanted.contains(.betweennessNorm)
        let wantsCloseness = wanted.contains(.closeness) || wanted.contains(.harmonic)
        let n = graph.nodeCount, seed = options.seed
        var sampling: [PathSampling] = []
        var betweenness: [Double]?
        let shared = sharesPathSearch(wanted, betweenness: plan.betweenness, closeness: plan.closeness)
        if shared, plan.closeness == .exact, let exact = try Centrality.exactPathMeasures(graph, weightAs: options.weightAs) {
            // All three exact from one set of parallel Swift searches (undirected graphs).
            betweenness = exact.betweenness
            if wanted.contains(.closeness) { values[.closeness] = exact.closeness }
            if wanted.contains(.harmonic) { values[.harmonic] = exact.harmonic }
        } else if case .sources(let k) = plan.closeness, wantsCloseness {
            let closeness: [Double], harmonic: [Double]
            if shared {
                // One set of searches for all three (undirected graphs).
                (betweenness, closeness, harmonic) = try Centrality.sampledPathMeasures(graph, sources: k, seed: seed, weightAs: options.weightAs)
            } else {
                (closeness, harmonic) = try Centrality.sampledPathCentrality(graph, sources: k, seed: seed, weightAs: options.weightAs)
            }
            if wanted.contains(.closeness) { values[.closeness] = closeness }
            if wanted.contains(.harmonic) { values[.harmonic] = harmonic }
            let guaranteed = options.pathSample == nil
            sampling.append(
                PathSampling(
                    measures: [.closeness, .harmonic].filter(wanted.contains), method: .eppsteinWang,
                    epsilon: guaranteed ? options.closenessEpsilon : nil, delta: guaranteed ? options.samplingDelta : nil,
                    samples: min(k, n), seed: seed))
        } else {
            if wanted.contains(.closeness) { values[.closeness] = try Centrality.closeness(graph, weightAs: options.weightAs, diagnostics: diagnostics.closeness) }
            if wanted.contains(.harmonic) { values[.harmonic] = try Centrality.harmonic(graph, weightAs: options.weightAs, diagnostics: diagnostics.closeness) }
        }
        guard wantsBetweenness else { return sampling }
        let names = [Measure.betweenness, .betweennessNorm].filter(wanted.contains)
        let raw: [Double]
        switch plan.betweenness {
        case _ where betweenness != nil:
            raw = betweenness!
            if case .sources(let k) = plan.betweenness {
                sampling.insert(PathSampling(measures: names, method: .brandesPich, samples: min(k, n), seed: seed), at: 0)
            }
        case .exact:
            raw = try Centrality.exactBetweenness(graph, weightAs: options.weightAs)
        case .sources(let k):
            raw = try Centrality.sampledBetweenness(graph, sources: k, seed: seed, weightAs: options.weightAs, diagnostics: diagnostics.betweenness)
            sampling.insert(PathSampling(measures: names, method: .brandesPich, samples: min(k, n), seed: seed), at: 0)
        case .guarantee:
            let estimate = try Centrality.approximateBetweenness(
                graph, epsilon: options.samplingEpsilon, delta: options.samplingDelta, seed: seed, weightAs: options.weightAs)
            raw = estimate.values
            sampling.insert(
                PathSampling(
                    measures: names, method: .riondatoKornaropoulos, epsilon: options.samplingEpsilon,
                    delta: options.samplingDelta, samples: estimate.samples, seed: seed), at: 0)
        }
        values[.betweenness] = raw
        let scale = Centrality.betweennessNormalization(graph)
        values[.betweennessNorm] = raw.map { $0 * scale }
        return sampling
    }

    /// The warning of the automatic switch: what was sampled, how, with which guarantee.
    static func samplingWarning(_ sampling: [PathSampling], nodeCount: Int, options: MetricsOptions) -> SettingText {
        let parts = sampling.map { s -> String in
            let what = s.measures.map(\.rawValue).joined(separator: " and ")
            switch s.method {
            case .riondatoKornaropoulos:
                return
                    "\(what) from \(s.samples) sampled shortest paths (Riondato–Kornaropoulos: every firm's betweenness_norm within ε = \(s.epsilon!) of exact with probability ≥ 1 − δ, δ = \(s.delta!))"
            case .eppsteinWang where s.epsilon != nil:
                return
                    "\(what) from \(s.samples) sampled sources (Eppstein–Wang pivots: every firm's harmonic within ε = \(s.epsilon!) / shortest tie length and mean distance within ε × its eccentricity, with probability ≥ 1 − δ, δ = \(s.delta!))"
            default:
                return "\(what) from \(s.samples) sampled sources (\(s.method.rawValue))"
            }
        }
        return
            "\(nodeCount) firms (more than \(options.autoSampleThreshold)): \(parts.joined(separator: "; ")), seed \(options.seed); pass \(Setting.exactPaths) for exact values (O(nm) time) or \(Setting.pathSample) for another sample size"
    }
}
