import PlexeFoundation

/// The OpenAPI 3.1 description of every route, served at `/openapi.json`.
///
/// Operations are listed in `OpenAPIOperations.swift`, one entry per method and path of the
/// route table; a test checks the two stay in step, so a route cannot ship undocumented. The
/// internal ones (nginx's storage check) stay out of the document.
///
/// - Parameter baseURL: the configured public URL (`PLEXE_BASE_URL`), the one server a
///   generated client should talk to.
enum OpenAPIDocument {
    static func build(baseURL: String) -> JSON {
        var paths: [(String, JSON)] = []
        var order: [String] = []
        var byPath: [String: [(String, JSON)]] = [:]
        for op in OpenAPIOperations.documented {
            if byPath[op.path] == nil { order.append(op.path) }
            byPath[op.path, default: []].append((op.method.lowercased(), op.json()))
        }
        for path in order { paths.append((path, .object(byPath[path]!))) }
        return .object([
            ("openapi", "3.1.0"),
            (
                "info",
                .object([
                    ("title", "Plexe Data API"),
                    ("version", .string(BuildVersion.string)),
                    (
                        "description",
                        "Self-hosted data management: uploads through presigned URLs, typed previews, analysis jobs, SQL and natural-language query sessions, exports. Errors share one shape: {\"error\": {\"code\", \"message\", \"param\"?, \"request_id\"}}. Per-user quotas (operator-set): stored bytes (uploads and exports; over it 413 payload_too_large), pending uploads, queued or running analysis and export jobs, concurrent queries, and queries per minute per session and per user (over them 429 rate_limited with Retry-After, RateLimit-Policy and RateLimit). English questions are answered by the embedded engine or, as the operator chooses (PLEXE_NL_ENGINE), by an OpenAI-compatible language model: the response's engine field says which; a model that cannot answer gives 502 upstream_error."
                    ),
                ])
            ),
            ("servers", .array([.object([("url", .string(baseURL)), ("description", "This server (PLEXE_BASE_URL)")])])),
            ("security", .array([.object([("bearerAuth", .array([]))]), .object([("apiKey", .array([]))])])),
            ("paths", .object(paths)),
            ("components", OpenAPISchemas.components()),
        ])
    }
}
