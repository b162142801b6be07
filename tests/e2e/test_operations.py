"""Operations (README, "Operations"): the nginx snippet inside an outer server {} of an
operator's own, systemd socket activation, /metrics, JSON logs and their rotation, backup
and restore.

Each test here runs a private stack of its own (own PLEXE_HOME, ports and certificate):
the responder started by systemd-socket-activate (the socket as LISTEN_FDS, as
plexe-data.socket hands it over), and an nginx whose configuration this file writes,
including only the rendered snippet and its http {} part."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
import uuid

import pytest
import requests

from conftest import HOME, REPO, Client, assert_error, free_port

CSV = b"id,city,amount\n" + b"".join(f"{i},{['Oslo', 'Lima', 'Kyiv'][i % 3]},{i * 2}\n".encode() for i in range(90))


def wait_for(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


OUTER_CONF = """
{user_line}
worker_processes 1;
pid {home}/run/nginx.pid;
error_log {home}/logs/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {home}/nginx/tmp/body;
    proxy_temp_path {home}/nginx/tmp/proxy;
    fastcgi_temp_path {home}/nginx/tmp/fastcgi;
    uwsgi_temp_path {home}/nginx/tmp/uwsgi;
    scgi_temp_path {home}/nginx/tmp/scgi;

    include {conf}/plexe-data.http.conf;

    # An operator's site, as nginx/examples/plexe-data.site.conf shows it: port 80 for ACME
    # and a redirect, TLS with HSTS and gzip for JSON, the API's part from the snippet.
    server {{
        listen 127.0.0.1:{http_port};
        server_name data.ops-test.example;
        location /.well-known/acme-challenge/ {{
            root {acme};
            default_type text/plain;
        }}
        location / {{
            return 301 https://$host:{https_port}$request_uri;
        }}
    }}
    server {{
        listen {https_port} ssl http2;
        server_name data.ops-test.example;
        ssl_certificate {cert};
        ssl_certificate_key {key};
        add_header Strict-Transport-Security "max-age=63072000" always;
        gzip on;
        gzip_types application/json;
        access_log {home}/logs/ops-access.log plexe_data;
        include {conf}/plexe-data.conf;
    }}
}}
"""


class OpsStack:
    """A private stack: the installed binary of the main stack, socket-activated, behind an
    nginx configuration of the test's own that includes the rendered snippet."""

    def __init__(self, home=None, **env):
        self.home = home or tempfile.mkdtemp(prefix="plexe-ops.")
        self.https_port, self.http_port = free_port(), free_port()
        self.base_url = f"https://localhost:{self.https_port}"
        # Local files: a stack with a catalog of its own must not share the main stack's bucket
        # (each one's sweep would remove the other's objects). Its own SQLite catalog too, not a
        # cluster's PostgreSQL one (scripts/cluster test): that would hand it the cluster's jobs,
        # and its backup and restore are of a SQLite catalog.
        inherited = {k: v for k, v in os.environ.items() if k not in ("PLEXE_STORE", "PLEXE_CATALOG_URL") and not k.startswith("PLEXE_S3_")}
        self.env = dict(inherited, PLEXE_HOME=self.home, PLEXE_HTTPS_PORT=str(self.https_port), PLEXE_BASE_URL=self.base_url,
                        PLEXE_LAUNCHER="socket-activate", PLEXE_LOG_FORMAT="json", **env)
        self.env.pop("PLEXE_KEEP_TEST_HOME", None)
        self.nginx_pid = None

    def lib(self, command, check=True):
        out = subprocess.run(["bash", "-c", f'set -e; source "{REPO}/scripts/lib.sh"; stack_paths; {command}'],
                             env=self.env, capture_output=True, text=True)
        if check:
            assert out.returncode == 0, out.stderr + out.stdout
        return out

    @property
    def service_user(self):
        return self.lib("service_user").stdout.strip()

    def prepare(self):
        """The layout, the binary, a log directory of the service user's (as LogsDirectory=
        makes /var/log/plexe-data), and a certificate for another name."""
        self.lib(f'secure_layout "$(service_user)"; install_binary "{HOME}/bin/plexe-data" >/dev/null')
        self.app_logs = os.path.join(self.home, "applogs")
        os.makedirs(self.app_logs, exist_ok=True)
        shutil.chown(self.app_logs, self.service_user, self.service_user)
        os.chmod(self.app_logs, 0o750)
        self.env["PLEXE_LOG_FILE"] = os.path.join(self.app_logs, "app.log")
        # certbot's webroot: readable by nginx's workers, whatever umask the test runs under.
        self.acme = os.path.join(self.home, "acme")
        for part in [self.acme, os.path.join(self.acme, ".well-known"), os.path.join(self.acme, ".well-known", "acme-challenge")]:
            os.makedirs(part, exist_ok=True)
            os.chmod(part, 0o755)
        self.lib("ensure_certificate")  # makes tls/, root's
        self.cert, self.key = os.path.join(self.home, "tls", "ops.pem"), os.path.join(self.home, "tls", "ops.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", self.key, "-out", self.cert, "-days", "2",
                        "-subj", "/CN=data.ops-test.example", "-addext", "subjectAltName=DNS:data.ops-test.example,DNS:localhost"],
                       check=True, capture_output=True)
        return self

    def start(self):
        self.nginx_pid = None
        self.lib('user=$(service_user); ensure_certificate; render_nginx_config "$user"; responder_start "$PLEXE_HOME/bin/plexe-data" "$user"')
        conf = os.path.join(self.home, "nginx", "conf")
        user_line = f"user {self.service_user};" if os.getuid() == 0 else ""
        with open(os.path.join(conf, "ops.conf"), "w") as f:
            f.write(OUTER_CONF.format(user_line=user_line, home=self.home, conf=conf, acme=self.acme, http_port=self.http_port,
                                      https_port=self.https_port, cert=self.cert, key=self.key))
        self.nginx_args = ["nginx", "-p", os.path.join(self.home, "nginx"), "-c", "conf/ops.conf", "-e", os.path.join(self.home, "logs", "nginx-error.log")]
        checked = subprocess.run(self.nginx_args[:1] + ["-t", "-q"] + self.nginx_args[1:], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        subprocess.run(self.nginx_args, check=True)
        self.nginx_pid = int(wait_for(lambda: open(os.path.join(self.home, "run", "nginx.pid")).read().strip()
                                      if os.path.exists(os.path.join(self.home, "run", "nginx.pid")) else None))
        assert wait_for(lambda: self.ok("/healthz"), timeout=20), self.tail()
        return self

    def ok(self, path):
        try:
            return Client(base_url=self.base_url).get(path).status_code == 200
        except requests.RequestException:
            return False

    def tail(self):
        out = ""
        for name in [os.path.join(self.home, "logs", "app.log"), self.env.get("PLEXE_LOG_FILE", "/nonexistent")]:
            if os.path.exists(name):
                out += open(name, errors="replace").read()[-2000:]
        return out

    def responder_pid(self):
        return int(self.lib("responder_pid").stdout.strip())

    def stop(self):
        self.lib('pid=$(checked_pid "$NGINX_PID_FILE" "$(nginx_binary)") && kill -QUIT "$pid" || true', check=False)
        self.lib("responder_stop", check=False)

    def client(self, email=None):
        token = self.lib(f'create_token "{email or "ops-" + uuid.uuid4().hex[:8] + "@example.com"}"').stdout.strip()
        return Client(token, base_url=self.base_url)

    def service(self, *args):
        return self.lib("service_command " + " ".join(f"'{a}'" for a in args), check=False)


@pytest.fixture(scope="module")
def ops():
    stack = OpsStack().prepare()
    try:
        stack.start()
    except BaseException:
        stack.stop()
        raise
    yield stack
    stack.stop()
    shutil.rmtree(stack.home, ignore_errors=True)


def export_csv(client, upload_id):
    r = client.post("/data/export", {"upload_id": upload_id, "format": "csv"})
    assert r.status_code == 202, r.text
    export_id = r.json()["export_id"]
    assert client.wait_job(export_id)["status"] == "completed"
    status = client.get(f"/data/export/{export_id}").json()
    return export_id, status["files"][0]["download_url"]


def test_the_responder_was_socket_activated(ops):
    pid = ops.responder_pid()
    # systemd-socket-activate execs the responder, which found its socket in LISTEN_FDS.
    assert os.readlink(f"/proc/{pid}/exe") == os.path.realpath(os.path.join(ops.home, "bin", "plexe-data"))
    # (A notice: flushed within 200 ms.)
    starting = wait_for(lambda: [json.loads(line) for line in open(ops.env["PLEXE_LOG_FILE"]) if '"starting"' in line])
    assert starting and starting[-1]["socket"] == "systemd socket activation", starting


def test_an_outer_server_of_our_own_serves_upload_query_export_through_the_snippet(ops):
    client = ops.client()
    up = client.upload({"cities.csv": CSV})
    assert up["status"] == "complete", up
    session = client.session_for(up["upload_id"])
    r = client.sql(session, "SELECT city, SUM(amount) AS total FROM cities GROUP BY city ORDER BY city")
    assert r.status_code == 200, r.text
    assert [row[1] for row in r.json()["rows"]] == [sum(i * 2 for i in range(90) if i % 3 == k) for k in (2, 1, 0)]
    _, url = export_csv(client, up["upload_id"])
    assert url.startswith(ops.base_url + "/")
    download = Client().session.get(url)
    assert download.status_code == 200 and download.content.splitlines()[0] == b"id,city,amount"
    assert len(download.content.splitlines()) == 91
    # The outer server's headers and gzip apply to the API's answers.
    listing = client.get("/data/uploads", headers={"Accept-Encoding": "gzip"})
    assert listing.headers.get("Strict-Transport-Security") == "max-age=63072000"
    assert listing.headers.get("Content-Encoding") == "gzip" and listing.json()["uploads"]
    # The snippet's own JSON errors.
    assert_error(Client(base_url=ops.base_url).get("/_files/uploads/x"), 404, "not_found")


def test_port_80_serves_the_acme_webroot_and_redirects_the_rest(ops):
    token = uuid.uuid4().hex
    path = os.path.join(ops.acme, ".well-known", "acme-challenge", token)
    with open(path, "w") as f:
        f.write("challenge-" + token)
    os.chmod(path, 0o644)
    r = requests.get(f"http://127.0.0.1:{ops.http_port}/.well-known/acme-challenge/{token}", headers={"Host": "data.ops-test.example"}, timeout=10)
    assert r.status_code == 200 and r.text == "challenge-" + token
    r = requests.get(f"http://127.0.0.1:{ops.http_port}/data/uploads?x=1", headers={"Host": "data.ops-test.example"}, allow_redirects=False, timeout=10)
    assert r.status_code == 301 and r.headers["Location"] == f"https://data.ops-test.example:{ops.https_port}/data/uploads?x=1"


def test_with_the_responder_stopped_nginx_answers_json_502(ops):
    anon = Client(base_url=ops.base_url)
    ops.lib("responder_stop")
    try:
        r = anon.get("/data/uploads")
        assert_error(r, 502, "service_unavailable")  # the error shape, its request_id the X-Request-Id
        assert r.headers["Content-Type"] == "application/json"
        assert_error(anon.get("/metrics"), 502, "service_unavailable")
    finally:
        ops.lib('responder_start "$PLEXE_HOME/bin/plexe-data" "$(service_user)"')
    assert wait_for(lambda: ops.ok("/healthz"), timeout=20)


def scrape(ops):
    r = Client(base_url=ops.base_url).get("/metrics")
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    return r.text


def sample(text, name):
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_pass_promtool_and_move_with_requests(ops):
    before = scrape(ops)
    checked = subprocess.run(["promtool", "check", "metrics"], input=before, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    client = ops.client()
    up = client.upload({"more.csv": CSV})
    assert up["status"] == "complete"
    for _ in range(3):
        assert client.get("/data/uploads").status_code == 200
    after = scrape(ops)
    listing = 'plexe_http_requests_total{method="GET",route="/data/uploads",status="200"}'
    assert sample(after, listing) >= sample(before, listing) + 3
    assert sample(after, 'plexe_jobs_total{type="ingest",outcome="completed"}') >= sample(before, 'plexe_jobs_total{type="ingest",outcome="completed"}') + 1
    assert sample(after, "plexe_ingest_rows_total") >= sample(before, "plexe_ingest_rows_total") + 90
    assert sample(after, "plexe_ingest_bytes_total") >= sample(before, "plexe_ingest_bytes_total") + len(CSV)
    assert 'plexe_jobs_queued{status="pending"}' in after and "plexe_mail_outbox_backlog" in after
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["checks"]["catalog_writable"] is True and ready["checks"]["workers"] >= 1
    assert client.get("/livez").json()["version"] == client.get("/healthz").json()["version"]


def test_metrics_are_refused_from_addresses_not_allowed(ops):
    # Through the machine's own non-loopback address the client is not 127.0.0.1.
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = probe.getsockname()[0]
    except OSError:
        address = None
    finally:
        probe.close()
    if not address or address.startswith("127."):
        pytest.skip("no non-loopback address on this machine")
    # The outer server listens on every address, as the main stack's does.
    other = Client(base_url=f"https://{address}:{ops.https_port}")
    assert other.get("/healthz").status_code == 200
    assert_error(other.get("/metrics"), 404, "not_found")
    assert Client(base_url=ops.base_url).get("/metrics").status_code == 200


def test_json_log_lines_parse_and_logrotate_reopens_the_file(ops):
    client = ops.client()
    assert client.get("/data/uploads?limit=1").status_code == 200
    log = ops.env["PLEXE_LOG_FILE"]
    time.sleep(0.5)  # info lines are flushed every 200 ms
    lines = open(log, encoding="utf-8").read().splitlines()
    assert len(lines) > 10
    objects = [json.loads(line) for line in lines]  # every line, or this raises
    assert all({"ts", "level", "msg"} <= set(o) for o in objects)
    assert any(o["msg"] == "request" and o.get("path") == "/data/uploads" and o.get("status") == "200" for o in objects)

    # The shipped logrotate file, pointed at this stack's log directory and responder.
    shipped = open(os.path.join(REPO, "packaging", "logrotate", "plexe-data")).read()
    start, end = shipped.index("    postrotate"), shipped.index("    endscript")
    conf_text = (shipped[:start] + f"    postrotate\n        kill -HUP {ops.responder_pid()}\n" + shipped[end:]) \
        .replace("/var/log/plexe-data", ops.app_logs).replace("www-data", ops.service_user)
    conf = os.path.join(ops.home, "logrotate.conf")
    with open(conf, "w") as f:
        f.write(conf_text)
    state = os.path.join(ops.home, "logrotate.state")
    rotated = subprocess.run(["logrotate", "-f", "-s", state, conf], capture_output=True, text=True)
    assert rotated.returncode == 0, rotated.stderr
    assert os.path.exists(log + ".1"), os.listdir(ops.app_logs)
    r = client.get("/data/uploads?limit=2")
    request_id = r.headers["X-Request-Id"]
    assert wait_for(lambda: os.path.exists(log) and request_id in open(log).read(), timeout=5), os.listdir(ops.app_logs)
    assert request_id not in open(log + ".1").read()
    new_lines = [json.loads(line) for line in open(log).read().splitlines()]
    assert any(o["msg"] == "log file reopened" for o in new_lines)
    assert os.stat(log).st_mode & 0o777 == 0o640


def test_backup_under_load_restores_into_a_fresh_home_on_another_port(ops):
    client = ops.client()
    ups = [client.upload({f"part{i}.csv": CSV + f"{1000 + i},Rome,{i}\n".encode()}) for i in range(2)]
    assert all(u["status"] == "complete" for u in ups)
    query = "SELECT city, COUNT(*), SUM(amount) FROM {t} GROUP BY city ORDER BY city"
    answers = {}
    for i, up in enumerate(ups):
        session = client.session_for(up["upload_id"])
        r = client.sql(session, query.format(t=f"part{i}"))
        assert r.status_code == 200, r.text
        answers[up["upload_id"]] = r.json()["rows"]
    export_id, download_url = export_csv(client, ups[0]["upload_id"])
    exported = Client().session.get(download_url).content
    revoked = ops.client("revoked@example.com")
    assert revoked.get("/data/uploads").status_code == 200
    assert "revoked 1 token" in ops.service("token", "revoke", "--token", revoked.token).stdout

    # Load while the backup runs: uploads, queries and listings from two clients.
    stop = threading.Event()
    errors = []
    done = {"requests": 0}

    def load():
        c = ops.client()
        while not stop.is_set():
            try:
                up = c.upload({"load.csv": CSV}, name="load")
                s = c.session_for(up["upload_id"])
                assert c.sql(s, "SELECT COUNT(*) FROM load").status_code == 200
                assert c.delete(f"/data/sessions/{s}").status_code in (200, 204)
                assert c.get("/data/uploads").status_code == 200
                done["requests"] += 7
            except Exception as e:  # noqa: BLE001 — reported below
                errors.append(repr(e))
                return

    threads = [threading.Thread(target=load) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    backup = tempfile.mkdtemp(prefix="plexe-backup.")
    os.rmdir(backup)
    out = ops.service("backup", backup)
    time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join(60)
    assert out.returncode == 0, out.stderr
    assert not errors, errors
    assert done["requests"] > 0
    manifest = json.load(open(os.path.join(backup, "manifest.json")))
    paths = {f["path"] for f in manifest["files"]}
    assert {"state/catalog.sqlite", "state/secret.key"} <= paths
    assert all(f"data/{u['upload_id']}.sqlite" in paths for u in ups)
    assert manifest["catalog_schema_version"] >= 6

    restored = OpsStack()
    try:
        restored.prepare()
        out = restored.service("restore", backup)
        assert out.returncode == 0, out.stderr
        # A second restore into the now non-empty home is refused.
        again = restored.service("restore", backup)
        assert again.returncode != 0 and "is not empty" in again.stderr
        restored.start()
        assert restored.https_port != ops.https_port
        same = Client(client.token, base_url=restored.base_url)
        listed = {u["upload_id"] for u in same.get("/data/uploads?limit=100").json()["uploads"]}
        assert {u["upload_id"] for u in ups} <= listed
        for i, up in enumerate(ups):
            session = same.session_for(up["upload_id"])
            r = same.sql(session, query.format(t=f"part{i}"))
            assert r.status_code == 200 and r.json()["rows"] == answers[up["upload_id"]], r.text
        # The link signed before the backup, on the restored stack's address.
        moved = urllib.parse.urlsplit(download_url)._replace(netloc=f"localhost:{restored.https_port}").geturl()
        got = Client().session.get(moved)
        assert got.status_code == 200 and got.content == exported
        assert_error(Client(revoked.token, base_url=restored.base_url).get("/data/uploads"), 401, "unauthorized")
    finally:
        restored.stop()
        shutil.rmtree(restored.home, ignore_errors=True)
        shutil.rmtree(backup, ignore_errors=True)


def test_the_units_pass_systemd_analyze(tmp_path):
    units = os.path.join(REPO, "packaging", "systemd")
    binary = os.path.join(HOME, "bin", "plexe-data")
    # verify checks that ExecStart's program exists: the installed one stands in for /usr/bin's.
    service = open(os.path.join(units, "plexe-data.service")).read().replace("/usr/bin/plexe-data", binary)
    (tmp_path / "plexe-data.service").write_text(service)
    shutil.copy(os.path.join(units, "plexe-data.socket"), tmp_path / "plexe-data.socket")
    verified = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "plexe-data.socket"), str(tmp_path / "plexe-data.service")],
                              capture_output=True, text=True)
    assert verified.returncode == 0 and verified.stderr.strip() == "", verified.stderr
    security = subprocess.run(["systemd-analyze", "security", "--offline=yes", str(tmp_path / "plexe-data.service")],
                              capture_output=True, text=True)
    assert security.returncode == 0, security.stderr
    overall = [line for line in security.stdout.splitlines() if "Overall exposure level" in line][0]
    exposure = float(overall.split(":")[1].split()[0])
    assert exposure <= 2.0, overall  # 1.4 "OK" when written; MEDIUM starts at 5.0


def test_serve_without_a_socket_says_how_to_start_it(tmp_path):
    out = subprocess.run([os.path.join(HOME, "bin", "plexe-data"), "serve"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                         env=dict(os.environ, PLEXE_HOME=str(tmp_path)), timeout=30)
    assert out.returncode != 0 and "fd 0 is not a listening socket" in out.stderr and "systemd-socket-activate" in out.stderr
    version = subprocess.run([os.path.join(HOME, "bin", "plexe-data"), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip() == Client().get("/healthz").json()["version"]
