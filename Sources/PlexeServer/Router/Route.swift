/// A path pattern such as `/data/uploads/{upload_id}/files/{filename}/preview`.
///
/// Segments in braces capture one path segment each; everything else must match exactly.
struct PathPattern: Sendable, CustomStringConvertible {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let segments: [Segment]
    let description: String

    init(_ pattern: String) {
        description = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { part in
            if part.hasPrefix("{"), part.hasSuffix("}") {
                return .parameter(String(part.dropFirst().dropLast()))
            }
            return .literal(String(part))
        }
    }

    /// The captured parameters when `pathSegments` matches, else nil.
    func match(_ pathSegments: [Substring]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, pathSegments) {
            switch segment {
            case .literal(let text):
                guard part == text else { return nil }
            case .parameter(let name):
                guard !part.isEmpty else { return nil }
                parameters[name] = String(part)
            }
        }
        return parameters
    }
}

/// What a route needs from the caller before its handler runs.
enum RouteAccess: Sendable {
    /// No credentials (health, OpenAPI, signed-URL checks that verify their own signature).
    case publicAccess
    /// A bearer token or `x-api-key`.
    case authenticated
}

/// Whether a GET's answer carries a validator clients can revalidate with.
enum ResponseValidation: Sendable {
    /// `Cache-Control: no-store`: nothing keeps the answer.
    case none
    /// `ETag` from the body and `Cache-Control: private, no-cache`; `If-None-Match` with the
    /// same tag gets 304 (`ConditionalGET`). For resources clients poll (an upload while it is
    /// processed, a job, an export), where an unchanged answer need not be sent again.
    case etag
}
