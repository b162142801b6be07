import PlexeFoundation

/// A handler turns a request into a response, or throws an `APIError`.
typealias Handler = @Sendable (RequestContext) throws -> HTTPResponse

/// The route table: method + path pattern → handler.
///
/// Matching walks the table in order; with a few dozen routes that is cheaper than any tree
/// and keeps the table readable in one place (`Routes.swift`). A path that matches some
/// route but not its method answers 405 with `Allow`; a path that matches none answers 404.
struct Router: Sendable {
    struct Entry: Sendable {
        var method: HTTPMethod
        var pattern: PathPattern
        var access: RouteAccess
        var validation: ResponseValidation
        /// Honours `Idempotency-Key` (`IdempotentRequests`): the POSTs that create things.
        var idempotent: Bool
        var handler: Handler
    }

    private(set) var entries: [Entry] = []

    init() {}

    mutating func add(
        _ method: HTTPMethod, _ pattern: String, access: RouteAccess = .authenticated,
        validation: ResponseValidation = .none, idempotent: Bool = false, _ handler: @escaping Handler
    ) {
        entries.append(
            Entry(
                method: method, pattern: PathPattern(pattern), access: access, validation: validation, idempotent: idempotent,
                handler: handler))
    }

    enum Resolution {
        case found(Entry, [String: String])
        case methodNotAllowed([HTTPMethod])
        case notFound
    }

    func resolve(method: HTTPMethod, path: String) -> Resolution {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        var allowed: [HTTPMethod] = []
        for entry in entries {
            guard let parameters = entry.pattern.match(segments) else { continue }
            if entry.method == method || (method == .head && entry.method == .get) {
                return .found(entry, parameters)
            }
            if !allowed.contains(entry.method) { allowed.append(entry.method) }
        }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed)
    }

    /// The patterns in the table, for the OpenAPI check in the tests.
    var patterns: [(method: String, path: String)] { entries.map { ($0.method.rawValue, $0.pattern.description) } }

    /// The routes that answer with an `ETag`, for the same check.
    var validatedPatterns: [(method: String, path: String)] {
        entries.filter { $0.validation == .etag }.map { ($0.method.rawValue, $0.pattern.description) }
    }

    /// The routes that honour `Idempotency-Key`, for the same check.
    var idempotentPatterns: [(method: String, path: String)] {
        entries.filter(\.idempotent).map { ($0.method.rawValue, $0.pattern.description) }
    }
}
