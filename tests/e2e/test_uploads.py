"""Uploads end to end: create, signed PUT through nginx, confirm, processing, details,
previews, delete, models, and every way a user can get it wrong."""
import hashlib
import hmac
import os
import sqlite3
import subprocess
import time
import urllib.parse

import pytest

from conftest import BASE_URL, Client, HOME, PUT_OK, REPO, STORE, assert_error, catalog_execute, data_database, local_store_only, responder, stored_keys, wait_healthy

CUSTOMERS = (
    "customer_id,name,age,signup,score,active,note\n"
    "C001,Ann,34,2023-01-15,1250.50,true,plain\n"
    'C002,"Smith, Jo",,2023-02-01,895.75,FALSE,"say ""hi"""\n'
    'C003,Zoë Łukasz 王,45,2023-01-20,7,True,"two\nlines"\n'
)


def spec(name, size=None, ctype="text/csv"):
    d = {"filename": name, "content_type": ctype}
    if size is not None:
        d["size_bytes"] = size
    return d


def test_whole_flow_like_a_new_user(client):
    up = client.upload({"customers.csv": CUSTOMERS.encode()})
    assert up["status"] == "complete", up
    f = up["files"][0]
    assert f["rows"] == 3 and f["columns"] == 7
    types = {c["name"]: (c["type"], c["nullable"], c["unique"]) for c in f["column_info"]}
    assert types == {
        "customer_id": ("string", False, True), "name": ("string", False, True), "age": ("integer", True, True),
        "signup": ("date", False, True), "score": ("float", False, True), "active": ("boolean", False, False),
        "note": ("string", False, True)}
    assert f["preview_url"].endswith(f"/data/uploads/{up['upload_id']}/files/customers.csv/preview")
    assert f["s3_key"].startswith(f"uploads/{up['upload_id']}/")
    assert up["created_by"].endswith("@example.com") and up["models_using_this"] == []

    p = client.get(f"/data/uploads/{up['upload_id']}/files/customers.csv/preview").json()
    assert p["total_rows"] == 3 and p["returned_rows"] == 3
    assert p["columns"] == ["customer_id", "name", "age", "signup", "score", "active", "note"]
    assert p["data"][0] == ["C001", "Ann", "34", "2023-01-15", "1250.50", "true", "plain"]
    assert p["data"][1] == ["C002", "Smith, Jo", "", "2023-02-01", "895.75", "FALSE", 'say "hi"']
    assert p["data"][2][1] == "Zoë Łukasz 王" and p["data"][2][6] == "two\nlines"

    listed = client.get("/data/uploads").json()
    assert listed["pagination"]["total"] == 1
    assert listed["uploads"][0]["files"] == [{"filename": "customers.csv", "size_bytes": len(CUSTOMERS.encode()), "rows": 3, "columns": 7}]

    r = client.delete(f"/uploads/{up['upload_id']}")
    assert r.status_code == 200 and r.json()["status"] == "deleted"
    assert_error(client.get(f"/uploads/{up['upload_id']}"), 404, "not_found")
    assert not os.path.exists(os.path.join(HOME, "data", up["upload_id"] + ".sqlite"))
    assert stored_keys(f"uploads/{up['upload_id']}/") == []


def test_both_path_spellings(client):
    up = client.upload({"a.csv": b"x\n1\n"})
    uid = up["upload_id"]
    for path in [f"/data/uploads/{uid}", f"/uploads/{uid}"]:
        assert client.get(path).status_code == 200
    for path in [f"/data/uploads/{uid}/files/a.csv/preview", f"/uploads/{uid}/files/a.csv/preview"]:
        assert client.get(path).json()["data"] == [["1"]]
    r = client.post("/data/uploads", {"files": [spec("b.csv")]})
    assert r.status_code == 201
    assert client.delete(f"/data/uploads/{uid}").status_code == 200


@pytest.mark.parametrize("body,status,code,param", [
    ({}, 422, "validation_failed", "files"),
    ({"files": []}, 422, "validation_failed", "files"),
    ({"files": "a.csv"}, 422, "validation_failed", "files"),
    ({"files": [{"content_type": "text/csv"}]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("a/b.csv")]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("../etc/passwd")]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("..")]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("a\u0000b.csv")]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("x" * 252 + ".csv")]}, 422, "validation_failed", "files[0].filename"),
    ({"files": [spec("a.csv"), spec("a.csv")]}, 422, "validation_failed", "files[1].filename"),
    ({"files": [{"filename": "a.csv"}]}, 422, "validation_failed", "files[0].content_type"),
    ({"files": [spec("a.csv", ctype="")]}, 422, "validation_failed", "files[0].content_type"),
    ({"files": [spec("a.csv", ctype=";")]}, 422, "validation_failed", "files[0].content_type"),
    ({"files": [spec("a.exe", ctype="application/x-msdownload")]}, 422, "validation_failed", "files[0].content_type"),
    ({"files": [spec("a.csv", size=-1)]}, 422, "validation_failed", "files[0].size_bytes"),
    ({"files": [spec("a.csv", size="big")]}, 422, "validation_failed", "files[0].size_bytes"),
    ({"name": 5, "files": [spec("a.csv")]}, 422, "validation_failed", "name"),
    ({"files": [spec(f"f{i}.csv") for i in range(51)]}, 413, "payload_too_large", "files"),
])
def test_create_validation(client, body, status, code, param):
    assert_error(client.post("/data/upload", body), status, code, param=param)


FILE_LIMIT = int(os.environ.get("PLEXE_MAX_FILE_BYTES", str(5 * 2**30)))
UPLOAD_LIMIT = int(os.environ.get("PLEXE_MAX_UPLOAD_BYTES", str(20 * 2**30)))


def test_declared_sizes_over_the_limits_are_413(client):
    assert_error(client.post("/data/upload", {"files": [spec("a.csv", size=FILE_LIMIT + 1)]}), 413, "payload_too_large", "files[0].size_bytes")
    assert client.post("/data/upload", {"files": [spec("a.csv", size=FILE_LIMIT)]}).status_code == 201
    n = UPLOAD_LIMIT // FILE_LIMIT + 1
    files = [spec(f"f{i}.csv", size=FILE_LIMIT) for i in range(n)]
    assert_error(client.post("/data/upload", {"files": files}), 413, "payload_too_large", f"files[{n - 1}].size_bytes")


def test_filename_limits_are_exact(client):
    ok = "x" * 251 + ".csv"  # 255 bytes
    assert client.post("/data/upload", {"files": [spec(ok)]}).status_code == 201
    assert client.post("/data/upload", {"files": [spec(f"f{i}.csv") for i in range(50)]}).status_code == 201
    odd = "my data (v2) — ünïcode.csv"
    r = client.post("/data/upload", {"files": [spec(odd)]})
    assert r.status_code == 201
    url = r.json()["files"][0]["presigned_url"]
    assert client.put_file(url, b"a\n1\n").status_code in PUT_OK


def create(client, files):
    r = client.post("/data/upload", {"files": files})
    assert r.status_code == 201, r.text
    return r.json()


def sign(path, date, expires):
    secret = open(os.path.join(HOME, "state", "secret.key"), "rb").read()
    msg = f"PUT\n{path}\n{date}\n{expires}".encode()
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


@local_store_only  # nginx's /storage/ URLs; the object store's own refusals: test_s3store.py
def test_tampered_expired_and_other_key_urls_are_403(client):
    up = create(client, [spec("a.csv"), spec("b.csv")])
    a, b = up["files"]
    url = a["presigned_url"]
    sig = url[-64:]
    tampered = url[:-64] + ("0" if sig[0] != "0" else "1") + sig[1:]
    assert client.put_file(tampered, b"x").status_code == 403
    other = url.replace(a["s3_key"], b["s3_key"])
    assert client.put_file(other, b"x").status_code == 403
    assert client.put_file(url.split("?")[0], b"x").status_code == 403
    longer = url.replace("X-Amz-Expires=3600", "X-Amz-Expires=99999")
    assert client.put_file(longer, b"x").status_code == 403
    # A correctly signed URL whose window has passed.
    path = "/storage/" + a["s3_key"]
    past = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() - 7200))
    expired = f"{BASE_URL}{path}?X-Amz-Algorithm=PLEXE-HMAC-SHA256&X-Amz-Date={past}&X-Amz-Expires=3600&X-Amz-Signature={sign(path, past, 3600)}"
    r = client.put_file(expired, b"x")
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_permissions"
    # The same construction, still in its window, is accepted: the check above was the expiry.
    now = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    fresh = f"{BASE_URL}{path}?X-Amz-Algorithm=PLEXE-HMAC-SHA256&X-Amz-Date={now}&X-Amz-Expires=3600&X-Amz-Signature={sign(path, now, 3600)}"
    assert client.put_file(fresh, b"x").status_code == 201
    # GET on the storage path is not a download.
    assert client.session.get(url).status_code == 403


@local_store_only  # nginx's /storage/ location
def test_path_traversal_on_storage_is_refused(client):
    up = create(client, [spec("a.csv")])
    url = up["files"][0]["presigned_url"]
    base, query = url.split("?")
    for evil in [base.replace("/storage/uploads/", "/storage/uploads/../"), base.replace("/storage/", "/storage/%2e%2e/"),
                 base + "/../../secret.key"]:
        r = client.session.put(evil + "?" + query, data=b"x")
        assert r.status_code in (400, 403, 404), (evil, r.status_code)
    assert open(os.path.join(HOME, "state", "secret.key"), "rb").read() != b"x"


def test_put_over_the_file_limit_is_413(client):
    limit = FILE_LIMIT
    # The body is built in memory: scripts/test runs the stack with a small limit (48 MiB), a
    # cluster (scripts/cluster test) with 112 MiB, which test_cluster.py's 1M-row CSV needs.
    assert limit <= 128 * 2**20, "scripts/test and scripts/cluster test run with a small PLEXE_MAX_FILE_BYTES"
    up = create(client, [spec("big.csv")])
    r = client.put_file(up["files"][0]["presigned_url"], b"a" * (limit + 1))
    if STORE == "local":
        assert r.status_code == 413
        assert r.json()["error"]["code"] == "payload_too_large"
    else:
        # No size declared: the object store takes it, and confirm refuses it.
        assert r.status_code in PUT_OK
        assert_error(confirm(client, up), 413, "payload_too_large", "files")
        # What the store took goes with the upload (a whole-suite run keeps the store small).
        assert client.delete(f"/data/uploads/{up['upload_id']}").status_code == 200


def confirm(client, up, files=None):
    files = files if files is not None else [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in up["files"]]
    return client.post(f"/uploads/{up['upload_id']}/status", {"status": "complete", "files": files})


def test_confirm_errors(client):
    up = create(client, [spec("a.csv", size=4), spec("b.csv")])
    a, b = up["files"]
    err = assert_error(confirm(client, up), 422, "validation_failed")
    assert "a.csv" in err["message"]
    assert client.put_file(a["presigned_url"], b"x\n1\n").status_code in PUT_OK
    err = assert_error(confirm(client, up), 422, "validation_failed")
    assert "b.csv" in err["message"]
    assert client.put_file(b["presigned_url"], b"y\n2\n").status_code in PUT_OK
    assert_error(confirm(client, up, [{"filename": "a.csv", "s3_key": b["s3_key"]}]), 422, "validation_failed", "files[0].s3_key")
    assert_error(confirm(client, up, [{"filename": "zzz.csv", "s3_key": "k"}]), 422, "validation_failed", "files[0].filename")
    assert_error(client.post(f"/uploads/{up['upload_id']}/status", {"status": "done", "files": []}), 422, "validation_failed", "status")
    r = confirm(client, up)
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status"] == "processing" and body["message"] and body["estimated_completion"].endswith("Z")
    assert_error(confirm(client, up), 409, "resource_conflict")
    # A confirmed file cannot be replaced.
    assert client.put_file(a["presigned_url"], b"evil\n").status_code == 403
    done = client.wait_upload(up["upload_id"])
    assert done["status"] == "complete"


def test_declared_size_must_match(client):
    up = create(client, [spec("a.csv", size=100)])
    # A body of another length is refused at the PUT itself, so the file never arrives.
    assert client.put_file(up["files"][0]["presigned_url"], b"x\n1\n").status_code == 403
    err = assert_error(confirm(client, up), 422, "validation_failed")
    assert "a.csv" in err["message"]


def test_another_users_ids_are_404(client, other_client):
    up = client.upload({"a.csv": b"x\n1\n"})
    uid = up["upload_id"]
    assert_error(other_client.get(f"/uploads/{uid}"), 404, "not_found")
    assert_error(other_client.get(f"/data/uploads/{uid}/files/a.csv/preview"), 404, "not_found")
    assert_error(other_client.delete(f"/uploads/{uid}"), 404, "not_found")
    assert_error(other_client.post(f"/uploads/{uid}/status", {"status": "complete", "files": []}), 404, "not_found")
    assert_error(other_client.post("/models", {"model_name": "m", "upload_id": uid}), 404, "not_found")
    assert other_client.get("/data/uploads").json()["pagination"]["total"] == 0
    assert client.get(f"/uploads/{uid}").status_code == 200


@pytest.mark.parametrize("name,content", [
    ("comma.csv", b"a,b,c\n1,x,2024-01-02\n2,y,2024-02-03\n"),
    ("semi.csv", b"a;b;c\n1;x;2024-01-02\n2;y;2024-02-03\n"),
    ("tab.tsv", b"a\tb\tc\n1\tx\t2024-01-02\n2\ty\t2024-02-03\n"),
    ("pipe.csv", b"a|b|c\n1|x|2024-01-02\n2|y|2024-02-03\n"),
    ("crlf.csv", b"a,b,c\r\n1,x,2024-01-02\r\n2,y,2024-02-03\r\n"),
    ("bom.csv", b"\xef\xbb\xbfa,b,c\n1,x,2024-01-02\n2,y,2024-02-03\n"),
    ("array.json", b'[{"a": 1, "b": "x", "c": "2024-01-02"}, {"a": 2, "b": "y", "c": "2024-02-03"}]'),
    ("lines.ndjson", b'{"a": 1, "b": "x", "c": "2024-01-02"}\n\n{"a": 2, "b": "y", "c": "2024-02-03"}\n'),
])
def test_formats_and_dialects(client, name, content):
    up = client.upload({name: content})
    assert up["status"] == "complete", up
    cols = [(c["name"], c["type"]) for c in up["files"][0]["column_info"]]
    assert cols == [("a", "integer"), ("b", "string"), ("c", "date")]
    p = client.get(f"/uploads/{up['upload_id']}/files/{name}/preview").json()
    if name.endswith("csv") or name.endswith("tsv"):
        assert p["data"] == [["1", "x", "2024-01-02"], ["2", "y", "2024-02-03"]]
    else:
        assert p["data"] == [{"a": 1, "b": "x", "c": "2024-01-02"}, {"a": 2, "b": "y", "c": "2024-02-03"}]


def test_json_types_nested_and_missing_keys(client):
    data = b'[{"id": 1, "ok": true, "v": 1.5, "tags": ["a", "b"], "at": "2024-01-02T10:00:00Z"}, {"id": 2, "ok": false, "v": 2, "extra": "e"}]'
    up = client.upload({"t.json": data})
    cols = {c["name"]: (c["type"], c["nullable"]) for c in up["files"][0]["column_info"]}
    assert cols == {"id": ("integer", False), "ok": ("boolean", False), "v": ("float", False), "tags": ("string", True),
                    "at": ("datetime", True), "extra": ("string", True)}
    p = client.get(f"/uploads/{up['upload_id']}/files/t.json/preview").json()
    assert p["data"][0]["ok"] is True and p["data"][1]["v"] == 2.0 and p["data"][1]["extra"] == "e"
    assert p["data"][0]["extra"] is None


@pytest.mark.parametrize("content,line,words", [
    (b"a,b\n1,2\n3,\"unterminated\n4,5\n", 3, "unterminated"),
    (b"a,b\n1,2\n\xff\x00,3\n", 3, "not text"),
    (b"", 1, "empty"),
    (b"[{\"a\": 1},\n {\"a\": 2", 2, "end of file"),
    (b"[{\"a\": 1},\n {\"a\": tru},\n {\"a\": 3}]", 2, ""),
])
def test_broken_files_fail_with_line(client, content, line, words):
    name = "broken.json" if content.startswith(b"[") else "broken.csv"
    up = client.upload({name: content})
    assert up["status"] == "failed", up
    err = up["files"][0]["error"]
    assert err["line"] == line, err
    assert words.lower() in err["message"].lower(), err
    assert not os.path.exists(os.path.join(HOME, "data", up["upload_id"] + ".sqlite"))
    assert_error(client.get(f"/uploads/{up['upload_id']}/files/{name}/preview"), 422, "validation_failed")


def test_one_broken_file_fails_the_upload_and_loads_nothing(client):
    up = client.upload({"good.csv": b"a\n1\n", "bad.csv": b"a,b\n1,\"open\n"})
    assert up["status"] == "failed"
    errors = {f["filename"]: f.get("error") for f in up["files"]}
    assert errors["good.csv"] is None and errors["bad.csv"]["line"] == 2


def test_preview_paging(client):
    rows = "".join(f"{i},name {i}\n" for i in range(5000))
    up = client.upload({"big.csv": ("id,name\n" + rows).encode()})
    uid = up["upload_id"]
    p = client.get(f"/uploads/{uid}/files/big.csv/preview").json()
    assert p["returned_rows"] == 10 and p["data"][0] == ["0", "name 0"]
    p = client.get(f"/uploads/{uid}/files/big.csv/preview?limit=100&offset=4950").json()
    assert p["returned_rows"] == 50 and p["data"][0] == ["4950", "name 4950"] and p["data"][-1][0] == "4999"
    p = client.get(f"/uploads/{uid}/files/big.csv/preview?offset=5000").json()
    assert p["returned_rows"] == 0 and p["data"] == []
    for q, param in [("limit=0", "limit"), ("limit=101", "limit"), ("offset=-5", "offset"), ("limit=x", "limit")]:
        assert_error(client.get(f"/uploads/{uid}/files/big.csv/preview?{q}"), 422, "validation_failed", param)
    assert_error(client.get(f"/uploads/{uid}/files/nope.csv/preview"), 404, "not_found")


def test_pending_upload_preview_is_409(client):
    up = create(client, [spec("a.csv")])
    assert_error(client.get(f"/uploads/{up['upload_id']}/files/a.csv/preview"), 409, "resource_conflict")


def test_models_block_delete(client):
    up = client.upload({"a.csv": b"x\n1\n"})
    uid = up["upload_id"]
    r = client.post("/models", {"model_name": "Churn", "upload_id": uid})
    assert r.status_code == 201
    model = r.json()
    assert model["version"] == "1" and model["model_id"].startswith("model_")
    details = client.get(f"/uploads/{uid}").json()
    assert details["models_using_this"] == [{"model_id": model["model_id"], "model_name": "Churn", "version": "1"}]
    assert_error(client.delete(f"/uploads/{uid}"), 409, "resource_conflict")
    assert client.delete(f"/models/{model['model_id']}").status_code == 200
    assert_error(client.delete(f"/models/{model['model_id']}"), 404, "not_found")
    assert client.delete(f"/uploads/{uid}").status_code == 200


def test_list_pagination_filter_sort(client):
    ids = [client.upload({"a.csv": b"x\n1\n"})["upload_id"] for _ in range(3)]
    failed = client.upload({"b.csv": b"x,y\n1,\"open\n"})["upload_id"]
    pending = create(client, [spec("c.csv")])["upload_id"]
    page = client.get("/data/uploads?limit=2").json()
    assert page["pagination"] == {"total": 5, "limit": 2, "offset": 0, "has_more": True}
    assert [u["upload_id"] for u in page["uploads"]] == [pending, failed]
    page = client.get("/data/uploads?limit=2&offset=4").json()
    assert page["pagination"]["has_more"] is False and len(page["uploads"]) == 1
    asc = client.get("/data/uploads?order=asc").json()["uploads"]
    assert asc[0]["upload_id"] == ids[0]
    assert [u["upload_id"] for u in client.get("/data/uploads?status=failed").json()["uploads"]] == [failed]
    assert client.get("/data/uploads?status=complete").json()["pagination"]["total"] == 3
    by_status = [u["status"] for u in client.get("/data/uploads?sort=status&order=asc").json()["uploads"]]
    assert by_status == sorted(by_status)


def test_expired_pending_uploads_are_swept(client):
    up = create(client, [spec("a.csv")])
    client.put_file(up["files"][0]["presigned_url"], b"x\n1\n")
    # Time passes: move the upload's expiry into the past, as an hour would.
    catalog_execute("UPDATE uploads SET expires_at = 1 WHERE id = ?", (up["upload_id"],))
    deadline = time.time() + 15
    while time.time() < deadline and client.get(f"/uploads/{up['upload_id']}").status_code == 200:
        time.sleep(0.2)
    assert_error(client.get(f"/uploads/{up['upload_id']}"), 404, "not_found")
    assert stored_keys(f"uploads/{up['upload_id']}/") == []


def test_kill9_during_processing_then_restart_completes(client, tmp_path):
    subprocess.run(["python3", os.path.join(REPO, "..", "shared", "data", "gen_dataset.py"), "--rows", "300000", "--out", str(tmp_path)],
                   check=True, capture_output=True)
    content = (tmp_path / "customers.csv").read_bytes()
    created = create(client, [spec("customers.csv", size=len(content))])
    assert client.put_file(created["files"][0]["presigned_url"], content).status_code in PUT_OK
    assert confirm(client, created).status_code == 202
    time.sleep(0.15)
    responder("kill9")
    responder("start")
    wait_healthy()
    done = client.wait_upload(created["upload_id"])
    assert done["status"] == "complete", done
    assert done["files"][0]["rows"] == 300000
    conn = sqlite3.connect(data_database(created["upload_id"]))
    assert conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 300000
