import PlexeFoundation

/// `Idempotency-Key` on the POSTs that create things (routes marked `idempotent`): a client
/// that did not get an answer (a timeout, a dropped connection) sends the request again
/// with the same key and gets the first answer instead of a second upload, session,
/// analysis or export.
///
/// Keys are the user's own (another user's same key is unrelated) and kept for `ttlSeconds`.
/// The same key with the same route and body replays the first answer with
/// `Idempotent-Replayed: true`, without running the handler or counting against a quota;
/// with a different body, 422; while the first request is still running, 409.
struct IdempotentRequests: Sendable {
    let catalog: any Catalog
    let ttlSeconds: Int64
    /// A request holding a key this long has died with its process (these handlers take
    /// milliseconds): its key is free again.
    static let abandonedAfterSeconds: Int64 = 300
    static let maxKeyLength = 255

    /// Runs `handler` under the request's key, if it sent one.
    func run(_ request: HTTPRequest, user: User, route: String, _ handler: () throws -> HTTPResponse) throws -> HTTPResponse {
        guard let key = request.header("idempotency-key") else { return try handler() }
        try Self.validate(key)
        let now = Timestamp.now()
        let claim = IdempotencyKeyClaim(
            userID: user.id, key: key, route: route, requestHash: Self.requestHash(route: route, body: request.body),
            expiredBefore: now - ttlSeconds, abandonedBefore: now - Self.abandonedAfterSeconds)
        switch try catalog.claimIdempotencyKey(claim, now: now) {
        case .claimed:
            break
        case .inFlight:
            var error = APIError.conflict("a request with this Idempotency-Key is still being processed; retry shortly", param: "Idempotency-Key")
            error.headers.append(("Retry-After", "1"))
            throw error
        case .differentRequest(let firstRoute):
            throw APIError.validation(
                firstRoute == route
                    ? "this Idempotency-Key was used with a different request body; use a new key for a new request"
                    : "this Idempotency-Key was used for \(firstRoute); use a new key for a new request", param: "Idempotency-Key")
        case .answered(let answer):
            return HTTPResponse(
                status: HTTPStatus(code: answer.status),
                headers: answer.headers.compactMap { pair in
                    pair.count == 2 ? (pair[0], pair[1]) : nil
                } + [("Idempotent-Replayed", "true")], body: answer.body)
        }
        let response: HTTPResponse
        do {
            response = try handler()
        } catch let error as APIError {
            response = error.response(requestID: request.requestID)
        } catch {
            try? catalog.releaseIdempotencyKey(userID: user.id, key: key)
            throw error
        }
        if Self.isFinal(response.status.code) {
            try catalog.finishIdempotencyKey(
                userID: user.id, key: key,
                answer: StoredAnswer(
                    status: response.status.code, headers: response.headers.map { [$0.0, $0.1] }, body: response.body))
        } else {
            try catalog.releaseIdempotencyKey(userID: user.id, key: key)
        }
        return response
    }

    /// Whether an answer is the request's outcome, to replay: a success, or a refusal of
    /// the request itself. A conflict or a quota refusal (409, 429) depends on the moment
    /// and a server error on luck; a retry with the same key runs again.
    static func isFinal(_ status: Int) -> Bool {
        (200..<300).contains(status) || ((400..<500).contains(status) && status != 409 && status != 429)
    }

    /// 1–255 printable ASCII characters (a UUID is the usual choice).
    static func validate(_ key: String) throws {
        guard !key.isEmpty, key.utf8.count <= maxKeyLength, key.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else {
            throw APIError.validation(
                "Idempotency-Key must be 1 to \(maxKeyLength) printable ASCII characters, e.g. a UUID", param: "Idempotency-Key")
        }
    }

    /// The route and the body as JSON with sorted keys and no spacing, so the same request
    /// written another way (key order, whitespace) is the same request. A body that is not
    /// JSON is hashed as sent (the handler refuses it, and that 400 is replayed).
    static func requestHash(route: String, body: [UInt8]) -> String {
        let canonical = (try? JSON.parse(body)).map { canonicalized($0).serialized() } ?? body
        return Crypto.hex(Crypto.sha256(Array(route.utf8) + [0] + canonical))
    }

    static func canonicalized(_ value: JSON) -> JSON {
        switch value {
        case .object(let fields): return .object(fields.sorted { $0.0 < $1.0 }.map { ($0.0, canonicalized($0.1)) })
        case .array(let items): return .array(items.map(canonicalized))
        default: return value
        }
    }
}
