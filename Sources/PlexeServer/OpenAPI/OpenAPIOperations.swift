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
    /// Chosen, not derived from the path: generated clients name their methods after it
    /// (`listUploads`, not `getDataUploads`).
    var operationID: String
    var summary: String
    var tag: String
    var isPublic = false
    /// A route nginx calls on its own behalf (`/_auth/storage`): in the route table, so the
    /// check that every route is described still covers it, but not in the public document.
    var isInternal = false
    /// The contract's second spelling of a path: it works, but new clients should use the
    /// reference's (named in the summary).
    var deprecated = false
    var query: [Parameter] = []
    /// Component schema of the JSON request body, if any.
    var requestSchema: String? = nil
    var successStatus = 200
    /// Component schema of the success body; nil for a non-JSON body.
    var responseSchema: String? = "Object"
    var responseDescription = "Success"
    var responseContentTypes: [String] = ["application/json"]
    /// The success body's media types and schemas, when they are not one JSON schema or
    /// plain bytes (an export's file: CSV text, JSON records or Parquet bytes).
    var responseContent: [(String, JSON)]? = nil
    var errorStatuses: [Int] = [400, 401, 404, 422]
    /// The success answer carries `RateLimit-Policy` / `RateLimit` (the query rate).
    var reportsRateLimit = false
    /// Where the success answer's ids lead: OpenAPI links (operationId, then each path
    /// parameter and the runtime expression that fills it), for clients and for
    /// schemathesis's stateful tests.
    var links: [(operationID: String, parameters: [(String, String)])] = []
    /// The route answers with an `ETag` and honours `If-None-Match` (304); `validation: .etag`
    /// in the route table.
    var etag = false
    /// The route honours `Idempotency-Key` (`idempotent: true` in the route table).
    var idempotent = false
    /// When the route may answer 302 instead, why (its `Location` is where the body is).
    var redirectDescription: String? = nil

    func json() -> JSON {
        var parameters: [JSON] = []
        for segment in path.split(separator: "/") where segment.hasPrefix("{") {
            let name = String(segment.dropFirst().dropLast())
            parameters.append(
                .object([
                    ("name", .string(name)), ("in", "path"), ("required", true), ("schema", ["type": "string"]),
                    ("example", .string(OpenAPIExamples.pathParameter(name))),
                ]))
        }
        for p in query {
            parameters.append(
                .object([
                    ("name", .string(p.name)), ("in", "query"), ("required", false), ("description", .string(p.description)), ("schema", p.schema),
                ]))
        }
        if idempotent {
            parameters.append(
                .object([
                    ("name", "Idempotency-Key"), ("in", "header"), ("required", false),
                    (
                        "description",
                        "A key of your choice (a UUID; printable ASCII, no surrounding spaces) that makes a retry safe: the same key with the same body within 24 hours (PLEXE_IDEMPOTENCY_TTL_SECONDS) replays the first answer, with `Idempotent-Replayed: true`, instead of creating another; the same key with a different body answers 422, and while the first request is still running, 409 with Retry-After. Keys are per user."
                    ),
                    (
                        "schema",
                        ["type": "string", "minLength": 1, "maxLength": JSON(IdempotentRequests.maxKeyLength), "pattern": "^[!-~]([ -~]*[!-~])?$"]
                    ),
                ]))
        }
        if etag {
            parameters.append(
                .object([
                    ("name", "If-None-Match"), ("in", "header"), ("required", false),
                    (
                        "description",
                        "An `ETag` of an earlier answer (or a list of them, or `*`): 304 without a body while the resource is unchanged. Weak tags (`W/\"…\"`, as nginx sends on gzipped answers) match too."
                    ),
                    ("schema", ["type": "string"]),
                ]))
        }
        var responses: [(String, JSON)] = []
        var content: [(String, JSON)] = []
        for type in responseContentTypes {
            if type == "application/json", let responseSchema {
                var media: [(String, JSON)] = [("schema", ["$ref": .string("#/components/schemas/\(responseSchema)")])]
                if let example = OpenAPIExamples.body(responseSchema) { media.append(("example", example)) }
                content.append((type, .object(media)))
            } else {
                content.append((type, ["schema": ["type": "string", "format": "binary"]]))
            }
        }
        if let responseContent { content = responseContent }
        var success: [(String, JSON)] = [("description", .string(responseDescription))]
        var successHeaders: [(String, JSON)] = [("X-Request-Id", Self.requestIDHeader)]
        if reportsRateLimit { successHeaders += Self.rateLimitHeaders }
        if etag { successHeaders += Self.validatorHeaders }
        if idempotent {
            successHeaders.append(
                (
                    "Idempotent-Replayed",
                    [
                        "description": "`true` when this is the stored answer to an earlier request with the same Idempotency-Key",
                        "schema": ["type": "string", "enum": ["true"]],
                    ]
                ))
        }
        success.append(("headers", .object(successHeaders)))
        if !content.isEmpty { success.append(("content", .object(content))) }
        if !links.isEmpty {
            success.append(
                (
                    "links",
                    .object(
                        links.map { link in
                            (
                                link.operationID.prefix(1).uppercased() + link.operationID.dropFirst(),
                                .object([
                                    ("operationId", .string(link.operationID)),
                                    ("parameters", .object(link.parameters.map { ($0.0, JSON.string($0.1)) })),
                                ])
                            )
                        })
                ))
        }
        responses.append((String(successStatus), .object(success)))
        if let redirectDescription {
            responses.append(
                (
                    "302",
                    [
                        "description": .string(redirectDescription),
                        "headers": [
                            "Location": ["description": "where to GET the file", "schema": ["type": "string", "format": "uri"]],
                            "X-Request-Id": Self.requestIDHeader,
                        ],
                    ]
                ))
        }
        if etag {
            responses.append(
                (
                    "304",
                    .object([
                        ("description", "Not modified: the `If-None-Match` tag is the current one; no body"),
                        ("headers", .object([("X-Request-Id", Self.requestIDHeader)] + Self.validatorHeaders)),
                    ])
                ))
        }
        var errors = errorStatuses
        // A key reused with another body (422), or used by a request still running (409).
        if idempotent { errors += [409, 422].filter { !errors.contains($0) } }
        if !isPublic && !errors.contains(401) { errors.append(401) }
        // Every route can be refused by nginx's per-address limits, and can fail.
        if !errors.contains(429) { errors.append(429) }
        errors.append(500)
        for status in errors.sorted() {
            var headers: [(String, JSON)] = [("X-Request-Id", Self.requestIDHeader)]
            if status == 429 {
                headers.append(("Retry-After", ["description": "Seconds to wait before trying again", "schema": ["type": "integer", "minimum": 0]]))
                headers += Self.rateLimitHeaders
            } else if reportsRateLimit {
                headers += Self.rateLimitHeaders
            }
            if status == 401 && !isPublic {
                headers.append(("WWW-Authenticate", ["description": "`Bearer`", "schema": ["type": "string"]]))
            }
            if status == 405 { headers.append(("Allow", ["schema": ["type": "string"]])) }
            if status == 409 && idempotent {
                headers.append(
                    (
                        "Retry-After",
                        [
                            "description": "With an Idempotency-Key still in use: seconds to wait before retrying",
                            "schema": ["type": "integer", "minimum": 0],
                        ]
                    ))
            }
            responses.append(
                (
                    String(status),
                    .object([
                        ("description", .string(OpenAPIOperations.errorDescription(status))),
                        ("headers", .object(headers)),
                        (
                            "content",
                            [
                                "application/json": .object([
                                    ("schema", ["$ref": "#/components/schemas/Error"]),
                                    ("example", OpenAPIExamples.error(status: status)),
                                ])
                            ]
                        ),
                    ])
                ))
        }
        var fields: [(String, JSON)] = [
            ("summary", .string(summary)), ("tags", .array([.string(tag)])),
            ("operationId", .string(operationID)),
        ]
        if deprecated { fields.append(("deprecated", true)) }
        if !parameters.isEmpty { fields.append(("parameters", .array(parameters))) }
        if let requestSchema {
            var media: [(String, JSON)] = [("schema", ["$ref": .string("#/components/schemas/\(requestSchema)")])]
            if let example = OpenAPIExamples.body(requestSchema) { media.append(("example", example)) }
            fields.append(("requestBody", .object([("required", true), ("content", .object([("application/json", .object(media))]))])))
        }
        fields.append(("responses", .object(responses)))
        if isPublic { fields.append(("security", .array([]))) }
        return .object(fields)
    }

    static let requestIDHeader: JSON = [
        "description": "The request's id, as in the error body and the log (`req_` and 32 hex digits)",
        "schema": ["type": "string", "pattern": "^req_"],
    ]

    /// What `ConditionalGET` adds to the answers of routes marked `.etag`.
    static let validatorHeaders: [(String, JSON)] = [
        (
            "ETag",
            [
                "description": "The answer's version: send it back in `If-None-Match` to get 304 while nothing changed",
                "schema": ["type": "string"],
            ]
        ),
        (
            "Cache-Control",
            [
                "description": "`private, no-cache`: a client may keep the answer but revalidates it before use",
                "schema": ["type": "string"],
            ]
        ),
    ]

    /// The IETF draft's pair, as `RateLimiter` writes them.
    static let rateLimitHeaders: [(String, JSON)] = [
        (
            "RateLimit-Policy",
            [
                "description":
                    "Every quota the request counted against, e.g. `30;w=60;comment=\"per session\", 120;w=60;comment=\"per user\"` for rates, `5;comment=\"active sessions per user\"` for a count",
                "schema": ["type": "string"],
            ]
        ),
        ("RateLimit", ["description": "The quota nearest its limit: `limit=N, remaining=N, reset=SECONDS`", "schema": ["type": "string"]]),
    ]
}

/// Every operation, in the order of the API reference.
enum OpenAPIOperations {
    static func limit(_ max: Int, _ def: Int) -> OpenAPIOperation.Parameter {
        OpenAPIOperation.Parameter(
            name: "limit", schema: ["type": "integer", "minimum": 1, "maximum": JSON(max), "default": JSON(def)],
            description: "Maximum number of items to return")
    }
    static let offset = OpenAPIOperation.Parameter(
        name: "offset", schema: ["type": "integer", "minimum": 0, "maximum": JSON(Int(Int32.max)), "default": 0],
        description: "Number of items to skip")

    /// From an upload's id (and its first file's name) to what can be done with it.
    static let uploadLinks: [(operationID: String, parameters: [(String, String)])] = [
        ("getUpload", [("upload_id", "$response.body#/upload_id")]),
        ("previewFile", [("upload_id", "$response.body#/upload_id"), ("filename", "$response.body#/files/0/filename")]),
        ("deleteUpload", [("upload_id", "$response.body#/upload_id")]),
    ]

    /// The routes every client should use; the contract's alias spellings follow them.
    static var documented: [OpenAPIOperation] { all.filter { !$0.isInternal } }

    static var all: [OpenAPIOperation] {
        var ops: [OpenAPIOperation] = [
            OpenAPIOperation(
                method: "GET", path: "/healthz", operationID: "getHealth", summary: "Health: 200 when the app and its database are usable",
                tag: "System",
                isPublic: true, responseSchema: "Health", errorStatuses: [503]),
            OpenAPIOperation(
                method: "GET", path: "/livez", operationID: "getLiveness",
                summary: "Liveness: 200 while the process answers (nothing else is checked)", tag: "System",
                isPublic: true, responseSchema: "Health", errorStatuses: []),
            OpenAPIOperation(
                method: "GET", path: "/readyz", operationID: "getReadiness",
                summary:
                    "Readiness: the catalog takes a write, the disk has room (PLEXE_READY_MIN_FREE_BYTES) and, with PLEXE_STORE=s3, the object store answers; reports workers and queue depth",
                tag: "System", isPublic: true, responseSchema: "Readiness", errorStatuses: [503]),
            OpenAPIOperation(
                method: "GET", path: "/metrics", operationID: "getMetrics",
                summary:
                    "Prometheus metrics (text format): requests, jobs, queue depth, mail backlog, ingest. nginx lets it through only from loopback and an allow-list",
                tag: "System", isPublic: true, responseSchema: nil, responseContentTypes: ["text/plain"], errorStatuses: []),
            OpenAPIOperation(
                method: "GET", path: "/openapi.json", operationID: "getOpenAPIDocument", summary: "This OpenAPI document", tag: "System",
                isPublic: true, errorStatuses: [], etag: true),
            OpenAPIOperation(
                method: "GET", path: "/data/uploads", operationID: "listUploads", summary: "List uploads", tag: "Uploads",
                query: [
                    limit(100, 20), offset,
                    .init(
                        name: "status", schema: ["type": "string", "enum": ["pending", "complete", "failed", "processing"]],
                        description: "Filter by status"),
                    .init(
                        name: "sort", schema: ["type": "string", "enum": ["created_at", "status"], "default": "created_at"],
                        description: "Field to sort by"),
                    .init(name: "order", schema: ["type": "string", "enum": ["asc", "desc"], "default": "desc"], description: "Sort direction"),
                ], responseSchema: "UploadList", errorStatuses: [422]),
            OpenAPIOperation(
                method: "POST", path: "/data/upload", operationID: "createUpload", summary: "Create an upload and get one presigned PUT URL per file",
                tag: "Uploads",
                requestSchema: "CreateUploadRequest", successStatus: 201, responseSchema: "CreateUploadResponse",
                errorStatuses: [400, 413, 422, 429],
                links: uploadLinks, idempotent: true),
            OpenAPIOperation(
                method: "POST", path: "/data/uploads", operationID: "createUploadAlias", summary: "Alias of POST /data/upload", tag: "Uploads",
                deprecated: true, requestSchema: "CreateUploadRequest", successStatus: 201, responseSchema: "CreateUploadResponse",
                errorStatuses: [400, 413, 422, 429],
                idempotent: true),
        ]
        // The reference prints these under /uploads/… except the preview, under /data/uploads/…;
        // the contract makes the other prefix work too.
        for (prefix, isAlias) in [("/uploads", false), ("/data/uploads", true)] {
            ops.append(
                OpenAPIOperation(
                    method: "GET", path: "\(prefix)/{upload_id}", operationID: isAlias ? "getUploadAlias" : "getUpload",
                    summary: isAlias ? "Alias of GET /uploads/{upload_id}" : "Upload details with column info", tag: "Uploads",
                    deprecated: isAlias, responseSchema: "UploadDetails", errorStatuses: [404], links: isAlias ? [] : uploadLinks, etag: true))
            ops.append(
                OpenAPIOperation(
                    method: "DELETE", path: "\(prefix)/{upload_id}", operationID: isAlias ? "deleteUploadAlias" : "deleteUpload",
                    summary: isAlias ? "Alias of DELETE /uploads/{upload_id}" : "Delete an upload, its files and derived data", tag: "Uploads",
                    deprecated: isAlias, responseSchema: "DeletedUpload", errorStatuses: [404, 409]))
            ops.append(
                OpenAPIOperation(
                    method: "POST", path: "\(prefix)/{upload_id}/status", operationID: isAlias ? "confirmUploadAlias" : "confirmUpload",
                    summary: isAlias ? "Alias of POST /uploads/{upload_id}/status" : "Confirm that every file was PUT; starts processing",
                    tag: "Uploads",
                    deprecated: isAlias, requestSchema: "ConfirmUploadRequest", successStatus: 202, responseSchema: "ConfirmUploadResponse",
                    errorStatuses: [400, 404, 409, 413, 422]))
        }
        for (prefix, isAlias) in [("/data/uploads", false), ("/uploads", true)] {
            ops.append(
                OpenAPIOperation(
                    method: "GET", path: "\(prefix)/{upload_id}/files/{filename}/preview", operationID: isAlias ? "previewFileAlias" : "previewFile",
                    summary: isAlias
                        ? "Alias of GET /data/uploads/{upload_id}/files/{filename}/preview"
                        : "Preview rows of a file (CSV: fields as written; JSON: typed objects)", tag: "Uploads",
                    deprecated: isAlias, query: [limit(100, 10), offset], responseSchema: "FilePreview", errorStatuses: [404, 409, 422]))
        }
        ops.append(
            OpenAPIOperation(
                method: "PUT", path: "/_auth/storage", operationID: "authorizeStoragePut",
                summary: "Internal: nginx auth_request check of a signed storage PUT (204 allow, 403 deny)", tag: "Internal", isPublic: true,
                isInternal: true, successStatus: 204, responseSchema: nil, responseDescription: "The PUT may proceed", responseContentTypes: [],
                errorStatuses: [403]))
        ops.append(
            OpenAPIOperation(
                method: "POST", path: "/models", operationID: "createModel",
                summary: "Bind a model to an upload (deleting the upload then answers 409)", tag: "Models",
                requestSchema: "CreateModelRequest", successStatus: 201, responseSchema: "Model", errorStatuses: [400, 404, 422],
                links: [("deleteModel", [("model_id", "$response.body#/model_id")])]))
        ops.append(
            OpenAPIOperation(
                method: "DELETE", path: "/models/{model_id}", operationID: "deleteModel", summary: "Unbind a model", tag: "Models",
                responseSchema: "DeletedModel", errorStatuses: [404]))
        ops += extensions
        return ops
    }

    /// Analysis, jobs, sessions, queries and exports.
    static var extensions: [OpenAPIOperation] {
        [
            OpenAPIOperation(
                method: "POST", path: "/data/analyze", operationID: "startAnalysis", summary: "Start an analysis job (basic or comprehensive)",
                tag: "Analysis",
                requestSchema: "AnalyzeRequest", successStatus: 202, responseSchema: "JobStarted", errorStatuses: [400, 404, 409, 422, 429],
                links: [("getAnalysis", [("job_id", "$response.body#/job_id")]), ("getJob", [("job_id", "$response.body#/job_id")])], idempotent: true
            ),
            OpenAPIOperation(
                method: "GET", path: "/data/analysis/{job_id}", operationID: "getAnalysis", summary: "Analysis results (status only until completed)",
                tag: "Analysis",
                responseSchema: "AnalysisResult", errorStatuses: [404]),
            OpenAPIOperation(
                method: "GET", path: "/data/visualizations/{viz_id}", operationID: "getVisualization",
                summary: "A chart as JSON, or as SVG with ?format=svg", tag: "Analysis",
                query: [.init(name: "format", schema: ["type": "string", "enum": ["json", "svg"], "default": "json"], description: "json or svg")],
                responseSchema: "Visualization", responseContentTypes: ["application/json", "image/svg+xml"], errorStatuses: [404, 422]),
            OpenAPIOperation(
                method: "GET", path: "/data/visualizations/{viz_id}/thumbnail", operationID: "getVisualizationThumbnail",
                summary: "A chart as a small PNG", tag: "Analysis",
                responseSchema: nil, responseContentTypes: ["image/png"], errorStatuses: [404]),
            OpenAPIOperation(
                method: "GET", path: "/jobs/{job_id}", operationID: "getJob", summary: "State of an analysis job or an export", tag: "Jobs",
                responseSchema: "Job", errorStatuses: [404], etag: true),
            OpenAPIOperation(
                method: "POST", path: "/data/sessions", operationID: "createSession",
                summary: "Open a query session on a complete upload (at most 5 active)", tag: "Query",
                requestSchema: "CreateSessionRequest", successStatus: 201, responseSchema: "Session", errorStatuses: [400, 404, 409, 422, 429],
                links: [
                    ("listSessionQueries", [("session_id", "$response.body#/session_id")]),
                    ("endSession", [("session_id", "$response.body#/session_id")]),
                ], idempotent: true),
            OpenAPIOperation(
                method: "DELETE", path: "/data/sessions/{session_id}", operationID: "endSession",
                summary: "End a session (its history stays readable)", tag: "Query",
                responseSchema: "EndedSession", errorStatuses: [404]),
            OpenAPIOperation(
                method: "GET", path: "/data/sessions/{session_id}/queries", operationID: "listSessionQueries",
                summary: "A session's query history, oldest first", tag: "Query",
                responseSchema: "QueryHistory", errorStatuses: [404]),
            OpenAPIOperation(
                method: "POST", path: "/data/query", operationID: "runQuery", summary: "Run a read-only SQL query or an English question",
                tag: "Query",
                requestSchema: "QueryRequest", responseSchema: "QueryResult", errorStatuses: [400, 404, 422, 429, 502], reportsRateLimit: true),
            OpenAPIOperation(
                method: "POST", path: "/data/export", operationID: "startExport", summary: "Start an export (csv, json or parquet)", tag: "Export",
                requestSchema: "ExportRequest", successStatus: 202, responseSchema: "ExportStarted", errorStatuses: [400, 404, 409, 413, 422, 429],
                links: [("getExport", [("export_id", "$response.body#/export_id")]), ("getJob", [("job_id", "$response.body#/export_id")])],
                idempotent: true),
            OpenAPIOperation(
                method: "GET", path: "/data/export/{export_id}", operationID: "getExport", summary: "Export status with signed download URLs",
                tag: "Export",
                responseSchema: "ExportStatus", errorStatuses: [404], etag: true),
            OpenAPIOperation(
                method: "GET", path: "/data/export/{export_id}/{filename}", operationID: "downloadExportFile",
                summary: "Download an exported file: a signed download_url needs no token; otherwise a bearer token", tag: "Export",
                isPublic: true, responseSchema: nil,
                responseContent: [
                    (
                        "text/csv",
                        [
                            "schema": ["type": "string"],
                            "example": "customer_id,name,age,lifetime_value,churn,signup_date,country\nC1,Ann,34,100.5,false,2023-01-15,US\n",
                        ]
                    ),
                    (
                        "application/json",
                        [
                            "schema": ["type": "array", "items": ["type": "object"]],
                            "example": [
                                [
                                    "customer_id": "C1", "name": "Ann", "age": 34, "lifetime_value": 100.5, "churn": false,
                                    "signup_date": "2023-01-15", "country": "US",
                                ]
                            ],
                        ]
                    ),
                    ("application/vnd.apache.parquet", ["schema": ["type": "string", "format": "binary"]]),
                ], errorStatuses: [401, 403, 404, 409, 503],
                redirectDescription:
                    "With PLEXE_STORE=s3 the object store serves the file: a bearer-token request is redirected to a presigned GET of the store, valid 5 minutes"
            ),
        ]
    }

    /// The stable codes of the error body, by the status they go with.
    static let errorCodes: [(status: Int, code: String)] = [
        (400, "invalid_request"), (401, "unauthorized"), (403, "insufficient_permissions"), (404, "not_found"),
        (405, "method_not_allowed"), (409, "resource_conflict"), (413, "payload_too_large"), (422, "validation_failed"),
        (429, "rate_limited"), (500, "server_error"), (502, "upstream_error"), (503, "service_unavailable"),
    ]

    static func errorCode(_ status: Int) -> String {
        errorCodes.first { $0.status == status }?.code ?? "server_error"
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
        case 429:
            return
                "rate_limited: a rate limit or a per-user quota on a count was reached (or, from nginx, too many requests from one address); retry after Retry-After seconds"
        case 502:
            return
                "upstream_error: the language model (PLEXE_NL_ENGINE=model) could not answer: unreachable, an HTTP error, a timeout, an answer that is not a chat completion, or no SQL in it"
        case 503: return "service_unavailable"
        default: return "server_error"
        }
    }
}
