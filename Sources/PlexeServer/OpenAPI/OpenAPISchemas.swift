import PlexeFoundation

/// Component schemas of the OpenAPI document.
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

    static var schemas: [(String, JSON)] {
        [
            ("Object", ["type": "object"]),
            ("Error", ["type": "object", "required": ["error"], "properties": ["error": [
                "type": "object", "required": ["code", "message", "request_id"],
                "properties": ["code": ["type": "string"], "message": ["type": "string"], "param": ["type": "string"], "request_id": ["type": "string"]],
            ]]]),
            ("Health", ["type": "object", "properties": ["status": ["type": "string"]]]),
        ] + names.map { ($0, ["type": "object"]) }
    }

    static let names = ["UploadList", "CreateUploadRequest", "CreateUploadResponse", "UploadDetails", "DeletedUpload", "ConfirmUploadRequest",
                        "ConfirmUploadResponse", "FilePreview", "CreateModelRequest", "Model", "DeletedModel"]
}
