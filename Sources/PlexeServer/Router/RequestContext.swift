import Logging
import PlexeFoundation

/// Everything a handler gets: the request, its path parameters, on authenticated routes the
/// user it acts for, and the request's logger.
struct RequestContext: Sendable {
    var request: HTTPRequest
    var pathParameters: [String: String]
    var user: User?
    /// Carries `request_id`: hand it to whatever the request calls, so that every line the
    /// request causes can be found by the id the user quotes.
    var logger: Logger

    /// The authenticated user; routes marked `.authenticated` always have one.
    var requiredUser: User {
        get throws {
            guard let user else { throw APIError.unauthorized() }
            return user
        }
    }

    func pathParameter(_ name: String) -> String { pathParameters[name] ?? "" }

    /// The body parsed as a JSON object: 400 when it is not JSON, 422 when it is JSON but
    /// not an object.
    func jsonBody() throws -> JSONObjectReader {
        if request.body.isEmpty { throw APIError.invalidRequest("a JSON body is required") }
        let value: JSON
        do { value = try JSON.parse(request.body) } catch { throw APIError.invalidRequest("the body is not valid JSON") }
        guard case .object = value else { throw APIError.validation("the body must be a JSON object") }
        return JSONObjectReader(value: value, path: "")
    }
}

/// An authenticated user.
struct User: Sendable, Equatable {
    var id: Int64
    var email: String
}
