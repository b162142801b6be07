import CCurl
import Foundation
import PlexeFoundation

/// A blocking client for the few S3 calls the server makes itself: `HEAD`, ranged `GET`
/// (into memory or streamed to a file), `PUT` (bytes, or a file streamed from disk), a
/// server-side copy, `DELETE`, and creating the bucket. Everything else — the bytes users
/// upload and download — goes straight between them and the store through presigned URLs.
///
/// libcurl's easy interface for the same reason as `OpenAICompatibleClient`: the caller is a
/// FastCGI or job thread that blocks anyway, and one easy handle per call gives one hard
/// deadline per exchange without a run loop. Requests are path-style (`/bucket/key`), which
/// every S3-compatible store accepts and which needs no wildcard DNS.
public final class S3Client: Sendable {
    public let settings: ObjectStoreSettings
    let signer: SigV4Signer

    public init(settings: ObjectStoreSettings) {
        _ = S3Client.globalInit
        self.settings = settings
        signer = SigV4Signer(credentials: settings.credentials, region: settings.region)
    }

    private static let globalInit: Void = { _ = plexe_curl_global_init() }()

    /// The request target of an object of the configured bucket.
    public func target(_ key: String, query: [(String, String)] = []) -> ObjectTarget {
        ObjectTarget(
            scheme: settings.scheme, host: settings.host, port: settings.port,
            path: "/" + settings.bucket + "/" + key, query: query)
    }

    // MARK: Presigned URLs

    /// A URL that lets its holder PUT exactly `size` bytes (the store checks the signed
    /// `content-length`) to `key` until it expires.
    public func presignedPut(key: String, size: Int64?, expiresIn seconds: Int, at date: Date = Date()) -> String {
        let headers = size.map { ["content-length": String($0)] } ?? [:]
        return signer.presignedURL(method: "PUT", target: target(key), headers: headers, expiresIn: seconds, at: date)
    }

    /// A URL that lets its holder GET `key` until it expires; `downloadName` asks the store to
    /// answer with `Content-Disposition: attachment` under that name.
    public func presignedGet(key: String, downloadName: String? = nil, expiresIn seconds: Int, at date: Date = Date()) -> String {
        var query: [(String, String)] = []
        if let name = downloadName {
            query.append(("response-content-disposition", ContentDisposition.attachment(filename: name)))
        }
        return signer.presignedURL(method: "GET", target: target(key, query: query), expiresIn: seconds, at: date)
    }

    // MARK: Calls

    /// Size, ETag and version of `key`; nil when there is no such object.
    public func head(_ key: String) throws(ObjectStoreError) -> ObjectInfo? {
        let response = try perform("HEAD", target(key), body: .none, sink: .discard)
        if response.status == 404 { return nil }
        try response.expectSuccess("HEAD", key)
        return ObjectInfo(key: key, headers: response.headers)
    }

    /// The bytes of `key` in `range` (inclusive offsets; nil for the whole object), at most
    /// `maxBytes` of them.
    public func get(_ key: String, range: ClosedRange<Int64>? = nil, maxBytes: Int = 64 << 20) throws(ObjectStoreError) -> [UInt8] {
        var headers: [String: String] = [:]
        if let range { headers["range"] = "bytes=\(range.lowerBound)-\(range.upperBound)" }
        let response = try perform("GET", target(key), headers: headers, body: .none, sink: .memory(limit: maxBytes))
        try response.expectSuccess("GET", key)
        return response.body
    }

    /// Streams `key` into a new file at `path`, readable by this user only (memory stays flat
    /// whatever the size), and returns the number of bytes written. `range` (inclusive
    /// offsets) streams only those bytes; a range that starts past the end of the object
    /// writes nothing and returns 0.
    @discardableResult
    public func download(_ key: String, toFile path: String, range: ClosedRange<Int64>? = nil) throws(ObjectStoreError) -> Int64 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ObjectStoreError(.localFile, "cannot create \(path): errno \(errno)") }
        defer { close(descriptor) }
        var headers: [String: String] = [:]
        if let range { headers["range"] = "bytes=\(range.lowerBound)-\(range.upperBound)" }
        let response = try perform("GET", target(key), headers: headers, body: .none, sink: .file(descriptor))
        // 416: the range starts at or past the end (an empty object, or a range after its last byte).
        if range != nil, response.status == 416 { return 0 }
        try response.expectSuccess("GET", key)
        return response.bytesReceived
    }

    /// One page of `ListObjectsV2`: the keys under `prefix` and, with a `delimiter`, the
    /// "directories" (common prefixes) one level below it.
    public struct Listing: Sendable, Equatable {
        public var keys: [String] = []
        public var commonPrefixes: [String] = []
    }

    /// Every key under `prefix` (or, with `delimiter` "/", the common prefixes one level
    /// down), following continuation tokens page by page (`pageSize` keys a page at most; the
    /// store's own limit, 1000, when nil).
    public func list(prefix: String, delimiter: String? = nil, pageSize: Int? = nil) throws(ObjectStoreError) -> Listing {
        var listing = Listing()
        var continuation: String? = nil
        repeat {
            var query: [(String, String)] = [("list-type", "2"), ("prefix", prefix)]
            if let delimiter { query.append(("delimiter", delimiter)) }
            if let pageSize { query.append(("max-keys", String(pageSize))) }
            if let continuation { query.append(("continuation-token", continuation)) }
            let bucketTarget = ObjectTarget(
                scheme: settings.scheme, host: settings.host, port: settings.port, path: "/" + settings.bucket, query: query)
            let response = try perform("GET", bucketTarget, body: .none, sink: .memory(limit: 16 << 20))
            try response.expectSuccess("LIST", prefix)
            let page = ListBucketResult(response.body)
            listing.keys += page.keys
            listing.commonPrefixes += page.commonPrefixes
            continuation = page.isTruncated ? page.nextContinuationToken : nil
        } while continuation != nil
        return listing
    }

    /// Deletes every object under `prefix` (one `DELETE` per key: what every store accepts,
    /// and an upload's or export's folder holds a few objects).
    public func deleteAll(prefix: String) throws(ObjectStoreError) {
        for key in try list(prefix: prefix).keys { try delete(key) }
    }

    /// Stores `bytes` under `key`.
    @discardableResult
    public func put(_ bytes: [UInt8], as key: String, contentType: String = "application/octet-stream") throws(ObjectStoreError) -> ObjectInfo {
        let response = try perform("PUT", target(key), headers: ["content-type": contentType], body: .bytes(bytes), sink: .discard)
        try response.expectSuccess("PUT", key)
        return ObjectInfo(key: key, size: Int64(bytes.count), headers: response.headers)
    }

    /// Streams the file at `path` to `key` (read in 256 KiB steps, never whole into memory);
    /// the store serves it later with `contentType`.
    @discardableResult
    public func upload(fileAt path: String, as key: String, contentType: String = "application/octet-stream") throws(ObjectStoreError) -> ObjectInfo {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ObjectStoreError(.localFile, "cannot open \(path): errno \(errno)") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ObjectStoreError(.localFile, "cannot stat \(path): errno \(errno)") }
        let size = Int64(status.st_size)
        let response = try perform(
            "PUT", target(key), headers: ["content-type": contentType],
            body: .file(descriptor, size: size), sink: .discard)
        try response.expectSuccess("PUT", key)
        return ObjectInfo(key: key, size: size, headers: response.headers)
    }

    /// Copies `source` to `destination` inside the bucket, on the store (no bytes through
    /// this process). A URL signed for `source` can then no longer change `destination`.
    @discardableResult
    public func copy(_ source: String, to destination: String) throws(ObjectStoreError) -> ObjectInfo {
        let copySource = SigV4Signer.percentEncode("/" + settings.bucket + "/" + source, keepSlash: true)
        let response = try perform(
            "PUT", target(destination), headers: ["x-amz-copy-source": copySource],
            body: .bytes([]), sink: .memory(limit: 1 << 20))
        try response.expectSuccess("COPY", source)
        // A copy can fail after its 200 status: the error is then in the body.
        if let error = S3ErrorBody(response.body), error.code != nil {
            throw ObjectStoreError(.storeRefused, "copy of \(source) failed: \(error.summary)", status: response.status)
        }
        return ObjectInfo(key: destination, headers: response.headers)
    }

    /// Deletes `key`; deleting a missing key succeeds, as in S3.
    public func delete(_ key: String) throws(ObjectStoreError) {
        let response = try perform("DELETE", target(key), body: .none, sink: .discard)
        guard response.status == 204 || response.status == 200 || response.status == 404 else {
            try response.expectSuccess("DELETE", key)
            return
        }
    }

    /// Checks that the configured bucket is there and these credentials reach it (`HEAD` on
    /// the bucket), the whole exchange within `timeoutMs`: a node's readiness (`/readyz`).
    public func checkBucket(timeoutMs: Int) throws(ObjectStoreError) {
        let response = try perform("HEAD", bucketTarget, body: .none, sink: .discard, timeoutMs: timeoutMs)
        guard (200..<300).contains(response.status) else {
            // A HEAD answer has no body to name the store's error code: say what the status means.
            let meaning =
                switch response.status {
                case 404: " (no such bucket)"
                case 403: " (access denied: the credentials of PLEXE_S3_CREDENTIALS_FILE do not reach it)"
                case 301, 400: " (the bucket is in another region than PLEXE_S3_REGION, or the request was refused)"
                default: ""
                }
            throw ObjectStoreError(
                response.status == 404 ? .notFound : .storeRefused, "HEAD bucket \(settings.bucket) answered HTTP \(response.status)\(meaning)",
                status: response.status)
        }
    }

    /// The configured bucket itself, for the calls on it rather than on an object.
    var bucketTarget: ObjectTarget { ObjectTarget(scheme: settings.scheme, host: settings.host, port: settings.port, path: "/" + settings.bucket) }

    /// Creates the configured bucket; one that already exists and is ours is fine.
    public func createBucket() throws(ObjectStoreError) {
        var body: [UInt8] = []
        if settings.region != "us-east-1" {
            body = Array(
                ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<LocationConstraint>\(settings.region)</LocationConstraint></CreateBucketConfiguration>").utf8)
        }
        let response = try perform("PUT", bucketTarget, body: .bytes(body), sink: .memory(limit: 1 << 20))
        if response.status == 409, S3ErrorBody(response.body)?.code == "BucketAlreadyOwnedByYou" { return }
        try response.expectSuccess("CREATE BUCKET", settings.bucket)
    }

    /// Lets web pages of `origins` send the bucket's presigned PUTs and read its presigned GETs
    /// (the bucket's CORS rules, replaced as a whole: the bucket belongs to one deployment).
    /// Without it a browser refuses the store's answer to a page of another origin, such as
    /// the console's upload.
    public func allowBrowserTransfers(from origins: [String]) throws(ObjectStoreError) {
        let bucketTarget = ObjectTarget(
            scheme: settings.scheme, host: settings.host, port: settings.port, path: "/" + settings.bucket, query: [("cors", "")])
        // Origins are scheme://host[:port] (checked by the configuration): nothing to escape.
        let allowed = origins.map { "<AllowedOrigin>\($0)</AllowedOrigin>" }.joined()
        let body = Array(
            ("<CORSConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><CORSRule>\(allowed)"
                + "<AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>"
                + "<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3600</MaxAgeSeconds>"
                + "</CORSRule></CORSConfiguration>").utf8)
        let response = try perform(
            "PUT", bucketTarget,
            headers: ["content-type": "application/xml", "content-md5": Data(Crypto.md5(body)).base64EncodedString()],
            body: .bytes(body), sink: .memory(limit: 1 << 20))
        try response.expectSuccess("PUT BUCKET CORS", settings.bucket)
    }

    // MARK: Transfers

    enum Body {
        case none
        case bytes([UInt8])
        case file(Int32, size: Int64)
    }

    enum Sink {
        case discard
        case memory(limit: Int)
        case file(Int32)
    }

    struct Response {
        var status = 0
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        var bytesReceived: Int64 = 0

        func expectSuccess(_ operation: String, _ key: String) throws(ObjectStoreError) {
            guard (200..<300).contains(status) else {
                let detail = S3ErrorBody(body).map { ": " + $0.summary } ?? ""
                throw ObjectStoreError(
                    status == 404 ? .notFound : .storeRefused,
                    "\(operation) \(key) answered HTTP \(status)\(detail)", status: status)
            }
        }
    }

    /// What the libcurl callbacks read from and write to, for one transfer.
    final class Transfer {
        var body: Body
        var bodyOffset = 0
        let sink: Sink
        var response = Response()
        var sinkFailed = false

        init(body: Body, sink: Sink) {
            self.body = body
            self.sink = sink
        }
    }

    /// One exchange with the store. `timeoutMs` bounds the whole of it (connection included);
    /// without it, only a connection that takes too long or a transfer that stalls end it.
    func perform(
        _ method: String, _ target: ObjectTarget, headers: [String: String] = [:], body: Body,
        sink: Sink, timeoutMs: Int? = nil
    ) throws(ObjectStoreError) -> Response {
        guard let curl = curl_easy_init() else { throw ObjectStoreError(.unreachable, "libcurl could not start a transfer") }
        defer { curl_easy_cleanup(curl) }
        let payloadHash: String
        switch body {
        case .bytes(let bytes): payloadHash = SigV4Signer.payloadHash(bytes)
        case .none: payloadHash = SigV4Signer.payloadHash([UInt8]())
        case .file: payloadHash = SigV4Signer.unsignedPayload  // the file is not read twice
        }
        var allHeaders = headers
        if case .bytes(let bytes) = body { allHeaders["content-length"] = String(bytes.count) }
        if case .file(_, let size) = body { allHeaders["content-length"] = String(size) }
        let signed = signer.signedRequestHeaders(method: method, target: target, headers: allHeaders, payloadHash: payloadHash, at: Date())
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in allHeaders where name != "content-length" { list = curl_slist_append(list, "\(name): \(value)") }
        for (name, value) in signed { list = curl_slist_append(list, "\(name): \(value)") }
        list = curl_slist_append(list, "Expect:")
        defer { curl_slist_free_all(list) }

        let transfer = Transfer(body: body, sink: sink)
        let context = Unmanaged.passRetained(transfer)
        defer { context.release() }
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            _ = plexe_curl_setopt_string(curl, CURLOPT_URL, target.url)
            _ = plexe_curl_setopt_string(curl, CURLOPT_PROTOCOLS_STR, "http,https")
            _ = plexe_curl_setopt_headers(curl, list)
            _ = plexe_curl_setopt_string(curl, CURLOPT_USERAGENT, "plexe-data")
            _ = plexe_curl_setopt_long(curl, CURLOPT_NOSIGNAL, 1)
            _ = plexe_curl_setopt_long(curl, CURLOPT_CONNECTTIMEOUT_MS, min(settings.connectTimeoutMs, timeoutMs ?? Int.max))
            if let timeoutMs { _ = plexe_curl_setopt_long(curl, CURLOPT_TIMEOUT_MS, timeoutMs) }
            // A transfer that moves less than 1 KiB/s for the whole window is stalled.
            _ = plexe_curl_setopt_long(curl, CURLOPT_LOW_SPEED_LIMIT, 1024)
            _ = plexe_curl_setopt_long(curl, CURLOPT_LOW_SPEED_TIME, settings.stallTimeoutSeconds)
            _ = plexe_curl_setopt_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress)
            switch method {
            case "HEAD": _ = plexe_curl_setopt_long(curl, CURLOPT_NOBODY, 1)
            case "GET": break
            case "PUT":
                _ = plexe_curl_setopt_long(curl, CURLOPT_UPLOAD, 1)
                let size: Int64
                switch body {
                case .bytes(let bytes): size = Int64(bytes.count)
                case .file(_, let fileSize): size = fileSize
                case .none: size = 0
                }
                _ = plexe_curl_setopt_offset(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(size))
                _ = plexe_curl_setopt_pointer(curl, CURLOPT_READDATA, context.toOpaque())
                _ = plexe_curl_setopt_read_function(curl) { buffer, size, count, context in
                    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
                    return transfer.read(into: buffer!, capacity: size * count)
                }
            default: _ = plexe_curl_setopt_string(curl, CURLOPT_CUSTOMREQUEST, method)
            }
            _ = plexe_curl_setopt_pointer(curl, CURLOPT_HEADERDATA, context.toOpaque())
            _ = plexe_curl_setopt_header_function(curl) { data, size, count, context in
                let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
                let length = size * count
                if let data { transfer.header(UnsafeRawBufferPointer(start: data, count: length)) }
                return length
            }
            _ = plexe_curl_setopt_pointer(curl, CURLOPT_WRITEDATA, context.toOpaque())
            _ = plexe_curl_setopt_write_function(curl) { data, size, count, context in
                let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
                let length = size * count
                guard let data else { return length }
                return transfer.write(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
            }
            return curl_easy_perform(curl)
        }
        guard code == CURLE_OK else {
            if code == CURLE_WRITE_ERROR, transfer.sinkFailed {
                throw ObjectStoreError(.tooLarge, "\(method) \(target.path): the answer is larger than expected or could not be written")
            }
            let detail = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ObjectStoreError(
                .unreachable,
                "the object store could not be reached: "
                    + (detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail))
        }
        var status = 0
        _ = plexe_curl_response_code(curl, &status)
        transfer.response.status = status
        return transfer.response
    }
}

extension S3Client.Transfer {
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        switch body {
        case .none:
            return 0
        case .bytes(let bytes):
            let count = min(capacity, bytes.count - bodyOffset)
            guard count > 0 else { return 0 }
            bytes.withUnsafeBufferPointer { source in
                UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + bodyOffset, byteCount: count)
            }
            bodyOffset += count
            return count
        case .file(let descriptor, _):
            let count = Foundation.read(descriptor, buffer, min(capacity, 256 << 10))
            return count < 0 ? Int(CURL_READFUNC_ABORT) : count
        }
    }

    /// One header line; a new status line (after a redirect or `100 Continue`) starts over.
    func header(_ line: UnsafeRawBufferPointer) {
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("HTTP/") {
            response.headers = [:]
            response.status = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return
        }
        guard let colon = text.firstIndex(of: ":") else { return }
        let name = text[..<colon].lowercased()
        response.headers[name] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func write(_ data: UnsafeRawBufferPointer) -> Bool {
        response.bytesReceived += Int64(data.count)
        // An error answer is kept in memory (its XML says why) whatever the sink.
        if !(200..<300).contains(response.status) {
            if response.body.count + data.count <= 1 << 20 { response.body.append(contentsOf: data) }
            return true
        }
        switch sink {
        case .discard:
            return true
        case .memory(let limit):
            guard response.body.count + data.count <= limit else {
                sinkFailed = true
                return false
            }
            response.body.append(contentsOf: data)
            return true
        case .file(let descriptor):
            var offset = 0
            while offset < data.count {
                let written = Foundation.write(descriptor, data.baseAddress! + offset, data.count - offset)
                guard written > 0 else {
                    sinkFailed = true
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
