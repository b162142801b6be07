import Foundation

/// Which engine turns English questions into SQL.
public enum QuestionEngine: String, Sendable, CaseIterable {
    /// The embedded engine only (PlexeLanguage): offline, deterministic, milliseconds.
    case embedded
    /// The configured language model only.
    case model
    /// The embedded engine first; the model only for a question the embedded engine refuses.
    case auto
}

/// Where the language model is and how to talk to it, from `PLEXE_NL_MODEL_*`.
///
/// Holds the path of the key file, never the key: the key is read by the client that uses it
/// (`OpenAICompatibleClient`), so a configuration can be logged or printed as it is.
public struct ModelSettings: Sendable, Equatable, CustomStringConvertible {
    /// Base URL of an OpenAI-compatible API (`http://127.0.0.1:8080/v1`), without a trailing
    /// slash; requests go to `{baseURL}/chat/completions`.
    public var baseURL: String
    /// The `model` field of each request.
    public var modelName: String
    /// A file holding the bearer key (surrounding whitespace ignored), if the API wants one.
    public var keyFile: String?
    /// Longest wait for one model call, connection included.
    public var timeoutMs: Int
    /// Whether sample values of text columns go into the prompt; without them only the
    /// schema (names, types, nullability, keys, row counts) leaves the machine.
    public var sendSamples: Bool
    /// Model calls in flight at once; a question over it is refused (429) rather than left
    /// holding a request thread.
    public var concurrency: Int

    public static let defaultTimeoutMs = 20_000
    public static let defaultConcurrency = 4

    public init(
        baseURL: String, modelName: String, keyFile: String? = nil, timeoutMs: Int = defaultTimeoutMs,
        sendSamples: Bool = true, concurrency: Int = defaultConcurrency
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.modelName = modelName
        self.keyFile = keyFile
        self.timeoutMs = timeoutMs
        self.sendSamples = sendSamples
        self.concurrency = concurrency
    }

    public var chatCompletionsURL: String { baseURL + "/chat/completions" }

    public var description: String {
        "language model \(modelName) at \(baseURL) timeout=\(timeoutMs)ms samples=\(sendSamples ? 1 : 0) concurrency=\(concurrency)"
            + (keyFile == nil ? "" : " key=<from file>")
    }

    /// The engine named by `PLEXE_NL_ENGINE` (default `embedded`) and the model settings, nil
    /// when the engine is `embedded`. A variable that is set but wrong is an error rather than
    /// a fallback, so that a typo does not silently send questions elsewhere (or nowhere).
    ///
    /// - `PLEXE_NL_ENGINE`: `embedded`, `model` or `auto`
    /// - `PLEXE_NL_MODEL_URL`, `PLEXE_NL_MODEL_NAME`: required unless the engine is `embedded`
    /// - `PLEXE_NL_MODEL_KEY_FILE`: optional bearer key file
    /// - `PLEXE_NL_MODEL_TIMEOUT_MS` (20000), `PLEXE_NL_MODEL_SEND_SAMPLES` (1 or 0),
    ///   `PLEXE_NL_MODEL_CONCURRENCY` (4)
    public static func fromEnvironment(_ env: [String: String]) throws(ModelSettingsError) -> (engine: QuestionEngine, model: ModelSettings?) {
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            return raw
        }
        func number(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws(ModelSettingsError) -> Int {
            guard let raw = value(name) else { return fallback }
            guard let n = Int(raw), range.contains(n) else {
                throw ModelSettingsError(
                    variable: name, value: raw, reason: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return n
        }
        var engine = QuestionEngine.embedded
        if let raw = value("PLEXE_NL_ENGINE") {
            guard let parsed = QuestionEngine(rawValue: raw.lowercased()) else {
                throw ModelSettingsError(variable: "PLEXE_NL_ENGINE", value: raw, reason: "expected embedded, model or auto")
            }
            engine = parsed
        }
        guard engine != .embedded else { return (engine, nil) }
        guard let url = value("PLEXE_NL_MODEL_URL") else {
            throw ModelSettingsError(variable: "PLEXE_NL_MODEL_URL", value: "", reason: "required when PLEXE_NL_ENGINE is \(engine.rawValue)")
        }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > 8, !url.contains(where: \.isWhitespace) else {
            throw ModelSettingsError(
                variable: "PLEXE_NL_MODEL_URL", value: url, reason: "expected an http:// or https:// URL such as http://127.0.0.1:8080/v1")
        }
        guard let name = value("PLEXE_NL_MODEL_NAME") else {
            throw ModelSettingsError(variable: "PLEXE_NL_MODEL_NAME", value: "", reason: "required when PLEXE_NL_ENGINE is \(engine.rawValue)")
        }
        var samples = true
        if let raw = value("PLEXE_NL_MODEL_SEND_SAMPLES") {
            switch raw {
            case "1": samples = true
            case "0": samples = false
            default:
                throw ModelSettingsError(
                    variable: "PLEXE_NL_MODEL_SEND_SAMPLES", value: raw, reason: "expected 1 (send sample values) or 0 (schema only)")
            }
        }
        let settings = ModelSettings(
            baseURL: url, modelName: name, keyFile: value("PLEXE_NL_MODEL_KEY_FILE"),
            timeoutMs: try number("PLEXE_NL_MODEL_TIMEOUT_MS", defaultTimeoutMs, 100...600_000),
            sendSamples: samples,
            concurrency: try number("PLEXE_NL_MODEL_CONCURRENCY", defaultConcurrency, 1...256))
        return (engine, settings)
    }
}

/// A `PLEXE_NL_*` variable with a value the server cannot use.
public struct ModelSettingsError: Error, Sendable, CustomStringConvertible {
    public var variable: String
    public var value: String
    public var reason: String

    public var description: String {
        value.isEmpty ? "\(variable): \(reason)" : "\(variable)=\(value): \(reason)"
    }
}
