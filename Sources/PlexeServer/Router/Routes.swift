/// Every route of the API, in one table: method, path, who may call it, and the handler.
///
/// A new route is one line here (and its operation in `OpenAPIOperations`, which a test
/// holds to this table).
extension Router {
    static func api(_ handlers: APIHandlers) -> Router {
        var r = Router()
        let system = handlers.system
        r.add(.get, "/healthz", access: .publicAccess) { try system.health($0) }
        r.add(.get, "/openapi.json", access: .publicAccess, validation: .etag) { try system.openAPI($0) }
        // nginx lets /metrics through only from loopback and an allow-list (README, "Operations").
        let operations = handlers.operations
        r.add(.get, "/livez", access: .publicAccess) { try operations.live($0) }
        r.add(.get, "/readyz", access: .publicAccess) { try operations.ready($0) }
        r.add(.get, "/metrics", access: .publicAccess) { try operations.scrape($0) }

        let uploads = handlers.uploads
        for path in ["/data/upload", "/data/uploads"] {
            r.add(.post, path, idempotent: true) { try uploads.create($0) }
        }
        r.add(.get, "/data/uploads") { try uploads.list($0) }
        for prefix in ["/data/uploads", "/uploads"] {
            r.add(.get, "\(prefix)/{upload_id}", validation: .etag) { try uploads.details($0) }
            r.add(.delete, "\(prefix)/{upload_id}") { try uploads.delete($0) }
            r.add(.post, "\(prefix)/{upload_id}/status") { try uploads.confirm($0) }
            r.add(.get, "\(prefix)/{upload_id}/files/{filename}/preview") { try uploads.preview($0) }
        }
        r.add(.put, "/_auth/storage", access: .publicAccess) { try uploads.authorizeStorageWrite($0) }
        r.add(.post, "/models") { try uploads.createModel($0) }
        r.add(.delete, "/models/{model_id}") { try uploads.deleteModel($0) }

        let analysis = handlers.analysis
        r.add(.post, "/data/analyze", idempotent: true) { try analysis.start($0) }
        r.add(.get, "/data/analysis/{job_id}") { try analysis.results($0) }
        r.add(.get, "/data/visualizations/{viz_id}") { try analysis.visualization($0) }
        r.add(.get, "/data/visualizations/{viz_id}/thumbnail") { try analysis.thumbnail($0) }

        let jobs = handlers.jobs
        r.add(.get, "/jobs/{job_id}", validation: .etag) { try jobs.job($0) }

        let sessions = handlers.sessions
        r.add(.post, "/data/sessions", idempotent: true) { try sessions.create($0) }
        r.add(.delete, "/data/sessions/{session_id}") { try sessions.end($0) }
        r.add(.get, "/data/sessions/{session_id}/queries") { try sessions.history($0) }

        let query = handlers.query
        r.add(.post, "/data/query") { try query.query($0) }

        let exports = handlers.exports
        r.add(.post, "/data/export", idempotent: true) { try exports.start($0) }
        r.add(.get, "/data/export/{export_id}", validation: .etag) { try exports.status($0) }
        // Public at the router: the handler accepts a valid signature or a bearer token.
        r.add(.get, "/data/export/{export_id}/{filename}", access: .publicAccess) { try exports.download($0) }
        return r
    }
}

/// The handlers of every API area, each holding the service it calls.
struct APIHandlers: Sendable {
    var system: SystemAPI
    var operations: OperationsAPI
    var uploads: UploadsAPI
    var analysis: AnalysisAPI
    var jobs: JobsAPI
    var sessions: SessionsAPI
    var query: QueryAPI
    var exports: ExportsAPI
}
