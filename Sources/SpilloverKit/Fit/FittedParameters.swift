import Foundation

/// The fitted cascade model as a file that `fit --write-params` writes and `diffuse
/// --params` reads, so that the fitted model runs from the focal firms:
///
/// ```json
/// {"model": "cascade", "epsilon": 0.11, "p": {"advice": 0.02, "friend": 0}, "periods": 17}
/// ```
///
/// `p` holds one probability per tie type, or `{"all": p}` for the pooled model; `periods`
/// is the number of observed periods (the seeds' period included), the horizon of a run
/// with outside adoption.
public struct FittedParameters: Sendable, Equatable, Codable {
    /// The model's name; always `cascade`.
    public var model = "cascade"
    /// ε, adoption from outside the network per period, in [0, 1].
    public var epsilon: Double
    /// Transmission probability per tie type, or one `all` entry for the pooled model.
    public var p: [String: Double]
    /// Observed periods, the seeds' period included: the horizon of a run with outside adoption.
    public var periods: Int

    /// Parameters with known values.
    public init(epsilon: Double, p: [String: Double], periods: Int) {
        self.epsilon = epsilon
        self.p = p
        self.periods = periods
    }

    /// The estimates of `fit` (an unidentified class gets p = 0) over `periods` periods.
    public init(fit: CascadeFit, periods: Int) {
        epsilon = fit.epsilon.estimate
        p = Dictionary(uniqueKeysWithValues: fit.p.map { ($0.name, $0.identified ? $0.estimate : 0) })
        self.periods = periods
    }

    /// The pooled probability when `p` is `{"all": p}`.
    public var pooled: Double? { p.count == 1 ? p["all"] : nil }

    /// Pretty JSON with sorted keys.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Whether `data` looks like a fitted-parameters file (`"model": "cascade"`).
    public static func isFittedParameters(_ data: Data) -> Bool {
        struct Probe: Decodable { var model: String? }
        return (try? JSONDecoder().decode(Probe.self, from: data))?.model == "cascade"
    }

    /// - Throws: ``DiffusionError/parameterFile(_:_:)`` naming the file and what is wrong.
    public static func decode(_ data: Data, source: String) throws(DiffusionError) -> FittedParameters {
        let parsed: FittedParameters
        do { parsed = try JSONDecoder().decode(FittedParameters.self, from: data) } catch {
            throw .parameterFile(
                source, "expected {\"model\": \"cascade\", \"epsilon\": …, \"p\": {type: …}, \"periods\": …} as written by \(Setting.fittedParameters) (\(error))")
        }
        guard (0...1).contains(parsed.epsilon) else { throw .parameterFile(source, "epsilon must be in [0, 1], not \(parsed.epsilon)") }
        for (type, value) in parsed.p where !(0...1).contains(value) {
            throw .parameterFile(source, "p of '\(type)' must be in [0, 1], not \(value)")
        }
        guard parsed.periods >= 1 else { throw .parameterFile(source, "periods must be at least 1, not \(parsed.periods)") }
        return parsed
    }
}
