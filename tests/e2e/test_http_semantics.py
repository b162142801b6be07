"""HTTP semantics through nginx: ETag / If-None-Match (304, also on gzipped answers, whose
tags nginx makes weak), Idempotency-Key under concurrent retries, and CORS for browser
pages on other origins (PLEXE_CORS_ORIGINS): the app's preflights and headers, nginx's own
error answers, and presigned PUTs."""
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import SecondStack, PUT_OK

ORIGIN = "https://app.example.com"


# ETag / If-None-Match

def test_an_unchanged_upload_answers_304(client):
    spec = [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]
    created = client.post("/data/upload", {"files": spec}).json()
    first = client.get(f"/uploads/{created['upload_id']}")
    tag = first.headers["ETag"]
    assert first.status_code == 200 and first.headers["Cache-Control"] == "private, no-cache"
    again = client.get(f"/uploads/{created['upload_id']}", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == tag and again.headers["X-Request-Id"].startswith("req_")
    # After the file arrives and is ingested, the old tag gets the new state.
    assert client.put_file(created["files"][0]["presigned_url"], b"x\n1\n").status_code in PUT_OK
    client.post(f"/uploads/{created['upload_id']}/status", {"status": "complete", "files": [
        {"filename": "a.csv", "s3_key": created["files"][0]["s3_key"]}]})
    client.wait_upload(created["upload_id"])
    changed = client.get(f"/uploads/{created['upload_id']}", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.json()["status"] == "complete" and changed.headers["ETag"] != tag


def test_a_gzipped_answers_weak_tag_still_matches(anon):
    first = anon.get("/openapi.json", headers={"Accept-Encoding": "gzip"})
    assert first.status_code == 200 and first.headers.get("Content-Encoding") == "gzip"
    tag = first.headers["ETag"]
    assert tag.startswith('W/"')
    for sent in (tag, tag[2:]):
        again = anon.get("/openapi.json", headers={"Accept-Encoding": "gzip", "If-None-Match": sent})
        assert again.status_code == 304 and again.content == b"", sent
    assert anon.get("/openapi.json", headers={"If-None-Match": '"stale"'}).status_code == 200


# Idempotency-Key

def test_concurrent_retries_with_one_key_create_one_upload(client):
    key = str(uuid.uuid4())
    body = {"name": "retried", "files": [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]}
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: client.post("/data/upload", body, headers={"Idempotency-Key": key}), range(8)))
    created = [a for a in answers if a.status_code == 201]
    assert created and all(a.status_code in (201, 409) for a in answers), [a.text for a in answers]
    assert len({a.json()["upload_id"] for a in created}) == 1
    assert sum(1 for a in created if a.headers.get("Idempotent-Replayed") != "true") == 1
    for refused in (a for a in answers if a.status_code == 409):
        assert refused.headers["Retry-After"] == "1" and refused.json()["error"]["param"] == "Idempotency-Key"
    # Once answered, every retry is a replay of that answer.
    replay = client.post("/data/upload", body, headers={"Idempotency-Key": key})
    assert replay.status_code == 201 and replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json()["upload_id"] == created[0].json()["upload_id"]
    # The user is new: this upload is all they have.
    assert client.get("/data/uploads").json()["pagination"]["total"] == 1
    other = client.post("/data/upload", dict(body, name="another"), headers={"Idempotency-Key": key})
    assert other.status_code == 422 and other.json()["error"]["param"] == "Idempotency-Key"


# CORS

@pytest.fixture(scope="module")
def cors_stack():
    # PLEXE_MAX_JSON_BYTES small, so nginx's own 413 is easy to reach.
    with SecondStack(PLEXE_CORS_ORIGINS=f"https://other.example.org,{ORIGIN}", PLEXE_MAX_JSON_BYTES="4096") as stack:
        yield stack


def test_preflight_allows_only_the_configured_origins(cors_stack):
    c = cors_stack.client()
    c.token = None
    allowed = c.request("OPTIONS", "/data/uploads", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type, idempotency-key"})
    assert allowed.status_code == 204, allowed.text
    assert allowed.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert set(allowed.headers["Access-Control-Allow-Methods"].split(", ")) == {"GET", "POST", "HEAD"}
    allowed_headers = allowed.headers["Access-Control-Allow-Headers"].lower()
    assert all(h in allowed_headers for h in ("authorization", "content-type", "idempotency-key"))
    assert "Access-Control-Allow-Credentials" not in allowed.headers
    refused = c.request("OPTIONS", "/data/uploads", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert refused.status_code == 204 and "Access-Control-Allow-Origin" not in refused.headers


def test_errors_from_the_app_and_from_nginx_are_readable(cors_stack):
    c = cors_stack.client()
    token = c.token
    c.token = None
    unauthorized = c.get("/data/uploads", headers={"Origin": ORIGIN})
    assert unauthorized.status_code == 401
    assert unauthorized.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Request-Id" in unauthorized.headers["Access-Control-Expose-Headers"]
    assert "Origin" in unauthorized.headers["Vary"]
    # nginx's own answers: a body over the JSON limit (413) and an internal path (404).
    c.token = token
    too_large = c.post("/data/upload", raw=b"{" + b" " * 8192 + b"}", headers={"Origin": ORIGIN})
    assert too_large.status_code == 413 and too_large.json()["error"]["code"] == "payload_too_large"
    assert too_large.headers["Access-Control-Allow-Origin"] == ORIGIN
    hidden = c.get("/_files/uploads/x", headers={"Origin": ORIGIN})
    assert hidden.status_code == 404 and hidden.headers["Access-Control-Allow-Origin"] == ORIGIN
    other = c.post("/data/upload", raw=b"{" + b" " * 8192 + b"}", headers={"Origin": "https://evil.example"})
    assert other.status_code == 413 and "Access-Control-Allow-Origin" not in other.headers


def test_a_browser_may_put_to_a_presigned_url(cors_stack):
    c = cors_stack.client()
    created = c.post("/data/upload", {"files": [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]},
                     headers={"Origin": ORIGIN})
    assert created.status_code == 201 and created.headers["Access-Control-Allow-Origin"] == ORIGIN
    url = created.json()["files"][0]["presigned_url"]
    preflight = c.session.options(url, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "PUT",
                                                "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert preflight.headers["Access-Control-Allow-Methods"] == "PUT"
    refused = c.session.options(url, headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "PUT"})
    assert refused.status_code == 204 and "Access-Control-Allow-Origin" not in refused.headers
    put = c.session.put(url, data=b"x\n1\n", headers={"Origin": ORIGIN, "Content-Type": "text/csv"})
    assert put.status_code in (201, 204), put.text
    assert put.headers["Access-Control-Allow-Origin"] == ORIGIN
