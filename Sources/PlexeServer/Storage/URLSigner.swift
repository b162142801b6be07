import Foundation
import PlexeFoundation

/// Presigned URLs in the style of S3's SigV4 query parameters, signed with HMAC-SHA256.
///
/// The signature covers the method, the exact path and the validity window:
/// `"METHOD\n/path\nX-Amz-Date\nX-Amz-Expires"`. It is checked against the raw request
/// target, and paths are restricted to a safe alphabet (no `%`, no `..`, no `//`), because
/// nginx stores and serves at the decoded, normalised path: a URL that decoded to another
/// path than it was signed for would be an escape.
package struct URLSigner: Sendable {
    package static let algorithm = "PLEXE-HMAC-SHA256"
    let secret: [UInt8]
    let baseURL: String

    package init(secret: [UInt8], baseURL: String) {
        self.secret = secret
        self.baseURL = baseURL
    }

    /// An absolute URL for `method` on `path`, valid for `ttl` seconds from `now`.
    package func sign(method: HTTPMethod, path: String, now: Int64, ttl: Int64) -> String {
        baseURL + Self.percentEncodePath(path) + "?" + query(method: method, path: path, now: now, ttl: ttl)
    }

    /// Percent-encodes each path segment (RFC 3986 unreserved characters stay as they are).
    static func percentEncodePath(_ path: String) -> String {
        percentEncode(path) { isUnreservedByte($0) || $0 == 0x2F }
    }

    /// `text`'s UTF-8 bytes, those `keep` accepts as they are and the rest as `%XX`.
    static func percentEncode(_ text: String, keeping keep: (UInt32) -> Bool) -> String {
        var out = ""
        for b in text.utf8 {
            if keep(UInt32(b)) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// RFC 3986 unreserved: ASCII letters and digits, `-`, `.`, `_` and `~`.
    static func isUnreservedByte(_ b: UInt32) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }

    /// What a signed storage path's segments (and so the storage keys) are made of: the
    /// unreserved characters but `~`.
    static func isSafePathByte(_ b: UInt32) -> Bool { b != 0x7E && isUnreservedByte(b) }

    func query(method: HTTPMethod, path: String, now: Int64, ttl: Int64) -> String {
        let date = Timestamp.compact(now)
        let signature = Crypto.hex(mac(method: method, path: path, date: date, expires: String(ttl)))
        return "X-Amz-Algorithm=\(Self.algorithm)&X-Amz-Date=\(date)&X-Amz-Expires=\(ttl)&X-Amz-Signature=\(signature)"
    }

    package enum Verdict: Equatable, Sendable {
        case valid(path: String)
        /// No signature parameters at all: the caller may fall back to a bearer token.
        case unsigned
        case invalid(String)
        case expired
    }

    /// Checks a raw request target (`/path?X-Amz-...`) for `method`. The raw path must be in
    /// the safe alphabet, since nginx will act on its decoded form.
    package func verify(method: HTTPMethod, rawURI: String, now: Int64) -> Verdict {
        let parts = rawURI.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let query = parts.count > 1 ? HTTPRequest.parseQuery(String(parts[1])) : [:]
        guard Self.isSafePath(path) || query["X-Amz-Signature"] == nil else { return .invalid("the path is not a signed storage path") }
        return verify(method: method, path: path, query: query, now: now)
    }

    /// Checks an already decoded path and query, for routes where the application itself
    /// maps the path to a file (downloads), so any file name can be signed.
    package func verify(method: HTTPMethod, path: String, query: [String: String], now: Int64) -> Verdict {
        guard let signatureHex = query["X-Amz-Signature"] else {
            return query.keys.contains(where: { $0.hasPrefix("X-Amz-") }) ? .invalid("incomplete signature") : .unsigned
        }
        guard query["X-Amz-Algorithm"] == Self.algorithm,
            let dateText = query["X-Amz-Date"], let issued = Timestamp.parseCompact(dateText),
            let expiresText = query["X-Amz-Expires"], let ttl = Int64(expiresText), ttl > 0, ttl <= 30 * 24 * 3600,
            let given = Crypto.unhex(signatureHex)
        else {
            return .invalid("malformed signature parameters")
        }
        let expected = mac(method: method, path: path, date: dateText, expires: expiresText)
        guard Crypto.constantTimeEqual(given, expected) else { return .invalid("the signature does not match") }
        guard now < issued + ttl, now >= issued - 300 else { return .expired }
        return .valid(path: path)
    }

    private func mac(method: HTTPMethod, path: String, date: String, expires: String) -> [UInt8] {
        Crypto.hmacSHA256(key: secret, message: Array("\(method.rawValue)\n\(path)\n\(date)\n\(expires)".utf8))
    }

    /// Letters, digits, `-`, `_`, `.` and single `/` separators; no `..` segment.
    static func isSafePath(_ path: String) -> Bool {
        guard path.hasPrefix("/"), !path.contains("//") else { return false }
        for segment in path.split(separator: "/") {
            if segment == "." || segment == ".." { return false }
            if !segment.utf8.allSatisfy({ isSafePathByte(UInt32($0)) }) { return false }
        }
        return true
    }
}
