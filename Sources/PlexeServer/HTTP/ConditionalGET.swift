import Foundation
import PlexeFoundation

/// `ETag` and `If-None-Match` (RFC 9110 §8.8.3, §13.1.2) for routes marked `.etag`.
///
/// The tag is a digest of the body the handler produced, so no resource needs a version
/// column: an upload whose status changes, a job whose progress moves, an export whose
/// files appear all get a new tag because their JSON changes.
enum ConditionalGET {
    /// `"<first 16 bytes of SHA-256(body), hex>"`: 128 bits are plenty to tell versions of
    /// one resource apart.
    static func entityTag(for body: [UInt8]) -> String {
        "\"" + Crypto.hex(Crypto.sha256(body).prefix(16)) + "\""
    }

    /// Whether `If-None-Match` names `tag`: a list, or `*`, compared weakly (nginx's gzip
    /// turns a strong tag into `W/"…"` on compressed answers, and a client sends back what
    /// it got).
    static func matches(ifNoneMatch: String, tag: String) -> Bool {
        let wanted = opaque(tag)
        for candidate in ifNoneMatch.split(separator: ",") {
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            if trimmed == "*" || opaque(trimmed) == wanted { return true }
        }
        return false
    }

    private static func opaque(_ tag: String) -> Substring {
        tag.hasPrefix("W/") ? tag.dropFirst(2) : Substring(tag)
    }

    /// Adds the validator to a successful GET of a JSON body, and turns it into 304 when
    /// the client already holds that version.
    static func apply(to response: inout HTTPResponse, request: HTTPRequest) {
        guard request.method == .get || request.method == .head, response.status == .ok else { return }
        let tag = response.header("etag") ?? entityTag(for: response.body)
        if response.header("etag") == nil { response.headers.append(("ETag", tag)) }
        // Kept, but revalidated before every use: polling clients save the body, never see a stale one.
        response.headers.append(("Cache-Control", "private, no-cache"))
        if let ifNoneMatch = request.header("if-none-match"), matches(ifNoneMatch: ifNoneMatch, tag: tag) {
            // A 304 carries the validator and caching headers a 200 would have, and no body.
            response = HTTPResponse(status: .notModified, headers: response.headers.filter { $0.0.lowercased() != "content-type" })
        }
    }
}
