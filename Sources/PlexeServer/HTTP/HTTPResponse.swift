import HTTPTypes
import PlexeFoundation

/// An HTTP response: status, headers, body bytes.
package struct HTTPResponse: Sendable {
    var status: HTTPStatus
    var headers: [(String, String)]
    var body: [UInt8]

    init(status: HTTPStatus, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON body with `Content-Type: application/json`.
    static func json(_ value: JSON, status: HTTPStatus = .ok, headers: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: value.serialized())
    }

    /// Hands the body to nginx: it serves the file at the internal `location` itself, so
    /// the bytes never pass through this process.
    static func accelRedirect(to internalPath: String, contentType: String, downloadName: String) -> HTTPResponse {
        HTTPResponse(
            status: .ok,
            headers: [
                ("X-Accel-Redirect", internalPath),
                ("Content-Type", contentType),
                ("Content-Disposition", contentDisposition(filename: downloadName)),
            ])
    }

    /// `attachment; filename="x.csv"; filename*=UTF-8''x.csv` (RFC 6266), safe for any name.
    static func contentDisposition(filename: String) -> String {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = URLSigner.percentEncode(filename, keeping: URLSigner.isUnreservedByte)
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    func header(_ name: String) -> String? {
        headers.first(where: { $0.0.lowercased() == name.lowercased() })?.1
    }

    /// The reason phrase the responder has always sent (swift-http-types names 413 and 422
    /// by their RFC 9110 names; clients and nginx logs keep seeing the same words).
    static func reasonPhrase(_ status: HTTPStatus) -> String {
        switch status.code {
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 206: return "Partial Content"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 422: return "Unprocessable Content"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
