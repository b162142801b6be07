import PlexeFoundation

/// One example per request and response body of the OpenAPI document: real answers of the
/// server, captured from the README walk-through on the e2e fixtures' `customers.csv`
/// (tests/e2e/test_queries.py), ids and times as they came, long arrays cut to a few items.
/// An e2e test validates each against its schema, so an example cannot drift from the shape.
enum OpenAPIExamples {
    /// The example body for a component schema, by its name.
    static func body(_ schema: String) -> JSON? { parsedBodies[schema] }

    /// An id of the walk-through for each path parameter.
    static func pathParameter(_ name: String) -> String {
        switch name {
        case "upload_id": return "upload_xo9q0pv2v8sv"
        case "filename": return "customers.csv"
        case "job_id": return "job_ejvkamk5smgq"
        case "viz_id": return "viz_h95ob7sv7f4g"
        case "session_id": return "session_ojxfu7ospazu"
        case "export_id": return "export_dysrzfh61jj3"
        case "model_id": return "model_qfkf9hb4a4vw"
        default: return name
        }
    }

    /// An error body for a status, with the message the server gives for a typical cause.
    static func error(status: Int) -> JSON {
        let (message, param) = errorMessages[status] ?? ("an internal error occurred; quote the request_id when reporting it", nil)
        var fields: [(String, JSON)] = [("code", .string(OpenAPIOperations.errorCode(status))), ("message", .string(message))]
        if let param { fields.append(("param", .string(param))) }
        fields.append(("request_id", "req_302ae8b37009d00251228304bbe6d305"))
        return .object([("error", .object(fields))])
    }

    /// The server's (and nginx's) words for a typical cause of each status.
    static let errorMessages: [Int: (String, String?)] = [
        400: ("the body is not valid JSON", nil),
        401: ("a valid bearer token is required (Authorization: Bearer TOKEN or x-api-key: TOKEN)", nil),
        403: ("the download URL has expired; read GET /data/export/export_dysrzfh61jj3 for a fresh one", nil),
        404: ("no upload upload_000000000000", nil),
        405: ("this path accepts POST, GET", nil),
        409: ("upload upload_xo9q0pv2v8sv is processing; sessions can be opened once it is complete", "upload_id"),
        413: ("the request body is larger than this endpoint accepts", nil),
        422: ("limit must be an integer between 1 and 100", "limit"),
        429: ("at most 30 queries per minute per session", nil),
        500: ("an internal error occurred; quote the request_id when reporting it", nil),
        502: ("the language model could not answer: the model server could not be reached", nil),
        503: ("the catalog database is not usable", nil),
    ]

    static let bodyTexts: [(String, String)] = [
        (
            "CreateUploadRequest",
            #"""
            {
              "name": "Customer Dataset",
              "description": "Monthly customer data for churn analysis",
              "files": [
                {
                  "filename": "customers.csv",
                  "content_type": "text/csv",
                  "size_bytes": 199
                }
              ]
            }
            """#
        ),
        (
            "CreateUploadResponse",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "name": "Customer Dataset",
              "description": "Monthly customer data for churn analysis",
              "status": "pending",
              "created_at": "2026-12-05T10:26:51Z",
              "files": [
                {
                  "filename": "customers.csv",
                  "presigned_url": "https://localhost:8443/storage/uploads/upload_xo9q0pv2v8sv/0-customers.csv?X-Amz-Algorithm=PLEXE-HMAC-SHA256&X-Amz-Date=20261205T102651Z&X-Amz-Expires=3600&X-Amz-Signature=d237b99561369234a853b2d831cf9af8d780a979bf22d9ba7f648576456f4c52",
                  "s3_key": "uploads/upload_xo9q0pv2v8sv/0-customers.csv",
                  "content_type": "text/csv"
                }
              ],
              "expires_at": "2026-12-05T11:26:51Z"
            }
            """#
        ),
        (
            "ConfirmUploadRequest",
            #"""
            {
              "status": "complete",
              "files": [
                {
                  "filename": "customers.csv",
                  "s3_key": "uploads/upload_xo9q0pv2v8sv/0-customers.csv"
                }
              ]
            }
            """#
        ),
        (
            "ConfirmUploadResponse",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "status": "processing",
              "message": "Files uploaded successfully. Processing data...",
              "estimated_completion": "2026-12-05T10:26:53Z"
            }
            """#
        ),
        (
            "UploadList",
            #"""
            {
              "uploads": [
                {
                  "upload_id": "upload_xo9q0pv2v8sv",
                  "name": "Customer Dataset",
                  "description": "Monthly customer data for churn analysis",
                  "created_at": "2026-12-05T10:26:51Z",
                  "status": "complete",
                  "files": [
                    {
                      "filename": "customers.csv",
                      "size_bytes": 199,
                      "rows": 4,
                      "columns": 7
                    }
                  ],
                  "created_by": "ada@example.com"
                }
              ],
              "pagination": {
                "total": 1,
                "limit": 20,
                "offset": 0,
                "has_more": false
              }
            }
            """#
        ),
        (
            "UploadDetails",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "name": "Customer Dataset",
              "description": "Monthly customer data for churn analysis",
              "created_at": "2026-12-05T10:26:51Z",
              "status": "complete",
              "files": [
                {
                  "filename": "customers.csv",
                  "size_bytes": 199,
                  "rows": 4,
                  "columns": 7,
                  "column_info": [
                    {
                      "name": "customer_id",
                      "type": "string",
                      "nullable": false,
                      "unique": true
                    },
                    {
                      "name": "name",
                      "type": "string",
                      "nullable": false,
                      "unique": true
                    },
                    {
                      "name": "age",
                      "type": "integer",
                      "nullable": true,
                      "unique": true
                    },
                    {
                      "name": "lifetime_value",
                      "type": "float",
                      "nullable": false,
                      "unique": true
                    },
                    {
                      "name": "churn",
                      "type": "boolean",
                      "nullable": false,
                      "unique": false
                    },
                    {
                      "name": "signup_date",
                      "type": "date",
                      "nullable": false,
                      "unique": true
                    },
                    {
                      "name": "country",
                      "type": "string",
                      "nullable": false,
                      "unique": false
                    }
                  ],
                  "preview_url": "https://localhost:8443/data/uploads/upload_xo9q0pv2v8sv/files/customers.csv/preview",
                  "s3_key": "uploads/upload_xo9q0pv2v8sv/0-customers.csv",
                  "content_type": "text/csv",
                  "created_at": "2026-12-05T10:26:51Z",
                  "table_name": "customers",
                  "format": "csv",
                  "encoding": "utf-8",
                  "dialect": {
                    "delimiter": ",",
                    "escape": null,
                    "footnote_rows": 0,
                    "has_byte_order_mark": false,
                    "header": true,
                    "header_rows": 1,
                    "normalized_copy": false,
                    "preamble_rows": 0,
                    "quote": "\"",
                    "record_delimiter": "\n",
                    "skip_initial_space": false,
                    "uses_crlf": false
                  },
                  "warnings": []
                }
              ],
              "created_by": "ada@example.com",
              "models_using_this": []
            }
            """#
        ),
        (
            "FilePreview",
            #"""
            {
              "filename": "customers.csv",
              "total_rows": 4,
              "returned_rows": 2,
              "columns": [
                "customer_id",
                "name",
                "age",
                "lifetime_value",
                "churn",
                "signup_date",
                "country"
              ],
              "data": [
                [
                  "C1",
                  "Ann",
                  "34",
                  "100.5",
                  "false",
                  "2023-01-15",
                  "US"
                ],
                [
                  "C2",
                  "Bob",
                  "",
                  "200.25",
                  "true",
                  "2023-02-01",
                  "CA"
                ]
              ],
              "truncated": false
            }
            """#
        ),
        (
            "DeletedUpload",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "status": "deleted",
              "deleted_at": "2026-12-05T10:26:52Z"
            }
            """#
        ),
        (
            "CreateModelRequest",
            #"""
            {
              "model_name": "churn-predictor",
              "upload_id": "upload_xo9q0pv2v8sv"
            }
            """#
        ),
        (
            "Model",
            #"""
            {
              "model_id": "model_qfkf9hb4a4vw",
              "model_name": "churn-predictor",
              "version": "1",
              "upload_id": "upload_xo9q0pv2v8sv"
            }
            """#
        ),
        (
            "DeletedModel",
            #"""
            {
              "model_id": "model_qfkf9hb4a4vw",
              "status": "deleted",
              "deleted_at": "2026-12-05T10:26:52Z"
            }
            """#
        ),
        (
            "AnalyzeRequest",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "analysis_type": "comprehensive"
            }
            """#
        ),
        (
            "JobStarted",
            #"""
            {
              "job_id": "job_ejvkamk5smgq",
              "status": "pending",
              "estimated_completion": "2026-12-05T10:26:53Z"
            }
            """#
        ),
        (
            "Job",
            #"""
            {
              "job_id": "job_ejvkamk5smgq",
              "type": "analysis",
              "status": "completed",
              "progress": 1.0,
              "created_at": "2026-12-05T10:26:51Z",
              "completed_at": "2026-12-05T10:26:51Z",
              "estimated_completion": "2026-12-05T10:26:53Z",
              "error": null,
              "error_code": null
            }
            """#
        ),
        (
            "AnalysisResult",
            #"""
            {
              "job_id": "job_ejvkamk5smgq",
              "upload_id": "upload_xo9q0pv2v8sv",
              "status": "completed",
              "analysis_type": "comprehensive",
              "created_at": "2026-12-05T10:26:51Z",
              "completed_at": "2026-12-05T10:26:51Z",
              "files": [
                {
                  "correlations": [
                    {
                      "correlation": 0.9528566477741979,
                      "feature1": "age",
                      "feature2": "signup_date"
                    },
                    {
                      "correlation": 0.7953559537197222,
                      "feature1": "age",
                      "feature2": "churn"
                    }
                  ],
                  "filename": "customers.csv",
                  "insights": [
                    {
                      "message": "The 'age' column has 25% missing values (1 of 4 rows).",
                      "severity": "medium",
                      "type": "missing_data"
                    },
                    {
                      "message": "'age' and 'signup_date' are highly correlated (r = 0.95 over 3 rows).",
                      "severity": "medium",
                      "type": "high_correlation"
                    },
                    {
                      "message": "Every value of the 'customer_id' column is distinct (4 values): it looks like an identifier.",
                      "severity": "low",
                      "type": "unique"
                    }
                  ],
                  "stats": {
                    "categorical_counts": {
                      "churn": {
                        "false": 2,
                        "true": 2
                      },
                      "country": {
                        "CA": 1,
                        "UK": 1,
                        "US": 2
                      },
                      "customer_id": {
                        "C1": 1,
                        "C2": 1,
                        "C3": 1,
                        "C4": 1
                      },
                      "name": {
                        "Ann": 1,
                        "Bob": 1,
                        "Cy": 1,
                        "Di": 1
                      }
                    },
                    "column_types": {
                      "age": "integer",
                      "churn": "boolean",
                      "country": "string",
                      "customer_id": "string",
                      "lifetime_value": "float",
                      "name": "string",
                      "signup_date": "date"
                    },
                    "columns": 7,
                    "missing_values": {
                      "age": 1
                    },
                    "rows": 4,
                    "summary": {
                      "age": {
                        "max": 52,
                        "mean": 43.666666666666664,
                        "median": 45,
                        "min": 34,
                        "q1": 39.5,
                        "q3": 48.5,
                        "std": 9.073771725877465
                      },
                      "lifetime_value": {
                        "max": 300.0,
                        "mean": 162.875,
                        "median": 150.375,
                        "min": 50.75,
                        "q1": 88.0625,
                        "q3": 225.1875,
                        "std": 110.54834915094845
                      }
                    }
                  },
                  "visualizations": [
                    {
                      "data_url": "https://localhost:8443/data/visualizations/viz_h95ob7sv7f4g",
                      "thumbnail_url": "https://localhost:8443/data/visualizations/viz_h95ob7sv7f4g/thumbnail",
                      "title": "Lifetime Value Distribution",
                      "type": "histogram"
                    },
                    {
                      "data_url": "https://localhost:8443/data/visualizations/viz_x9aqr678cnt6",
                      "thumbnail_url": "https://localhost:8443/data/visualizations/viz_x9aqr678cnt6/thumbnail",
                      "title": "Customer Id Distribution",
                      "type": "bar_chart"
                    }
                  ]
                }
              ],
              "recommendations": [
                {
                  "importance": "medium",
                  "message": "Consider imputing missing 'age' values (currently 25% missing), e.g. with the median.",
                  "type": "preprocessing"
                },
                {
                  "importance": "medium",
                  "message": "Keep only one of 'age' and 'signup_date' in linear models: they are nearly collinear (r = 0.95).",
                  "type": "modeling"
                }
              ]
            }
            """#
        ),
        (
            "Visualization",
            #"""
            {
              "visualization_type": "histogram",
              "title": "Lifetime Value Distribution",
              "data": {
                "labels": [
                  "40–60",
                  "60–80",
                  "80–100",
                  "100–120",
                  "120–140",
                  "140–160",
                  "160–180",
                  "180–200",
                  "200–220",
                  "220–240",
                  "240–260",
                  "260–280",
                  "280–300"
                ],
                "datasets": [
                  {
                    "label": "count",
                    "data": [
                      1.0,
                      0.0,
                      0.0,
                      1.0,
                      0.0,
                      0.0,
                      0.0,
                      0.0,
                      1.0,
                      0.0,
                      0.0,
                      0.0,
                      1.0
                    ]
                  }
                ]
              }
            }
            """#
        ),
        (
            "CreateSessionRequest",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "name": "Churn questions",
              "expiration_hours": 24
            }
            """#
        ),
        (
            "Session",
            #"""
            {
              "session_id": "session_ojxfu7ospazu",
              "name": "Churn questions",
              "upload_id": "upload_xo9q0pv2v8sv",
              "status": "ready",
              "created_at": "2026-12-05T10:26:51Z",
              "expires_at": "2026-12-06T10:26:51Z",
              "files": [
                "customers.csv"
              ],
              "tables": [
                {
                  "filename": "customers.csv",
                  "table": "customers",
                  "columns": [
                    {
                      "name": "customer_id",
                      "type": "string"
                    },
                    {
                      "name": "name",
                      "type": "string"
                    },
                    {
                      "name": "age",
                      "type": "integer"
                    },
                    {
                      "name": "lifetime_value",
                      "type": "float"
                    },
                    {
                      "name": "churn",
                      "type": "boolean"
                    },
                    {
                      "name": "signup_date",
                      "type": "date"
                    },
                    {
                      "name": "country",
                      "type": "string"
                    }
                  ]
                }
              ]
            }
            """#
        ),
        (
            "QueryRequest",
            #"""
            {
              "session_id": "session_ojxfu7ospazu",
              "query_type": "sql",
              "query": "SELECT country, AVG(lifetime_value) AS avg_ltv FROM customers WHERE churn = false GROUP BY country",
              "max_results": 100
            }
            """#
        ),
        (
            "QueryResult",
            #"""
            {
              "query_id": "query_omd0abpgy99m",
              "result_type": "table",
              "columns": [
                "country",
                "avg_ltv"
              ],
              "rows": [
                [
                  "US",
                  200.25
                ]
              ],
              "row_count": 1,
              "truncated": false,
              "execution_time_ms": 4,
              "generated_sql": "SELECT country, AVG(lifetime_value) AS avg_ltv FROM customers WHERE churn = false GROUP BY country"
            }
            """#
        ),
        (
            "QueryHistory",
            #"""
            {
              "queries": [
                {
                  "query_id": "query_omd0abpgy99m",
                  "query_type": "sql",
                  "query": "SELECT country, AVG(lifetime_value) AS avg_ltv FROM customers WHERE churn = false GROUP BY country",
                  "generated_sql": "SELECT country, AVG(lifetime_value) AS avg_ltv FROM customers WHERE churn = false GROUP BY country",
                  "engine": null,
                  "status": "completed",
                  "executed_at": "2026-12-05T10:26:51Z",
                  "execution_time_ms": 4
                },
                {
                  "query_id": "query_cvaefvk6qp9y",
                  "query_type": "natural_language",
                  "query": "plot the average lifetime value by country",
                  "generated_sql": "SELECT country, AVG(lifetime_value) AS avg_lifetime_value FROM customers GROUP BY country",
                  "engine": "embedded",
                  "status": "completed",
                  "executed_at": "2026-12-05T10:26:51Z",
                  "execution_time_ms": 73
                }
              ]
            }
            """#
        ),
        (
            "EndedSession",
            #"""
            {
              "session_id": "session_ojxfu7ospazu",
              "status": "ended",
              "ended_at": "2026-12-05T10:26:51Z"
            }
            """#
        ),
        (
            "ExportRequest",
            #"""
            {
              "upload_id": "upload_xo9q0pv2v8sv",
              "format": "parquet",
              "include_headers": true,
              "email_notification": false
            }
            """#
        ),
        (
            "ExportStarted",
            #"""
            {
              "export_id": "export_dysrzfh61jj3",
              "status": "processing",
              "created_at": "2026-12-05T10:26:52Z",
              "estimated_completion": "2026-12-05T10:26:54Z"
            }
            """#
        ),
        (
            "ExportStatus",
            #"""
            {
              "export_id": "export_dysrzfh61jj3",
              "status": "completed",
              "format": "parquet",
              "created_at": "2026-12-05T10:26:52Z",
              "completed_at": "2026-12-05T10:26:52Z",
              "files": [
                {
                  "filename": "customers.parquet",
                  "size_bytes": 878,
                  "download_url": "https://localhost:8443/data/export/export_dysrzfh61jj3/customers.parquet?X-Amz-Algorithm=PLEXE-HMAC-SHA256&X-Amz-Date=20261205T102652Z&X-Amz-Expires=604800&X-Amz-Signature=6be38947b6aecc5f9fd11e5f1b0a20d81b6390085daaaed46ac8084759dc27c4",
                  "expires_at": "2026-12-12T10:26:52Z"
                }
              ]
            }
            """#
        ),
        (
            "Health",
            #"""
            {
              "status": "ok",
              "version": "0.1.0+g75fcc3e"
            }
            """#
        ),
        (
            "Readiness",
            #"""
            {
              "status": "ready",
              "version": "0.1.0+g75fcc3e",
              "checks": {
                "catalog_writable": true,
                "disk_free_bytes": 52613349376,
                "workers": 2,
                "jobs_running": 0,
                "queue_depth": 0
              }
            }
            """#
        ),
    ]

    /// Parsed once; a text that is not JSON is a programming error the unit tests catch.
    static let parsedBodies: [String: JSON] = {
        var bodies: [String: JSON] = [:]
        for (name, text) in bodyTexts {
            guard let json = try? JSON.parse(text) else { preconditionFailure("the OpenAPI example \(name) is not JSON") }
            bodies[name] = json
        }
        return bodies
    }()
}
