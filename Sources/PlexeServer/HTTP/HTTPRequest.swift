package import HTTPTypes
import PlexeFoundation

/// A request method, as swift-http-types spells it (`.get`, `.post`, …).
package typealias HTTPMethod = HTTPTypes.HTTPRequest.Method
/// A response status, as swift-http-types spells it (`.ok`, `.notFound`, `422`, …).
package typealias HTTPStatus = HTTPTypes.HTTPResponse.Status

extension HTTPMethod {
    /// What a request whose method is not an HTTP token carries: no route has it, so it is
    /// answered 404/405 rather than served as some other method.
    static let unparseable = HTTPMethod("UNPARSEABLE")!
}

/// An HTTP request as the application sees it, independent of how it arrived (FastCGI today).
package struct HTTPRequest: Sendable {
    var method: HTTPMethod
    /// The normalised, percent-decoded path nginx routed on (`DOCUMENT_URI`).
    var path: String
    /// The raw request target with its query, as the client sent it (`REQUEST_URI`).
    /// Signatures are checked against this, never against the decoded path.
    var rawURI: String
    var query: [String: String]
    /// Header names lowercased (`authorization`, `x-api-key`, `content-length`).
    var headers: [String: String]
    var body: [UInt8]
    /// The length the client declared; the body is left unread when it exceeds the limit.
    var contentLength: Int
    /// nginx's `$request_id`, when it sent one; otherwise one is made.
    var requestID: String

    init(
        method: HTTPMethod, path: String, rawURI: String = "", query: [String: String] = [:],
        headers: [String: String] = [:], body: [UInt8] = [], contentLength: Int? = nil, requestID: String = ""
    ) {
        self.method = method
        self.path = path
        self.rawURI = rawURI.isEmpty ? path : rawURI
        self.query = query
        self.headers = headers
        self.body = body
        self.contentLength = contentLength ?? body.count
        self.requestID = requestID.isEmpty ? Crypto.randomID(prefix: "req_", length: 16) : requestID
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// Splits `a=1&b=x%20y` into a dictionary (last value wins), percent-decoding `+` and `%XX`.
    package static func parseQuery(_ query: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = percentDecode(String(parts[0]))
            let value = parts.count > 1 ? percentDecode(String(parts[1])) : ""
            result[key] = value
        }
        return result
    }

    package static func percentDecode(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            let c = utf8[i]
            if c == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if c == UInt8(ascii: "%"), i + 2 < utf8.count, let h = Crypto.hexDigitValue(utf8[i + 1]), let l = Crypto.hexDigitValue(utf8[i + 2])
            {
                bytes.append(h << 4 | l)
                i += 2
            } else {
                bytes.append(c)
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
