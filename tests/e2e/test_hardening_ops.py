"""Operations hardening: who can read what under PLEXE_HOME, what root-run scripts trust,
what the access log records, nginx's own guards (internal locations, headers, per-client
limits, timeouts) and token administration (list, revoke, expiry)."""
import glob
import os
import re
import shutil
import socket
import ssl
import stat
import subprocess
import time
import urllib.parse
import uuid

import pytest

from conftest import HOME, REPO, STORE, Client, SecondStack, assert_error, create_token

CSV = b"id,city,amount,score\n" + b"".join(f"{i},{['Oslo', 'Lima', 'Kyiv'][i % 3]},{i * 1.5},{(i * 7) % 11}\n".encode() for i in range(60))


def lib(command, env=None, check=True):
    """Runs COMMAND after sourcing scripts/lib.sh and stack_paths, for the stack of ENV."""
    return subprocess.run(["bash", "-c", f'source "{REPO}/scripts/lib.sh"; stack_paths; {command}'],
                          env=env or os.environ, capture_output=True, text=True, check=check)


def token_script(*args, env=None, check=True):
    return subprocess.run([os.path.join(REPO, "scripts", "token"), *args], env=env or os.environ,
                          capture_output=True, text=True, check=check)


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def export_with_mail(client, upload_id):
    r = client.post("/data/export", {"upload_id": upload_id, "format": "csv", "email_notification": True})
    assert r.status_code == 202, r.text
    export_id = r.json()["export_id"]
    assert client.wait_job(export_id)["status"] == "completed"
    return export_id, client.get(f"/data/export/{export_id}").json()


def wait_for(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


# 1. Private files


def test_what_the_service_writes_is_readable_by_the_service_alone(client):
    up = client.upload({"sales.csv": CSV})
    assert up["status"] == "complete", up
    export_id, status = export_with_mail(client, up["upload_id"])
    outbox = wait_for(lambda: [p for p in glob.glob(os.path.join(HOME, "outbox", "*.eml")) if export_id in open(p, errors="replace").read()])
    assert outbox, "the export's e-mail is written to the outbox"

    service_uid = os.stat(os.path.join(HOME, "state")).st_uid
    home = os.stat(HOME)
    if os.geteuid() == 0 and service_uid != 0:
        # Root started the stack for a service user: the home is root's, its group the
        # service's, and nobody else may even pass through it.
        assert (home.st_uid, home.st_gid, mode(HOME)) == (0, os.stat(os.path.join(HOME, "state")).st_gid, 0o750)
    else:
        assert (home.st_uid, mode(HOME)) == (os.geteuid(), 0o700)

    for directory in ["state", "files", "data", "outbox", "cache"]:
        path = os.path.join(HOME, directory)
        assert (os.stat(path).st_uid, mode(path)) == (service_uid, 0o700), directory

    private = [os.path.join(HOME, "state", "secret.key"), outbox[0]]
    if not os.environ.get("PLEXE_CATALOG_URL"):
        private.append(os.path.join(HOME, "state", "catalog.sqlite"))  # else the catalog is in PostgreSQL
    if STORE == "local":
        private += [
            os.path.join(HOME, "data", up["upload_id"] + ".sqlite"),
            os.path.join(HOME, "files", "uploads", up["upload_id"], "0-sales.csv"),  # written by nginx
            os.path.join(HOME, "files", "exports", export_id, "0-sales.csv"),
        ]
    else:
        # The files are in the object store; this node keeps its copy of the upload's database.
        cached = glob.glob(os.path.join(HOME, "cache", up["upload_id"] + ".*.sqlite"))
        assert len(cached) == 1, cached
        private += cached
    for path in private:
        assert os.stat(path).st_uid == service_uid, path
        assert mode(path) & 0o077 == 0, f"{path} is {oct(mode(path))}"
    if STORE == "local":
        # Directories nginx creates for an upload's files, too.
        assert mode(os.path.join(HOME, "files", "uploads", up["upload_id"])) & 0o077 == 0

    for name in ["app.log", "nginx-access.log", "nginx-error.log"]:
        path = os.path.join(HOME, "logs", name)
        assert mode(path) & 0o137 == 0, f"{name} is {oct(mode(path))}"


@pytest.mark.skipif(STORE != "local", reason="with PLEXE_STORE=s3 the signed PUTs and downloads go to the store, not through nginx")
def test_the_access_log_records_no_signatures(client):
    up_create = client.post("/data/upload", {"files": [{"filename": "a.csv", "content_type": "text/csv"}]}).json()
    put_url = up_create["files"][0]["presigned_url"]
    put = client.put_file(put_url, b"a,b\n1,2\n")
    assert put.status_code == 201
    up = client.upload({"sales.csv": CSV})
    _, status = export_with_mail(client, up["upload_id"])
    download_url = status["files"][0]["download_url"]
    download = Client().session.get(download_url)
    assert download.status_code == 200
    request_id = download.headers["X-Request-Id"]

    log = os.path.join(HOME, "logs", "nginx-access.log")
    # The log is buffered for up to a second: wait for the download's own line.
    assert wait_for(lambda: request_id in open(log, errors="replace").read()), "the download is logged"
    text = open(log, errors="replace").read()
    line = next(l for l in text.splitlines() if request_id in l)
    assert urllib.parse.urlsplit(download_url).path in line and "?" not in line
    for url in [put_url, download_url]:
        signature = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["X-Amz-Signature"][0]
        assert len(signature) == 64 and signature not in text
    assert "X-Amz-Signature" not in text


# 2. What root-run scripts trust


def test_pid_files_that_name_another_program_are_not_signalled():
    decoy = subprocess.Popen(["sleep", "120"])
    try:
        with SecondStack() as stack:
            run = os.path.join(stack.home, "run")
            real = {name: open(os.path.join(run, name)).read() for name in ["app.pid", "nginx.pid"]}
            try:
                for name in real:
                    with open(os.path.join(run, name), "w") as f:
                        f.write(f"{decoy.pid}\n")
                stopped = lib("stack_stop", env=stack.env)
                assert "not signalling it" in stopped.stderr
                assert decoy.poll() is None, "the decoy process was signalled"
                assert not os.path.exists(os.path.join(run, "app.pid")) and not os.path.exists(os.path.join(run, "nginx.pid"))
                # The real nginx and responder were not named, so they still serve.
                assert stack.client().get("/data/uploads").status_code == 200
                # scripts/responder refuses the same way.
                for command in ["stop", "kill9"]:
                    with open(os.path.join(run, "app.pid"), "w") as f:
                        f.write(f"{decoy.pid}\n")
                    subprocess.run([os.path.join(REPO, "scripts", "responder"), command], env=stack.env, capture_output=True)
                    assert decoy.poll() is None, command
            finally:
                for name, pid in real.items():
                    with open(os.path.join(run, name), "w") as f:
                        f.write(pid)
            # With the real pids back, the same scripts stop the real processes.
            pids = [int(p) for p in real.values()]
            lib("stack_stop", env=stack.env)
            assert all(not os.path.exists(f"/proc/{p}") or "Z" in open(f"/proc/{p}/status").read().split("State:")[1][:4] for p in pids)
    finally:
        decoy.kill()
        decoy.wait()


def test_scripts_take_free_ports_from_one_function():
    """free_port (scripts/lib.sh) gives a port that binds, also to what sources s3store.sh or
    postgres.sh alone (tests/e2e/test_s3store.py, the catalog unit tests); no script, nor the
    unit tests' shell, keeps a copy of its own."""
    for sourced in ["lib.sh", "s3store.sh", "postgres.sh"]:
        out = subprocess.run(["bash", "-c", f'set -euo pipefail; source "{REPO}/scripts/{sourced}"; free_port'],
                             capture_output=True, text=True, check=True).stdout
        port = int(out)
        assert 1024 <= port <= 65535, (sourced, out)
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))
    copy = re.compile(r"""bind\(\(["']127\.0\.0\.1["'], *0\)\)""")
    shell = [p for p in glob.glob(os.path.join(REPO, "scripts", "*")) if not p.endswith(".py")]
    swift = glob.glob(os.path.join(REPO, "Tests", "**", "*.swift"), recursive=True)
    copies = [os.path.relpath(p, REPO) for p in shell + swift if copy.search(open(p, encoding="utf-8").read())]
    assert copies == ["scripts/lib.sh"]


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="root starts the stack for a service user")
def test_an_old_layout_is_secured_and_root_follows_no_link_planted_in_it(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    victim_dir = tmp_path / "victim-dir"
    victim_dir.mkdir()
    with SecondStack() as stack:
        service_uid, service_gid = os.stat(os.path.join(stack.home, "state")).st_uid, os.stat(os.path.join(stack.home, "state")).st_gid
        if service_uid == 0:
            pytest.skip("the service user cannot reach this home, so the stack runs as root")
        client = stack.client()
        assert client.get("/data/uploads").status_code == 200
        secret = open(os.path.join(stack.home, "state", "secret.key"), "rb").read()
        lib("stack_stop", env=stack.env)

        # The layout before state/, as the service user could have left it: it owned the
        # home and run/, and planted links where root writes and chowns.
        home = stack.home
        for name in ["catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "secret.key"]:
            if os.path.exists(os.path.join(home, "state", name)):
                os.rename(os.path.join(home, "state", name), os.path.join(home, name))
        os.rmdir(os.path.join(home, "state"))
        for path in [home, os.path.join(home, "run"), os.path.join(home, "catalog.sqlite"), os.path.join(home, "secret.key")]:
            os.chown(path, service_uid, service_gid)
        os.symlink(victim, os.path.join(home, "run", "app.pid"))
        os.symlink(victim, os.path.join(home, "catalog.sqlite-journal"))
        shutil.rmtree(os.path.join(home, "logs"))
        os.symlink(victim_dir, os.path.join(home, "logs"))

        lib(f'stack_start "{home}/bin/plexe-data"', env=stack.env)

        assert victim.read_text() == "keep" and victim.stat().st_uid == 0, "root wrote or chowned through a link"
        assert list(victim_dir.iterdir()) == [], "root wrote logs through a link"
        st = os.stat(home)
        assert (st.st_uid, st.st_gid, mode(home)) == (0, service_gid, 0o750)
        for directory in ["run", "logs", "bin", "nginx"]:
            path = os.path.join(home, directory)
            assert not os.path.islink(path) and os.stat(path).st_uid == 0, directory
        assert os.stat(os.path.join(home, "run", "app.pid")).st_uid == 0 and not os.path.islink(os.path.join(home, "run", "app.pid"))
        # The catalog and the secret moved into state/, whole: the old token and key still work.
        assert not os.path.exists(os.path.join(home, "catalog.sqlite"))
        assert os.stat(os.path.join(home, "state", "catalog.sqlite")).st_uid == service_uid
        assert open(os.path.join(home, "state", "secret.key"), "rb").read() == secret
        assert client.get("/data/uploads").status_code == 200


# 3. nginx


def render(env_extra, nginx_dir):
    env = dict(os.environ, **env_extra)
    return lib(f'NGINX_DIR="{nginx_dir}"; ensure_certificate; render_nginx_config "$(service_user)"', env=env, check=False)


def test_the_rendered_config_passes_nginx_t_and_takes_its_limits_from_the_environment(tmp_path):
    # The standalone server, its http {} part and the snippet of locations it includes.
    conf = "".join(open(os.path.join(HOME, "nginx", "conf", name)).read()
                   for name in ["plexe-data.server.conf", "plexe-data.http.conf", "plexe-data.conf"])
    for expected in ["rate=1000r/s", "limit_conn plexe_data_connections 256;", "burst=2000 nodelay",
                     "client_header_timeout 15s;", "client_body_timeout 60s;", "send_timeout 60s;", "keepalive_timeout 30s;",
                     "location ^~ /_auth/", "dav_access user:rw;", "access_log " + HOME + "/logs/nginx-access.log plexe_data"]:
        assert expected in conf, expected
    nginx_t = ["nginx", "-t", "-q", "-p", os.path.join(HOME, "nginx"), "-c", "conf/nginx.conf", "-e", os.path.join(HOME, "logs", "nginx-error.log")]
    checked = subprocess.run(nginx_t, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr

    out = render({"PLEXE_NGINX_REQUESTS_PER_SECOND": "7", "PLEXE_NGINX_REQUEST_BURST": "9", "PLEXE_NGINX_CONNECTIONS_PER_CLIENT": "3"}, tmp_path)
    assert out.returncode == 0, out.stderr
    custom = "".join((tmp_path / "conf" / name).read_text() for name in ["plexe-data.http.conf", "plexe-data.conf"])
    assert "rate=7r/s" in custom and "burst=9 nodelay" in custom and "limit_conn plexe_data_connections 3;" in custom
    checked = subprocess.run(["nginx", "-t", "-q", "-p", str(tmp_path), "-c", "conf/nginx.conf", "-e", os.path.join(HOME, "logs", "nginx-error.log")],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr

    bad = render({"PLEXE_NGINX_REQUESTS_PER_SECOND": "lots"}, tmp_path / "bad")
    assert bad.returncode != 0 and "PLEXE_NGINX_REQUESTS_PER_SECOND=lots is not a positive whole number" in bad.stderr


def test_internal_locations_are_not_reachable_however_spelled(anon):
    for method, path in [("PUT", "/_auth/storage/"), ("PUT", "/_auth/storage"), ("GET", "/_auth/storage/x"),
                         ("PUT", "/_auth//storage"), ("GET", "/_files/uploads/")]:
        r = anon.request(method, path, raw=b"x")
        assert_error(r, 404, "not_found")
        assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_security_headers_on_api_files_and_errors(client):
    up = client.upload({"sales.csv": CSV})
    listed = client.get("/data/uploads")
    assert listed.headers["Cache-Control"] == "no-store" and listed.headers["X-Content-Type-Options"] == "nosniff"
    for r in [client.get("/healthz"), client.get("/no/such/route"), Client().get("/data/uploads"),
              client.post("/data/upload", raw="x" * (2 << 20))]:  # the last one is nginx's own 413
        assert r.headers.get("X-Content-Type-Options") == "nosniff", (r.status_code, r.headers)

    created = client.post("/data/upload", {"files": [{"filename": "b.csv", "content_type": "text/csv"}]}).json()
    put = client.put_file(created["files"][0]["presigned_url"], b"a\n1\n")
    if STORE == "local":  # with PLEXE_STORE=s3 the store answers the PUT, with its own headers
        assert put.status_code == 201
        assert put.headers["Cache-Control"] == "no-store" and put.headers["X-Content-Type-Options"] == "nosniff"
        assert put.headers["X-Request-Id"].startswith("req_")

    _, status = export_with_mail(client, up["upload_id"])
    download = Client().session.get(status["files"][0]["download_url"])
    assert download.status_code == 200 and download.content.startswith(b"id,city")
    assert download.headers["Content-Disposition"].startswith("attachment")
    if STORE == "local":  # with PLEXE_STORE=s3 the store serves the download
        assert download.headers["X-Request-Id"].startswith("req_")
        assert download.headers["Cache-Control"] == "no-store" and download.headers["X-Content-Type-Options"] == "nosniff"
        # The request id of the download is the one the app logged for it.
        app_log = os.path.join(HOME, "logs", "app.log")
        assert wait_for(lambda: download.headers["X-Request-Id"] in open(app_log, errors="replace").read())

    job = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "comprehensive"}).json()
    assert client.wait_job(job["job_id"])["status"] == "completed"
    chart = client.get(f"/data/analysis/{job['job_id']}").json()["files"][0]["visualizations"][0]
    svg = client.get(chart["data_url"] + "?format=svg")
    assert svg.status_code == 200 and svg.headers["Content-Type"].startswith("image/svg+xml")
    policy = svg.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy and "sandbox" in policy
    assert svg.headers["X-Content-Type-Options"] == "nosniff" and svg.headers["Cache-Control"] == "no-store"


def test_per_client_limits_answer_429_in_the_error_shape():
    with SecondStack(PLEXE_NGINX_REQUESTS_PER_SECOND="1", PLEXE_NGINX_REQUEST_BURST="3", PLEXE_NGINX_CONNECTIONS_PER_CLIENT="1") as stack:
        anon = Client(base_url=stack.base_url)
        statuses = [anon.get("/healthz") for _ in range(8)]
        limited = [r for r in statuses if r.status_code == 429]
        assert statuses[0].status_code == 200 and limited, [r.status_code for r in statuses]
        assert_error(limited[0], 429, "rate_limited")
        assert limited[0].headers["Retry-After"] == "1" and limited[0].headers["X-Content-Type-Options"] == "nosniff"

        # One connection at a time: a request whose body has not all arrived holds the
        # address's only slot, and a second request meanwhile is refused.
        time.sleep(4)  # the request budget refills
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with context.wrap_socket(socket.create_connection(("127.0.0.1", stack.port)), server_hostname="localhost") as slow:
            slow.sendall(b"POST /data/upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
            time.sleep(0.3)
            second = anon.get("/healthz")
            assert_error(second, 429, "rate_limited")
        time.sleep(1.5)
        assert wait_for(lambda: anon.get("/healthz").status_code == 200, timeout=5)


# 4. Tokens


def test_a_revoked_token_gets_the_same_401_as_an_unknown_one():
    unknown = Client("plx_" + "0" * 48).get("/data/uploads")
    assert_error(unknown, 401, "unauthorized")

    email = f"rev-{uuid.uuid4().hex[:8]}@example.com"
    first, second, third = create_token(email), create_token(email), create_token(email)
    bystander = create_token()
    for token in [first, second, third, bystander]:
        assert Client(token).get("/data/uploads").status_code == 200

    listing = token_script("list", "--email", email).stdout
    rows = [line.split() for line in listing.splitlines()[1:]]
    assert [r[1] for r in rows] == [t[:12] for t in (first, second, third)] and all(r[-1] == "active" for r in rows)
    assert not any(t in listing for t in (first, second, third)), "the list never shows a token"

    out = token_script("revoke", "--token", first)
    assert out.stdout.strip() == "revoked 1 token"
    token_script("revoke", "--id", rows[1][0])
    for token in [first, second]:
        r = Client(token).get("/data/uploads")
        err = assert_error(r, 401, "unauthorized")
        assert err["message"] == unknown.json()["error"]["message"]
    assert Client(third).get("/data/uploads").status_code == 200

    out = token_script("revoke", "--email", email)
    assert out.stdout.strip() == "revoked 1 token (2 revoked before)"
    assert_error(Client(third).get("/data/uploads"), 401, "unauthorized")
    assert Client(bystander).get("/data/uploads").status_code == 200
    states = [line.split()[-1] for line in token_script("list", "--email", email).stdout.splitlines()[1:]]
    assert states == ["revoked", "revoked", "revoked"]

    missing = token_script("revoke", "--id", "999999999", check=False)
    assert missing.returncode != 0 and "no token has the id 999999999" in missing.stderr
    both = token_script("revoke", "--id", "1", "--email", email, check=False)
    assert both.returncode != 0 and "exactly one of" in both.stderr


def test_an_expired_token_gets_401():
    email = f"exp-{uuid.uuid4().hex[:8]}@example.com"
    started = time.time()
    token = token_script(email, "--expires-in", "5s").stdout.strip()
    assert token.startswith("plx_")
    assert Client(token).get("/data/uploads").status_code == 200
    row = token_script("list", "--email", email).stdout.splitlines()[1].split()
    assert row[-1] == "active" and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row[-2])
    # Expiry is kept in whole seconds: at most 5 s after the token was made it is over.
    assert time.time() - started < 4, "too slow to see the token while it was valid"
    time.sleep(max(0.0, started + 5.5 - time.time()))
    assert_error(Client(token).get("/data/uploads"), 401, "unauthorized")
    assert token_script("list", "--email", email).stdout.splitlines()[1].split()[-1] == "expired"

    bad = token_script(email, "--expires-in", "soon", check=False)
    assert bad.returncode != 0 and "--expires-in must be" in bad.stderr
