import PlexeFoundation

/// Routes about the service itself: health and the OpenAPI document.
struct SystemAPI: Sendable {
    let catalog: any Catalog
    let openAPIDocument = OpenAPIDocument.build().serialized()

    func health(_ ctx: RequestContext) throws -> HTTPResponse {
        guard catalog.isHealthy() else { throw APIError.unavailable("the catalog database is not usable") }
        return .json(["status": "ok"])
    }

    func openAPI(_ ctx: RequestContext) throws -> HTTPResponse {
        HTTPResponse(status: .ok, headers: [("Content-Type", "application/json")], body: openAPIDocument)
    }
}
