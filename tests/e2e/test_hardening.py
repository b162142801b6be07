"""The hardening review's findings, each tried as an attacker would through the real stack."""
import os
import time

import pytest

from conftest import HOME, STORE, assert_error, local_store_only, stored_keys, PUT_OK, data_database

TIMEOUT_S = int(os.environ.get("PLEXE_QUERY_TIMEOUT_MS", "10000")) / 1000


def responder_rss_kb():
    pid = open(os.path.join(HOME, "run", "app.pid")).read().strip()
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def query_session():
    from conftest import Client, create_token
    c = Client(create_token())
    upload = c.upload({"t.csv": b"id,name\n1,a\n2,b\n"})
    assert upload["status"] == "complete", upload
    return c, c.session_for(upload["upload_id"])


# Each is one call of a function whose built-in cost is quadratic in its inputs: before the
# fix, one VM step that no deadline could stop (the 300,000-character trim ran for minutes
# and nginx answered 504 after 60 s).
QUADRATIC = [
    ("SELECT length(trim(printf('%.*c', 300000, 'a'), printf('%.*c', 300000, 'b') || 'a')) AS n", 0),
    ("SELECT instr(printf('%.*c', 2000000, 'a'), printf('%.*c', 1000000, 'a') || 'b') AS n", 0),
    ("SELECT length(replace(printf('%.*c', 2000000, 'a'), printf('%.*c', 1000000, 'a') || 'b', 'x')) AS n", 2000000),
]


@pytest.mark.parametrize("sql,expected", QUADRATIC)
def test_quadratic_string_functions_answer_within_the_timeout(query_session, sql, expected):
    c, session = query_session
    started = time.monotonic()
    r = c.sql(session, sql)
    elapsed = time.monotonic() - started
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [[expected]]
    assert elapsed < TIMEOUT_S + 1, f"{elapsed:.1f} s"


def test_a_like_that_would_outrun_the_deadline_is_refused_at_once(query_session):
    c, session = query_session
    started = time.monotonic()
    r = c.sql(session, "SELECT printf('%.*c', 2000000, 'a') LIKE ('%' || printf('%.*c', 30000, 'a') || 'b') AS m")
    assert time.monotonic() - started < TIMEOUT_S + 1
    err = assert_error(r, 422, "validation_failed", param="query")
    assert "too complex" in err["message"]


def test_a_query_cannot_take_the_responders_memory(query_session):
    c, session = query_session
    before = responder_rss_kb()
    for _ in range(3):
        r = c.sql(session, "SELECT randomblob(4e7) a, randomblob(4e7) b, randomblob(4e7) c")
        err = assert_error(r, 422, "validation_failed", param="query")
        assert "memory" in err["message"]
    grown_mb = (responder_rss_kb() - before) / 1024
    assert grown_mb < 20, f"RSS grew by {grown_mb:.0f} MB"
    # The session still answers.
    assert c.sql(session, "SELECT COUNT(*) AS n FROM t").json()["rows"] == [[2]]


# Uploads: a confirmed file cannot change; sizes hold at PUT and at confirm; storage no row
# owns is swept.

import http.client
import json
import ssl
import urllib.parse

from conftest import BASE_URL, Client, create_token


def slow_put(url, length):
    """A PUT whose headers go now and whose body goes when the caller says (nginx asks the
    app whether to allow it as soon as the headers are in)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "http":  # the object store's endpoint
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    else:
        conn = http.client.HTTPSConnection(parts.hostname, parts.port, context=ssl._create_unverified_context(), timeout=60)
    conn.putrequest("PUT", parts.path + "?" + parts.query, skip_accept_encoding=True)
    conn.putheader("Content-Length", str(length))
    conn.endheaders()
    time.sleep(0.5)  # the auth subrequest has run: nginx is waiting for the body

    def finish(body):
        conn.send(body)
        status = conn.getresponse().status
        conn.close()
        return status
    return finish


def create(c, files):
    r = c.post("/data/upload", {"files": files})
    assert r.status_code == 201, r.text
    return r.json()


def confirm(c, up):
    return c.post(f"/uploads/{up['upload_id']}/status", {
        "status": "complete", "files": [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in up["files"]]})


def preview_rows(c, upload_id, name):
    r = c.get(f"/data/uploads/{upload_id}/files/{name}/preview?limit=100")
    assert r.status_code == 200, r.text
    return r.json()["data"]


def test_a_put_still_in_flight_at_confirm_cannot_replace_the_confirmed_file(client):
    first, second = b"id,v\n1,a\n2,b\n", b"id,v\n9,x\n8,y\n"
    up = create(client, [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": len(first)}])
    url = up["files"][0]["presigned_url"]
    assert client.put_file(url, first).status_code in PUT_OK
    finish = slow_put(url, len(second))
    assert confirm(client, up).status_code == 202
    assert client.wait_upload(up["upload_id"])["status"] == "complete"
    finish(second)  # nginx may store it, but only where nothing reads
    time.sleep(0.3)
    assert preview_rows(client, up["upload_id"], "a.csv") == [["1", "a"], ["2", "b"]]
    session = client.session_for(up["upload_id"])
    assert client.sql(session, "SELECT id FROM a ORDER BY id").json()["rows"] == [[1], [2]]
    if STORE == "local":
        # A later PUT on the same URL is refused outright.
        assert client.put_file(url, second).status_code == 403
    else:
        # The object store takes it, into the staged key nobody reads any more.
        assert client.put_file(url, second).status_code in PUT_OK
        assert preview_rows(client, up["upload_id"], "a.csv") == [["1", "a"], ["2", "b"]]


def test_a_late_put_after_delete_leaves_nothing_behind(client):
    up = create(client, [{"filename": "a.csv", "content_type": "text/csv"}])
    url = up["files"][0]["presigned_url"]
    finish = slow_put(url, 8)
    assert client.delete(f"/data/uploads/{up['upload_id']}").status_code == 200
    finish(b"id\n1\n2\n3\n"[:8])
    def left():
        return stored_keys(f"incoming/uploads/{up['upload_id']}/") + stored_keys(f"uploads/{up['upload_id']}/")
    deadline = time.time() + 15
    while left() and time.time() < deadline:
        time.sleep(0.2)
    assert not left(), "the late PUT's file was not swept"


@local_store_only  # the object store refuses it itself, with its own 403 (test_s3_mode.py)
def test_a_body_longer_or_shorter_than_declared_is_refused_at_put(client):
    up = create(client, [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 10}])
    url = up["files"][0]["presigned_url"]
    r = client.put_file(url, b"x" * 2003)
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_permissions"
    assert client.put_file(url, b"x" * 9).status_code == 403
    # Without a length (chunked), a declared size cannot be held: refused too.
    assert client.put_file(url, iter([b"id\n", b"1234567"])).status_code == 403
    assert client.put_file(url, b"id\n1234567").status_code in PUT_OK
    assert confirm(client, up).status_code == 202


def test_the_uploads_total_is_checked_at_confirm(client):
    limit = int(os.environ["PLEXE_MAX_UPLOAD_BYTES"])
    per_file = int(os.environ["PLEXE_MAX_FILE_BYTES"])
    count = limit // per_file + 1
    up = create(client, [{"filename": f"f{i}.csv", "content_type": "text/csv"} for i in range(count)])
    body = b"a\n" + b"1\n" * ((per_file - 2) // 2)
    for f in up["files"]:
        assert client.put_file(f["presigned_url"], body).status_code in PUT_OK
    err = assert_error(confirm(client, up), 413, "payload_too_large", param="files")
    assert str(limit) in err["message"]
    assert client.delete(f"/data/uploads/{up['upload_id']}").status_code == 200


# Every ingest failure ends the upload `failed`, with the line.

@pytest.mark.parametrize("header", [b"a\x00b,c", b"a\x1bb,c", b"ok,tab\there"])
def test_a_control_character_in_a_column_name_fails_the_upload_with_its_line(client, header):
    up = client.upload({"bad.csv": header + b"\n1,2\n"})
    assert up["status"] == "failed", up
    error = up["files"][0]["error"]
    assert error["line"] == 1 and "control character" in error["message"]
    # Failed, not stuck: it can be deleted.
    assert client.delete(f"/data/uploads/{up['upload_id']}").status_code == 200


def test_a_control_character_in_a_json_key_fails_the_upload_with_its_line(client):
    up = client.upload({"bad.ndjson": b'{"a": 1}\n{"b\\u0007": 2}\n'})
    assert up["status"] == "failed", up
    assert up["files"][0]["error"]["line"] == 2


# Logs cannot be forged.

def test_log_lines_cannot_be_forged_through_a_path(anon):
    forged = "2026-01-01T00:00:00Z error forged-by-test"
    r = anon.get("/nope%0A" + urllib.parse.quote(forged) + "%0D%0Aalso")
    assert r.status_code in (401, 404)
    time.sleep(0.5)
    lines = open(os.path.join(HOME, "logs", "app.log"), encoding="utf-8", errors="replace").read().splitlines()
    assert not any(line.startswith(forged[:20]) for line in lines)
    hits = [line for line in lines if "forged-by-test" in line]
    assert hits, "the request was not logged"
    assert all(line.startswith("ts=") and '\\n2026-01-01T00:00:00Z' in line for line in hits)


# Job errors tell users a code and a plain message; details go to the log.

def test_a_failed_job_shows_a_code_and_no_internals(client):
    up = client.upload({"t.csv": b"id,v\n1,2\n3,4\n"})
    path = data_database(up["upload_id"])
    # The server's own file goes bad (a disk error, say): the job fails as the server's fault.
    with open(path, "r+b") as f:
        f.seek(0)
        f.write(b"this is not a database" * 100)
    r = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "basic"})
    assert r.status_code == 202, r.text
    job = client.wait_job(r.json()["job_id"])
    assert job["status"] == "failed"
    assert job["error_code"] == "internal_error"
    assert job["job_id"] in job["error"]
    assert "/" not in job["error"] and "SQL" not in job["error"] and "sqlite" not in job["error"].lower()
    time.sleep(0.5)
    log = open(os.path.join(HOME, "logs", "app.log"), encoding="utf-8", errors="replace").read()
    assert any("job failed" in line and job["job_id"] in line and "code=internal_error" in line for line in log.splitlines())


# Previews have a byte cap.

def test_a_preview_of_huge_rows_stops_at_its_byte_cap(client):
    cell = "x" * (1 << 20)
    csv_body = ("id,big\n" + "".join(f"{i},{cell}\n" for i in range(12))).encode()
    ndjson_body = "".join(json.dumps({"id": i, "big": cell}) + "\n" for i in range(12)).encode()
    up = client.upload({"big.csv": csv_body, "big.ndjson": ndjson_body})
    assert up["status"] == "complete", up
    for name in ["big.csv", "big.ndjson"]:
        r = client.get(f"/data/uploads/{up['upload_id']}/files/{name}/preview?limit=100")
        assert r.status_code == 200
        body = r.json()
        assert body["truncated"] is True and 1 <= body["returned_rows"] < 12, (name, body["returned_rows"])
        assert len(r.content) <= 8 << 20
    small = client.get(f"/data/uploads/{up['upload_id']}/files/big.csv/preview?limit=2").json()
    assert small["returned_rows"] == 2 and small["truncated"] is False


def test_a_spreadsheet_that_would_inflate_a_thousandfold_is_refused(client):
    import io
    import zipfile
    buf = io.BytesIO()
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>' + " " * (300 << 20) + "</sheetData></worksheet>")
    started = time.monotonic()
    up = client.upload({"bomb.xlsx": buf.getvalue()})
    assert up["status"] == "failed", up
    assert "expand" in up["files"][0]["error"]["message"]
    assert time.monotonic() - started < 30
