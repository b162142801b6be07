"""Exports: CSV/JSON round trips, Parquet read by pyarrow and DuckDB, signed downloads served
by nginx, retention, and e-mail through the outbox and a real SMTP server on loopback."""
import csv
import glob
import hashlib
import hmac
import io
import json
import os
import sqlite3
import subprocess
import time
import urllib.parse

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import (HOME, REPO, Client, assert_error, catalog_execute, data_database, free_port, local_store_only, outbox_messages,
                      stored_keys)

TRICKY = (
    "id,name,score,active,born,seen_at,note\n"
    '1,"Smith, Jo",1250.50,true,1990-01-02,2024-01-02T10:00:00Z,"say ""hi"""\n'
    '2,Zoë 王,,false,,,"two\nlines"\n'
    "3,Plain,-3.25,TRUE,2000-12-31,2024-06-30T23:59:59Z,\n"
    "4, padded ,7,false,1999-09-09,2023-03-03T03:03:03Z,x\n"
)


def export(client, upload_id, **body):
    r = client.post("/data/export", {"upload_id": upload_id, **body})
    assert r.status_code == 202, r.text
    e = r.json()
    assert e["status"] == "processing" and e["export_id"].startswith("export_")
    job = client.wait_job(e["export_id"])
    assert job["status"] == "completed" and job["type"] == "export", job
    status = client.get(f"/data/export/{e['export_id']}").json()
    assert status["status"] == "completed"
    return e["export_id"], status


def typed_rows(upload_id, table):
    conn = sqlite3.connect(data_database(upload_id))
    return [list(r) for r in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]


@pytest.fixture
def tricky(client):
    return client.upload({"people.csv": TRICKY.encode()})


def test_csv_round_trips(client, tricky):
    eid, status = export(client, tricky["upload_id"], format="csv")
    f = status["files"][0]
    assert f["filename"] == "people.csv" and f["size_bytes"] > 0 and f["expires_at"].endswith("Z")
    r = client.session.get(f["download_url"])
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in r.headers["Content-Disposition"]
    again = client.upload({"people.csv": r.content})
    assert [c["type"] for c in again["files"][0]["column_info"]] == [c["type"] for c in tricky["files"][0]["column_info"]]
    assert typed_rows(again["upload_id"], "people") == typed_rows(tricky["upload_id"], "people")
    no_header = export(client, tricky["upload_id"], format="csv", include_headers=False)[1]["files"][0]
    body = client.session.get(no_header["download_url"]).content.decode()
    assert not body.startswith("id,")
    assert list(csv.reader(io.StringIO(body)))[0][0] == "1"


def test_json_round_trips(client, tricky):
    eid, status = export(client, tricky["upload_id"], format="json")
    r = client.session.get(status["files"][0]["download_url"])
    records = json.loads(r.content)
    assert records[0] == {"id": 1, "name": "Smith, Jo", "score": 1250.5, "active": True, "born": "1990-01-02",
                          "seen_at": "2024-01-02T10:00:00Z", "note": 'say "hi"'}
    assert records[1]["score"] is None and records[1]["note"] == "two\nlines" and records[1]["name"] == "Zoë 王"
    again = client.upload({"people.json": r.content})
    assert typed_rows(again["upload_id"], "people") == typed_rows(tricky["upload_id"], "people")


def test_default_format_is_the_original(client):
    up = client.upload({"a.ndjson": b'{"x": 1}\n{"x": 2}\n', "b.csv": b"y\n1\n"})
    eid, status = export(client, up["upload_id"])
    assert sorted(f["filename"] for f in status["files"]) == ["a.json", "b.csv"]


def test_parquet_read_by_pyarrow_and_duckdb(client, tmp_path):
    subprocess.run(["python3", os.path.join(REPO, "..", "shared", "data", "gen_dataset.py"), "--rows", "150000", "--out", str(tmp_path)],
                   check=True, capture_output=True)
    up = client.upload({"customers.csv": (tmp_path / "customers.csv").read_bytes(), "people.csv": TRICKY.encode()})
    eid, status = export(client, up["upload_id"], format="parquet")
    files = {f["filename"]: f for f in status["files"]}
    assert set(files) == {"customers.parquet", "people.parquet"}
    for name, table in [("people.parquet", "people"), ("customers.parquet", "customers")]:
        path = tmp_path / name
        path.write_bytes(client.session.get(files[name]["download_url"]).content)
        pf = pq.ParquetFile(path)
        arrow = pf.read()
        expected = typed_rows(up["upload_id"], table)
        cols = [c for c in arrow.column_names]
        info = {f["filename"]: f for f in up["files"]}[table + ".csv"]["column_info"]
        assert cols == [c["name"] for c in info]
        want = {"string": "string", "integer": "int64", "float": "double", "boolean": "bool", "date": "date32[day]",
                "datetime": "timestamp[us, tz=UTC]"}
        assert [str(arrow.schema.field(c["name"]).type) for c in info] == [want[c["type"]] for c in info]
        got = arrow.to_pylist()
        assert len(got) == len(expected)
        for row, exp in zip(got, expected):
            for c, value in zip(info, exp):
                v = row[c["name"]]
                if c["type"] == "boolean" and value is not None:
                    value = bool(value)
                elif c["type"] == "date" and value is not None:
                    v = v.isoformat()
                elif c["type"] == "datetime" and value is not None:
                    v = v.strftime("%Y-%m-%dT%H:%M:%SZ")
                assert v == value, (c["name"], v, value)
        con = duckdb.connect()
        n = con.execute(f"SELECT COUNT(*) FROM read_parquet('{path}')").fetchone()[0]
        assert n == len(expected)
        nulls = con.execute(f"SELECT COUNT(*) FROM read_parquet('{path}') WHERE \"{info[-1]['name']}\" IS NULL").fetchone()[0]
        assert nulls == sum(1 for r in expected if r[-1] is None)
        if table == "customers":
            assert pf.metadata.num_row_groups > 1, "150,000 rows span more than one row group"
            stats = pf.metadata.row_group(0).column(3).statistics
            assert stats is not None and stats.has_min_max and stats.null_count >= 0


def sign_get(path, date, expires):
    secret = open(os.path.join(HOME, "state", "secret.key"), "rb").read()
    return hmac.new(secret, f"GET\n{path}\n{date}\n{expires}".encode(), hashlib.sha256).hexdigest()


@local_store_only  # the download route's own signature checks; the store's: test_s3store.py, test_s3_mode.py
def test_downloads_signed_token_tampered_expired_range(client, other_client, tricky):
    eid, status = export(client, tricky["upload_id"], format="csv")
    url = status["files"][0]["download_url"]
    anon = Client()
    full = anon.session.get(url)
    assert full.status_code == 200 and full.headers.get("Content-Length") == str(status["files"][0]["size_bytes"])
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    assert_error(anon.session.get(tampered), 403, "insufficient_permissions")
    plain = url.split("?")[0]
    assert_error(anon.session.get(plain), 401, "unauthorized")
    assert client.get(plain).content == full.content
    assert_error(other_client.get(plain), 404, "not_found")
    path = urllib.parse.urlparse(plain).path
    past = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() - 8 * 86400))
    expired = f"{plain}?X-Amz-Algorithm=PLEXE-HMAC-SHA256&X-Amz-Date={past}&X-Amz-Expires=604800&X-Amz-Signature={sign_get(path, past, 604800)}"
    assert_error(anon.session.get(expired), 403, "insufficient_permissions")
    part = anon.session.get(url, headers={"Range": "bytes=0-9"})
    assert part.status_code == 206 and part.content == full.content[:10]
    assert_error(client.get(f"/data/export/{eid}/nope.csv"), 404, "not_found")


def test_export_validation_and_isolation(client, other_client, tricky):
    uid = tricky["upload_id"]
    assert_error(client.post("/data/export", {}), 422, "validation_failed", "upload_id")
    assert_error(client.post("/data/export", {"upload_id": uid, "format": "xlsx"}), 422, "validation_failed", "format")
    assert_error(client.post("/data/export", {"upload_id": uid, "include_headers": "yes"}), 422, "validation_failed", "include_headers")
    assert_error(client.post("/data/export", {"upload_id": uid, "files": ["x.csv"]}), 422, "validation_failed", "files[0]")
    assert_error(other_client.post("/data/export", {"upload_id": uid}), 404, "not_found")
    eid, _ = export(client, uid)
    assert_error(other_client.get(f"/data/export/{eid}"), 404, "not_found")
    assert_error(other_client.get(f"/jobs/{eid}"), 404, "not_found")


def test_retention_deletes_expired_exports(client, tricky):
    eid, status = export(client, tricky["upload_id"], format="csv")
    catalog_execute("UPDATE jobs SET completed_at = completed_at - 8 * 86400 WHERE id = ?", (eid,))
    deadline = time.time() + 15
    while time.time() < deadline and client.get(f"/data/export/{eid}").status_code == 200:
        time.sleep(0.2)
    assert_error(client.get(f"/data/export/{eid}"), 404, "not_found")
    assert Client().session.get(status["files"][0]["download_url"]).status_code in (403, 404)
    assert stored_keys(f"exports/{eid}/") == []


def test_email_goes_to_the_outbox_without_a_relay(client, tricky):
    before = outbox_messages()
    eid, status = export(client, tricky["upload_id"], format="csv", email_notification=True)
    deadline = time.time() + 10
    new = set()
    while time.time() < deadline and not new:
        new = outbox_messages() - before
        time.sleep(0.1)
    assert len(new) == 1
    text = open(new.pop(), encoding="utf-8", errors="replace").read()
    assert eid in text and "people.csv" in text and "To:" in text


class SMTPServer:
    """A real SMTP server (aiosmtpd) on loopback that records what it receives, or refuses
    every recipient with 550."""

    def __init__(self, port, refuse=False):
        from aiosmtpd.controller import Controller

        outer = self
        self.messages = []

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if refuse:
                    return "550 5.1.1 mailbox unavailable"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                outer.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
                return "250 Message accepted"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def wait_for(predicate, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_email_through_a_real_smtp_relay_down_then_up_and_refusing():
    from conftest import SecondStack
    port = free_port()
    with SecondStack(PLEXE_SMTP_HOST="127.0.0.1", PLEXE_SMTP_PORT=str(port), PLEXE_SMTP_SECURITY="none",
                     PLEXE_SMTP_FROM="Plexe <noreply@example.com>", PLEXE_SMTP_RETRY_DELAYS="1,1,1",
                     PLEXE_SWEEP_INTERVAL_SECONDS="1") as stack:
        c = stack.client()
        up = c.upload({"t.csv": b"a,b\n1,x\n"})
        # The relay is down: the export still completes and the message waits for a retry.
        eid = c.post("/data/export", {"upload_id": up["upload_id"], "email_notification": True}).json()["export_id"]
        assert c.wait_job(eid)["status"] == "completed"
        retry_dir = os.path.join(stack.home, "outbox", "retry")
        assert wait_for(lambda: glob.glob(os.path.join(retry_dir, "*.eml")))
        # The relay comes up: the sweep delivers the queued message.
        with SMTPServer(port) as smtp:
            assert wait_for(lambda: smtp.messages)
            rcpts, content = smtp.messages[0]
            assert rcpts[0].endswith("@example.com") and eid in content and "t.csv" in content
            # A second export is delivered straight away.
            eid2 = c.post("/data/export", {"upload_id": up["upload_id"], "email_notification": True, "format": "parquet"}).json()["export_id"]
            assert c.wait_job(eid2)["status"] == "completed"
            assert wait_for(lambda: any(eid2 in m for _, m in smtp.messages))
        assert not glob.glob(os.path.join(retry_dir, "*.eml"))
        # A relay that refuses the recipient: the export completes, the message is set aside.
        with SMTPServer(port, refuse=True):
            eid3 = c.post("/data/export", {"upload_id": up["upload_id"], "email_notification": True}).json()["export_id"]
            assert c.wait_job(eid3)["status"] == "completed"
            assert wait_for(lambda: glob.glob(os.path.join(stack.home, "outbox", "failed", "*.eml")))
