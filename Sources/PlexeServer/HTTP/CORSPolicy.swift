import Foundation

/// Cross-origin access for browser pages served from other origins (`PLEXE_CORS_ORIGINS`).
///
/// The token travels in a header, never in a cookie, so credentials are never allowed: a
/// page on an allowed origin can call the API only with a token its user gave it.
struct CORSPolicy: Sendable {
    /// Exact origins (`https://app.example.com`), or `*` alone for any.
    let origins: [String]

    /// What a browser page may send beyond the simple headers.
    static let allowedRequestHeaders = "Authorization, X-Api-Key, Content-Type, Idempotency-Key, If-None-Match"
    /// What a page may read of an answer beyond the simple headers: the id to quote, the quotas
    /// and when to retry, the validator, and whether an answer was replayed.
    static let exposedHeaders = "X-Request-Id, RateLimit, RateLimit-Policy, Retry-After, ETag, Idempotent-Replayed"
    /// Seconds a browser may reuse a preflight's answer.
    static let preflightMaxAge = 600

    /// `PLEXE_CORS_ORIGINS`: origins separated by commas, each `scheme://host[:port]` as a
    /// browser sends it (no path, no trailing slash), or `*`.
    static func origins(fromSetting text: String) throws -> [String] {
        let origins = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if origins.contains("*") {
            guard origins.count == 1 else {
                throw ConfigError(message: "PLEXE_CORS_ORIGINS: `*` allows every origin and cannot be combined with others")
            }
            return origins
        }
        for origin in origins where origin.range(of: #"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$"#, options: .regularExpression) == nil {
            throw ConfigError(message: "PLEXE_CORS_ORIGINS: \(origin) is not an origin such as https://app.example.com (scheme, host and port only)")
        }
        return origins
    }

    var isEnabled: Bool { !origins.isEmpty }

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, or nil.
    func allowedOrigin(_ origin: String?) -> String? {
        guard let origin, !origin.isEmpty else { return nil }
        if origins == ["*"] { return "*" }
        // Origins are case-insensitive in scheme and host; browsers send them lowercased.
        return origins.contains(where: { $0.caseInsensitiveCompare(origin) == .orderedSame }) ? origin : nil
    }

    /// Whether `request` is a preflight: OPTIONS with the two headers only browsers send.
    static func isPreflight(_ request: HTTPRequest) -> Bool {
        request.method == .options && request.header("origin") != nil && request.header("access-control-request-method") != nil
    }

    /// The answer to a preflight on a path whose routes take `methods`: 204, with the
    /// permissions when the origin is allowed and without them (the browser then refuses
    /// the real request) when it is not.
    func preflight(_ request: HTTPRequest, methods: [HTTPMethod]) -> HTTPResponse {
        var response = HTTPResponse(
            status: .noContent,
            headers: [
                ("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
            ])
        if let allowed = allowedOrigin(request.header("origin")) {
            var listed = methods.map(\.rawValue)
            if methods.contains(.get) && !methods.contains(.head) { listed.append("HEAD") }
            response.headers += [
                ("Access-Control-Allow-Origin", allowed),
                ("Access-Control-Allow-Methods", listed.joined(separator: ", ")),
                ("Access-Control-Allow-Headers", Self.allowedRequestHeaders),
                ("Access-Control-Max-Age", String(Self.preflightMaxAge)),
            ]
        }
        return response
    }

    /// Marks an ordinary answer, errors included, readable by a page on an allowed origin.
    func decorate(_ response: inout HTTPResponse, for request: HTTPRequest) {
        guard isEnabled else { return }
        // Caches must not hand one origin's answer to another (or to a request without one).
        if origins != ["*"] { response.headers.append(("Vary", "Origin")) }
        guard let allowed = allowedOrigin(request.header("origin")) else { return }
        response.headers.append(("Access-Control-Allow-Origin", allowed))
        response.headers.append(("Access-Control-Expose-Headers", Self.exposedHeaders))
    }
}
