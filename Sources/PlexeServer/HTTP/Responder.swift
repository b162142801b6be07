import Foundation
import Logging
import PlexeFoundation
import PlexeObjectStore

/// Anything that answers requests. The FastCGI transport drives one of these and knows
/// nothing else about the application.
package protocol Responder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse
}

/// The application's responder: authentication, routing, the error envelope, request ids
/// and the access log, around the route table.
package struct APIResponder: Responder {
    let router: Router
    let authenticator: Authenticator
    let logger: Logger
    let maxJSONBodyBytes: Int
    let metrics: OperationalMetrics?
    let cors: CORSPolicy
    /// Where `Idempotency-Key`s are kept; nil: the header is ignored.
    let idempotency: IdempotentRequests?

    init(
        router: Router, authenticator: Authenticator, logger: Logger, maxJSONBodyBytes: Int, metrics: OperationalMetrics? = nil,
        cors: CORSPolicy = CORSPolicy(origins: []), idempotency: IdempotentRequests? = nil
    ) {
        self.router = router
        self.authenticator = authenticator
        self.logger = logger
        self.maxJSONBodyBytes = maxJSONBodyBytes
        self.metrics = metrics
        self.cors = cors
        self.idempotency = idempotency
    }

    package func respond(to request: HTTPRequest) -> HTTPResponse {
        let started = DispatchTime.now().uptimeNanoseconds
        var logger = self.logger
        logger[metadataKey: "request_id"] = "\(request.requestID)"
        var user: User?
        var response: HTTPResponse
        var route = "unmatched"
        do {
            switch router.resolve(method: request.method, path: request.path) {
            case .notFound:
                throw APIError.notFound("no route for \(request.method) \(request.path)")
            case .methodNotAllowed(let allowed) where CORSPolicy.isPreflight(request):
                // Before authentication: browsers send no credentials on a preflight.
                response = cors.preflight(request, methods: allowed)
            case .methodNotAllowed(let allowed):
                throw APIError.methodNotAllowed(allowed)
            case .found(let entry, let parameters):
                route = entry.pattern.description
                if entry.access == .authenticated {
                    user = try authenticator.authenticate(request)
                }
                if request.contentLength > maxJSONBodyBytes && !request.path.hasPrefix("/_auth/") {
                    throw APIError.tooLarge("the request body is \(request.contentLength) bytes; the limit is \(maxJSONBodyBytes)")
                }
                let context = RequestContext(request: request, pathParameters: parameters, user: user, logger: logger)
                if entry.idempotent, let idempotency, let user {
                    // After authentication (keys are per user), before the handler and its quotas.
                    response = try idempotency.run(request, user: user, route: "\(entry.method) \(entry.pattern)") { try entry.handler(context) }
                } else {
                    response = try entry.handler(context)
                }
                if entry.validation == .etag { ConditionalGET.apply(to: &response, request: request) }
            }
        } catch let error as APIError {
            response = error.response(requestID: request.requestID)
        } catch let error as ObjectStoreError {
            // The object store is the server's: unreachable or failing is a 503 (retry later),
            // anything else it refused a 500. Never the user's fault.
            logger.error(
                "object store call failed",
                metadata: ["method": "\(request.method)", "path": "\(request.path)", "error": "\(error.message)"])
            let unavailable = error.kind == .unreachable || (error.status ?? 0) >= 500
            response =
                (unavailable ? APIError.unavailable("the file store is not available; try again shortly") : APIError.serverError)
                .response(requestID: request.requestID)
        } catch {
            logger.error(
                "unhandled error",
                metadata: [
                    "method": "\(request.method)", "path": "\(request.path)",
                    "error": "\(String(reflecting: error))",
                ])
            response = APIError.serverError.response(requestID: request.requestID)
        }
        response.headers.append(("X-Request-Id", request.requestID))
        if !CORSPolicy.isPreflight(request) { cors.decorate(&response, for: request) }
        // Answers carry users' data (and downloads, through X-Accel-Redirect, keep this
        // header): no shared or browser cache keeps them, unless a handler chose otherwise.
        if response.header("cache-control") == nil { response.headers.append(("Cache-Control", "no-store")) }
        if request.method == .head { response.body = [] }
        metrics?.observeRequest(
            method: request.method.rawValue, route: route, status: response.status.code,
            nanoseconds: DispatchTime.now().uptimeNanoseconds - started)
        logger.info(
            "request",
            metadata: [
                "method": "\(request.method)", "path": "\(request.path)", "status": "\(response.status.code)",
                "ms": "\(Self.milliseconds(DispatchTime.now().uptimeNanoseconds - started))",
                "user": "\(user?.email ?? "-")",
            ])
        return response
    }

    /// `1.25` for 1,250,000 ns: two decimals without `String(format:)`, which goes through
    /// Foundation's CFString formatting and was ~4 % of the responder's CPU per request.
    static func milliseconds(_ nanoseconds: UInt64) -> String {
        let hundredths = (nanoseconds + 5_000) / 10_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
