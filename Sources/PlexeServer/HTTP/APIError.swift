import PlexeFoundation

/// A failure the client is told about, in the contract's error shape:
/// `{"error": {"code", "message", "param"?, "request_id"}}`.
///
/// Handlers throw these; the router turns any other error into a logged 500 `server_error`
/// that reveals nothing of the internals.
struct APIError: Error, Sendable, CustomStringConvertible {
    var status: HTTPStatus
    var code: String
    var message: String
    var param: String?
    var headers: [(String, String)] = []

    init(status: HTTPStatus, code: String, message: String, param: String? = nil, headers: [(String, String)] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers
    }

    var description: String { "\(status.code) \(code): \(message)" + (param.map { " (param \($0))" } ?? "") }

    static func invalidRequest(_ message: String, param: String? = nil) -> APIError {
        APIError(status: .badRequest, code: "invalid_request", message: message, param: param)
    }
    static func unauthorized(_ message: String = "a valid bearer token is required (Authorization: Bearer TOKEN or x-api-key: TOKEN)") -> APIError {
        APIError(status: .unauthorized, code: "unauthorized", message: message, headers: [("WWW-Authenticate", "Bearer")])
    }
    static func forbidden(_ message: String) -> APIError {
        APIError(status: .forbidden, code: "insufficient_permissions", message: message)
    }
    static func notFound(_ message: String, param: String? = nil) -> APIError {
        APIError(status: .notFound, code: "not_found", message: message, param: param)
    }
    static func conflict(_ message: String, param: String? = nil) -> APIError {
        APIError(status: .conflict, code: "resource_conflict", message: message, param: param)
    }
    static func tooLarge(_ message: String, param: String? = nil) -> APIError {
        APIError(status: .contentTooLarge, code: "payload_too_large", message: message, param: param)
    }
    static func validation(_ message: String, param: String? = nil) -> APIError {
        APIError(status: .unprocessableContent, code: "validation_failed", message: message, param: param)
    }
    static func rateLimited(_ message: String, retryAfter: Int, headers: [(String, String)] = []) -> APIError {
        APIError(status: .tooManyRequests, code: "rate_limited", message: message, headers: [("Retry-After", String(retryAfter))] + headers)
    }
    static func methodNotAllowed(_ allowed: [HTTPMethod]) -> APIError {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        return APIError(status: .methodNotAllowed, code: "method_not_allowed", message: "this path accepts \(list)", headers: [("Allow", list)])
    }
    /// 502: a service the server relies on for this request (the language model) gave no
    /// usable answer.
    static func upstream(_ message: String) -> APIError {
        APIError(status: .badGateway, code: "upstream_error", message: message)
    }
    static let serverError = APIError(
        status: .internalServerError, code: "server_error", message: "an internal error occurred; quote the request_id when reporting it")
    static func unavailable(_ message: String) -> APIError {
        APIError(status: .serviceUnavailable, code: "service_unavailable", message: message)
    }

    func response(requestID: String) -> HTTPResponse {
        var fields: [(String, JSON)] = [("code", .string(code)), ("message", .string(message))]
        if let param { fields.append(("param", .string(param))) }
        fields.append(("request_id", .string(requestID)))
        return .json(["error": .object(fields)], status: status, headers: headers)
    }
}
