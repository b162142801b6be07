import PlexeFoundation

/// Routes about the service itself: health and the OpenAPI document.
struct SystemAPI {
    let app: Application

    func register(in router: inout Router) {
        router.add("GET", "/healthz", access: .publicAccess) { _ in
            guard app.catalog.isHealthy() else {
                throw APIError.unavailable("the catalog database is not usable")
            }
            return .json(["status": "ok", "version": .string(BuildVersion.string)])
        }
        let document = OpenAPIDocument.build().serialized()
        router.add("GET", "/openapi.json", access: .publicAccess) { _ in
            HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: document)
        }
    }
}
