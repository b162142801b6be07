"""Per-user quotas (stored bytes, pending uploads, queued jobs, concurrent queries, the query
rate per user) and jobs taken in turn across users.

The quotas' defaults are too high to reach in a test, so most tests run against a second
stack with small ones (its own PLEXE_HOME and port); each test uses users of its own."""
import threading
import time

import pytest

from conftest import Client, SecondStack, assert_error

STORED = 256 << 20
PENDING = 3
JOBS = 8
CONCURRENT = 2
SESSION_RATE = 30
USER_RATE = 40


@pytest.fixture(scope="module")
def stack():
    with SecondStack(
        PLEXE_USER_MAX_STORED_BYTES=str(STORED),
        # Above the stored-bytes quota, so that a declared size can reach it.
        PLEXE_MAX_FILE_BYTES=str(1 << 30), PLEXE_MAX_UPLOAD_BYTES=str(1 << 30),
        PLEXE_USER_MAX_PENDING_UPLOADS=str(PENDING),
        PLEXE_USER_MAX_QUEUED_JOBS=str(JOBS),
        PLEXE_USER_MAX_CONCURRENT_QUERIES=str(CONCURRENT),
        PLEXE_QUERIES_PER_MINUTE=str(SESSION_RATE), PLEXE_USER_QUERIES_PER_MINUTE=str(USER_RATE),
        PLEXE_QUERY_TIMEOUT_MS="3000",
        # No optimize job after an ingest: the queue holds only the jobs a test makes.
        PLEXE_FILTER_INDEX_MIN_ROWS="0",
    ) as s:
        yield s


def declare(client, size, name="a.csv"):
    """Creates an upload of one file declared `size` bytes (nothing is PUT)."""
    return client.post("/data/upload", {"files": [{"filename": name, "content_type": "text/csv", "size_bytes": size}]})


def assert_count_quota(response, limit, scope):
    """A 429 for a quota on a count: Retry-After and the RateLimit pair, consistent."""
    err = assert_error(response, 429, "rate_limited")
    retry = int(response.headers["Retry-After"])
    assert retry >= 1
    assert response.headers["RateLimit-Policy"] == f'{limit};comment="{scope}"'
    assert response.headers["RateLimit"] == f"limit={limit}, remaining=0, reset={retry}"
    return err, retry


# Stored bytes

def test_declared_sizes_past_the_users_stored_bytes_are_413(stack):
    c = stack.client()
    err = assert_error(declare(c, STORED + 1), 413, "payload_too_large", "files")
    assert "per user" in err["message"]
    first = declare(c, STORED - 1000)
    assert first.status_code == 201, first.text
    # Pending uploads count at their declared sizes.
    assert_error(declare(c, 1001), 413, "payload_too_large", "files")
    assert declare(c, 1000).status_code == 201
    # Another user's bytes are their own; deleting makes room.
    assert declare(stack.client(), STORED).status_code == 201
    assert c.delete(f"/data/uploads/{first.json()['upload_id']}").status_code == 200
    assert declare(c, STORED - 1000).status_code == 201


def test_sizes_found_at_confirm_are_checked_against_the_stored_bytes(stack):
    c = stack.client()
    holder = declare(c, STORED - 1000).json()
    # No size declared: only the confirm can tell how big the file is.
    up = c.post("/data/upload", {"files": [{"filename": "u.csv", "content_type": "text/csv"}]}).json()
    f = up["files"][0]
    assert c.put_file(f["presigned_url"], b"x\n" + b"1\n" * 1000).status_code in (201, 204)

    def confirm():
        return c.post(f"/uploads/{up['upload_id']}/status", {"status": "complete", "files": [{"filename": "u.csv", "s3_key": f["s3_key"]}]})

    err = assert_error(confirm(), 413, "payload_too_large", "files")
    assert "2002 bytes" in err["message"] and "per user" in err["message"]
    assert c.get(f"/uploads/{up['upload_id']}").json()["status"] == "pending"
    # Room made, the same upload can be confirmed.
    assert c.delete(f"/data/uploads/{holder['upload_id']}").status_code == 200
    assert confirm().status_code == 202
    assert c.wait_upload(up["upload_id"])["status"] == "complete"


def test_exports_count_and_are_refused_at_the_quota(stack):
    c = stack.client()
    data = b"a,b\n1,x\n2,y\n"
    up = c.upload({"t.csv": data})
    holder = declare(c, STORED - len(data)).json()
    assert_error(c.post("/data/export", {"upload_id": up["upload_id"]}), 413, "payload_too_large", "upload_id")
    assert c.delete(f"/data/uploads/{holder['upload_id']}").status_code == 200
    r = c.post("/data/export", {"upload_id": up["upload_id"]})
    assert r.status_code == 202, r.text
    assert c.wait_job(r.json()["export_id"])["status"] == "completed"
    # The export's file now takes part of the quota.
    assert_error(declare(c, STORED - len(data)), 413, "payload_too_large", "files")


# Counts: pending uploads, sessions, queued jobs, running queries

def test_pending_uploads_past_the_quota_are_429(stack):
    c = stack.client()
    created = [declare(c, 10).json() for _ in range(PENDING)]
    assert all("upload_id" in u for u in created), created
    _, retry = assert_count_quota(declare(c, 10), PENDING, "pending uploads per user")
    # When the oldest one's URLs expire (an hour by default).
    assert 3500 < retry <= 3600
    assert declare(stack.client(), 10).status_code == 201
    # Confirming one frees its place.
    f = created[0]["files"][0]
    assert c.put_file(f["presigned_url"], b"x\n1234567\n").status_code in (201, 204)
    r = c.post(f"/uploads/{created[0]['upload_id']}/status", {"status": "complete", "files": [{"filename": "a.csv", "s3_key": f["s3_key"]}]})
    assert r.status_code == 202, r.text
    assert declare(c, 10).status_code == 201


def test_the_sixth_session_429_carries_the_ratelimit_headers(client):
    """On the main stack, with the contract's 5 active sessions."""
    up = client.upload({"t.csv": b"a\n1\n"})
    for _ in range(5):
        client.session_for(up["upload_id"])
    _, retry = assert_count_quota(client.post("/data/sessions", {"upload_id": up["upload_id"]}), 5, "active sessions per user")
    assert 86000 < retry <= 86400


@pytest.fixture(scope="module")
def busy(stack):
    """A user with a million-row upload, whose Parquet exports take about half a second each:
    long enough for a queue of them to last while a test looks at it."""
    c = stack.client()
    data = "id,category,flag,amount\n" + "".join(f"{i},c{i % 7},{'true' if i % 3 else 'false'},{i % 1000}\n" for i in range(1_000_000))
    up = c.upload({"big.csv": data.encode()})
    assert up["status"] == "complete", up
    return c, up["upload_id"]


def queue_exports(client, upload_id, n):
    ids = []
    for _ in range(n):
        r = client.post("/data/export", {"upload_id": upload_id, "format": "parquet"})
        assert r.status_code == 202, r.text
        ids.append(r.json()["export_id"])
    return ids


def drain(client, ids):
    for i in ids:
        assert client.wait_job(i)["status"] == "completed"


def still_pending(client, ids):
    # Newest first: the last queued are the last to start.
    return [i for i in reversed(ids) if client.get(f"/jobs/{i}").json()["status"] == "pending"]


def test_queued_jobs_past_the_quota_are_429(busy):
    c, upload_id = busy
    exports = queue_exports(c, upload_id, JOBS)
    try:
        _, retry = assert_count_quota(c.post("/data/export", {"upload_id": upload_id}), JOBS, "queued jobs per user")
        assert retry <= 600
        # Analyses count too.
        assert_count_quota(c.post("/data/analyze", {"upload_id": upload_id}), JOBS, "queued jobs per user")
    finally:
        drain(c, exports)
    r = c.post("/data/analyze", {"upload_id": upload_id})
    assert r.status_code == 202, r.text
    assert c.wait_job(r.json()["job_id"])["status"] == "completed"


def test_running_queries_past_the_quota_are_429(stack):
    c = stack.client()
    up = c.upload({"t.csv": b"a\n1\n"})
    sessions = [c.session_for(up["upload_id"]) for _ in range(2)]
    slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"
    results = []

    def run_slow():
        # A connection of its own (a requests.Session is not for threads), the same user. The
        # probe below may hold a place for a moment: then wait and try again.
        mine = Client(c.token, base_url=stack.base_url)
        while (r := mine.sql(sessions[0], slow)).status_code == 429:
            time.sleep(0.05)
        results.append(r)

    threads = [threading.Thread(target=run_slow) for _ in range(CONCURRENT)]
    for t in threads:
        t.start()
    refused = None
    # Until both slow queries are running, a quick one still goes through.
    while any(t.is_alive() for t in threads) and refused is None:
        r = c.sql(sessions[1], "SELECT 1")
        if r.status_code == 429:
            refused = r
        time.sleep(0.05)
    for t in threads:
        t.join()
    assert refused is not None, "a third query of the user ran while two were running"
    # Per user, not per session: the slow ones run on the other session.
    err, _ = assert_count_quota(refused, CONCURRENT, "concurrent queries per user")
    assert "at once" in err["message"]
    assert [r.status_code for r in results] == [422, 422]  # stopped at the time limit
    assert c.sql(sessions[1], "SELECT 1").status_code == 200


def test_query_rate_is_kept_per_user_across_sessions(stack):
    c = stack.client()
    up = c.upload({"t.csv": b"a\n1\n"})
    first = c.session_for(up["upload_id"])
    for i in range(SESSION_RATE):
        r = c.sql(first, "SELECT 1")
        assert r.status_code == 200, (i, r.text)
    err = assert_error(c.sql(first, "SELECT 1"), 429, "rate_limited")
    assert "per session" in err["message"]
    # A new session does not bring a new allowance: the user has 10 left, not 30.
    assert c.delete(f"/data/sessions/{first}").status_code == 200
    second = c.session_for(up["upload_id"])
    for i in range(USER_RATE - SESSION_RATE):
        r = c.sql(second, "SELECT 1")
        assert r.status_code == 200, (i, r.text)
    assert r.headers["RateLimit-Policy"] == f'{SESSION_RATE};w=60;comment="per session", {USER_RATE};w=60;comment="per user"'
    assert r.headers["RateLimit"].startswith(f"limit={USER_RATE}, remaining=0, reset=")
    r = c.sql(second, "SELECT 1")
    err = assert_error(r, 429, "rate_limited")
    assert "per user" in err["message"]
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    assert r.headers["RateLimit"] == f"limit={USER_RATE}, remaining=0, reset={r.headers['Retry-After']}"
    # Another user keeps their own allowance.
    other = stack.client()
    assert other.sql(other.session_for(other.upload({"t.csv": b"a\n1\n"})["upload_id"]), "SELECT 1").status_code == 200


# Jobs in turn

def test_one_users_exports_do_not_hold_back_anothers_analysis(stack, busy):
    a, upload_id = busy
    b = stack.client()
    small = b.upload({"s.csv": b"a,b\n1,2\n3,4\n"})
    exports = queue_exports(a, upload_id, JOBS)
    try:
        r = b.post("/data/analyze", {"upload_id": small["upload_id"]})
        assert r.status_code == 202, r.text
        analysis = b.wait_job(r.json()["job_id"])
        waiting = still_pending(a, exports)
        assert analysis["status"] == "completed"
        assert waiting, "B's analysis waited until A's whole queue had started"
    finally:
        drain(a, exports)
    last_export = max(a.get(f"/jobs/{e}").json()["completed_at"] for e in exports)
    assert analysis["completed_at"] <= last_export


def test_another_users_upload_is_processed_while_one_user_has_a_queue(stack, busy):
    a, upload_id = busy
    b = stack.client()
    exports = queue_exports(a, upload_id, JOBS)
    try:
        up = b.upload({"s.csv": b"a,b\n1,2\n"})
        waiting = still_pending(a, exports)
        assert up["status"] == "complete"
        assert waiting, "B's ingest waited until A's whole queue had started"
    finally:
        drain(a, exports)
