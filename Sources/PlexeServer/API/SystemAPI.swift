import PlexeFoundation

/// Routes about the service itself: health and the OpenAPI document.
struct SystemAPI: Sendable {
    let catalog: any Catalog
    /// Built once: `servers` names the configured public URL.
    let openAPIDocument: [UInt8]
    /// Its `ETag`, computed once rather than per request (the document is ~100 KB).
    let openAPIEntityTag: String

    init(catalog: any Catalog, baseURL: String) {
        self.catalog = catalog
        openAPIDocument = OpenAPIDocument.build(baseURL: baseURL).serialized()
        openAPIEntityTag = ConditionalGET.entityTag(for: openAPIDocument)
    }

    func health(_ ctx: RequestContext) throws -> HTTPResponse {
        guard catalog.isHealthy() else { throw APIError.unavailable("the catalog database is not usable") }
        return .json(["status": "ok", "version": .string(BuildVersion.string)])
    }

    func openAPI(_ ctx: RequestContext) throws -> HTTPResponse {
        HTTPResponse(status: .ok, headers: [("Content-Type", "application/json"), ("ETag", openAPIEntityTag)], body: openAPIDocument)
    }
}
