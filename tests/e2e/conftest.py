"""Fixtures for the end-to-end tests: they talk HTTPS to the real stack (nginx + spawn-fcgi +
the release binary) that scripts/test started, as a user with curl or requests would."""
import json
import os
import subprocess
import time
import uuid

import pytest
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

BASE_URL = os.environ.get("PLEXE_BASE_URL", "https://localhost:8443")
REPO = os.environ.get("PLEXE_REPO_ROOT", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
HOME = os.environ.get("PLEXE_HOME", os.path.join(REPO, "var"))
# The stack's store (scripts/test: PLEXE_TEST_STORE=s3 runs it with PLEXE_STORE=s3).
STORE = os.environ.get("PLEXE_STORE", "local")
# What a presigned PUT answers: nginx's DAV module 201 (new) or 204 (replaced); the object store 200.
PUT_OK = (201, 204) if STORE == "local" else (200,)
# For tests of what only the local store has: nginx's /storage/ location and its auth_request
# check, files under $PLEXE_HOME/files, downloads through X-Accel-Redirect.
def put_ok(url, base_url=BASE_URL):
    """PUT_OK for a URL of this stack's nginx, or of an object store (a second stack may run
    with local files while the main one uses the store)."""
    return (201, 204) if url.startswith(base_url + "/") else (200,)


def data_database(upload_id):
    """The path of the upload's database on this machine: `data/<upload>.sqlite`, or with
    PLEXE_STORE=s3 this node's cached copy of its current version."""
    if STORE == "local":
        return os.path.join(HOME, "data", upload_id + ".sqlite")
    import glob
    copies = sorted(glob.glob(os.path.join(HOME, "cache", upload_id + ".*.sqlite")))
    if copies:
        return copies[-1]  # versions start with their time: the newest last
    # A cluster's front (scripts/cluster test) serves no queries and caches nothing: the nodes
    # do. The store's newest published version is what any node would fetch.
    versions = [k for k in stored_keys(f"uploads/{upload_id}/") if k.rsplit("/", 1)[-1].startswith("database-")]
    assert versions, f"no cached or stored database of {upload_id}"
    path = os.path.join(_downloaded_databases(), versions[-1].replace("/", "_"))
    if not os.path.exists(path):
        with open(path + ".part", "wb") as f:
            f.write(read_stored(versions[-1]))
        os.replace(path + ".part", path)
    return path


def _downloaded_databases():
    import tempfile
    global _DOWNLOADS
    if _DOWNLOADS is None:
        _DOWNLOADS = tempfile.mkdtemp(prefix="plexe-e2e-databases.")
        import atexit
        import shutil
        atexit.register(shutil.rmtree, _DOWNLOADS, True)
    return _DOWNLOADS


_DOWNLOADS = None


def outbox_messages():
    """The messages written to the outbox (no SMTP relay configured): the stack's
    `outbox/*.eml`, or against a cluster (scripts/cluster test) every node's, since the node
    that ran the job wrote it."""
    import glob
    cluster = os.environ.get("PLEXE_CLUSTER_HOME")
    homes = [HOME] + (sorted(glob.glob(os.path.join(cluster, "node*"))) if cluster else [])
    return {path for home in homes for path in glob.glob(os.path.join(home, "outbox", "*.eml"))}


local_store_only = pytest.mark.skipif(STORE != "local", reason="the local store's files and nginx locations (PLEXE_STORE=local)")


class Client:
    """A small API client: JSON in, (status, body) out, TLS checks off for the self-signed cert."""

    def __init__(self, token=None, base_url=None):
        self.token = token
        self.base_url = base_url or BASE_URL
        self.session = requests.Session()
        self.session.trust_env = False  # the environment's CA bundle would override verify=False
        self.session.verify = False

    def headers(self, extra=None):
        h = {}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        h.update(extra or {})
        return h

    def request(self, method, path, body=None, raw=None, headers=None, **kw):
        url = path if path.startswith("http") else self.base_url + path
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        h = self.headers(headers)
        if data is not None and "Content-Type" not in h:
            h["Content-Type"] = "application/json"
        return self.session.request(method, url, data=data, headers=h, timeout=60, **kw)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body=body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def put_file(self, url, data):
        """PUT raw bytes to a presigned URL, with no Authorization header (as curl -T would)."""
        return self.session.put(url, data=data, timeout=120)

    # Higher-level flows

    def upload(self, files, name="test upload", wait=True):
        """Creates an upload for {filename: bytes}, PUTs each file, confirms, waits for the end."""
        spec = [{"filename": n, "content_type": content_type(n), "size_bytes": len(b)} for n, b in files.items()]
        r = self.post("/data/upload", {"name": name, "files": spec})
        assert r.status_code == 201, r.text
        created = r.json()
        for f in created["files"]:
            put = self.put_file(f["presigned_url"], files[f["filename"]])
            assert put.status_code in put_ok(f["presigned_url"], self.base_url), put.text
        r = self.post(f"/uploads/{created['upload_id']}/status", {
            "status": "complete",
            "files": [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in created["files"]]})
        assert r.status_code == 202, r.text
        if wait:
            return self.wait_upload(created["upload_id"])
        return created["upload_id"]

    def wait_upload(self, upload_id, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.get(f"/uploads/{upload_id}")
            assert r.status_code == 200, r.text
            if r.json()["status"] in ("complete", "failed"):
                return r.json()
            time.sleep(0.1)
        raise AssertionError(f"upload {upload_id} did not finish")

    def wait_job(self, job_id, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            r = self.get(f"/jobs/{job_id}")
            assert r.status_code == 200, r.text
            if r.json()["status"] in ("completed", "failed"):
                return r.json()
            time.sleep(0.1)
        raise AssertionError(f"job {job_id} did not finish")

    def session_for(self, upload_id, **extra):
        r = self.post("/data/sessions", {"upload_id": upload_id, **extra})
        assert r.status_code == 201, r.text
        return r.json()["session_id"]

    def sql(self, session_id, query, **extra):
        return self.post("/data/query", {"session_id": session_id, "query_type": "sql", "query": query, **extra})


def content_type(name):
    if name.endswith(".json"):
        return "application/json"
    if name.endswith((".ndjson", ".jsonl")):
        return "application/x-ndjson"
    if name.endswith(".parquet"):
        return "application/vnd.apache.parquet"
    if name.endswith(".xlsx"):
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return "text/csv"


def store_client():
    """boto3 on the stack's bucket (PLEXE_STORE=s3)."""
    import configparser

    import boto3
    import botocore.config
    parser = configparser.ConfigParser()
    parser.read(os.environ["PLEXE_S3_CREDENTIALS_FILE"])
    return boto3.client(
        "s3", endpoint_url=os.environ["PLEXE_S3_ENDPOINT"], region_name=os.environ.get("PLEXE_S3_REGION", "us-east-1"),
        aws_access_key_id=parser["default"]["aws_access_key_id"], aws_secret_access_key=parser["default"]["aws_secret_access_key"],
        config=botocore.config.Config(signature_version="s3v4", s3={"addressing_style": "path"}))


def stored_keys(prefix):
    """The keys the stack's store holds under `prefix` (`uploads/upload_x/`, `incoming/uploads/upload_x/`,
    `exports/export_y/`): files under $PLEXE_HOME/files, or objects of the bucket."""
    if STORE == "s3":
        listing = store_client().list_objects_v2(Bucket=os.environ["PLEXE_S3_BUCKET"], Prefix=prefix)
        return sorted(o["Key"] for o in listing.get("Contents", []))
    files = os.path.join(HOME, "files")
    return sorted(os.path.relpath(os.path.join(d, f), files) for d, _, names in os.walk(os.path.join(files, prefix)) for f in names)


def read_stored(key):
    if STORE == "s3":
        return store_client().get_object(Bucket=os.environ["PLEXE_S3_BUCKET"], Key=key)["Body"].read()
    with open(os.path.join(HOME, "files", key), "rb") as f:
        return f.read()


def catalog_execute(sql, params=()):
    """Runs one statement (`?` placeholders) on the stack's catalog, as a test that moves time
    forward does: SQLite in PLEXE_HOME, or PostgreSQL at PLEXE_CATALOG_URL through psql, which
    quotes each parameter as a literal (`:'name'`)."""
    url = os.environ.get("PLEXE_CATALOG_URL")
    if not url:
        import sqlite3
        db = sqlite3.connect(os.path.join(HOME, "state", "catalog.sqlite"), timeout=10)
        db.execute(sql, params)
        db.commit()
        db.close()
        return
    names = iter(range(len(params)))
    text = "".join(f":'p{next(names)}'" if part == "?" else part for part in sql.replace("?", "\0?\0").split("\0"))
    variables = [arg for i, value in enumerate(params) for arg in ("-v", f"p{i}={value}")]
    subprocess.run(["psql", url, "-X", "-q", "-v", "ON_ERROR_STOP=1", *variables], input=text + ";\n", text=True, check=True,
                   capture_output=True)


def free_port():
    """A port nobody listens on now, for a server a test starts itself (a mail sink, a second
    store); the shell scripts have theirs in scripts/lib.sh."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def create_token(email=None):
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
    out = subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; create_token "{email}"'],
                         check=True, capture_output=True, text=True, env=os.environ)
    return out.stdout.strip()


def responder(command):
    subprocess.run([os.path.join(REPO, "scripts", "responder"), command], check=True, env=os.environ)


def wait_healthy(timeout=20):
    c = Client()
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if c.get("/healthz").status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise AssertionError("the stack did not become healthy")


@pytest.fixture
def client():
    return Client(create_token())


@pytest.fixture
def other_client():
    return Client(create_token())


@pytest.fixture
def anon():
    return Client()


def assert_error(response, status, code, param=None):
    assert response.status_code == status, f"{response.status_code} {response.text}"
    body = response.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert err["code"] == code, body
    assert err["request_id"].startswith("req_"), body
    assert response.headers.get("X-Request-Id") == err["request_id"]
    if param is not None:
        assert err.get("param") == param, body
    return err


class SecondStack:
    """Another stack beside the main one (own PLEXE_HOME and port), for settings that apply to
    a whole stack, such as an SMTP relay. Also shows two stacks running side by side."""

    def __init__(self, **env):
        import tempfile
        self.home = tempfile.mkdtemp(prefix="plexe-second.")
        s = __import__("socket").socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        # Its own catalog: it must not share the main stack's bucket when that one runs with
        # PLEXE_STORE=s3 (each stack's sweep removes the objects its catalog does not own).
        # Nor the catalog of a cluster (scripts/cluster test: PLEXE_CATALOG_URL), for the same reason.
        inherited = {k: v for k, v in os.environ.items() if k not in ("PLEXE_STORE", "PLEXE_CATALOG_URL") and not k.startswith("PLEXE_S3_")}
        self.env = dict(inherited, PLEXE_HOME=self.home, PLEXE_HTTPS_PORT=str(self.port),
                        PLEXE_BASE_URL=f"https://localhost:{self.port}", **env)
        self.base_url = self.env["PLEXE_BASE_URL"]

    def __enter__(self):
        binary = os.path.join(HOME, "bin", "plexe-data")
        subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; stack_start "{binary}"'],
                       check=True, env=self.env, capture_output=True)
        return self

    def __exit__(self, *exc):
        subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; stack_stop quiet'], env=self.env, capture_output=True)
        __import__("shutil").rmtree(self.home, ignore_errors=True)

    def client(self):
        out = subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; create_token "u{uuid.uuid4().hex[:8]}@example.com"'],
                             check=True, capture_output=True, text=True, env=self.env)
        c = Client(out.stdout.strip())
        c.base_url = self.base_url
        return c


def pytest_collection_modifyitems(config, items):
    """Against a cluster (scripts/cluster test), the tests of one stack's own processes and
    files are skipped with their reason (cluster_selection.py)."""
    if not os.environ.get("PLEXE_CLUSTER_HOME"):
        return
    from cluster_selection import skip_reason
    for item in items:
        reason = skip_reason(item.nodeid)
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"cluster: {reason}"))
