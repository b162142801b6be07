import PlexeFoundation

/// Component schemas of the OpenAPI document: the request and response bodies, field for
/// field as the API reference and the contract give them.
enum OpenAPISchemas {
    static func components() -> JSON {
        .object([
            (
                "securitySchemes",
                .object([
                    ("bearerAuth", ["type": "http", "scheme": "bearer"]),
                    ("apiKey", ["type": "apiKey", "in": "header", "name": "x-api-key"]),
                ])
            ),
            (
                "schemas",
                .object(schemas.map { name, schema in (name, name.hasSuffix("Request") ? acceptingNullForOptionals(refusingNUL(schema)) : schema) })
            ),
        ])
    }

    /// A request body's schema with every optional field allowed to be null: the server reads
    /// an explicit null as the field left out (`JSONObjectReader`), and the document says so.
    /// Objects in arrays (an upload's `files`) get the same.
    static func acceptingNullForOptionals(_ schema: JSON) -> JSON {
        guard var fields = schema.objectValue else { return schema }
        let required = Set((schema["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        if let i = fields.firstIndex(where: { $0.0 == "properties" }), let properties = fields[i].1.objectValue {
            fields[i].1 = .object(
                properties.map { name, property in
                    var property = property
                    if var inner = property.objectValue, let j = inner.firstIndex(where: { $0.0 == "items" }) {
                        inner[j].1 = acceptingNullForOptionals(inner[j].1)
                        property = .object(inner)
                    }
                    return (name, required.contains(name) ? property : orNull(property))
                })
        }
        return .object(fields)
    }

    /// A request's strings as the server reads them: no U+0000 anywhere (`JSONObjectReader`
    /// refuses it with 422, naming the field — PostgreSQL text cannot hold it), and a
    /// "something besides white space" pattern kept with that rule. Said in the schema so that
    /// a client, or a fuzzer, knows it before it asks (schemathesis found a NUL `model_name`
    /// the document allowed and the server refused).
    static func refusingNUL(_ schema: JSON) -> JSON {
        switch schema {
        case .object(var fields):
            let isText = fields.contains { $0.0 == "type" && $0.1.stringValue == "string" } && !fields.contains { $0.0 == "enum" }
            if isText, let p = fields.firstIndex(where: { $0.0 == "pattern" }) {
                if fields[p].1.stringValue == "\\S" { fields[p].1 = .string("^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$") }
            } else if isText {
                fields.append(("pattern", .string("^[^\\u0000]*$")))
            }
            return .object(fields.map { ($0.0, refusingNUL($0.1)) })
        case .array(let values): return .array(values.map(refusingNUL))
        default: return schema
        }
    }

    /// `anyOf` the schema and null, its description kept outside (where generators read it).
    static func orNull(_ schema: JSON) -> JSON {
        let fields = schema.objectValue ?? []
        var result: [(String, JSON)] = [("anyOf", .array([.object(fields.filter { $0.0 != "description" && $0.0 != "default" }), ["type": "null"]]))]
        result += fields.filter { $0.0 == "description" || $0.0 == "default" }
        return .object(result)
    }

    // Small builders keep the table below readable.
    static func object(_ properties: [(String, JSON)], required: [String] = []) -> JSON {
        var fields: [(String, JSON)] = [("type", "object"), ("properties", .object(properties))]
        if !required.isEmpty { fields.append(("required", .array(required.map(JSON.string)))) }
        return .object(fields)
    }
    static func array(_ items: JSON) -> JSON { ["type": "array", "items": items] }
    static func ref(_ name: String) -> JSON { ["$ref": .string("#/components/schemas/\(name)")] }
    static func nullable(_ type: String, _ extra: [(String, JSON)] = []) -> JSON { .object([("type", [.string(type), "null"])] + extra) }
    static let string: JSON = ["type": "string"]
    static let time: JSON = ["type": "string", "format": "date-time"]
    static let nullableTime: JSON = ["type": ["string", "null"], "format": "date-time"]
    /// A named enum or null: `anyOf` of the component and null, rather than a type list with
    /// null in the enum, which client generators turn into several copies of the enum.
    static func nullableRef(_ name: String, _ description: String) -> JSON {
        .object([("anyOf", .array([ref(name), ["type": "null"]])), ("description", .string(description))])
    }
    static let jobErrorCode = nullableRef("JobErrorCode", "a failed job's stable code; `error` is its plain message")
    static let integer: JSON = ["type": "integer"]
    static let number: JSON = ["type": "number"]
    static let boolean: JSON = ["type": "boolean"]
    static let anyValue: JSON = .object([])
    /// A string with something besides white space in it (the server trims before it checks).
    static let notBlank: JSON = ["type": "string", "pattern": "\\S"]

    static var schemas: [(String, JSON)] {
        [
            ("Object", ["type": "object"]),
            (
                "Error",
                object(
                    [
                        (
                            "error",
                            object(
                                [
                                    ("code", ["type": "string", "enum": .array(OpenAPIOperations.errorCodes.map { .string($0.code) })]),
                                    ("message", string),
                                    ("param", ["type": "string", "description": "the input field at fault, when one is"]),
                                    ("request_id", ["type": "string", "pattern": "^req_"]),
                                ],
                                required: ["code", "message", "request_id"])
                        )
                    ], required: ["error"])
            ),
            ("JobErrorCode", ["type": "string", "enum": ["upload_deleted", "invalid_value", "node_lost", "internal_error"]]),
            ("QueryEngine", ["type": "string", "enum": ["embedded", "model"]]),
            ("ExportFormat", ["type": "string", "enum": ["csv", "json", "parquet"]]),
            // Named, so that generated clients get one enum type each, not one per field.
            ("AnalysisType", ["type": "string", "enum": ["basic", "comprehensive"]]),
            ("ResultType", ["type": "string", "enum": ["table", "visualization"]]),
            ("FileEncoding", ["type": "string", "enum": .array(UploadsAPI.declarableEncodings.map(JSON.string))]),
            ("Health", object([("status", ["type": "string", "enum": ["ok"]]), ("version", string)], required: ["status", "version"])),
            (
                "Readiness",
                object(
                    [
                        ("status", ["type": "string", "enum": ["ready"]]), ("version", string),
                        (
                            "checks",
                            object(
                                [
                                    ("catalog_writable", boolean), ("disk_free_bytes", integer), ("workers", integer), ("jobs_running", integer),
                                    ("queue_depth", integer),
                                    (
                                        "object_store_reachable",
                                        [
                                            "type": "boolean",
                                            "description":
                                                "with PLEXE_STORE=s3 only: the bucket answered a HEAD within 2 s (checked at most every 5 s)",
                                        ]
                                    ),
                                ],
                                required: ["catalog_writable", "disk_free_bytes", "workers", "jobs_running", "queue_depth"])
                        ),
                    ],
                    required: ["status", "version", "checks"])
            ),
            (
                "ColumnInfo",
                object(
                    [
                        ("name", string), ("type", ["type": "string", "enum": ["string", "integer", "float", "boolean", "date", "datetime"]]),
                        ("nullable", boolean), ("unique", boolean),
                    ], required: ["name", "type", "nullable", "unique"])
            ),
            (
                "UploadFileSummary",
                object(
                    [("filename", string), ("size_bytes", nullable("integer")), ("rows", nullable("integer")), ("columns", nullable("integer"))],
                    required: ["filename", "size_bytes", "rows", "columns"])
            ),
            (
                "UploadSummary",
                object(
                    [
                        ("upload_id", string), ("name", nullable("string")), ("description", nullable("string")), ("created_at", time),
                        ("status", ["type": "string", "enum": ["pending", "processing", "complete", "failed"]]),
                        ("files", array(ref("UploadFileSummary"))), ("created_by", string),
                    ],
                    required: ["upload_id", "name", "description", "created_at", "status", "files", "created_by"])
            ),
            (
                "UploadList",
                object(
                    [
                        ("uploads", array(ref("UploadSummary"))),
                        (
                            "pagination",
                            object(
                                [("total", integer), ("limit", integer), ("offset", integer), ("has_more", boolean)],
                                required: ["total", "limit", "offset", "has_more"])
                        ),
                    ],
                    required: ["uploads", "pagination"])
            ),
            (
                "CreateUploadRequest",
                object(
                    [
                        ("name", string), ("description", string),
                        (
                            "files",
                            [
                                "type": "array", "minItems": 1, "maxItems": 50,
                                "items": object(
                                    [
                                        ("filename", ["type": "string", "minLength": 1, "maxLength": 255]),
                                        (
                                            "content_type",
                                            .object([
                                                ("type", "string"), ("enum", .array(UploadService.acceptedContentTypes.sorted().map(JSON.string))),
                                                (
                                                    "description",
                                                    "the format is decided by the content, not by this; the server also takes these in any case and with parameters (`text/csv; charset=utf-8`)"
                                                ),
                                            ])
                                        ),
                                        ("size_bytes", ["type": "integer", "minimum": 0]),
                                        // Overrides of what ingest would detect (README, "Real-world files").
                                        ("encoding", ref("FileEncoding")),
                                        ("delimiter", ["type": "string", "minLength": 1, "maxLength": 1]),
                                        ("quote", ["type": "string", "minLength": 1, "maxLength": 1]),
                                        ("escape", ["type": "string", "minLength": 1, "maxLength": 1]),
                                        ("header", ["type": "boolean", "description": "whether the first row (after skip_rows) names the columns"]),
                                        (
                                            "skip_rows",
                                            ["type": "integer", "minimum": 0, "maximum": 1000, "description": "lines above the header to skip"]
                                        ),
                                        (
                                            "strict",
                                            [
                                                "type": "boolean", "default": false,
                                                "description": "fail at the first row that does not fit instead of repairing it",
                                            ]
                                        ),
                                    ], required: ["filename", "content_type"]),
                            ]
                        ),
                    ], required: ["files"])
            ),
            (
                "CreateUploadResponse",
                object(
                    [
                        ("upload_id", string), ("name", nullable("string")), ("description", nullable("string")),
                        ("status", ["type": "string", "enum": ["pending"]]),
                        ("created_at", time), ("expires_at", time),
                        (
                            "files",
                            array(
                                object(
                                    [
                                        (
                                            "filename", string
                                        ),
                                        (
                                            "presigned_url",
                                            [
                                                "type": "string", "format": "uri",
                                                "description":
                                                    "PUT the file's bytes here, with no token. With PLEXE_STORE=local: this server's /storage/ URL; with PLEXE_STORE=s3: an AWS SigV4 presigned PUT of the object store, with content-length signed when size_bytes was declared (the store refuses any other length)",
                                            ]
                                        ),
                                        ("s3_key", string), ("content_type", string),
                                    ],
                                    required: ["filename", "presigned_url", "s3_key", "content_type"]))
                        ),
                    ],
                    required: ["upload_id", "name", "description", "status", "created_at", "expires_at", "files"])
            ),
            (
                "UploadFileDetails",
                object(
                    [
                        ("filename", string), ("size_bytes", nullable("integer")), ("rows", nullable("integer")), ("columns", nullable("integer")),
                        ("column_info", array(ref("ColumnInfo"))), ("preview_url", string), ("s3_key", string), ("content_type", string),
                        ("created_at", time), ("table_name", string),
                        ("encoding", ["type": "string", "description": "the text encoding the file was read in"]),
                        ("dialect", ["type": "object", "description": "what was detected of a CSV file's structure"]),
                        (
                            "warnings",
                            array(
                                object(
                                    [("kind", string), ("count", integer), ("first_lines", array(integer)), ("message", string)],
                                    required: ["kind", "count", "first_lines", "message"]))
                        ),
                        (
                            "format",
                            [
                                "type": "string", "enum": ["csv", "json", "ndjson", "parquet", "xlsx"],
                                "description": "the format the file was read as; an .xlsx file's table is its first sheet",
                            ]
                        ),
                        ("error", object([("line", nullable("integer")), ("message", string)], required: ["line", "message"])),
                    ],
                    required: ["filename", "size_bytes", "rows", "columns", "column_info", "preview_url", "s3_key", "content_type", "created_at"])
            ),
            (
                "UploadDetails",
                object(
                    [
                        ("upload_id", string), ("name", nullable("string")), ("description", nullable("string")), ("created_at", time),
                        ("status", ["type": "string", "enum": ["pending", "processing", "complete", "failed"]]),
                        ("files", array(ref("UploadFileDetails"))), ("created_by", string),
                        (
                            "models_using_this",
                            array(
                                object(
                                    [("model_id", string), ("model_name", string), ("version", string)],
                                    required: ["model_id", "model_name", "version"]))
                        ),
                        (
                            "expires_at",
                            .object([("type", "string"), ("format", "date-time"), ("description", "while pending: when its presigned URLs expire")])
                        ),
                    ],
                    required: ["upload_id", "name", "description", "created_at", "status", "files", "created_by", "models_using_this"])
            ),
            (
                "DeletedUpload",
                object(
                    [("upload_id", string), ("status", ["type": "string", "enum": ["deleted"]]), ("deleted_at", time)],
                    required: ["upload_id", "status", "deleted_at"])
            ),
            (
                "ConfirmUploadRequest",
                object(
                    [
                        ("status", ["type": "string", "enum": ["complete"]]),
                        ("files", array(object([("filename", string), ("s3_key", string)], required: ["filename", "s3_key"]))),
                    ],
                    required: ["status", "files"])
            ),
            (
                "ConfirmUploadResponse",
                object(
                    [
                        ("upload_id", string), ("status", ["type": "string", "enum": ["processing"]]), ("message", string),
                        ("estimated_completion", time),
                    ],
                    required: ["upload_id", "status", "message", "estimated_completion"])
            ),
            (
                "FilePreview",
                object(
                    [
                        ("filename", string), ("total_rows", integer), ("returned_rows", integer), ("columns", array(string)),
                        ("data", ["type": "array", "items": ["oneOf": [array(string), ["type": "object"]]]]),
                        (
                            "truncated",
                            [
                                "type": "boolean",
                                "description": "true when the page ended before `limit` rows because they would pass PLEXE_MAX_PREVIEW_BYTES",
                            ]
                        ),
                    ],
                    required: ["filename", "total_rows", "returned_rows", "columns", "data"])
            ),
            ("CreateModelRequest", object([("model_name", notBlank), ("upload_id", string)], required: ["model_name", "upload_id"])),
            (
                "Model",
                object(
                    [("model_id", string), ("model_name", string), ("version", string), ("upload_id", string)],
                    required: ["model_id", "model_name", "version", "upload_id"])
            ),
            (
                "DeletedModel",
                object(
                    [("model_id", string), ("status", ["type": "string", "enum": ["deleted"]]), ("deleted_at", time)],
                    required: ["model_id", "status", "deleted_at"])
            ),
            (
                "AnalyzeRequest",
                object(
                    [
                        ("upload_id", string), ("files", array(string)),
                        ("analysis_type", .object([("$ref", "#/components/schemas/AnalysisType"), ("default", "basic")])),
                    ], required: ["upload_id"])
            ),
            (
                "JobStarted",
                object(
                    [("job_id", string), ("status", ["type": "string", "enum": ["pending"]]), ("estimated_completion", nullableTime)],
                    required: ["job_id", "status", "estimated_completion"])
            ),
            // Fields by status: completed adds completed_at, files and recommendations; failed
            // completed_at, error and error_code; pending and running progress and estimated_completion.
            (
                "AnalysisResult",
                object(
                    [
                        ("job_id", string), ("upload_id", nullable("string")),
                        ("status", ["type": "string", "enum": ["pending", "running", "completed", "failed"]]),
                        ("analysis_type", ["type": "string", "enum": ["basic", "comprehensive"]]),
                        ("created_at", time), ("completed_at", nullableTime), ("progress", ["type": "number", "minimum": 0, "maximum": 1]),
                        ("estimated_completion", nullableTime), ("error", nullable("string")), ("error_code", jobErrorCode),
                        ("files", array(["type": "object"])),
                        (
                            "recommendations",
                            array(
                                object([("type", string), ("message", string), ("importance", string)], required: ["type", "message", "importance"]))
                        ),
                    ],
                    required: ["job_id", "upload_id", "status", "analysis_type", "created_at"])
            ),
            // A scatter chart's data are {x, y} points; other charts give one number (or null) per label.
            (
                "ChartData",
                object(
                    [
                        ("labels", array(string)),
                        (
                            "datasets",
                            array(
                                object(
                                    [
                                        ("label", string),
                                        (
                                            "data",
                                            array(["oneOf": [nullable("number"), object([("x", number), ("y", number)], required: ["x", "y"])]])
                                        ),
                                    ], required: ["label", "data"]))
                        ),
                    ], required: ["labels", "datasets"])
            ),
            (
                "Visualization",
                object(
                    [
                        (
                            "visualization_type",
                            [
                                "type": "string", "enum": ["bar_chart", "histogram", "line_chart", "scatter"],
                                "description":
                                    "scatter: the first column named is x (\"plot A against B\"), unless axis words place them (\"with B on the x axis\", \"A on the vertical axis\", \"B horizontally\")",
                            ]
                        ), ("title", string),
                        ("data", ref("ChartData")),
                    ],
                    required: ["visualization_type", "title", "data"])
            ),
            (
                "Job",
                object(
                    [
                        ("job_id", string), ("type", ["type": "string", "enum": ["analysis", "export"]]),
                        ("status", ["type": "string", "enum": ["pending", "running", "completed", "failed"]]),
                        ("progress", ["type": "number", "minimum": 0, "maximum": 1]), ("created_at", time), ("completed_at", nullableTime),
                        ("estimated_completion", nullableTime), ("error", nullable("string")), ("error_code", jobErrorCode),
                    ],
                    required: ["job_id", "type", "status", "progress", "created_at", "completed_at", "estimated_completion", "error", "error_code"])
            ),
            (
                "CreateSessionRequest",
                object(
                    [
                        ("upload_id", string), ("name", string),
                        ("expiration_hours", ["type": "integer", "minimum": 1, "maximum": 168, "default": 24]),
                    ], required: ["upload_id"])
            ),
            (
                "Session",
                object(
                    [
                        ("session_id", string), ("name", nullable("string")), ("upload_id", string),
                        ("status", ["type": "string", "enum": ["ready"]]), ("created_at", time),
                        ("expires_at", time), ("files", array(string)),
                        (
                            "tables",
                            array(
                                object(
                                    [
                                        ("filename", string), ("table", string),
                                        ("columns", array(object([("name", string), ("type", string)], required: ["name", "type"]))),
                                    ],
                                    required: ["filename", "table", "columns"]))
                        ),
                    ],
                    required: ["session_id", "name", "upload_id", "status", "created_at", "expires_at", "files", "tables"])
            ),
            (
                "EndedSession",
                object(
                    [("session_id", string), ("status", ["type": "string", "enum": ["ended"]]), ("ended_at", time)],
                    required: ["session_id", "status", "ended_at"])
            ),
            (
                "QueryHistory",
                object(
                    [
                        (
                            "queries",
                            array(
                                object(
                                    [
                                        ("query_id", string), ("query_type", string), ("query", string),
                                        ("generated_sql", nullable("string")),
                                        (
                                            "engine",
                                            nullableRef("QueryEngine", "for a natural-language query, the engine whose answer stands; null for SQL")
                                        ),
                                        ("status", ["type": "string", "enum": ["completed", "failed"]]), ("executed_at", time),
                                        ("execution_time_ms", integer),
                                    ],
                                    required: [
                                        "query_id", "query_type", "query", "generated_sql", "engine", "status", "executed_at", "execution_time_ms",
                                    ]))
                        )
                    ],
                    required: ["queries"])
            ),
            (
                "QueryRequest",
                object(
                    [
                        ("session_id", string), ("query_type", ["type": "string", "enum": ["sql", "natural_language"]]),
                        (
                            "query",
                            [
                                "type": "string", "pattern": "\\S",
                                "description":
                                    "the SQL, or the English question; a question has at most 1000 characters without its outer spaces (longer: 422 validation_failed, param query)",
                            ]
                        ),
                        ("max_results", ["type": "integer", "minimum": 1, "maximum": 10000, "default": 100]),
                        (
                            "result_type",
                            .object([
                                ("$ref", "#/components/schemas/ResultType"),
                                (
                                    "description",
                                    "force a table or a chart; by default an English question that asks to plot, chart or draw gets a chart"
                                ),
                            ])
                        ),
                    ],
                    required: ["query_type", "query"])
            ),
            (
                "QueryResult",
                object(
                    [
                        ("query_id", string), ("result_type", ["type": "string", "enum": ["table", "visualization"]]),
                        ("columns", array(string)), ("rows", array(array(anyValue))), ("row_count", integer), ("truncated", boolean),
                        ("visualization_type", string), ("title", string), ("data", ref("ChartData")),
                        ("execution_time_ms", integer), ("generated_sql", string),
                        (
                            "engine",
                            [
                                "type": "string", "enum": ["embedded", "model"],
                                "description": "natural-language queries only: the engine that wrote generated_sql (PLEXE_NL_ENGINE)",
                            ]
                        ),
                    ],
                    // A table answer adds columns, rows, row_count and truncated; a
                    // visualization visualization_type, title and data.
                    required: ["query_id", "result_type", "execution_time_ms", "generated_sql"])
            ),
            (
                "ExportRequest",
                object(
                    [
                        ("upload_id", string), ("files", array(string)),
                        (
                            "format",
                            .object([
                                ("$ref", "#/components/schemas/ExportFormat"),
                                ("description", "default: the file's original format (CSV for an .xlsx file, JSON for NDJSON)"),
                            ])
                        ),
                        ("include_headers", boolean), ("email_notification", boolean),
                    ], required: ["upload_id"])
            ),
            (
                "ExportStarted",
                object(
                    [
                        ("export_id", string), ("status", ["type": "string", "enum": ["processing"]]), ("created_at", time),
                        ("estimated_completion", nullableTime),
                    ],
                    required: ["export_id", "status", "created_at", "estimated_completion"])
            ),
            // Fields by status, as for AnalysisResult.
            (
                "ExportStatus",
                object(
                    [
                        ("export_id", string), ("status", ["type": "string", "enum": ["processing", "completed", "failed"]]),
                        ("format", nullableRef("ExportFormat", "null: each file in its original format")),
                        ("created_at", time), ("completed_at", nullableTime), ("error", nullable("string")), ("error_code", jobErrorCode),
                        ("progress", ["type": "number", "minimum": 0, "maximum": 1]), ("estimated_completion", nullableTime),
                        (
                            "files",
                            array(
                                object(
                                    [
                                        ("filename", string), ("size_bytes", integer),
                                        (
                                            "download_url",
                                            [
                                                "type": "string", "format": "uri",
                                                "description":
                                                    "GET the file here, with no token. With PLEXE_STORE=local: this server's signed /data/export/ URL; with PLEXE_STORE=s3: an AWS SigV4 presigned GET of the object store (at most 7 days per URL)",
                                            ]
                                        ),
                                        ("expires_at", time),
                                    ],
                                    required: ["filename", "size_bytes", "download_url", "expires_at"]))
                        ),
                    ],
                    required: ["export_id", "status", "format", "created_at", "completed_at"])
            ),
        ]
    }
}
