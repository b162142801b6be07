"""The serving stack: health, OpenAPI, auth, the error envelope, routing, limits."""
import gzip
import json

from openapi_spec_validator import validate

from conftest import Client, assert_error, create_token


def test_healthz_needs_no_token(anon):
    r = anon.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and set(r.json()) == {"status", "version"}
    assert r.headers["X-Request-Id"].startswith("req_")


def test_openapi_is_valid_and_lists_every_route(anon):
    r = anon.get("/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    validate(doc)
    assert doc["openapi"].startswith("3.1")
    for path in ["/healthz", "/data/uploads", "/data/upload", "/uploads/{upload_id}", "/uploads/{upload_id}/status",
                 "/data/uploads/{upload_id}/files/{filename}/preview", "/models", "/models/{model_id}"]:
        assert path in doc["paths"], path


def test_list_uploads_empty_shape(client):
    r = client.get("/data/uploads")
    assert r.status_code == 200
    assert r.json() == {"uploads": [], "pagination": {"total": 0, "limit": 20, "offset": 0, "has_more": False}}


def test_missing_and_bad_tokens_are_401(anon):
    assert_error(anon.get("/data/uploads"), 401, "unauthorized")
    bad = Client("plx_not-a-real-token")
    assert_error(bad.get("/data/uploads"), 401, "unauthorized")
    r = anon.get("/data/uploads", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert_error(r, 401, "unauthorized")


def test_x_api_key_authenticates():
    token = create_token()
    r = Client().get("/data/uploads", headers={"x-api-key": token})
    assert r.status_code == 200


def test_malformed_json_is_400(client):
    assert_error(client.post("/data/upload", raw="{not json"), 400, "invalid_request")
    assert_error(client.post("/data/upload", raw=""), 400, "invalid_request")


def test_json_that_is_not_an_object_is_422(client):
    assert_error(client.post("/data/upload", raw="[1,2]"), 422, "validation_failed")


def test_unknown_path_404_and_wrong_method_405(client):
    assert_error(client.get("/no/such/route"), 404, "not_found")
    r = client.request("PATCH", "/data/uploads")
    err = assert_error(r, 405, "method_not_allowed")
    assert set(x.strip() for x in r.headers["Allow"].split(",")) == {"GET", "POST"}
    assert "GET" in err["message"]


def test_bad_query_parameters_are_422_with_param(client):
    for query, param in [("limit=abc", "limit"), ("limit=0", "limit"), ("limit=101", "limit"), ("offset=-1", "offset"),
                         ("order=sideways", "order"), ("sort=name", "sort"), ("status=done", "status")]:
        assert_error(client.get(f"/data/uploads?{query}"), 422, "validation_failed", param=param)


def test_body_over_the_json_limit_is_413_in_the_error_shape(client):
    big = json.dumps({"name": "x" * (2 << 20), "files": []})
    r = client.post("/data/upload", raw=big)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "payload_too_large"


def test_each_request_gets_its_own_id(client):
    a = client.get("/data/uploads").headers["X-Request-Id"]
    b = client.get("/data/uploads").headers["X-Request-Id"]
    assert a != b


def test_json_answers_are_gzipped_for_clients_that_ask(client, anon):
    # The document is tens of KiB: compressed when asked, several times smaller.
    plain = anon.get("/openapi.json", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    zipped = anon.get("/openapi.json", headers={"Accept-Encoding": "gzip"}, stream=True)
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers.get("Vary", "")
    raw = zipped.raw.read(decode_content=False)
    assert len(raw) * 3 < len(plain.content)
    assert json.loads(gzip.decompress(raw)) == plain.json()
    # A small answer (under gzip_min_length) goes out as it is; so do errors of the app.
    assert "Content-Encoding" not in anon.get("/healthz", headers={"Accept-Encoding": "gzip"}).headers
    # A large JSON answer of the app itself.
    rows = "".join(f"{i},name {i},{i * 1.5}\n" for i in range(200))
    up = client.upload({"big.csv": ("id,name,score\n" + rows).encode()})
    preview = client.get(f"/data/uploads/{up['upload_id']}/files/big.csv/preview?limit=100", headers={"Accept-Encoding": "gzip"})
    assert preview.status_code == 200 and preview.headers["Content-Encoding"] == "gzip"
    assert preview.json()["returned_rows"] == 100
    # An exported JSON file is a stored file: sent as stored, with its length (and ranges).
    r = client.post("/data/export", {"upload_id": up["upload_id"], "format": "json"})
    export_id = r.json()["export_id"]
    client.wait_job(export_id)
    f = client.get(f"/data/export/{export_id}").json()["files"][0]
    assert f["size_bytes"] > 4096
    download = client.session.get(f["download_url"], headers={"Accept-Encoding": "gzip"}, stream=True)
    assert download.status_code == 200 and "Content-Encoding" not in download.headers
    assert download.headers["Content-Length"] == str(f["size_bytes"])
