"""PLEXE_STORE=s3 end to end: a private stack whose files and upload databases live in a real
S3 store (Ceph's radosgw of scripts/s3store.sh, which checks every signature itself), walked
along the user's path with plain HTTP clients: the presigned PUT goes to the store (which refuses
a body longer than declared), confirm moves the file to a key no URL was signed for, the ingest
streams it from the store and publishes the upload's database there, previews, SQL and English
questions and an analysis read it, an export is written to the store and downloaded with the
store's presigned GET, and deleting the upload deletes its objects."""
import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
import urllib.parse

import pytest
import requests

from conftest import HOME, REPO, Client, assert_error
from test_s3store import free_port, object_exists, s3_client, store  # noqa: F401 (store is a fixture)


class S3ModeStack:
    """A stack of its own (PLEXE_HOME, port) in S3 mode on the store's bucket."""

    def __init__(self, store_settings, **env):
        self.home = tempfile.mkdtemp(prefix="plexe-s3mode.")
        self.port = free_port()
        # The responder runs as the service user: it reads its own copy of the credentials.
        credentials = os.path.join(self.home, "s3-credentials")
        shutil.copyfile(store_settings["S3STORE_CREDENTIALS_FILE"], credentials)
        # A catalog of its own too: against a cluster (scripts/cluster test) the environment
        # names the cluster's PostgreSQL catalog, whose jobs are on another bucket.
        inherited = {k: v for k, v in os.environ.items() if k != "PLEXE_CATALOG_URL"}
        self.env = dict(
            inherited, PLEXE_HOME=self.home, PLEXE_HTTPS_PORT=str(self.port), PLEXE_BASE_URL=f"https://localhost:{self.port}",
            PLEXE_STORE="s3", PLEXE_S3_ENDPOINT=store_settings["S3STORE_ENDPOINT"], PLEXE_S3_REGION=store_settings["S3STORE_REGION"],
            PLEXE_S3_BUCKET=store_settings["S3STORE_BUCKET"], PLEXE_S3_CREDENTIALS_FILE=credentials, **env)
        self.base_url = self.env["PLEXE_BASE_URL"]

    def shell(self, command):
        return subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; {command}'],
                              env=self.env, capture_output=True, text=True)

    def __enter__(self):
        binary = os.path.join(HOME, "bin", "plexe-data")
        # Readable by the service user's group only, as the operator would keep it.
        started = self.shell('chgrp "$(id -gn "$(service_user)")" "$PLEXE_HOME/s3-credentials" '
                             f'&& chmod 0640 "$PLEXE_HOME/s3-credentials" && stack_start "{binary}"')
        assert started.returncode == 0, started.stdout + started.stderr
        return self

    def __exit__(self, *exc):
        self.shell("stack_stop quiet")
        shutil.rmtree(self.home, ignore_errors=True)

    def client(self, email):
        out = self.shell(f'create_token "{email}"')
        assert out.returncode == 0, out.stderr
        return Client(out.stdout.strip(), base_url=self.base_url)

    def log(self):
        with open(os.path.join(self.home, "logs", "app.log")) as f:
            return f.read()


@pytest.fixture(scope="module")
def stack(store):  # noqa: F811 (the fixture imported above)
    with S3ModeStack(store) as s:
        yield s


@pytest.fixture(scope="module")
def s3(store):  # noqa: F811
    return s3_client(store)


@pytest.fixture
def http():
    session = requests.Session()
    session.trust_env = False
    return session


def keys(s3, store, prefix):  # noqa: F811
    listing = s3.list_objects_v2(Bucket=store["S3STORE_BUCKET"], Prefix=prefix)
    return sorted(o["Key"] for o in listing.get("Contents", []))


def people_csv(rows):
    lines = ["id,name,city,age"] + [f"{i},name {i},{['Oslo', 'Rome', 'Lima'][i % 3]},{20 + i % 50}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def test_the_user_path_runs_through_the_store(stack, store, s3, http):  # noqa: F811
    client = stack.client("s3-user@example.com")
    data = people_csv(5000)
    r = client.post("/data/upload", {"name": "s3", "files": [{"filename": "people.csv", "content_type": "text/csv",
                                                                "size_bytes": len(data)}]})
    assert r.status_code == 201, r.text
    created = r.json()
    upload_id = created["upload_id"]
    url = created["files"][0]["presigned_url"]
    parsed = urllib.parse.urlsplit(url)
    query = urllib.parse.parse_qs(parsed.query)
    # A SigV4 URL of the store itself, for the staged key, with the declared length signed.
    assert url.startswith(f'{store["S3STORE_ENDPOINT"]}/{store["S3STORE_BUCKET"]}/incoming/uploads/{upload_id}/'), url
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert query["X-Amz-SignedHeaders"] == ["content-length;host"]
    assert query["X-Amz-Credential"][0].endswith(f'/{store["S3STORE_REGION"]}/s3/aws4_request')

    # The store refuses a body longer than declared (the server is not on this path at all).
    r = http.put(url, data=data + b"9,extra,Oslo,30\n")
    assert r.status_code == 403 and "SignatureDoesNotMatch" in r.text, r.text
    assert keys(s3, store, f"incoming/uploads/{upload_id}/") == []
    r = http.put(url, data=data)
    assert r.status_code == 200, r.text

    r = client.post(f"/uploads/{upload_id}/status", {"status": "complete", "files": [
        {"filename": "people.csv", "s3_key": created["files"][0]["s3_key"]}]})
    assert r.status_code == 202, r.text
    assert keys(s3, store, "incoming/") == []
    # The confirmed file has moved in; the ingest may already have published its database
    # beside it (it runs at once on another worker, and 5,000 rows take milliseconds).
    moved = keys(s3, store, f"uploads/{upload_id}/")
    assert f"uploads/{upload_id}/0-people.csv" in moved, moved
    assert all(k == f"uploads/{upload_id}/0-people.csv" or "/database-" in k for k in moved), moved
    # A late PUT to the same URL only writes the staged key again: the confirmed file stays.
    r = http.put(url, data=data.replace(b"Oslo", b"OSLO"))
    assert r.status_code == 200
    up = client.wait_upload(upload_id)
    assert up["status"] == "complete", up
    assert s3.get_object(Bucket=store["S3STORE_BUCKET"], Key=f"uploads/{upload_id}/0-people.csv")["Body"].read() == data
    published = [k for k in keys(s3, store, f"uploads/{upload_id}/") if "/database-" in k]
    assert len(published) == 1, published

    # Previews (a byte range of the stored CSV, deep in it), SQL, an English question.
    r = client.get(f"/data/uploads/{upload_id}/files/people.csv/preview?limit=2&offset=3000")
    assert r.status_code == 200, r.text
    assert r.json()["data"] == [["3000", "name 3000", "Oslo", "20"], ["3001", "name 3001", "Rome", "21"]]
    session = client.session_for(upload_id)
    r = client.sql(session, "SELECT city, COUNT(*) AS n FROM people GROUP BY city ORDER BY city")
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [["Lima", 1666], ["Oslo", 1667], ["Rome", 1667]]
    r = client.post("/data/query", {"session_id": session, "query_type": "natural_language", "query": "how many people are there"})
    assert r.status_code == 200, r.text
    assert r.json()["rows"] == [[5000]]

    # An analysis.
    r = client.post("/data/analyze", {"upload_id": upload_id, "analysis_type": "basic"})
    assert r.status_code == 202, r.text
    assert client.wait_job(r.json()["job_id"])["status"] == "completed"

    # An export, written to the store and downloaded from it with its presigned GET.
    r = client.post("/data/export", {"upload_id": upload_id, "format": "csv"})
    assert r.status_code == 202, r.text
    export_id = r.json()["export_id"]
    client.wait_job(export_id)
    r = client.get(f"/data/export/{export_id}")
    assert r.json()["status"] == "completed", r.text
    download_url = r.json()["files"][0]["download_url"]
    assert download_url.startswith(f'{store["S3STORE_ENDPOINT"]}/{store["S3STORE_BUCKET"]}/exports/{export_id}/'), download_url
    download = http.get(download_url)
    assert download.status_code == 200, download.text
    assert download.headers["Content-Disposition"].startswith('attachment; filename="people.csv"')
    assert download.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.text)))
    assert rows[0] == ["id", "name", "city", "age"] and len(rows) == 5001
    # A URL changed after signing is refused by the store.
    tampered = download_url.replace("X-Amz-Expires=", "X-Amz-Expires=1")
    assert http.get(tampered).status_code == 403
    # The download route, with the owner's token, redirects to the store.
    r = client.get(f"/data/export/{export_id}/people.csv", allow_redirects=False)
    assert r.status_code == 302 and r.headers["Location"].startswith(store["S3STORE_ENDPOINT"]), r.text
    assert http.get(r.headers["Location"]).content == download.content

    # Deleting the upload deletes its objects and its export's.
    assert client.delete(f"/data/uploads/{upload_id}").status_code == 200
    assert keys(s3, store, f"uploads/{upload_id}/") == []
    assert keys(s3, store, f"exports/{export_id}/") == []
    assert keys(s3, store, f"incoming/uploads/{upload_id}/") == []


def test_mistakes_stay_the_users_and_the_store_checks_the_size(stack, store, s3, http):  # noqa: F811
    client = stack.client("s3-mistakes@example.com")
    r = client.post("/data/upload", {"files": [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]})
    created = r.json()
    confirm = {"status": "complete", "files": [{"filename": "a.csv", "s3_key": created["files"][0]["s3_key"]}]}
    # Not uploaded yet: the user's mistake, as on one machine.
    assert_error(client.post(f"/uploads/{created['upload_id']}/status", confirm), 422, "validation_failed", "files")
    # A shorter body than declared is refused by the store too.
    r = http.put(created["files"][0]["presigned_url"], data=b"a\n")
    assert r.status_code == 403, r.text
    assert http.put(created["files"][0]["presigned_url"], data=b"a\n1\n").status_code == 200
    assert client.post(f"/uploads/{created['upload_id']}/status", confirm).status_code == 202
    assert client.wait_upload(created["upload_id"])["status"] == "complete"


def test_the_console_uploads_straight_to_the_store(stack, store, s3, http):  # noqa: F811
    """The web console in S3 mode: its policy lets its pages connect to the store, the server
    has set the bucket's CORS rule for the console's origin at start, and the browser's PUT goes
    to the store's presigned URL (not to the console's own origin), preflight and all."""
    from selenium.webdriver.common.by import By
    from test_console import errors_in_log, sign_in, text_in, visible, drop_files, new_browser

    index = http.get(stack.base_url + "/console/", verify=False)
    assert f"connect-src 'self' {store['S3STORE_ENDPOINT']};" in index.headers["Content-Security-Policy"], index.headers
    # The rule is set in the background at start: it is there once the log says so.
    for _ in range(100):
        if "the bucket accepts browsers' transfers" in stack.log():
            break
        time.sleep(0.1)
    rules = s3.get_bucket_cors(Bucket=store["S3STORE_BUCKET"])["CORSRules"]
    assert rules[0]["AllowedOrigins"] == [stack.base_url] and "PUT" in rules[0]["AllowedMethods"], rules

    client = stack.client("s3-console@example.com")
    browser = new_browser()
    try:
        browser.get(stack.base_url + "/console/#/uploads")
        sign_in(browser, client.token)
        text_in(browser, "h1", "Uploads")
        browser.get_log("browser")
        visible(browser, "#upload-name").send_keys("From the browser")
        drop_files(browser, [["people.csv", "text/csv", people_csv(300).decode()]])
        text_in(browser, ".upload-state", "rows loaded", timeout=60)
        assert "300 rows loaded" in browser.find_element(By.CSS_SELECTOR, ".upload-state").text
        assert errors_in_log(browser) == []
    finally:
        browser.quit()
    listed = client.get("/data/uploads").json()["uploads"]
    assert [(u["name"], u["status"], [f["rows"] for f in u["files"]]) for u in listed] == [("From the browser", "complete", [300])]
    upload_id = listed[0]["upload_id"]
    # The bytes went to the store: the confirmed object is there, and nginx's /storage/ saw nothing.
    assert keys(s3, store, f"uploads/{upload_id}/") != []
    access_log = os.path.join(stack.home, "logs", "nginx-access.log")
    if os.path.exists(access_log):
        assert f"/storage/uploads/{upload_id}" not in open(access_log).read()


def test_readiness_checks_the_store(stack, store, http):  # noqa: F811
    """/readyz asks the store (a HEAD of the bucket, radosgw checking the signature): ready
    while it answers; a node configured with a bucket the store does not have is not ready,
    and says why."""
    ready = http.get(stack.base_url + "/readyz", verify=False)
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"]["object_store_reachable"] is True
    missing = "plexe-missing-" + os.urandom(4).hex()
    with S3ModeStack(dict(store, S3STORE_BUCKET=missing)) as other:
        r = http.get(other.base_url + "/readyz", verify=False)
        error = assert_error(r, 503, "service_unavailable")
        assert f"the object store cannot be used: HEAD bucket {missing} answered HTTP 404 (no such bucket)" in error["message"], r.text
