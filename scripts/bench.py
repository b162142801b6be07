#!/usr/bin/env python3
"""The benchmark driver behind scripts/bench: runs each section against the private stack
that scripts/bench started, and prints figures beside the peer tools' on the same data."""
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.environ["PLEXE_REPO_ROOT"], "tests", "e2e"))
from conftest import BASE_URL, HOME, REPO, Client, responder, wait_healthy  # noqa: E402

DATA = os.environ["BENCH_DATA"]
TOKEN = os.environ["BENCH_TOKEN"]
PORT = os.environ["PLEXE_HTTPS_PORT"]
SHARED = os.path.join(REPO, "..", "shared")
client = Client(TOKEN)


def say(*parts):
    print(*parts, flush=True)


def dataset(rows=1_000_000):
    out = os.path.join(DATA, f"{rows}")
    if not os.path.exists(os.path.join(out, "transactions.csv")):
        say(f"generating the {rows}-row dataset in {out} (once)...")
        subprocess.run([sys.executable, os.path.join(SHARED, "data", "gen_dataset.py"), "--rows", str(rows), "--out", out], check=True,
                       capture_output=True)
    return out


def big_file():
    """~1.1 GB: the 1M customers file ten times over (one header)."""
    path = os.path.join(DATA, "customers-x10.csv")
    if not os.path.exists(path):
        src = os.path.join(dataset(), "customers.csv")
        with open(src, "rb") as f:
            header = f.readline()
            body = f.read()
        with open(path + ".tmp", "wb") as out:
            out.write(header)
            for _ in range(10):
                out.write(body)
        os.rename(path + ".tmp", path)
    return path


def encoded_copy(src, encoding):
    """`src` re-encoded (characters the encoding lacks become `?`), made once."""
    path = os.path.join(DATA, f"{os.path.basename(src)}.{encoding}.csv")
    if not os.path.exists(path):
        with open(src, encoding="utf-8", newline="") as f, open(path + ".tmp", "w", encoding=encoding, errors="replace", newline="") as out:
            shutil.copyfileobj(f, out, 1 << 20)
        os.rename(path + ".tmp", path)
    return path


def responder_pid():
    return int(open(os.path.join(HOME, "run", "app.pid")).read())


def rss_kb(pid, field="VmRSS"):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def fresh_responder():
    """Restarts the responder so its peak RSS (VmHWM) measures one job; returns the baseline RSS."""
    responder("stop")
    responder("start")
    wait_healthy()
    client.get("/data/uploads")
    time.sleep(0.3)
    return rss_kb(responder_pid())


def last_job_seconds(job_type):
    seconds = None
    for line in open(os.path.join(HOME, "logs", "app.log")):
        if "job completed" in line and f"type={job_type}" in line:
            m = re.search(r"seconds=([0-9.]+)", line)
            seconds = float(m.group(1))
    return seconds


def completed_jobs(job_type):
    return sum(1 for line in open(os.path.join(HOME, "logs", "app.log")) if "job completed" in line and f"type={job_type}" in line)


def next_job_seconds(job_type, completed_before, timeout=600):
    """The server-side seconds of the next `job_type` job to complete after `completed_before`
    had (the log is written every 200 ms, so a job can be done before its line is there)."""
    deadline = time.time() + timeout
    while completed_jobs(job_type) <= completed_before and time.time() < deadline:
        time.sleep(0.1)
    return last_job_seconds(job_type)


def upload_optimized(paths):
    """Uploads and waits for the background optimize job too, so that what is measured next
    does not share the CPU with it (a user who starts work at once does, for its seconds)."""
    before = completed_jobs("optimize")
    up = upload_files(paths)
    deadline = time.time() + 600
    while completed_jobs("optimize") <= before and time.time() < deadline:
        time.sleep(0.2)
    return up


def wrk(url, seconds=10, connections=32, script=None, headers=()):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, lat.get("50"), lat.get("99"), int(errors.group(1)) if errors else 0


def upload_file(path, name=None):
    name = name or os.path.basename(path)
    size = os.path.getsize(path)
    r = client.post("/data/upload", {"files": [{"filename": name, "content_type": "text/csv", "size_bytes": size}]}).json()
    f = r["files"][0]
    subprocess.run(["curl", "-ksf", "-o", "/dev/null", "-T", path, f["presigned_url"]], check=True)
    started = time.time()
    c = client.post(f"/uploads/{r['upload_id']}/status", {"status": "complete", "files": [{"filename": name, "s3_key": f["s3_key"]}]})
    assert c.status_code == 202, c.text
    done = client.wait_upload(r["upload_id"], timeout=1200)
    return r["upload_id"], done, time.time() - started


def upload_files(paths):
    specs = [{"filename": os.path.basename(p), "content_type": "text/csv", "size_bytes": os.path.getsize(p)} for p in paths]
    r = client.post("/data/upload", {"files": specs}).json()
    for f, p in zip(r["files"], paths):
        subprocess.run(["curl", "-ksf", "-o", "/dev/null", "-T", p, f["presigned_url"]], check=True)
    client.post(f"/uploads/{r['upload_id']}/status", {"status": "complete", "files": [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in r["files"]]})
    return client.wait_upload(r["upload_id"], timeout=1200)


# ---------------------------------------------------------------------------------------------

def bench_http():
    # Throughput on this 2-core machine varies by about ±15 % from run to run (wrk shares the
    # cores with nginx and the app), so each figure is the median of three runs, after a
    # warm-up that is not counted (the first seconds after a start are the slowest).
    say("\n## http (wrk -t2 -c32 -d10s, through nginx + TLS; median of 3 runs, range in brackets)")
    for label, url, headers in [("GET /healthz", f"https://127.0.0.1:{PORT}/healthz", []),
                                ("GET /data/uploads (authenticated)", f"https://127.0.0.1:{PORT}/data/uploads", [f"Authorization: Bearer {TOKEN}"])]:
        wrk(url, seconds=3, headers=headers)
        runs = sorted((wrk(url, headers=headers) for _ in range(3)), key=lambda run: run[0])
        rps, p50, p99, _ = runs[1]
        errors = sum(run[3] for run in runs)
        say(f"{label:36s} {rps:10.0f} req/s [{runs[0][0]:.0f}–{runs[2][0]:.0f}]   p50 {p50}   p99 {p99}   non-2xx {errors}")


def bench_ingest():
    say("\n## ingest (1,000,000-row customers.csv, 109 MB)")
    src = os.path.join(dataset(), "customers.csv")
    size = os.path.getsize(src)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.time()
        subprocess.run(["sqlite3", os.path.join(tmp, "x.db"), "-cmd", ".mode csv", ".import " + src + " customers"], check=True)
        sqlite_s = time.time() - started
    base = fresh_responder()
    before = completed_jobs("ingest")
    uid, done, wall = upload_file(src)
    seconds = next_job_seconds("ingest", before)
    peak = rss_kb(responder_pid(), "VmHWM")
    say(f"plexe ingest (typed, NULLs, unique): {seconds:.2f} s server-side ({wall:.2f} s confirm→complete), "
        f"{1e6 / seconds:,.0f} rows/s, {size / seconds / 1e6:.0f} MB/s, peak RSS growth {(peak - base) / 1024:.0f} MB")
    say(f"sqlite3 .import (untyped, '' for empty): {sqlite_s:.2f} s  → plexe is {sqlite_s / seconds:.2f}x faster")
    utf8_seconds = seconds
    for offset in (0, 900_000):
        t = time.time()
        for _ in range(20):
            r = client.get(f"/uploads/{uid}/files/customers.csv/preview?limit=100&offset={offset}")
            assert r.status_code == 200 and r.json()["returned_rows"] == 100
        say(f"preview limit=100 offset={offset:>7}: {(time.time() - t) / 20 * 1000:.1f} ms per request")
    client.delete(f"/uploads/{uid}")

    # The same rows in the encodings Excel writes: read through a transcoded copy.
    for encoding, label in [("cp1252", "Windows-1252"), ("utf-16", "UTF-16 LE with BOM")]:
        path = encoded_copy(src, encoding)
        base = fresh_responder()
        before = completed_jobs("ingest")
        uid, done, wall = upload_file(path, f"customers-{encoding}.csv")
        assert done["status"] == "complete", done
        seconds = next_job_seconds("ingest", before)
        peak = rss_kb(responder_pid(), "VmHWM")
        say(f"plexe ingest of the same file in {label} ({os.path.getsize(path) / 1e6:.0f} MB): {seconds:.2f} s, "
            f"{seconds / utf8_seconds:.2f}x the UTF-8 time, peak RSS growth {(peak - base) / 1024:.0f} MB")
        client.delete(f"/uploads/{uid}")

    big = big_file()
    base = fresh_responder()
    before = completed_jobs("ingest")
    uid, done, wall = upload_file(big, "customers_x10.csv")
    seconds = next_job_seconds("ingest", before)
    peak = rss_kb(responder_pid(), "VmHWM")
    say(f"plexe ingest of {os.path.getsize(big) / 1e9:.2f} GB ({done['files'][0]['rows']:,} rows): {seconds:.2f} s, "
        f"{os.path.getsize(big) / seconds / 1e6:.0f} MB/s, peak RSS growth {(peak - base) / 1024:.0f} MB")
    client.delete(f"/uploads/{uid}")


def untuned_copy(tmp, up):
    """The same typed data in a fresh SQLite file with no indexes and no ANALYZE."""
    path = os.path.join(tmp, "untuned.db")
    src = sqlite3.connect(os.path.join(HOME, "data", up["upload_id"] + ".sqlite"))
    dst = sqlite3.connect(path)
    for name, sql in src.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        dst.execute(sql)
    dst.commit()
    dst.close()
    src.execute(f"ATTACH '{path}' AS u")
    for (name,) in src.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall():
        src.execute(f'INSERT INTO u."{name}" SELECT * FROM main."{name}"')
    src.commit()
    src.close()
    return path


def bench_query():
    say("\n## query (1,000,000 customers + 3,000,000 transactions)")
    d = dataset()
    ingests, optimizations = completed_jobs("ingest"), completed_jobs("optimize")
    up = upload_files([os.path.join(d, "customers.csv"), os.path.join(d, "transactions.csv")])
    say(f"ingest of both files: {next_job_seconds('ingest', ingests):.2f} s; join and filter indexes built afterwards in "
        f"{next_job_seconds('optimize', optimizations):.2f} s (the upload is queryable meanwhile)")
    data_mb = os.path.getsize(os.path.join(HOME, "data", up["upload_id"] + ".sqlite")) / 1e6
    say(f"data database with its indexes: {data_mb:.0f} MB")
    sid = client.session_for(up["upload_id"])
    count_sql = "SELECT COUNT(*) FROM customers WHERE age > 40"
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        plain = untuned_copy(tmp, up)
        lua = os.path.join(tmp, "query.lua")
        body = json.dumps({"session_id": sid, "query_type": "sql", "query": count_sql})
        with open(lua, "w") as f:
            f.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\nwrk.headers["Content-Type"] = "application/json"\n'
                    f'wrk.headers["Authorization"] = "Bearer {TOKEN}"\n')
        rps, p50, p99, errors = wrk(f"https://127.0.0.1:{PORT}/data/query", connections=16, script=lua)
        say(f"plexe   POST /data/query COUNT (wrk -t2 -c16 -d10s): {rps:8.1f} req/s  p50 {p50}  p99 {p99}  non-2xx {errors}")
        if shutil.which("datasette") is None:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "datasette"], check=True)
        dport = str(int(PORT) + 1)
        ds = subprocess.Popen(["datasette", "serve", plain, "-p", dport, "-h", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    if subprocess.run(["curl", "-sf", f"http://127.0.0.1:{dport}/-/versions.json"], capture_output=True).returncode == 0:
                        break
                except Exception:
                    pass
                time.sleep(0.2)
            import urllib.parse
            url = f"http://127.0.0.1:{dport}/untuned.json?sql=" + urllib.parse.quote(count_sql) + "&_shape=array"
            drps, dp50, dp99, derr = wrk(url, connections=16)
            say(f"datasette GET ?sql= COUNT (same load, same data):   {drps:8.1f} req/s  p50 {dp50}  p99 {dp99}  non-2xx {derr}")
            say(f"→ plexe serves {rps / drps:.1f}x Datasette's requests per second")
        finally:
            ds.terminate()
            ds.wait()
        # Let the load's last requests drain before timing single queries.
        time.sleep(2)
        conn = sqlite3.connect(plain)
        for label, sql in [
            ("AVG by country", "SELECT country, AVG(lifetime_value) as avg_ltv FROM customers WHERE churn = false GROUP BY country ORDER BY avg_ltv DESC"),
            ("COUNT age > 40", count_sql),
            ("join SUM by country", "SELECT c.country, SUM(t.amount) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id GROUP BY c.country"),
            ("LIMIT 100 OFFSET 500000", "SELECT * FROM customers LIMIT 100 OFFSET 500000"),
            # Beyond the four: shapes where an index can lose as well as win.
            ("AVG where age > 40", "SELECT AVG(lifetime_value) FROM customers WHERE age > 40"),
            ("COUNT by age", "SELECT age, COUNT(*) FROM customers GROUP BY age"),
            ("AVG by age", "SELECT age, AVG(lifetime_value) FROM customers GROUP BY age"),
            ("age = 33", "SELECT COUNT(*), AVG(lifetime_value) FROM customers WHERE age = 33"),
            ("top 10 by value", "SELECT * FROM customers ORDER BY lifetime_value DESC LIMIT 10"),
            ("amount 100-110", "SELECT COUNT(*), SUM(amount) FROM transactions WHERE amount BETWEEN 100 AND 110"),
            ("rows with amount 100-100.5", "SELECT * FROM transactions WHERE amount BETWEEN 100 AND 100.5"),
            ("join where age > 40", "SELECT c.country, SUM(t.amount) FROM transactions t JOIN customers c ON c.customer_id = t.customer_id WHERE c.age > 40 GROUP BY c.country"),
            ("signups by year", "SELECT strftime('%Y', signup_date) AS y, COUNT(*) FROM customers GROUP BY y"),
        ]:
            # Best of three each, taken in turns so that both see the same machine.
            answers, plain_ms = [], float("inf")
            for _ in range(3):
                answers.append(client.sql(sid, sql, max_results=10000).json())
                t = time.time()
                conn.execute(sql).fetchall()
                plain_ms = min(plain_ms, (time.time() - t) * 1000)
            if "execution_time_ms" not in answers[0]:
                say(f"{label:26s} plexe failed: {answers[0]}")
                continue
            ms = min(a["execution_time_ms"] for a in answers)
            say(f"{label:26s} plexe {ms:7.0f} ms   plain SQLite (untuned copy) {plain_ms:7.0f} ms   speed-up {plain_ms / max(ms, 0.5):.1f}x")
    client.delete(f"/data/sessions/{sid}")
    client.delete(f"/uploads/{up['upload_id']}")


def bench_analysis():
    say("\n## analysis (comprehensive, 1,000,000-row customers)")
    up = upload_optimized([os.path.join(dataset(), "customers.csv")])
    base = fresh_responder()
    before = completed_jobs("analysis")
    job = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "comprehensive"}).json()
    done = client.wait_job(job["job_id"], timeout=600)
    seconds = next_job_seconds("analysis", before)
    peak = rss_kb(responder_pid(), "VmHWM")
    say(f"job {done['status']}: {seconds:.2f} s server-side, peak RSS growth {(peak - base) / 1024:.0f} MB")
    result = client.get(f"/data/analysis/{job['job_id']}").json()
    f = result["files"][0]
    say("summary:", json.dumps(f["stats"]["summary"])[:400])
    say("top correlations:", json.dumps(f.get("correlations", [])[:3]))
    for i in f.get("insights", [])[:8]:
        say(f"  insight [{i['severity']}] {i['type']}: {i['message']}")
    client.delete(f"/uploads/{up['upload_id']}")


def bench_export():
    say("\n## export (1,000,000-row customers)")
    src = os.path.join(dataset(), "customers.csv")
    up = upload_optimized([src])
    size_in = os.path.getsize(src)
    results = {}
    for fmt in ["parquet", "csv", "json"]:
        base = fresh_responder()
        before = completed_jobs("export")
        r = client.post("/data/export", {"upload_id": up["upload_id"], "format": fmt}).json()
        client.wait_job(r["export_id"], timeout=600)
        seconds = next_job_seconds("export", before)
        peak = rss_kb(responder_pid(), "VmHWM")
        status = client.get(f"/data/export/{r['export_id']}").json()
        size = status["files"][0]["size_bytes"]
        results[fmt] = (seconds, size)
        say(f"{fmt:8s} {seconds:6.2f} s  {size / 1e6:7.1f} MB  {size / seconds / 1e6:6.0f} MB/s written  "
            f"{1e6 / seconds:,.0f} rows/s  peak RSS growth {(peak - base) / 1024:.0f} MB")
    code = ("import pyarrow.csv as c, pyarrow.parquet as pq, time, os, resource, sys\n"
            "t = time.time(); tb = c.read_csv(sys.argv[1]); pq.write_table(tb, sys.argv[2], compression='snappy')\n"
            "print(time.time() - t, os.path.getsize(sys.argv[2]), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", code, src, os.path.join(tmp, "x.parquet")], capture_output=True, text=True, check=True).stdout.split()
    pa_s, pa_size, pa_rss = float(out[0]), int(out[1]), int(out[2])
    s, size = results["parquet"]
    say(f"pyarrow CSV→Parquet (snappy): {pa_s:.2f} s, {pa_size / 1e6:.1f} MB, peak RSS {pa_rss / 1024:.0f} MB")
    say(f"→ plexe time {s / pa_s:.2f}x pyarrow's, file {size / pa_size:.2f}x pyarrow's size")
    client.delete(f"/uploads/{up['upload_id']}")


def converted(name, code, rows):
    """A copy of the first `rows` customers in another format, written once by `code` (a
    Python snippet reading sys.argv[1] = the CSV, writing sys.argv[2], sys.argv[3] = rows)."""
    os.makedirs(os.path.join(DATA, "formats-in"), exist_ok=True)
    path = os.path.join(DATA, "formats-in", name)
    if not os.path.exists(path):
        say(f"writing {name} (once)...")
        subprocess.run([sys.executable, "-c", code, os.path.join(dataset(), "customers.csv"), path + ".tmp", str(rows)], check=True)
        os.rename(path + ".tmp", path)
    return path


def bench_formats():
    say("\n## formats in (the 1,000,000 customers as CSV and Parquet, 100,000 as .xlsx)")
    parquet = converted("customers.parquet", "import pyarrow.csv as c, pyarrow.parquet as pq, sys\n"
                        "pq.write_table(c.read_csv(sys.argv[1]), sys.argv[2], compression='snappy')", 1_000_000)
    xlsx = converted("customers-100k.xlsx", "import csv, sys, openpyxl\n"
                     "wb = openpyxl.Workbook(write_only=True); ws = wb.create_sheet()\n"
                     "for i, row in enumerate(csv.reader(open(sys.argv[1]))):\n"
                     "    if i > int(sys.argv[3]): break\n"
                     "    ws.append([int(v) if v.isdigit() else v for v in row])\n"
                     "wb.save(sys.argv[2])", 100_000)
    peers = {
        parquet: "import pyarrow.parquet as pq, sys; pq.read_table(sys.argv[1])",
        xlsx: "import openpyxl, sys; ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]; sum(1 for _ in ws.values)",
    }
    csv = os.path.join(dataset(), "customers.csv")
    peers[csv] = "import pyarrow.csv as c, sys; c.read_csv(sys.argv[1])"
    for path, rows, peer in [(csv, 1_000_000, "pyarrow read_csv (for reference)"), (parquet, 1_000_000, "pyarrow read_table"),
                             (xlsx, 100_000, "openpyxl read_only, rows only")]:
        base = fresh_responder()
        before = completed_jobs("ingest")
        uid, done, wall = upload_file(path)
        seconds = next_job_seconds("ingest", before)
        peak = rss_kb(responder_pid(), "VmHWM")
        assert done["status"] == "complete" and done["files"][0]["rows"] == rows, done
        size = os.path.getsize(path)
        say(f"{os.path.basename(path):22s} {size / 1e6:6.1f} MB  plexe ingest (typed, NULLs, unique): {seconds:6.2f} s, "
            f"{rows / seconds:,.0f} rows/s, peak RSS growth {(peak - base) / 1024:.0f} MB")
        code = "import time, resource, sys\nt = time.time()\n" + peers[path] + \
               "\nprint(time.time() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True).stdout.split()
        say(f"{'':22s} {'':9s}{peer}: {float(out[0]):6.2f} s, peak RSS {int(out[1]) / 1024:.0f} MB")
        client.delete(f"/uploads/{uid}")


def log_lines():
    with open(os.path.join(HOME, "logs", "app.log")) as f:
        return f.readlines()


def translation_ms(lines):
    return sorted(int(m.group(1)) / 1000 for line in lines if "question translated" in line
                  for m in [re.search(r"translate_us=([0-9]+)", line)] if m)


def timing(label, times):
    if times:
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        say(f"{label}: translation over {len(times)} questions: mean {sum(times) / len(times):.2f} ms, "
            f"p50 {times[len(times) // 2]:.2f} ms, p99 {p99:.2f} ms, max {times[-1]:.2f} ms")


def bench_nlq():
    say("\n## natural language (DEV set, held-out set, and a 1,000,000-row upload)")
    token_cmd = os.path.join(REPO, "scripts", "token")
    for label, directory, question_set in [("DEV (shared/nlq)", os.path.join(SHARED, "nlq"), "dev.jsonl"),
                                           ("held-out (tests/nlq)", os.path.join(REPO, "tests", "nlq"), "questions.jsonl")]:
        before = len(log_lines())
        out = subprocess.run([sys.executable, os.path.join(REPO, "tests", "nlq", "score.py"), "--base-url", BASE_URL, "--token-cmd", token_cmd,
                              "--set", os.path.join(directory, question_set), "--datasets", os.path.join(directory, "datasets.json")],
                             capture_output=True, text=True, cwd=directory)
        say(f"{label}: " + (out.stdout.strip().splitlines() or ["no output: " + out.stderr[-300:]])[-1])
        time.sleep(0.5)  # the log is written every 200 ms
        timing(label, translation_ms(log_lines()[before:]))

    # The value index's share of ingest, and translation against a big upload.
    before = len(log_lines())
    up = upload_files([os.path.join(dataset(), "customers.csv")])
    time.sleep(0.5)
    lines = log_lines()[before:]
    ingest = [float(m.group(1)) for line in lines if "job completed" in line and "type=ingest" in line
              for m in [re.search(r"seconds=([0-9.]+)", line)] if m]
    index = [int(m.group(1)) for line in lines if "value index built" in line for m in [re.search(r"ms=([0-9]+)", line)] if m]
    if ingest and index:
        say(f"value index on the 1M-row customers.csv: {index[-1] / 1000:.2f} s of an ingest of {ingest[-1]:.2f} s "
            f"({100 * index[-1] / 1000 / ingest[-1]:.1f} %)")
    questions = []
    for line in open(os.path.join(SHARED, "nlq", "dev.jsonl")):
        entry = json.loads(line)
        if "transactions" not in entry["gold_sql"]:
            questions.append(entry["question"])
    sid = client.session_for(up["upload_id"])
    before = len(log_lines())
    for question in questions * 2:
        client.post("/data/query", {"session_id": sid, "query_type": "natural_language", "query": question, "max_results": 10})
    time.sleep(0.5)
    timing(f"1M-row customers upload ({len(questions)} DEV questions about customers, twice)", translation_ms(log_lines()[before:]))
    client.delete(f"/uploads/{up['upload_id']}")


def bench_files():
    say("\n## files (polluted CSV corpus from tests/corpus/pollute.py: 5 clean tables, one pollution per file;"
        " plexe through the API beside DuckDB read_csv auto and CleverCSV read_table, scored cell by cell)")
    for module in ("duckdb", "clevercsv", "numpy"):
        try:
            __import__(module)
        except ImportError:
            subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", module], check=True)
    sys.path.insert(0, os.path.join(REPO, "tests", "corpus"))
    import pollute
    import score
    import duckdb
    import clevercsv
    with tempfile.TemporaryDirectory() as tmp:
        entries = pollute.generate(tmp)
        results = score.run(tmp, entries, score.loaders(score.LOADERS, client))
    say(f"{len(entries)} files (seed 18); DuckDB {duckdb.__version__}, CleverCSV {clevercsv.__version__}")
    say("\n".join(score.report(results)))
    totals = score.seconds_by_loader(results)
    say("time over the corpus: " + ", ".join(f"{n} {s:.1f} s" for n, s in totals.items()) + " (plexe: upload, ingest, query, delete)")
    for name in score.LOADERS:
        reasons = score.failures(results, name, top=6)
        if reasons:
            say(f"{name}: why files were not loaded")
            say("\n".join(reasons))
    os.makedirs(DATA, exist_ok=True)
    per_file = os.path.join(DATA, "files-results.json")
    with open(per_file, "w") as f:
        json.dump(results, f, indent=1)
    say(f"per-file results (loader, loaded, error, cells): {per_file}")


def cpu_ticks(pid):
    """User + system CPU of a process so far, in clock ticks (/proc/PID/stat fields 14 and 15)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def nginx_worker_pids():
    master = open(os.path.join(HOME, "run", "nginx.pid")).read().strip()
    return [int(p) for p in subprocess.run(["pgrep", "-P", master], capture_output=True, text=True).stdout.split()]


def cpu_per_request(url, seconds=8, connections=8, script=None, headers=()):
    """wrk for `seconds`, and the CPU the responder and the nginx workers spent per request
    meanwhile (ms); wrk's own CPU is not counted."""
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    app, workers = responder_pid(), nginx_worker_pids()
    before = cpu_ticks(app), sum(cpu_ticks(w) for w in workers)
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True).stdout
    after = cpu_ticks(app), sum(cpu_ticks(w) for w in workers)
    requests = max(1, int(re.search(r"(\d+) requests in", out).group(1)))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return ((after[0] - before[0]) * tick_ms / requests, (after[1] - before[1]) * tick_ms / requests, requests / seconds,
            int(errors.group(1)) if errors else 0)


def bench_capacity():
    """The figures behind README's capacity model ("Several machines"): CPU per request of the
    common routes (responder and nginx apart), job throughput, and the size of the per-upload
    database a node caches."""
    say("\n## capacity (CPU per request: wrk -t1 -c8 -d8s, responder and nginx workers apart; 1M customers)")
    d = dataset()
    src = os.path.join(d, "customers.csv")
    ingests, optimizations = completed_jobs("ingest"), completed_jobs("optimize")
    up = upload_optimized([src])
    ingest_s, optimize_s = next_job_seconds("ingest", ingests), next_job_seconds("optimize", optimizations)
    size = os.path.getsize(src)
    say(f"ingest of 1M rows ({size / 1e6:.0f} MB CSV): {ingest_s:.2f} s = {size / 1e6 / ingest_s:.0f} MB/s; optimize job {optimize_s:.2f} s")
    db_mb = os.path.getsize(os.path.join(HOME, "data", up["upload_id"] + ".sqlite")) / 1e6
    say(f"per-upload database (what a node caches), indexes included: {db_mb:.0f} MB = {db_mb / size * 1e6:.2f} × the CSV")
    analyses = completed_jobs("analysis")
    r = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "comprehensive"})
    assert r.status_code == 202, r.text
    say(f"comprehensive analysis of 1M rows: {next_job_seconds('analysis', analyses):.2f} s")
    exports = completed_jobs("export")
    r = client.post("/data/export", {"upload_id": up["upload_id"], "format": "csv"})
    assert r.status_code == 202, r.text
    say(f"CSV export of 1M rows: {next_job_seconds('export', exports):.2f} s")
    sid = client.session_for(up["upload_id"])
    auth = f"Authorization: Bearer {TOKEN}"
    with tempfile.TemporaryDirectory() as tmp:
        def post_script(name, body):
            path = os.path.join(tmp, name + ".lua")
            with open(path, "w") as f:
                f.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(json.dumps(body))}\nwrk.headers["Content-Type"] = "application/json"\n'
                        f'wrk.headers["Authorization"] = "Bearer {TOKEN}"\n')
            return path
        routes = [
            ("GET /healthz", f"https://127.0.0.1:{PORT}/healthz", None, ()),
            ("GET /data/uploads", f"https://127.0.0.1:{PORT}/data/uploads", None, (auth,)),
            ("GET /uploads/{id} (status poll)", f"https://127.0.0.1:{PORT}/uploads/{up['upload_id']}", None, (auth,)),
            ("GET preview, 100 rows", f"https://127.0.0.1:{PORT}/data/uploads/{up['upload_id']}/files/customers.csv/preview?limit=100", None, (auth,)),
            ("POST /data/query, one customer_id (scan)", f"https://127.0.0.1:{PORT}/data/query",
             post_script("point", {"session_id": sid, "query_type": "sql", "query": "SELECT * FROM customers WHERE customer_id = 'C0500000'"}), ()),
            ("POST /data/query, COUNT age > 40", f"https://127.0.0.1:{PORT}/data/query",
             post_script("count", {"session_id": sid, "query_type": "sql", "query": "SELECT COUNT(*) FROM customers WHERE age > 40"}), ()),
            ("POST /data/query, English question", f"https://127.0.0.1:{PORT}/data/query",
             post_script("nl", {"session_id": sid, "query_type": "natural_language", "query": "how many customers are older than 40"}), ()),
        ]
        for label, url, script, headers in routes:
            cpu_per_request(url, seconds=2, script=script, headers=headers)  # warm-up
            app_ms, nginx_ms, rps, errors = cpu_per_request(url, script=script, headers=headers)
            say(f"{label:38s} responder {app_ms:7.3f} ms CPU/request   nginx {nginx_ms:6.3f} ms   ({rps:7.0f} req/s, non-2xx {errors})")


SECTIONS = {"http": bench_http, "capacity": bench_capacity, "ingest": bench_ingest, "formats": bench_formats, "query": bench_query,
            "analysis": bench_analysis, "export": bench_export, "nlq": bench_nlq, "files": bench_files}

if __name__ == "__main__":
    wanted = sys.argv[1:] or list(SECTIONS)
    for name in wanted:
        if name not in SECTIONS:
            sys.exit(f"unknown section {name}; choose from {' '.join(SECTIONS)}")
    for name in wanted:
        SECTIONS[name]()
