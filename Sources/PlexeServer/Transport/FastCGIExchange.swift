import CFastCGI
import Foundation

/// Translation between one libfcgi request and the application's `HTTPRequest` /
/// `HTTPResponse` values. Nothing outside the transport folder sees a FastCGI type.
enum FastCGIExchange {
    /// Reads params and body. The body is read up to `CONTENT_LENGTH`, stopping early at end
    /// of stream: in an `auth_request` subrequest nginx announces the PUT's length but sends
    /// no body, and a loop that waited for it would spin forever.
    static func readRequest(_ request: UnsafeMutablePointer<FCGX_Request>, maxBodyBytes: Int) -> HTTPRequest {
        var params: [String: String] = [:]
        if var envp = request.pointee.envp {
            while let entry = envp.pointee {
                // "NAME=value", split on the bytes: String's Character-wise search was a
                // visible share of each request's CPU.
                if let eq = strchr(entry, 61 /* = */) {
                    let key = entry.withMemoryRebound(to: UInt8.self, capacity: eq - entry) {
                        String(decoding: UnsafeBufferPointer(start: $0, count: eq - entry), as: UTF8.self)
                    }
                    // libfcgi answers the first of duplicated params; keep that one too.
                    if params[key] == nil { params[key] = String(cString: eq + 1) }
                }
                envp += 1
            }
        }
        var headers: [String: String] = [:]
        for (key, value) in params where key.hasPrefix("HTTP_") {
            headers[headerName(fromParam: key)] = value
        }
        if let type = params["CONTENT_TYPE"], !type.isEmpty { headers["content-type"] = type }

        let path = params["DOCUMENT_URI"] ?? "/"
        var body: [UInt8] = []
        let declaredLength = Int(params["CONTENT_LENGTH"] ?? "") ?? 0
        // A body over the limit is not read at all: the responder answers 413 from the
        // declared length, and libfcgi discards the rest.
        if !path.hasPrefix("/_auth/"), declaredLength > 0, declaredLength <= maxBodyBytes {
            let toRead = declaredLength
            body = [UInt8](repeating: 0, count: toRead)
            var filled = 0
            while filled < toRead {
                let n = body.withUnsafeMutableBytes { raw in
                    FCGX_GetStr(
                        raw.baseAddress!.advanced(by: filled).assumingMemoryBound(to: CChar.self),
                        Int32(toRead - filled), request.pointee.in)
                }
                if n <= 0 { break }
                filled += Int(n)
            }
            body.removeSubrange(filled...)
        }
        return HTTPRequest(
            method: HTTPMethod(params["REQUEST_METHOD"] ?? "GET") ?? .unparseable,
            path: path,
            rawURI: params["REQUEST_URI"] ?? path,
            query: HTTPRequest.parseQuery(params["QUERY_STRING"] ?? ""),
            headers: headers,
            body: body,
            contentLength: declaredLength,
            requestID: params["PLEXE_REQUEST_ID"].map { "req_" + $0 } ?? ""
        )
    }

    /// Writes the CGI-style response. A failed write means the client went away; libfcgi
    /// reports it as an error code, and the request is simply finished.
    static func write(_ response: HTTPResponse, to request: UnsafeMutablePointer<FCGX_Request>) {
        var head = "Status: \(response.status.code) \(HTTPResponse.reasonPhrase(response.status))\r\n"
        for (name, value) in response.headers {
            head += "\(name): \(sanitizeHeaderValue(value))\r\n"
        }
        // A 304 may only carry the 200's length (RFC 9110 §8.6), which it no longer knows.
        if response.header("X-Accel-Redirect") == nil && response.status != .notModified {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        bytes.append(contentsOf: response.body)
        var offset = 0
        while offset < bytes.count {
            let chunk = min(bytes.count - offset, 1 << 20)
            let n = bytes.withUnsafeBytes { raw in
                FCGX_PutStr(raw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self), Int32(chunk), request.pointee.out)
            }
            if n < 0 { return }
            offset += chunk
        }
    }

    /// `HTTP_X_API_KEY` → `x-api-key`, byte by byte (Foundation's `replacingOccurrences`
    /// cost ~5 % of the responder's CPU here).
    static func headerName(fromParam key: String) -> String {
        String(
            decoding: key.utf8.dropFirst(5).map { byte -> UInt8 in
                switch byte {
                case UInt8(ascii: "_"): return UInt8(ascii: "-")
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 32
                default: return byte
                }
            }, as: UTF8.self)
    }

    /// Header values never carry CR or LF (response splitting).
    private static func sanitizeHeaderValue(_ value: String) -> String {
        value.utf8.contains(where: { $0 == 13 || $0 == 10 }) ? value.filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" } : value
    }
}
