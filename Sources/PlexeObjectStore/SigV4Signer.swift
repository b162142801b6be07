import Foundation
import PlexeFoundation

/// AWS Signature Version 4 for S3-compatible stores: presigned URLs (query-string auth)
/// and signed headers for the requests the server makes itself.
///
/// Written here rather than taken from a package because the mirror's SigV4 code
/// (soto-core, aws-sdk-swift) comes with an async HTTP stack this blocking FastCGI server
/// does not otherwise need; the algorithm itself is four HMACs over a canonical text, and
/// `SigV4SignerTests` checks every byte of it against botocore's signer (pip) for the same
/// inputs, so a difference in a corner (an encoded key, a session token, a port) shows up.
///
/// The canonical request follows the S3 flavour of the spec: the path is encoded once and not
/// normalized (S3 keys may hold `//` and `.`), the payload of a presigned URL is
/// `UNSIGNED-PAYLOAD`.
public struct SigV4Signer: Sendable {
    public let credentials: SigV4Credentials
    public let region: String
    public let service: String

    public init(credentials: SigV4Credentials, region: String, service: String = "s3") {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The longest validity a presigned URL may have (seven days, as AWS enforces).
    public static let maxExpirySeconds = 604_800
    static let algorithm = "AWS4-HMAC-SHA256"
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

    /// A presigned URL for `method` on `target`. Every header in `headers` is signed, so
    /// the request must carry it with exactly this value: a declared `content-length`
    /// makes the store itself refuse a body of any other size.
    public func presignedURL(
        method: String, target: ObjectTarget, headers: [String: String] = [:],
        expiresIn seconds: Int, at date: Date
    ) -> String {
        let time = SigningTime(date)
        var signedHeaders = canonicalHeaders(headers, host: target.hostHeader)
        let scope = credentialScope(time)
        var authQuery: [(String, String)] = [
            ("X-Amz-Algorithm", Self.algorithm),
            ("X-Amz-Credential", credentials.accessKeyID + "/" + scope),
            ("X-Amz-Date", time.stamp),
            ("X-Amz-Expires", String(max(1, min(seconds, Self.maxExpirySeconds)))),
            ("X-Amz-SignedHeaders", signedHeaders.names),
        ]
        if let token = credentials.sessionToken { authQuery.append(("X-Amz-Security-Token", token)) }
        let query = target.query + authQuery
        let request = canonicalRequest(
            method: method, target: target, query: query, headers: &signedHeaders,
            payloadHash: Self.unsignedPayload)
        let signature = self.signature(of: request, time: time, scope: scope)
        // Operation parameters first, then the auth parameters in botocore's order, then the
        // signature: the order of a URL's parameters does not change what is signed (the
        // canonical form sorts them), but keeping botocore's makes the URLs comparable as text.
        let visibleQuery = (query + [("X-Amz-Signature", signature)])
            .map { Self.percentEncode($0.0, keepSlash: false) + "=" + Self.percentEncode($0.1, keepSlash: false) }
            .joined(separator: "&")
        return target.baseURL + Self.percentEncode(target.path, keepSlash: true) + "?" + visibleQuery
    }

    /// The headers to add to a request the server sends itself (`Authorization`,
    /// `x-amz-date`, `x-amz-content-sha256`, and the session token if any). `headers` are
    /// the request's other headers, all of them signed.
    public func signedRequestHeaders(
        method: String, target: ObjectTarget, headers: [String: String] = [:],
        payloadHash: String, at date: Date
    ) -> [(String, String)] {
        let time = SigningTime(date)
        var added: [(String, String)] = [("x-amz-content-sha256", payloadHash), ("x-amz-date", time.stamp)]
        if let token = credentials.sessionToken { added.append(("x-amz-security-token", token)) }
        var all = headers
        for (name, value) in added { all[name] = value }
        var signedHeaders = canonicalHeaders(all, host: target.hostHeader)
        let scope = credentialScope(time)
        let request = canonicalRequest(
            method: method, target: target, query: target.query, headers: &signedHeaders,
            payloadHash: payloadHash)
        let signature = self.signature(of: request, time: time, scope: scope)
        let authorization =
            "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope), "
            + "SignedHeaders=\(signedHeaders.names), Signature=\(signature)"
        return [("Authorization", authorization)] + added
    }

    /// The hex SHA-256 of a body, as `x-amz-content-sha256` wants it.
    public static func payloadHash<B: Collection>(_ body: B) -> String where B.Element == UInt8 {
        Crypto.hex(Crypto.sha256(body))
    }

    // MARK: The canonical request

    struct SigningTime {
        let stamp: String  // 20261205T101500Z
        var day: Substring { stamp.prefix(8) }

        init(_ date: Date) {
            let seconds = Int(date.timeIntervalSince1970.rounded(.down))
            var moment = time_t(seconds)
            var parts = tm()
            gmtime_r(&moment, &parts)
            stamp = String(
                format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        }
    }

    struct CanonicalHeaders {
        /// Lower-case names, sorted, with values trimmed and inner runs of spaces collapsed.
        var lines: [(String, String)]
        var names: String { lines.map(\.0).joined(separator: ";") }
        var text: String { lines.map { $0.0 + ":" + $0.1 + "\n" }.joined() }
    }

    func canonicalHeaders(_ headers: [String: String], host: String) -> CanonicalHeaders {
        var merged: [String: String] = [:]
        for (name, value) in headers {
            merged[name.lowercased()] = value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        if merged["host"] == nil { merged["host"] = host }
        return CanonicalHeaders(lines: merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    func credentialScope(_ time: SigningTime) -> String {
        "\(time.day)/\(region)/\(service)/aws4_request"
    }

    func canonicalRequest(
        method: String, target: ObjectTarget, query: [(String, String)],
        headers: inout CanonicalHeaders, payloadHash: String
    ) -> String {
        let encoded: [(key: String, value: String)] = query.map {
            (Self.percentEncode($0.0, keepSlash: false), Self.percentEncode($0.1, keepSlash: false))
        }
        let sorted = encoded.sorted { a, b in a.key != b.key ? a.key < b.key : a.value < b.value }
        let canonicalQuery = sorted.map { $0.key + "=" + $0.value }.joined(separator: "&")
        return [
            method.uppercased(), Self.percentEncode(target.path, keepSlash: true), canonicalQuery,
            headers.text, headers.names, payloadHash,
        ].joined(separator: "\n")
    }

    func signature(of canonicalRequest: String, time: SigningTime, scope: String) -> String {
        let stringToSign = [Self.algorithm, time.stamp, scope, Crypto.sha256Hex(canonicalRequest)].joined(separator: "\n")
        var key = Crypto.hmacSHA256(key: Array(("AWS4" + credentials.secretAccessKey).utf8), message: Array(time.day.utf8))
        for part in [region, service, "aws4_request"] {
            key = Crypto.hmacSHA256(key: key, message: Array(part.utf8))
        }
        return Crypto.hex(Crypto.hmacSHA256(key: key, message: Array(stringToSign.utf8)))
    }

    /// `A-Z a-z 0-9 - . _ ~`, by byte value.
    private static let unreserved: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    /// RFC 3986 percent-encoding of UTF-8 bytes: everything but `A-Z a-z 0-9 - . _ ~` (and
    /// `/` in a path) is encoded, upper-case hex, as SigV4 requires.
    public static func percentEncode(_ text: String, keepSlash: Bool) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        let hexDigits = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if unreserved[Int(byte)] || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The access key pair (and, for temporary credentials, the session token) a store issued.
public struct SigV4Credentials: Sendable, Equatable {
    public let accessKeyID: String
    public let secretAccessKey: String
    public let sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// Where a request goes: the store's endpoint and a path-style object path
/// (`/bucket/key`, not yet encoded), with any operation parameters (`versionId`, `uploads`).
public struct ObjectTarget: Sendable, Equatable {
    public let scheme: String
    public let host: String
    /// As the endpoint was written: the URL keeps an explicit default port (as botocore
    /// does), the signed `Host` header leaves it out (as HTTP clients send it).
    public let port: Int?
    public let path: String
    public let query: [(String, String)]

    public init(scheme: String, host: String, port: Int?, path: String, query: [(String, String)] = []) {
        self.scheme = scheme
        self.host = host
        self.port = port
        self.path = path
        self.query = query
    }

    var hostHeader: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    var baseURL: String { "\(scheme)://" + (port.map { "\(host):\($0)" } ?? host) }

    /// The URL the request goes to (path and operation parameters encoded as signed).
    public var url: String {
        let encodedPath = SigV4Signer.percentEncode(path, keepSlash: true)
        guard !query.isEmpty else { return baseURL + encodedPath }
        return baseURL + encodedPath + "?"
            + query
            .map { SigV4Signer.percentEncode($0.0, keepSlash: false) + "=" + SigV4Signer.percentEncode($0.1, keepSlash: false) }
            .joined(separator: "&")
    }

    public static func == (a: ObjectTarget, b: ObjectTarget) -> Bool {
        a.scheme == b.scheme && a.host == b.host && a.port == b.port && a.path == b.path
            && a.query.elementsEqual(b.query, by: { $0 == $1 })
    }
}
