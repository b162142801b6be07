import PlexeFoundation

/// Component schemas of the OpenAPI document: the request and response bodies, field for
/// field as the API reference and the contract give them.
enum OpenAPISchemas {
    static func components() -> JSON {
        .object([
            ("securitySchemes", .object([
                ("bearerAuth", ["type": "http", "scheme": "bearer"]),
                ("apiKey", ["type": "apiKey", "in": "header", "name": "x-api-key"]),
            ])),
            ("schemas", .object(schemas)),
        ])
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
    static let integer: JSON = ["type": "integer"]
    static let number: JSON = ["type": "number"]
    static let boolean: JSON = ["type": "boolean"]
    static let anyValue: JSON = .object([])

    static var schemas: [(String, JSON)] {
        [
            ("Object", ["type": "object"]),
            ("Error", object([("error", object([("code", string), ("message", string), ("param", string), ("request_id", string)],
                                               required: ["code", "message", "request_id"]))], required: ["error"])),
            ("Health", object([("status", string), ("version", string)])),
            ("Readiness", object([("status", string), ("version", string), ("checks", object([
                ("catalog_writable", boolean), ("disk_free_bytes", integer), ("workers", integer), ("jobs_running", integer), ("queue_depth", integer)]))])),
            ("ColumnInfo", object([("name", string), ("type", ["type": "string", "enum": ["string", "integer", "float", "boolean", "date", "datetime"]]),
                                   ("nullable", boolean), ("unique", boolean)])),
            ("UploadFileSummary", object([("filename", string), ("size_bytes", nullable("integer")), ("rows", nullable("integer")), ("columns", nullable("integer"))])),
            ("UploadSummary", object([("upload_id", string), ("name", nullable("string")), ("description", nullable("string")), ("created_at", time),
                                      ("status", ["type": "string", "enum": ["pending", "processing", "complete", "failed"]]),
                                      ("files", array(ref("UploadFileSummary"))), ("created_by", string)])),
            ("UploadList", object([("uploads", array(ref("UploadSummary"))),
                                   ("pagination", object([("total", integer), ("limit", integer), ("offset", integer), ("has_more", boolean)]))])),
            ("CreateUploadRequest", object([("name", string), ("description", string),
                                            ("files", ["type": "array", "minItems": 1, "maxItems": 50, "items": object([
                                                ("filename", ["type": "string", "minLength": 1, "maxLength": 255]),
                                                ("content_type", ["type": "string", "description": "text/csv, text/tab-separated-values, text/plain, application/json, application/x-ndjson, application/vnd.apache.parquet, application/x-parquet, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream; the format is decided by the content"]),
                                                ("size_bytes", ["type": "integer", "minimum": 0]),
                                                // Overrides of what ingest would detect (README, "Real-world files").
                                                ("encoding", ["type": "string", "enum": .array(UploadsAPI.declarableEncodings.map(JSON.string))]),
                                                ("delimiter", ["type": "string", "minLength": 1, "maxLength": 1]),
                                                ("quote", ["type": "string", "minLength": 1, "maxLength": 1]),
                                                ("escape", ["type": "string", "minLength": 1, "maxLength": 1]),
                                                ("header", ["type": "boolean", "description": "whether the first row (after skip_rows) names the columns"]),
                                                ("skip_rows", ["type": "integer", "minimum": 0, "maximum": 1000, "description": "lines above the header to skip"]),
                                                ("strict", ["type": "boolean", "default": false, "description": "fail at the first row that does not fit instead of repairing it"]),
                                            ], required: ["filename", "content_type"])])], required: ["files"])),
            ("CreateUploadResponse", object([("upload_id", string), ("name", nullable("string")), ("description", nullable("string")), ("status", string),
                                             ("created_at", time), ("expires_at", time),
                                             ("files", array(object([("filename", string), ("presigned_url", ["type": "string", "format": "uri"]),
                                                                     ("s3_key", string), ("content_type", string)])))])),
            ("UploadFileDetails", object([("filename", string), ("size_bytes", nullable("integer")), ("rows", nullable("integer")), ("columns", nullable("integer")),
                                          ("column_info", array(ref("ColumnInfo"))), ("preview_url", string), ("s3_key", string), ("content_type", string),
                                          ("created_at", time), ("table_name", string),
                                          ("encoding", ["type": "string", "description": "the text encoding the file was read in"]),
                                          ("dialect", ["type": "object", "description": "what was detected of a CSV file's structure"]),
                                          ("warnings", array(object([("kind", string), ("count", integer), ("first_lines", array(integer)), ("message", string)]))),
                                          ("format", ["type": "string", "enum": ["csv", "json", "ndjson", "parquet", "xlsx"], "description": "the format the file was read as; an .xlsx file's table is its first sheet"]),
                                          ("error", object([("line", nullable("integer")), ("message", string)]))])),
            ("UploadDetails", object([("upload_id", string), ("name", nullable("string")), ("description", nullable("string")), ("created_at", time),
                                      ("status", string), ("files", array(ref("UploadFileDetails"))), ("created_by", string),
                                      ("models_using_this", array(object([("model_id", string), ("model_name", string), ("version", string)])))])),
            ("DeletedUpload", object([("upload_id", string), ("status", string), ("deleted_at", time)])),
            ("ConfirmUploadRequest", object([("status", ["type": "string", "enum": ["complete"]]),
                                             ("files", array(object([("filename", string), ("s3_key", string)], required: ["filename", "s3_key"])))],
                                            required: ["status", "files"])),
            ("ConfirmUploadResponse", object([("upload_id", string), ("status", string), ("message", string), ("estimated_completion", time)])),
            ("FilePreview", object([("filename", string), ("total_rows", integer), ("returned_rows", integer), ("columns", array(string)),
                                    ("data", ["type": "array", "items": ["oneOf": [array(string), ["type": "object"]]]]),
                                    ("truncated", ["type": "boolean", "description": "true when the page ended before `limit` rows because they would pass PLEXE_MAX_PREVIEW_BYTES"])])),
            ("CreateModelRequest", object([("model_name", string), ("upload_id", string)], required: ["model_name", "upload_id"])),
            ("Model", object([("model_id", string), ("model_name", string), ("version", string), ("upload_id", string)])),
            ("DeletedModel", object([("model_id", string), ("status", string), ("deleted_at", time)])),
            ("AnalyzeRequest", object([("upload_id", string), ("files", array(string)),
                                       ("analysis_type", ["type": "string", "enum": ["basic", "comprehensive"], "default": "basic"])], required: ["upload_id"])),
            ("JobStarted", object([("job_id", string), ("status", string), ("estimated_completion", time)])),
            ("AnalysisResult", object([("job_id", string), ("upload_id", nullable("string")), ("status", string), ("analysis_type", string),
                                       ("created_at", time), ("completed_at", nullable("string")), ("progress", number), ("error", nullable("string")),
                                       ("error_code", ["type": ["string", "null"], "enum": [.string("upload_deleted"), .string("invalid_value"), .string("internal_error"), .null], "description": "a failed job's stable code; `error` is its plain message"]),
                                       ("files", array(["type": "object"])), ("recommendations", array(object([("type", string), ("message", string), ("importance", string)])))])),
            // A scatter chart's data are {x, y} points; other charts give one number (or null) per label.
            ("ChartData", object([("labels", array(string)), ("datasets", array(object([
                ("label", string), ("data", array(["oneOf": [nullable("number"), object([("x", number), ("y", number)], required: ["x", "y"])]])),
            ])))])),
            ("Visualization", object([("visualization_type", ["type": "string", "enum": ["bar_chart", "histogram", "line_chart", "scatter"]]), ("title", string), ("data", ref("ChartData"))])),
            ("Job", object([("job_id", string), ("type", ["type": "string", "enum": ["analysis", "export"]]),
                            ("status", ["type": "string", "enum": ["pending", "running", "completed", "failed"]]),
                            ("progress", ["type": "number", "minimum": 0, "maximum": 1]), ("created_at", time), ("completed_at", nullable("string")),
                            ("estimated_completion", nullable("string")), ("error", nullable("string")),
                            ("error_code", ["type": ["string", "null"], "enum": [.string("upload_deleted"), .string("invalid_value"), .string("internal_error"), .null], "description": "a failed job's stable code; `error` is its plain message"])])),
            ("CreateSessionRequest", object([("upload_id", string), ("name", string),
                                             ("expiration_hours", ["type": "integer", "minimum": 1, "maximum": 168, "default": 24])], required: ["upload_id"])),
            ("Session", object([("session_id", string), ("name", nullable("string")), ("upload_id", string), ("status", string), ("created_at", time),
                                ("expires_at", time), ("files", array(string)),
                                ("tables", array(object([("filename", string), ("table", string), ("columns", array(object([("name", string), ("type", string)])))])))])),
            ("EndedSession", object([("session_id", string), ("status", string), ("ended_at", time)])),
            ("QueryHistory", object([("queries", array(object([("query_id", string), ("query_type", string), ("query", string),
                                                               ("generated_sql", nullable("string")),
                                                               ("engine", ["type": ["string", "null"], "enum": [.string("embedded"), .string("model"), .null],
                                                                           "description": "for a natural-language query, the engine whose answer stands; null for SQL"]),
                                                               ("status", string), ("executed_at", time),
                                                               ("execution_time_ms", integer)])))])),
            ("QueryRequest", object([("session_id", string), ("query_type", ["type": "string", "enum": ["sql", "natural_language"]]),
                                     ("query", ["type": "string", "minLength": 1]),
                                     ("max_results", ["type": "integer", "minimum": 1, "maximum": 10000, "default": 100]),
                                     ("result_type", ["type": "string", "enum": ["table", "visualization"]])], required: ["query_type", "query"])),
            ("QueryResult", object([("query_id", string), ("result_type", ["type": "string", "enum": ["table", "visualization"]]),
                                    ("columns", array(string)), ("rows", array(array(anyValue))), ("row_count", integer), ("truncated", boolean),
                                    ("visualization_type", string), ("title", string), ("data", ref("ChartData")),
                                    ("execution_time_ms", integer), ("generated_sql", string),
                                    ("engine", ["type": "string", "enum": ["embedded", "model"],
                                                "description": "natural-language queries only: the engine that wrote generated_sql (PLEXE_NL_ENGINE)"])])),
            ("ExportRequest", object([("upload_id", string), ("files", array(string)), ("format", ["type": "string", "enum": ["csv", "json", "parquet"], "description": "default: the file's original format (CSV for an .xlsx file, JSON for NDJSON)"]),
                                      ("include_headers", boolean), ("email_notification", boolean)], required: ["upload_id"])),
            ("ExportStarted", object([("export_id", string), ("status", string), ("created_at", time), ("estimated_completion", time)])),
            ("ExportStatus", object([("export_id", string), ("status", ["type": "string", "enum": ["processing", "completed", "failed"]]),
                                     ("format", nullable("string")), ("created_at", time), ("completed_at", nullable("string")), ("error", nullable("string")),
                                     ("error_code", ["type": ["string", "null"], "enum": [.string("upload_deleted"), .string("invalid_value"), .string("internal_error"), .null], "description": "a failed job's stable code; `error` is its plain message"]),
                                     ("progress", number), ("estimated_completion", nullable("string")),
                                     ("files", array(object([("filename", string), ("size_bytes", integer), ("download_url", string), ("expires_at", time)])))])),
        ]
    }
}
