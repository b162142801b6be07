import PlexeFoundation

/// One documented operation of the API.
struct OpenAPIOperation {
    struct Parameter {
        var name: String
        var schema: JSON
        var description: String
    }

    var method: String
    var path: String
    var summary: String
    var tag: String
    var isPublic = false
    var query: [Parameter] = []
    /// Component schema of the JSON request body, if any.
    var requestSchema: String? = nil
    var successStatus = 200
    /// Component schema of the success body; nil for a non-JSON body.
    var responseSchema: String? = "Object"
    var responseDescription = "Success"
    var responseContentTypes: [String] = ["application/json"]
    var errorStatuses: [Int] = [400, 401, 404, 422]

    func json() -> JSON {
        var parameters: [JSON] = []
        for segment in path.split(separator: "/") where segment.hasPrefix("{") {
            let name = String(segment.dropFirst().dropLast())
            parameters.append(.object([("name", .string(name)), ("in", "path"), ("required", true), ("schema", ["type": "string"])]))
        }
        for p in query {
            parameters.append(.object([("name", .string(p.name)), ("in", "query"), ("required", false), ("description", .string(p.description)), ("schema", p.schema)]))
        }
        var responses: [(String, JSON)] = []
        var content: [(String, JSON)] = []
        for type in responseContentTypes {
            if type == "application/json", let responseSchema {
                content.append((type, ["schema": ["$ref": .string("#/components/schemas/\(responseSchema)")]]))
            } else {
                content.append((type, ["schema": ["type": "string", "format": "binary"]]))
            }
        }
        responses.append((String(successStatus), .object([("description", .string(responseDescription)), ("content", .object(content))])))
        var errors = errorStatuses
        if !isPublic && !errors.contains(401) { errors.append(401) }
        errors.append(500)
        for status in errors.sorted() {
            var headers: [(String, JSON)] = [("X-Request-Id", ["schema": ["type": "string"]])]
            if status == 429 {
                headers.append(("Retry-After", ["description": "Seconds to wait before trying again", "schema": ["type": "integer"]]))
                headers.append(("RateLimit-Policy", ["description": "The limit reached, e.g. `30;w=60;comment=\"per session\"` for a rate, `5;comment=\"active sessions per user\"` for a count", "schema": ["type": "string"]]))
                headers.append(("RateLimit", ["description": "`limit=N, remaining=0, reset=SECONDS`", "schema": ["type": "string"]]))
            }
            if status == 405 { headers.append(("Allow", ["schema": ["type": "string"]])) }
            responses.append((String(status), .object([
                ("description", .string(OpenAPIOperations.errorDescription(status))),
                ("headers", .object(headers)),
                ("content", ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]),
            ])))
        }
        var fields: [(String, JSON)] = [
            ("summary", .string(summary)), ("tags", .array([.string(tag)])),
            ("operationId", .string(OpenAPIOperations.operationID(method: method, path: path))),
        ]
        if !parameters.isEmpty { fields.append(("parameters", .array(parameters))) }
        if let requestSchema {
            fields.append(("requestBody", .object([("required", true), ("content", ["application/json": ["schema": ["$ref": .string("#/components/schemas/\(requestSchema)")]]])])))
        }
        fields.append(("responses", .object(responses)))
        if isPublic { fields.append(("security", .array([]))) }
        return .object(fields)
    }
}

/// Every operation, in the order of the API reference.
enum OpenAPIOperations {
    static func limit(_ max: Int, _ def: Int) -> OpenAPIOperation.Parameter {
        OpenAPIOperation.Parameter(name: "limit", schema: ["type": "integer", "minimum": 1, "maximum": JSON(max), "default": JSON(def)], description: "Maximum number of items to return")
    }
    static let offset = OpenAPIOperation.Parameter(name: "offset", schema: ["type": "integer", "minimum": 0, "default": 0], description: "Number of items to skip")

    static var all: [OpenAPIOperation] {
        var ops: [OpenAPIOperation] = [
            OpenAPIOperation(method: "GET", path: "/healthz", summary: "Health: 200 when the app and its database are usable", tag: "System", isPublic: true, responseSchema: "Health", errorStatuses: [503]),
            OpenAPIOperation(method: "GET", path: "/livez", summary: "Liveness: 200 while the process answers (nothing else is checked)", tag: "System", isPublic: true, responseSchema: "Health", errorStatuses: []),
            OpenAPIOperation(method: "GET", path: "/readyz", summary: "Readiness: the catalog takes a write and the disk has room (PLEXE_READY_MIN_FREE_BYTES); reports workers and queue depth", tag: "System", isPublic: true, responseSchema: "Readiness", errorStatuses: [503]),
            OpenAPIOperation(method: "GET", path: "/metrics", summary: "Prometheus metrics (text format): requests, jobs, queue depth, mail backlog, ingest. nginx lets it through only from loopback and an allow-list", tag: "System", isPublic: true, responseSchema: nil, responseContentTypes: ["text/plain"], errorStatuses: []),
            OpenAPIOperation(method: "GET", path: "/openapi.json", summary: "This OpenAPI document", tag: "System", isPublic: true, errorStatuses: []),
            OpenAPIOperation(method: "GET", path: "/data/uploads", summary: "List uploads", tag: "Uploads", query: [
                limit(100, 20), offset,
                .init(name: "status", schema: ["type": "string", "enum": ["pending", "complete", "failed", "processing"]], description: "Filter by status"),
                .init(name: "sort", schema: ["type": "string", "enum": ["created_at", "status"], "default": "created_at"], description: "Field to sort by"),
                .init(name: "order", schema: ["type": "string", "enum": ["asc", "desc"], "default": "desc"], description: "Sort direction"),
            ], responseSchema: "UploadList", errorStatuses: [422]),
        ]
        for path in ["/data/upload", "/data/uploads"] {
            ops.append(OpenAPIOperation(method: "POST", path: path, summary: "Create an upload and get one presigned PUT URL per file", tag: "Uploads",
                                        requestSchema: "CreateUploadRequest", successStatus: 201, responseSchema: "CreateUploadResponse", errorStatuses: [400, 413, 422, 429]))
        }
        for prefix in ["/data/uploads", "/uploads"] {
            ops.append(OpenAPIOperation(method: "GET", path: "\(prefix)/{upload_id}", summary: "Upload details with column info", tag: "Uploads", responseSchema: "UploadDetails", errorStatuses: [404]))
            ops.append(OpenAPIOperation(method: "DELETE", path: "\(prefix)/{upload_id}", summary: "Delete an upload, its files and derived data", tag: "Uploads", responseSchema: "DeletedUpload", errorStatuses: [404, 409]))
            ops.append(OpenAPIOperation(method: "POST", path: "\(prefix)/{upload_id}/status", summary: "Confirm that every file was PUT; starts processing", tag: "Uploads",
                                        requestSchema: "ConfirmUploadRequest", successStatus: 202, responseSchema: "ConfirmUploadResponse", errorStatuses: [400, 404, 409, 413, 422]))
            ops.append(OpenAPIOperation(method: "GET", path: "\(prefix)/{upload_id}/files/{filename}/preview", summary: "Preview rows of a file (CSV: fields as written; JSON: typed objects)", tag: "Uploads",
                                        query: [limit(100, 10), offset], responseSchema: "FilePreview", errorStatuses: [404, 409, 422]))
        }
        ops.append(OpenAPIOperation(method: "PUT", path: "/_auth/storage", summary: "Internal: nginx auth_request check of a signed storage PUT (204 allow, 403 deny)", tag: "Internal", isPublic: true,
                                    successStatus: 204, responseSchema: nil, responseDescription: "The PUT may proceed", responseContentTypes: [], errorStatuses: [403]))
        ops.append(OpenAPIOperation(method: "POST", path: "/models", summary: "Bind a model to an upload (deleting the upload then answers 409)", tag: "Models",
                                    requestSchema: "CreateModelRequest", successStatus: 201, responseSchema: "Model", errorStatuses: [400, 404, 422]))
        ops.append(OpenAPIOperation(method: "DELETE", path: "/models/{model_id}", summary: "Unbind a model", tag: "Models", responseSchema: "DeletedModel", errorStatuses: [404]))
        ops += extensions
        return ops
    }

    /// Analysis, jobs, sessions, queries and exports.
    static var extensions: [OpenAPIOperation] {
        [
            OpenAPIOperation(method: "POST", path: "/data/analyze", summary: "Start an analysis job (basic or comprehensive)", tag: "Analysis",
                             requestSchema: "AnalyzeRequest", successStatus: 202, responseSchema: "JobStarted", errorStatuses: [400, 404, 409, 422, 429]),
            OpenAPIOperation(method: "GET", path: "/data/analysis/{job_id}", summary: "Analysis results (status only until completed)", tag: "Analysis",
                             responseSchema: "AnalysisResult", errorStatuses: [404]),
            OpenAPIOperation(method: "GET", path: "/data/visualizations/{viz_id}", summary: "A chart as JSON, or as SVG with ?format=svg", tag: "Analysis",
                             query: [.init(name: "format", schema: ["type": "string", "enum": ["json", "svg"], "default": "json"], description: "json or svg")],
                             responseSchema: "Visualization", responseContentTypes: ["application/json", "image/svg+xml"], errorStatuses: [404, 422]),
            OpenAPIOperation(method: "GET", path: "/data/visualizations/{viz_id}/thumbnail", summary: "A chart as a small PNG", tag: "Analysis",
                             responseSchema: nil, responseContentTypes: ["image/png"], errorStatuses: [404]),
            OpenAPIOperation(method: "GET", path: "/jobs/{job_id}", summary: "State of an analysis job or an export", tag: "Jobs", responseSchema: "Job", errorStatuses: [404]),
            OpenAPIOperation(method: "POST", path: "/data/sessions", summary: "Open a query session on a complete upload (at most 5 active)", tag: "Query",
                             requestSchema: "CreateSessionRequest", successStatus: 201, responseSchema: "Session", errorStatuses: [400, 404, 409, 422, 429]),
            OpenAPIOperation(method: "DELETE", path: "/data/sessions/{session_id}", summary: "End a session (its history stays readable)", tag: "Query",
                             responseSchema: "EndedSession", errorStatuses: [404]),
            OpenAPIOperation(method: "GET", path: "/data/sessions/{session_id}/queries", summary: "A session's query history, oldest first", tag: "Query",
                             responseSchema: "QueryHistory", errorStatuses: [404]),
            OpenAPIOperation(method: "POST", path: "/data/query", summary: "Run a read-only SQL query or an English question", tag: "Query",
                             requestSchema: "QueryRequest", responseSchema: "QueryResult", errorStatuses: [400, 404, 422, 429, 502]),
            OpenAPIOperation(method: "POST", path: "/data/export", summary: "Start an export (csv, json or parquet)", tag: "Export",
                             requestSchema: "ExportRequest", successStatus: 202, responseSchema: "ExportStarted", errorStatuses: [400, 404, 409, 413, 422, 429]),
            OpenAPIOperation(method: "GET", path: "/data/export/{export_id}", summary: "Export status with signed download URLs", tag: "Export",
                             responseSchema: "ExportStatus", errorStatuses: [404]),
            OpenAPIOperation(method: "GET", path: "/data/export/{export_id}/{filename}", summary: "Download an exported file: a signed download_url needs no token; otherwise a bearer token", tag: "Export",
                             isPublic: true, responseSchema: nil, responseContentTypes: ["application/octet-stream"], errorStatuses: [401, 403, 404, 409]),
        ]
    }

    static func operationID(method: String, path: String) -> String {
        let words = path.split(separator: "/").map { segment -> String in
            let clean = segment.filter { $0.isLetter || $0.isNumber || $0 == "_" }
            return clean.prefix(1).uppercased() + clean.dropFirst()
        }
        return method.lowercased() + words.joined()
    }

    static func errorDescription(_ status: Int) -> String {
        switch status {
        case 400: return "invalid_request: malformed JSON or request"
        case 401: return "unauthorized: missing or invalid token"
        case 403: return "insufficient_permissions"
        case 404: return "not_found"
        case 405: return "method_not_allowed"
        case 409: return "resource_conflict"
        case 413: return "payload_too_large: over a size limit, or over the user's stored-bytes quota (delete uploads or exports to make room)"
        case 422: return "validation_failed"
        case 429: return "rate_limited: a rate limit or a per-user quota on a count was reached; retry after Retry-After seconds"
        case 502: return "upstream_error: the language model (PLEXE_NL_ENGINE=model) could not answer: unreachable, an HTTP error, a timeout, an answer that is not a chat completion, or no SQL in it"
        case 503: return "service_unavailable"
        default: return "server_error"
        }
    }
}
