"""The OpenAPI document as a client generator reads it: valid, chosen operationIds, the
configured server, no internal route, aliases deprecated, required fields, dated timestamps,
the error codes as an enum, the RateLimit headers, and an example for every body that its
own schema accepts (so an example cannot drift from the shape the server answers)."""
import copy

import jsonschema
from openapi_spec_validator import validate

from conftest import BASE_URL, PUT_OK


def document(anon):
    r = anon.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield method.upper(), path, op


def schema_validator(doc, schema):
    """A JSON Schema 2020-12 validator (what OpenAPI 3.1 schemas are) that resolves
    #/components/... against the document, with formats (date-time, uri) checked."""
    root = copy.deepcopy(doc)
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    from referencing import Registry, Resource
    resource = Resource.from_contents(root)
    registry = Registry().with_resource("urn:plexe-openapi", resource)
    wrapped = {"$ref": "urn:plexe-openapi#" + schema["$ref"][1:]} if "$ref" in schema else schema
    return jsonschema.Draft202012Validator(wrapped, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_the_document_is_valid_and_names_its_operations(anon):
    doc = document(anon)
    validate(doc)
    assert doc["servers"] == [{"url": BASE_URL, "description": "This server (PLEXE_BASE_URL)"}]
    ids = {(m, p): op["operationId"] for m, p, op in operations(doc)}
    assert len(set(ids.values())) == len(ids)
    for route, expected in {("GET", "/data/uploads"): "listUploads", ("POST", "/data/upload"): "createUpload",
                            ("GET", "/uploads/{upload_id}"): "getUpload", ("POST", "/uploads/{upload_id}/status"): "confirmUpload",
                            ("GET", "/data/uploads/{upload_id}/files/{filename}/preview"): "previewFile",
                            ("POST", "/data/sessions"): "createSession", ("POST", "/data/query"): "runQuery",
                            ("POST", "/data/export"): "startExport", ("GET", "/jobs/{job_id}"): "getJob"}.items():
        assert ids[route] == expected, route
    # nginx's internal check is no part of the public API.
    assert not any(p.startswith("/_auth") for p in doc["paths"])
    deprecated = {(m, p) for m, p, op in operations(doc) if op.get("deprecated")}
    assert deprecated == {("POST", "/data/uploads"), ("GET", "/data/uploads/{upload_id}"), ("DELETE", "/data/uploads/{upload_id}"),
                          ("POST", "/data/uploads/{upload_id}/status"), ("GET", "/uploads/{upload_id}/files/{filename}/preview")}


def test_every_timestamp_is_a_date_time_and_every_response_object_says_what_is_required(anon):
    doc = document(anon)
    schemas = doc["components"]["schemas"]
    timestamps = []

    def walk(name, schema, response):
        if schema.get("type") == "object" or "properties" in schema:
            props = schema.get("properties", {})
            if response and props:
                assert schema.get("required"), f"{name}: a response object without required"
            for field, sub in props.items():
                if field.endswith("_at") or field == "estimated_completion":
                    timestamps.append(f"{name}.{field}")
                    assert sub.get("format") == "date-time", f"{name}.{field}"
                walk(f"{name}.{field}", sub, response)
        if "items" in schema:
            walk(name + "[]", schema["items"], response)
        for sub in schema.get("oneOf", []):
            walk(name, sub, response)

    requests = {"CreateUploadRequest", "ConfirmUploadRequest", "CreateModelRequest", "AnalyzeRequest",
                "CreateSessionRequest", "QueryRequest", "ExportRequest", "Object"}
    for name, schema in schemas.items():
        walk(name, schema, name not in requests)
    assert len(timestamps) >= 20


def test_errors_have_their_codes_as_an_enum_and_429_documents_the_rate_limit_headers(anon):
    doc = document(anon)
    codes = doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"]
    assert {"invalid_request", "unauthorized", "not_found", "validation_failed", "rate_limited", "payload_too_large",
            "resource_conflict", "insufficient_permissions", "method_not_allowed", "server_error", "upstream_error",
            "service_unavailable"} == set(codes)
    for method, path, op in operations(doc):
        limited = op["responses"]["429"]
        assert {"Retry-After", "RateLimit-Policy", "RateLimit", "X-Request-Id"} <= set(limited["headers"]), (method, path)
    run_query = doc["paths"]["/data/query"]["post"]["responses"]
    assert {"RateLimit-Policy", "RateLimit"} <= set(run_query["200"]["headers"])


def test_every_body_has_an_example_its_schema_accepts(anon):
    doc = document(anon)
    checked = 0
    for method, path, op in operations(doc):
        bodies = []
        if "requestBody" in op:
            bodies.append(("request", op["requestBody"]["content"]["application/json"]))
        for status, response in op["responses"].items():
            media = response.get("content", {}).get("application/json")
            if media and path != "/openapi.json":
                bodies.append((status, media))
        for where, media in bodies:
            assert "example" in media, (method, path, where)
            errors = sorted(schema_validator(doc, media["schema"]).iter_errors(media["example"]), key=str)
            assert not errors, (method, path, where, [e.message for e in errors[:3]])
            if where not in ("request",) and int(where) >= 400:
                assert media["example"]["error"]["code"] in doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"]
            checked += 1
    assert checked > 150


def test_real_answers_of_the_walk_through_fit_their_schemas(client, anon):
    """The README walk-through with plain requests; every answer validated against the
    document's schema for its operation and status (required fields and formats included)."""
    from test_queries import CUSTOMERS
    doc = document(anon)

    def check(response, method, path, status):
        assert response.status_code == status, response.text
        schema = doc["paths"][path][method.lower()]["responses"][str(status)]["content"]["application/json"]["schema"]
        errors = list(schema_validator(doc, schema).iter_errors(response.json()))
        assert not errors, (method, path, [e.message for e in errors[:3]])
        return response.json()

    created = check(client.post("/data/upload", {"name": "Customers", "files": [{"filename": "customers.csv", "content_type": "text/csv"}]}),
                    "POST", "/data/upload", 201)
    uid = created["upload_id"]
    f = created["files"][0]
    pending = check(client.get(f"/uploads/{uid}"), "GET", "/uploads/{upload_id}", 200)
    assert "expires_at" in pending
    assert client.put_file(f["presigned_url"], CUSTOMERS.encode()).status_code in PUT_OK
    check(client.post(f"/uploads/{uid}/status", {"status": "complete", "files": [{"filename": "customers.csv", "s3_key": f["s3_key"]}]}),
          "POST", "/uploads/{upload_id}/status", 202)
    client.wait_upload(uid)
    check(client.get(f"/uploads/{uid}"), "GET", "/uploads/{upload_id}", 200)
    check(client.get("/data/uploads?status=complete"), "GET", "/data/uploads", 200)
    check(client.get(f"/data/uploads/{uid}/files/customers.csv/preview?limit=2"), "GET", "/data/uploads/{upload_id}/files/{filename}/preview", 200)
    session = check(client.post("/data/sessions", {"upload_id": uid}), "POST", "/data/sessions", 201)
    sid = session["session_id"]
    check(client.sql(sid, "SELECT country, COUNT(*) AS n FROM customers GROUP BY country"), "POST", "/data/query", 200)
    check(client.post("/data/query", {"session_id": sid, "query_type": "natural_language", "query": "plot the number of customers by country"}),
          "POST", "/data/query", 200)
    check(client.sql(sid, "SELECT * FROM customer"), "POST", "/data/query", 422)
    check(client.get(f"/data/sessions/{sid}/queries"), "GET", "/data/sessions/{session_id}/queries", 200)
    job = check(client.post("/data/analyze", {"upload_id": uid, "analysis_type": "comprehensive"}), "POST", "/data/analyze", 202)
    check(client.get(f"/jobs/{job['job_id']}"), "GET", "/jobs/{job_id}", 200)
    check(client.get(f"/data/analysis/{job['job_id']}"), "GET", "/data/analysis/{job_id}", 200)
    client.wait_job(job["job_id"])
    report = check(client.get(f"/data/analysis/{job['job_id']}"), "GET", "/data/analysis/{job_id}", 200)
    charts = [v for fl in report["files"] for v in fl.get("visualizations", [])]
    assert charts
    viz_id = charts[0]["data_url"].rstrip("/").split("/")[-1]
    check(client.get(f"/data/visualizations/{viz_id}"), "GET", "/data/visualizations/{viz_id}", 200)
    export = check(client.post("/data/export", {"upload_id": uid, "format": "csv"}), "POST", "/data/export", 202)
    check(client.get(f"/data/export/{export['export_id']}"), "GET", "/data/export/{export_id}", 200)
    client.wait_job(export["export_id"])
    check(client.get(f"/data/export/{export['export_id']}"), "GET", "/data/export/{export_id}", 200)
    check(client.delete(f"/data/sessions/{sid}"), "DELETE", "/data/sessions/{session_id}", 200)
    model = check(client.post("/models", {"model_name": "m", "upload_id": uid}), "POST", "/models", 201)
    check(client.delete(f"/uploads/{uid}"), "DELETE", "/uploads/{upload_id}", 409)
    check(client.delete(f"/models/{model['model_id']}"), "DELETE", "/models/{model_id}", 200)
    check(client.delete(f"/uploads/{uid}"), "DELETE", "/uploads/{upload_id}", 200)
    check(client.get(f"/uploads/{uid}"), "GET", "/uploads/{upload_id}", 404)
    check(anon.get("/healthz"), "GET", "/healthz", 200)
