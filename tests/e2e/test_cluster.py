"""Several responder nodes behind one nginx (scripts/cluster): requests keep being answered while
a node is down, and a node killed mid-job (SIGKILL, and its namespace's link removed, as a host
dying) leaves its ingest and its export to another node, which finishes them with nothing lost
or duplicated. Run by `scripts/cluster test`, which sets PLEXE_CLUSTER_HOME; skipped against a
single stack (scripts/test's first stage), where there is no other node to take over."""
import csv
import hashlib
import io
import json
import os
import re
import signal
import subprocess
import time

import pytest

from conftest import REPO, Client, create_token

CLUSTER_HOME = os.environ.get("PLEXE_CLUSTER_HOME")
pytestmark = pytest.mark.skipif(not CLUSTER_HOME, reason="needs a cluster (scripts/cluster test)")

ROWS = int(os.environ.get("PLEXE_CLUSTER_TEST_ROWS", "1000000"))


def cluster(*args):
    subprocess.run([os.path.join(REPO, "scripts", "cluster"), *args], check=True, env=os.environ, capture_output=True, text=True)


def state():
    values = {}
    with open(os.path.join(CLUSTER_HOME, "cluster.env")) as f:
        for line in f:
            name, _, value = line.strip().removeprefix("export ").partition("=")
            values[name] = value
    return values


def node_count():
    return int(state()["CLUSTER_NODES"])


def node_log(k):
    return os.path.join(CLUSTER_HOME, f"node{k}", "logs", "app.log")


def log_sizes():
    return {k: os.path.getsize(node_log(k)) if os.path.exists(node_log(k)) else 0 for k in range(1, node_count() + 1)}


def log_events(k, since):
    """The lines node k logged after byte offset `since`, as dicts (logfmt or JSON format)."""
    with open(node_log(k), "rb") as f:
        f.seek(since)
        text = f.read().decode("utf-8", "replace")
    events = []
    for line in text.splitlines():
        if line.startswith("{"):
            try:
                events.append(json.loads(line))
            except ValueError:
                pass
            continue
        fields = dict(re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', line))
        fields = {key: value.strip('"') for key, value in fields.items()}
        fields["line"] = line
        events.append(fields)
    return events


def started_jobs(since, job_type):
    """{job_id: [node, ...]} for each `job started` of that type logged after the offsets
    `since`, in the order of the attempts."""
    runs = []
    for k, offset in since.items():
        for event in log_events(k, offset):
            message = event.get("msg") or event.get("line", "")
            if "job started" in message and event.get("type") == job_type:
                runs.append((int(event.get("attempt", 0)), event.get("ts", ""), k, event.get("job_id")))
    found = {}
    for _, _, k, job_id in sorted(runs):
        found.setdefault(job_id, []).append(k)
    return found


def wait_for_started_job(since, job_type, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = started_jobs(since, job_type)
        if found:
            assert len(found) == 1, found
            job_id, nodes = next(iter(found.items()))
            return job_id, nodes[0]
        time.sleep(0.02)
    raise AssertionError(f"no {job_type} job started on any node")


def kill(k):
    cluster("kill", str(k))


def revive_all():
    for k in range(1, node_count() + 1):
        cluster("revive", str(k))
    deadline = time.time() + 30
    while time.time() < deadline:
        out = subprocess.run([os.path.join(REPO, "scripts", "cluster"), "status"], env=os.environ, capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.count('"status":"ready"') + out.stdout.count('"status": "ready"') == node_count():
            # nginx leaves a node that failed out for fail_timeout (5 s) after its last failure,
            # however soon it is back: until then a second node's death would leave none.
            time.sleep(5.5)
            return
        time.sleep(0.2)
    raise AssertionError("the nodes did not all become ready again: " + out.stdout + out.stderr)


@pytest.fixture
def all_nodes_back():
    yield
    revive_all()


@pytest.fixture(scope="module")
def million_rows():
    """customers.csv with ROWS rows from the shared generator. Deterministic (the same bytes
    every run), so it is made once under PLEXE_CLUSTER_TEST_DATA and kept: the generator
    also writes 3 × ROWS transactions, a minute or two of a busy machine."""
    out = os.path.join(os.environ.get("PLEXE_CLUSTER_TEST_DATA", "/tmp/plexe-cluster-test-data"), str(ROWS))
    path = os.path.join(out, "customers.csv")
    if not os.path.exists(path):
        subprocess.run(["python3", os.path.join(REPO, "..", "shared", "data", "gen_dataset.py"), "--rows", str(ROWS), "--out", out + ".tmp"],
                       check=True, capture_output=True)
        os.remove(os.path.join(out + ".tmp", "transactions.csv"))
        os.replace(out + ".tmp", out)
    with open(path, "rb") as f:
        return f.read()


def upload_file(client, name, content):
    """Creates an upload of one file and PUTs it; the upload is deleted when the test ends
    (a million rows are ~0.5 GB in the store with their database and export)."""
    r = client.post("/data/upload", {"name": name, "files": [{"filename": name, "content_type": "text/csv", "size_bytes": len(content)}]})
    assert r.status_code == 201, r.text
    created = r.json()
    uploads_to_delete.append((client, created["upload_id"]))
    put = client.put_file(created["files"][0]["presigned_url"], content)
    assert put.status_code in (200, 201, 204), put.text
    return created


uploads_to_delete = []


@pytest.fixture(autouse=True)
def delete_uploads_afterwards():
    yield
    while uploads_to_delete:
        client, upload_id = uploads_to_delete.pop()
        client.delete(f"/data/uploads/{upload_id}")


def confirm(client, created):
    return client.post(f"/uploads/{created['upload_id']}/status", {
        "status": "complete", "files": [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in created["files"]]})


def count_rows(client, upload_id):
    """Rows of the customers table, and how many distinct customer ids among them."""
    session = client.session_for(upload_id)
    r = client.sql(session, "SELECT COUNT(*), COUNT(DISTINCT customer_id) FROM customers")
    assert r.status_code == 200, r.text
    return r.json()["rows"][0]


def log_text(k, since):
    with open(node_log(k), "rb") as f:
        f.seek(since)
        return f.read().decode("utf-8", "replace")


def test_every_node_answers_and_requests_go_on_while_one_is_down(all_nodes_back):
    """Tokens are spread over the nodes (nginx hashes the Authorization header); with one node
    killed and unlinked, every request still gets its answer from the others, reads and writes
    alike (a connection that cannot be made is passed on, whatever the method)."""
    clients = [Client(create_token()) for _ in range(24)]
    before = log_sizes()
    for c in clients:
        assert c.get("/data/uploads").status_code == 200
    time.sleep(0.5)  # the nodes' log buffers are flushed every 200 ms
    answered = {k: log_text(k, before[k]).count("/data/uploads") for k in before}
    assert sum(answered.values()) >= len(clients) and all(n > 0 for n in answered.values()), f"some node answered none of {len(clients)} users: {answered}"

    kill(1)
    before = log_sizes()
    started = time.time()
    for c in clients:
        assert c.get("/data/uploads").status_code == 200
        created = c.post("/data/upload", {"name": "while node1 is down",
                                           "files": [{"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]})
        assert created.status_code == 201, created.text
        assert c.delete(f"/data/uploads/{created.json()['upload_id']}").status_code == 200
    # Nothing waited for a timeout: a removed link fails at once (no route), and the node is
    # then left out for fail_timeout.
    assert time.time() - started < 20
    time.sleep(0.5)
    survivors = {k: log_text(k, before[k]).count("/data/upload") for k in before if k != 1}
    assert sum(survivors.values()) >= 3 * len(clients), survivors


def node_pid(k):
    out = subprocess.run([os.path.join(REPO, "scripts", "cluster"), "pid", str(k)], env=os.environ, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def node_of(client):
    """The node the client's token hashes to: the one that logs its next request."""
    before = log_sizes()
    assert client.get("/data/uploads").status_code == 200
    time.sleep(0.5)  # the nodes' log buffers are flushed every 200 ms
    nodes = [k for k in before if "path=/data/uploads " in log_text(k, before[k]) or '"/data/uploads"' in log_text(k, before[k])]
    assert len(nodes) == 1, nodes
    return nodes[0]


class OnlyNodeWorking:
    """Every node but `node` stopped (SIGSTOP) so that the job queued next is claimed by
    `node` (a node wakes its own worker on submit; the others poll): the test then knows which
    node to kill. `resume` sends the others SIGCONT, at the latest on leaving."""

    def __init__(self, node):
        self.paused = [node_pid(k) for k in range(1, node_count() + 1) if k != node]

    def __enter__(self):
        for pid in self.paused:
            os.kill(pid, signal.SIGSTOP)
        return self

    def resume(self):
        for pid in self.paused:
            os.kill(pid, signal.SIGCONT)
        self.paused = []

    def __exit__(self, *exc):
        self.resume()


def kill_mid_job(client, job_type, start):
    """Runs `start()` (which queues a job of `job_type`) with only the client's node working,
    kills that node once the job has started, and lets the others go on. Returns the job id,
    the node killed and the log offsets from before the start."""
    node = node_of(client)
    before = log_sizes()
    with OnlyNodeWorking(node) as others:
        started_id = start()
        job_id, ran_on = wait_for_started_job(before, job_type, timeout=60)
        assert ran_on == node
        kill(node)
        others.resume()
    return started_id, job_id, node, before


def assert_taken_over(before, job_type, job_id, killed):
    """The job started on the killed node, then again (after its lease ran out) on another."""
    ran = started_jobs(before, job_type)[job_id]
    assert ran[0] == killed and len(ran) >= 2 and killed not in ran[1:], ran


def test_kill_a_node_during_a_million_row_ingest(client, million_rows, all_nodes_back):
    """The node running the ingest of 1M rows dies as a host would (SIGKILL, link removed)
    moments after the job started; its lease runs out and another node runs the ingest again
    from the stored file: every row exactly once."""
    created = upload_file(client, "customers.csv", million_rows)

    def start():
        assert confirm(client, created).status_code == 202
        return created["upload_id"]

    _, job_id, killed, before = kill_mid_job(client, "ingest", start)
    # Answered by another node now (the token re-hashes); the ingest is not done.
    assert client.get(f"/uploads/{created['upload_id']}").json()["status"] == "processing"
    done = client.wait_upload(created["upload_id"], timeout=600)
    assert done["status"] == "complete", done
    assert_taken_over(before, "ingest", job_id, killed)
    assert count_rows(client, created["upload_id"]) == [ROWS, ROWS]


def test_kill_a_node_during_an_export(client, million_rows, all_nodes_back):
    """An export of the million rows, interrupted by its node's death, ends with the same bytes
    as the same export run undisturbed: nothing lost, nothing written twice."""
    created = upload_file(client, "customers.csv", million_rows)
    assert confirm(client, created).status_code == 202
    assert client.wait_upload(created["upload_id"], timeout=600)["status"] == "complete"

    def start():
        r = client.post("/data/export", {"upload_id": created["upload_id"], "format": "csv"})
        assert r.status_code == 202, r.text
        return r.json()["export_id"]

    def download(export_id):
        done = client.wait_job(export_id, timeout=600)
        assert done["status"] == "completed", done
        status = client.get(f"/data/export/{export_id}").json()
        assert status["status"] == "completed", status
        assert len(status["files"]) == 1, status
        r = client.session.get(status["files"][0]["download_url"], timeout=300)
        assert r.status_code == 200
        assert len(r.content) == status["files"][0]["size_bytes"]
        return r.content

    export_id, job_id, killed, before = kill_mid_job(client, "export", start)
    assert job_id == export_id
    assert client.get(f"/jobs/{export_id}").json()["status"] in ("pending", "running")
    interrupted = download(export_id)
    assert_taken_over(before, "export", job_id, killed)
    revive_all()
    undisturbed = download(start())
    assert len(interrupted) == len(undisturbed)
    assert hashlib.sha256(interrupted).hexdigest() == hashlib.sha256(undisturbed).hexdigest()
    assert sum(1 for _ in csv.reader(io.StringIO(interrupted.decode()))) == ROWS + 1
