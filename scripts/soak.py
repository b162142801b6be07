#!/usr/bin/env python3
"""The soak driver behind scripts/soak: N clients (one user each) run whole flows (upload,
preview, SQL and English queries, analysis, export, delete) for M minutes against the
private stack scripts/soak started, while the responder is killed with SIGKILL K times at
evenly spaced moments and restarted with the scripts' own functions (scripts/responder).
Then it checks that nothing was lost or corrupted, prints a report, and exits 1 if a check
failed.

Every request attempt is recorded with its start and end time; an attempt that overlaps a
restart window (SIGKILL → first 200 from /healthz) is counted apart from the others, since
502/503 answers are what a crash looks like to a client. Outside the windows there must be
no 5xx and no other unexpected answer."""
import argparse
import csv
import hashlib
import io
import json
import math
import os
import random
import re
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict

import pyarrow.parquet as pq
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

REPO = os.environ["PLEXE_REPO_ROOT"]
HOME = os.environ["PLEXE_HOME"]
BASE_URL = os.environ["PLEXE_BASE_URL"].rstrip("/")
SHARED = os.path.join(REPO, "..", "shared")
now = time.monotonic

# Bounds on every loop, so that a stuck server ends a flow instead of the soak.
REQUEST_TIMEOUT = 60        # one HTTP attempt
RETRY_ATTEMPTS = 20         # attempts of one request (connection errors, 5xx, 429)
RETRY_BUDGET = 90           # seconds spent retrying one request
WAIT_LIMIT = 300            # seconds waiting for an upload, analysis or export to finish
POLL_INTERVAL = 0.5
FINAL_WAIT = 180            # seconds the final check waits for uploads still processing

# Column types of the generated dataset (shared/data/gen_dataset.py), in file order.
SCHEMAS = {
    "customers": {"customer_id": "string", "name": "string", "email": "string", "age": "integer",
                  "signup_date": "date", "last_purchase": "date", "purchase_count": "integer",
                  "lifetime_value": "float", "churn": "boolean", "country": "string",
                  "plan_type": "string", "referral_source": "string"},
    "transactions": {"transaction_id": "string", "customer_id": "string", "date": "date", "amount": "float",
                     "product_id": "string", "quantity": "integer", "discount": "float",
                     "payment_method": "string"},
}
CONTENT_TYPES = {"csv": "text/csv", "json": "application/json", "ndjson": "application/x-ndjson"}
# (customer rows, seed): transactions are 3× the customers; a few KB up to ~6 MB a file.
VARIANTS = [(25, 101), (200, 102), (1500, 103), (5000, 104), (12000, 105)]
VARIANT_WEIGHTS = [30, 30, 20, 12, 8]
SQL_EXTRA = {
    "customers": ["SELECT country, COUNT(*) AS n, AVG(lifetime_value) AS avg_ltv FROM customers GROUP BY country ORDER BY n DESC",
                  "SELECT customer_id, name, lifetime_value FROM customers ORDER BY lifetime_value DESC LIMIT 10"],
    "transactions": ["SELECT payment_method, COUNT(*) AS n, SUM(amount) AS total FROM transactions GROUP BY payment_method",
                     "SELECT strftime('%Y', date) AS year, COUNT(*) AS n FROM transactions GROUP BY year ORDER BY year"],
    "both": ["SELECT c.country, SUM(t.amount) AS total FROM transactions t JOIN customers c ON c.customer_id = t.customer_id "
             "GROUP BY c.country ORDER BY total DESC"],
}


class FlowAbort(Exception):
    """Ends a flow. `span` is when the requests that caused it were failing (None when no
    request failed: a wait ran out, an upload failed), to tell window effects from the rest."""

    def __init__(self, message, span=None):
        super().__init__(message)
        self.span = span


# ---------------------------------------------------------------------------------------------
# Table digests: the same figures from a source file, an export and SQL through the API

def normalise(value, kind):
    """One cell as the soak compares it: CSV text, JSON values and Parquet values agree."""
    if value is None or value == "":
        return None
    if kind == "integer":
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(f"integer column holds {value!r}")
        return int(value)
    if kind == "float":
        return round(float(value) * 100)  # every generated float has two decimals
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise ValueError(f"boolean column holds {value!r}")
    if kind == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return str(value)


def aggregate_terms(table):
    """(SQL expression, Python function of the column's normalised non-null values) per term."""
    terms = []
    for col, kind in SCHEMAS[table].items():
        q = '"%s"' % col
        terms.append((f"COUNT({q})", len))
        if kind in ("integer", "float"):
            expr = f"SUM({q})" if kind == "integer" else f"SUM(ROUND({q} * 100))"
            terms.append((f"COALESCE({expr}, 0)", sum))
        elif kind == "boolean":
            terms.append((f"COALESCE(SUM(CASE WHEN {q} THEN 1 ELSE 0 END), 0)", lambda vs: sum(1 for v in vs if v)))
        else:
            # Strings and dates: length and the code points at the start, middle and end.
            terms.append((f"COALESCE(SUM(LENGTH({q})), 0)", lambda vs: sum(len(v) for v in vs)))
            terms.append((f"COALESCE(SUM(UNICODE({q})), 0)", lambda vs: sum(ord(v[0]) for v in vs)))
            terms.append((f"COALESCE(SUM(UNICODE(SUBSTR({q}, (LENGTH({q}) + 1) / 2, 1))), 0)",
                          lambda vs: sum(ord(v[(len(v) + 1) // 2 - 1]) for v in vs)))
            terms.append((f"COALESCE(SUM(UNICODE(SUBSTR({q}, -1))), 0)", lambda vs: sum(ord(v[-1]) for v in vs)))
    return terms


def checksum_sql(table):
    return "SELECT COUNT(*), " + ", ".join(expr for expr, _ in aggregate_terms(table)) + f' FROM "{table}"'


class Digest:
    """Row count, the aggregate terms of checksum_sql, and an order-free hash of every row."""

    def __init__(self, table, rows):
        kinds = list(SCHEMAS[table].values())
        columns = [[] for _ in kinds]
        self.rows = 0
        self.row_hash = 0
        for raw in rows:
            if len(raw) != len(kinds):
                raise ValueError(f"row {self.rows + 1} has {len(raw)} fields, expected {len(kinds)}")
            norm = [normalise(v, k) for v, k in zip(raw, kinds)]
            self.rows += 1
            h = hashlib.blake2b(repr(norm).encode(), digest_size=8).digest()
            self.row_hash = (self.row_hash + int.from_bytes(h, "big")) % (1 << 64)
            for c, v in zip(columns, norm):
                if v is not None:
                    c.append(v)
        self.aggregates = [self.rows]
        cols = list(SCHEMAS[table])
        for (expr, fn) in aggregate_terms(table):
            col = re.search(r'"([^"]+)"', expr).group(1)
            self.aggregates.append(fn(columns[cols.index(col)]))


def read_rows(filename, content, table):
    """The rows of a file (CSV, JSON array, NDJSON or Parquet) as lists in schema order."""
    cols = list(SCHEMAS[table])
    ext = filename.rsplit(".", 1)[-1].lower()
    if ext == "csv":
        reader = csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""))
        header = next(reader)
        missing = [c for c in cols if c not in header]
        if missing:
            raise ValueError(f"CSV header lacks {missing}")
        idx = [header.index(c) for c in cols]
        for rec in reader:
            if len(rec) != len(header):
                raise ValueError(f"CSV record of {len(rec)} fields under a header of {len(header)}")
            yield [rec[i] for i in idx]
        return
    if ext == "json":
        objects = json.loads(content)
    elif ext in ("ndjson", "jsonl"):
        objects = (json.loads(line) for line in content.decode().splitlines() if line.strip())
    elif ext == "parquet":
        objects = pq.read_table(io.BytesIO(content)).to_pylist()
    else:
        raise ValueError(f"unknown file type {filename}")
    for obj in objects:
        if set(obj) != set(cols):
            raise ValueError(f"record keys {sorted(obj)} differ from the schema")
        yield [obj[c] for c in cols]


class SourceFile:
    def __init__(self, path, table, variant):
        self.path = path
        self.name = os.path.basename(path)
        self.table = table
        self.variant = variant
        self.ext = self.name.rsplit(".", 1)[1]
        self.content_type = CONTENT_TYPES[self.ext]
        with open(path, "rb") as f:
            self.content = f.read()
        self.digest = Digest(table, read_rows(self.name, self.content, table))
        if self.ext == "csv":
            reader = csv.reader(io.StringIO(self.content.decode("utf-8-sig"), newline=""))
            self.header = next(reader)
            self.first_record = next(reader)
        else:
            self.first_record = next(iter(read_rows(self.name, self.content, table)))


def load_sources(data_dir):
    """Generates the datasets once (gen_dataset.py --format all) and digests every file."""
    sources = []
    for rows, seed in VARIANTS:
        out = os.path.join(data_dir, f"r{rows}-s{seed}")
        if not os.path.exists(os.path.join(out, "transactions.ndjson")):
            subprocess.run([sys.executable, os.path.join(SHARED, "data", "gen_dataset.py"), "--rows", str(rows), "--seed", str(seed),
                            "--format", "all", "--out", out], check=True, capture_output=True)
        group = {}
        for table in SCHEMAS:
            group[table] = [SourceFile(os.path.join(out, f"{table}.{ext}"), table, (rows, seed)) for ext in ("csv", "json", "ndjson")]
        sources.append(group)
    return sources


def nl_questions():
    """Questions of the shared dev set, keyed by the set of tables their gold SQL reads."""
    by_tables = defaultdict(list)
    with open(os.path.join(SHARED, "nlq", "dev.jsonl")) as f:
        for line in f:
            q = json.loads(line)
            tables = frozenset(re.findall(r"\b(customers|transactions)\b", q["gold_sql"]))
            by_tables[tables].append(q["question"])
    return by_tables


# ---------------------------------------------------------------------------------------------
# Recording

class Recorder:
    """Every request attempt, every upload, job and export the clients made, and the restart
    windows; shared by all threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.attempts = []      # (route, status, t1, t2, outcome, client, request_id, detail)
        self.windows = []       # dicts: kind, start, end, ok
        self.uploads = {}       # upload_id -> dict
        self.jobs = []          # dicts: kind, id, upload_id, start, end, status, problem
        self.flows = []         # dicts: client, start, end, outcome, reason
        self.problems = defaultdict(list)  # check name -> messages

    def attempt(self, *row):
        with self.lock:
            self.attempts.append(row)

    def problem(self, check, message):
        with self.lock:
            self.problems[check].append(message)

    def in_window(self, t1, t2):
        return any(t1 <= (w["end"] if w["end"] is not None else float("inf")) and t2 >= w["start"] for w in self.windows)


class Api:
    """One client's HTTP access: retries connection errors, 5xx and 429 within bounds, and
    records every attempt."""

    def __init__(self, rec, client_id, token, stop):
        self.rec = rec
        self.client_id = client_id
        self.token = token
        self.stop = stop
        self.http = requests.Session()
        self.http.trust_env = False
        self.http.verify = False

    def call(self, method, route, path, body=None, data=None, auth=True, ok=(200,), ok_after_failure=(), wait_on=(),
             params=None):
        """Sends until a status in `ok` arrives and returns the response. `ok_after_failure`
        statuses count as success once an earlier attempt ended without an answer or with a
        5xx (the request may have been done: a repeated confirm answers 409, a repeated
        delete 404). `wait_on` statuses are waited out like 5xx (409 while still processing)."""
        url = path if path.startswith("https://") else BASE_URL + path
        if not url.startswith("https://127.0.0.1:"):
            raise FlowAbort(f"refusing to send to {url}: only 127.0.0.1")
        headers = {}
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            data = json.dumps(body)
            headers["Content-Type"] = "application/json"
        deadline = now() + RETRY_BUDGET
        unanswered = False
        first_failure = None
        for attempt in range(1, RETRY_ATTEMPTS + 1):
            t1 = now()
            response, status, detail = None, None, ""
            try:
                response = self.http.request(method, url, data=data, headers=headers, params=params, timeout=REQUEST_TIMEOUT)
                status = response.status_code
            except requests.Timeout as e:
                status, detail = "timeout", str(e)[:200]
            except requests.RequestException as e:
                status, detail = "conn-error", str(e)[:200]
            t2 = now()
            rid = response.headers.get("X-Request-Id") if response is not None else None
            if status in ok:
                self.rec.attempt(route, status, t1, t2, "ok", self.client_id, rid, "")
                return response
            if status in ok_after_failure and unanswered:
                self.rec.attempt(route, status, t1, t2, "tolerated", self.client_id, rid, "")
                return response
            if response is not None:
                detail = response.text[:300]
            waitable = status in wait_on
            self.rec.attempt(route, status, t1, t2, "waited" if waitable else "error", self.client_id, rid, detail)
            first_failure = first_failure or t1
            retryable = not isinstance(status, int) or status >= 500 or status == 429 or waitable
            if not retryable:
                raise FlowAbort(f"{route} answered {status}: {detail}", span=(t1, t2))
            if not isinstance(status, int) or status >= 500:
                unanswered = True
            if now() >= deadline or self.stop.hard.is_set():
                break
            if status == 429:
                pause = min(float(response.headers.get("Retry-After", "1") or 1), 10.0)
            else:
                pause = min(2.0, 0.2 * 1.6 ** attempt) * random.uniform(0.7, 1.3)
            time.sleep(max(0.0, min(pause, deadline - now())))
        raise FlowAbort(f"{route} gave up after {attempt} attempts (last {status}: {detail[:200]})", span=(first_failure, now()))


class Stop:
    def __init__(self):
        self.soft = threading.Event()   # no new flows
        self.hard = threading.Event()   # end the flows in progress


# ---------------------------------------------------------------------------------------------
# One flow

class Flow:
    def __init__(self, client, rnd):
        self.c = client
        self.api = client.api
        self.rec = client.rec
        self.rnd = rnd
        self.upload_id = None
        self.session_id = None
        self.upload_done = False
        self.deleted = False

    def pick_files(self):
        group = self.rnd.choices(self.c.sources, weights=VARIANT_WEIGHTS)[0]
        tables = self.rnd.choice([["customers"], ["transactions"], ["customers", "transactions"]])
        return [self.rnd.choices(group[t], weights=[2, 1, 1])[0] for t in tables]

    def wait(self, route, path, done_statuses, field="status"):
        deadline = now() + WAIT_LIMIT
        while True:
            body = self.api.call("GET", route, path).json()
            if body.get(field) in done_statuses:
                return body
            if now() > deadline:
                raise FlowAbort(f"{path} still {body.get(field)} after {WAIT_LIMIT} s")
            if self.c.stop.hard.is_set():
                raise FlowAbort(f"drain time over while {path} was {body.get(field)}")
            time.sleep(POLL_INTERVAL)

    def run(self):
        files = self.pick_files()
        by_name = {f.name: f for f in files}
        api = self.api
        spec = [{"filename": f.name, "content_type": f.content_type, "size_bytes": len(f.content)} for f in files]
        created = api.call("POST", "POST /data/upload", "/data/upload",
                           body={"name": f"soak {self.c.client_id}", "files": spec}, ok=(201,)).json()
        uid = self.upload_id = created["upload_id"]
        record = {"client": self.c.client_id, "files": [f.name for f in files], "sources": {f.name: f for f in files},
                  "created": now(), "confirmed": None, "finished": None, "status": "pending", "retained": False,
                  "deleted": False, "verified": False}
        with self.rec.lock:
            self.rec.uploads[uid] = record
        for f in created["files"]:
            api.call("PUT", "PUT /storage/... (presigned)", f["presigned_url"], data=by_name[f["filename"]].content, auth=False,
                     ok=(200, 201, 204))
        confirm = {"status": "complete", "files": [{"filename": f["filename"], "s3_key": f["s3_key"]} for f in created["files"]]}
        api.call("POST", "POST /uploads/{id}/status", f"/uploads/{uid}/status", body=confirm, ok=(202,), ok_after_failure=(409,))
        record["confirmed"] = now()
        details = self.wait("GET /uploads/{id}", f"/uploads/{uid}", ("complete", "failed"))
        record["finished"] = now()
        record["status"] = details["status"]
        self.upload_done = True
        if details["status"] != "complete":
            self.rec.problem("failed uploads", f"{uid} ({', '.join(record['files'])}): {json.dumps(details.get('files'))[:400]}")
            raise FlowAbort(f"upload {uid} failed")
        self.check_details(uid, details, by_name)

        for f in files:
            self.check_preview(uid, f)

        self.session_id = api.call("POST", "POST /data/sessions", "/data/sessions", body={"upload_id": uid}, ok=(201,)).json()["session_id"]
        verified = all(self.check_checksum(uid, f) for f in files)
        record["verified"] = verified
        tables = sorted({f.table for f in files})
        extra = list(SQL_EXTRA["both"] if len(tables) == 2 else []) + [q for t in tables for q in SQL_EXTRA[t]]
        for sql in self.rnd.sample(extra, min(2, len(extra))):
            r = api.call("POST", "POST /data/query (sql)", "/data/query",
                         body={"session_id": self.session_id, "query_type": "sql", "query": sql})
            rows = r.json().get("rows")
            if "COUNT(*) AS n" in sql and " JOIN " not in sql and rows is not None:
                table = "customers" if "FROM customers" in sql else "transactions"
                expected = next(f.digest.rows for f in files if f.table == table)
                if sum(row[1] for row in rows) != expected:
                    self.rec.problem("data mismatches", f"{uid}: {sql!r} counts {sum(row[1] for row in rows)} rows, file has {expected}")
        questions = self.c.questions[frozenset(tables)] + (self.c.questions[frozenset([tables[0]])] if len(tables) == 2 else [])
        for q in self.rnd.sample(questions, min(2, len(questions))):
            r = api.call("POST", "POST /data/query (natural_language)", "/data/query",
                         body={"session_id": self.session_id, "query_type": "natural_language", "query": q}, ok=(200, 422))
            if r.status_code == 422:
                with self.rec.lock:
                    self.c.nl_refused[q] += 1
        api.call("GET", "GET /data/sessions/{id}/queries", f"/data/sessions/{self.session_id}/queries")
        api.call("DELETE", "DELETE /data/sessions/{id}", f"/data/sessions/{self.session_id}")
        self.session_id = None

        self.run_analysis(uid, files)
        self.run_export(uid, files)

        if self.rnd.random() < self.c.retain_fraction:
            record["retained"] = True
        else:
            self.delete_upload()

    def check_details(self, uid, details, by_name):
        for f in details["files"]:
            src = by_name.get(f["filename"])
            if src is None:
                self.rec.problem("data mismatches", f"{uid}: unexpected file {f['filename']}")
                continue
            if f.get("rows") != src.digest.rows or f.get("columns") != len(SCHEMAS[src.table]):
                self.rec.problem("data mismatches", f"{uid}/{src.name}: details say {f.get('rows')} rows × {f.get('columns')} columns, "
                                                    f"the file has {src.digest.rows} × {len(SCHEMAS[src.table])}")

    def check_preview(self, uid, src):
        r = self.api.call("GET", "GET /data/uploads/{id}/files/{name}/preview", f"/data/uploads/{uid}/files/{src.name}/preview",
                          params={"limit": 5})
        body = r.json()
        want = min(5, src.digest.rows)
        problems = []
        if body.get("total_rows") != src.digest.rows:
            problems.append(f"total_rows {body.get('total_rows')} != {src.digest.rows}")
        if body.get("returned_rows") != want or len(body.get("data") or []) != want:
            problems.append(f"returned_rows {body.get('returned_rows')} != {want}")
        elif src.ext == "csv":
            if body.get("columns") != src.header or body["data"][0] != src.first_record:
                problems.append(f"first row {body['data'][0]} != {src.first_record}")
        else:
            kinds = list(SCHEMAS[src.table].values())
            got = [normalise(body["data"][0].get(c), k) for c, k in zip(SCHEMAS[src.table], kinds)]
            if got != [normalise(v, k) for v, k in zip(src.first_record, kinds)]:
                problems.append(f"first record {body['data'][0]} differs from the file's")
        for p in problems:
            self.rec.problem("data mismatches", f"{uid}/{src.name} preview: {p}")

    def check_checksum(self, uid, src, session_id=None, route="POST /data/query (sql)"):
        """The file's row count and aggregates, computed by SQL through the API."""
        r = self.api.call("POST", route, "/data/query",
                          body={"session_id": session_id or self.session_id, "query_type": "sql", "query": checksum_sql(src.table)})
        got = r.json()["rows"][0]
        got = [int(round(v)) if isinstance(v, (int, float)) else v for v in got]
        if got != src.digest.aggregates:
            cols = ["rows"] + [e for e, _ in aggregate_terms(src.table)]
            diff = [f"{c}: {g} != {w}" for c, g, w in zip(cols, got, src.digest.aggregates) if g != w]
            self.rec.problem("data mismatches", f"{uid}/{src.name} checksum by SQL: {'; '.join(diff)[:500]}")
            return False
        return True

    def check_all_rows(self, uid, src, session_id):
        """Every cell of the file's table, read through SQL in pages, against the file."""
        cols = ", ".join('"%s"' % c for c in SCHEMAS[src.table])
        rows, page = [], 10000
        while True:
            sql = f'SELECT {cols} FROM "{src.table}" ORDER BY rowid LIMIT {page} OFFSET {len(rows)}'
            body = self.api.call("POST", "POST /data/query (final rows)", "/data/query",
                                 body={"session_id": session_id, "query_type": "sql", "query": sql, "max_results": page}).json()
            rows.extend(body["rows"])
            if len(body["rows"]) < page or len(rows) > src.digest.rows:
                break
        try:
            d = Digest(src.table, rows)
            same = d.rows == src.digest.rows and d.row_hash == src.digest.row_hash and d.aggregates == src.digest.aggregates
            problem = None if same else f"{d.rows} rows read (the file has {src.digest.rows}); values differ from the file"
        except ValueError as e:
            problem = f"rows do not fit the file's types: {e}"
        if problem:
            self.rec.problem("data mismatches", f"{uid}/{src.name} read back by SQL at the end: {problem}")
        return problem is None

    def run_analysis(self, uid, files):
        kind = self.rnd.choice(["basic", "comprehensive"])
        job = self.api.call("POST", "POST /data/analyze", "/data/analyze", body={"upload_id": uid, "analysis_type": kind}, ok=(202,)).json()
        entry = {"kind": f"analysis ({kind})", "id": job["job_id"], "upload_id": uid, "start": now(), "end": None, "status": None}
        with self.rec.lock:
            self.rec.jobs.append(entry)
        state = self.wait("GET /jobs/{id}", f"/jobs/{job['job_id']}", ("completed", "failed"))
        entry["end"], entry["status"] = now(), state["status"]
        if state["status"] != "completed":
            self.rec.problem("failed jobs", f"analysis {job['job_id']} of {uid}: {state.get('error')}")
            return
        result = self.api.call("GET", "GET /data/analysis/{id}", f"/data/analysis/{job['job_id']}").json()
        rows = {f["filename"]: f["stats"]["rows"] for f in result.get("files", [])}
        for f in files:
            if rows.get(f.name) != f.digest.rows:
                self.rec.problem("data mismatches", f"{uid}/{f.name}: analysis {job['job_id']} counts {rows.get(f.name)} rows, file has {f.digest.rows}")

    def run_export(self, uid, files):
        fmt = self.rnd.choice(["csv", "json", "parquet", "parquet", None])
        body = {"upload_id": uid}
        if fmt:
            body["format"] = fmt
        started = self.api.call("POST", "POST /data/export", "/data/export", body=body, ok=(202,)).json()
        eid = started["export_id"]
        entry = {"kind": f"export ({fmt or 'original'})", "id": eid, "upload_id": uid, "start": now(), "end": None, "status": None,
                 "verified": [], "corrupt": []}
        with self.rec.lock:
            self.rec.jobs.append(entry)
        state = self.wait("GET /jobs/{id}", f"/jobs/{eid}", ("completed", "failed"))
        entry["end"], entry["status"] = now(), state["status"]
        if state["status"] != "completed":
            self.rec.problem("failed jobs", f"export {eid} ({fmt}) of {uid}: {state.get('error')}")
            return
        status = self.api.call("GET", "GET /data/export/{id}", f"/data/export/{eid}").json()
        by_stem = {f.name.rsplit(".", 1)[0]: f for f in files}
        if sorted(x["filename"].rsplit(".", 1)[0] for x in status.get("files", [])) != sorted(by_stem):
            entry["corrupt"].append(f"files {[x['filename'] for x in status.get('files', [])]} for sources {sorted(by_stem)}")
        for x in status.get("files", []):
            src = by_stem.get(x["filename"].rsplit(".", 1)[0])
            if src is None:
                continue
            try:
                content = self.api.call("GET", "GET /data/export/{id}/{file} (signed)", x["download_url"], auth=False).content
            except FlowAbort as e:
                entry["corrupt"].append(f"{x['filename']}: download failed: {e}")
                continue
            problem = None
            if len(content) != x.get("size_bytes"):
                problem = f"{len(content)} bytes downloaded, size_bytes says {x.get('size_bytes')}"
            else:
                try:
                    d = Digest(src.table, read_rows(x["filename"], content, src.table))
                    if d.rows != src.digest.rows:
                        problem = f"{d.rows} rows, the source has {src.digest.rows}"
                    elif d.row_hash != src.digest.row_hash or d.aggregates != src.digest.aggregates:
                        problem = "row count right but values differ from the source"
                except Exception as e:  # a file that does not parse is what this check is for
                    problem = f"does not parse: {type(e).__name__}: {str(e)[:200]}"
            if problem:
                entry["corrupt"].append(f"{x['filename']} ({src.name}): {problem}")
            else:
                entry["verified"].append(x["filename"])
        for c in entry["corrupt"]:
            self.rec.problem("corrupted exports", f"{eid} of {uid}: {c}")

    def delete_upload(self):
        uid = self.upload_id
        self.api.call("DELETE", "DELETE /uploads/{id}", f"/uploads/{uid}", ok=(200,), ok_after_failure=(404,), wait_on=(409,))
        self.rec.uploads[uid]["deleted"] = True
        self.deleted = True
        self.api.call("GET", "GET /uploads/{id} (deleted)", f"/uploads/{uid}", ok=(404,))

    def cleanup(self):
        """After an aborted flow: end the session (a user may hold five) and delete the upload
        when it is finished. Best effort and bounded; what stays is looked at by the final check."""
        try:
            if self.session_id:
                self.api.call("DELETE", "DELETE /data/sessions/{id}", f"/data/sessions/{self.session_id}")
        except FlowAbort:
            pass
        try:
            if self.upload_id and self.upload_done and not self.deleted and not self.rec.uploads[self.upload_id]["retained"]:
                self.delete_upload()
        except FlowAbort:
            pass


class Client(threading.Thread):
    def __init__(self, client_id, token, rec, stop, sources, questions, seed, retain_fraction):
        super().__init__(name=f"client-{client_id}", daemon=True)
        self.client_id = client_id
        self.rec = rec
        self.stop = stop
        self.api = Api(rec, client_id, token, stop)
        self.sources = sources
        self.questions = questions
        self.rnd = random.Random(seed)
        self.retain_fraction = retain_fraction
        self.nl_refused = Counter()

    def run(self):
        # Spread the start so that 50 clients do not all create at once.
        time.sleep(self.rnd.uniform(0, 3))
        while not self.stop.soft.is_set():
            flow = Flow(self, self.rnd)
            entry = {"client": self.client_id, "start": now(), "end": None, "outcome": None, "reason": None, "span": None}
            try:
                flow.run()
                entry["outcome"] = "completed"
            except FlowAbort as e:
                entry["outcome"], entry["reason"], entry["span"] = "aborted", str(e)[:400], e.span
                flow.cleanup()
            except Exception as e:  # a bug of the driver, or an answer of an unexpected shape
                entry["outcome"], entry["reason"] = "crashed", f"{type(e).__name__}: {e}\n{traceback.format_exc()[-1500:]}"
                flow.cleanup()
            entry["end"] = now()
            with self.rec.lock:
                self.rec.flows.append(entry)


# ---------------------------------------------------------------------------------------------
# The responder: kills, restarts, and watching for exits nobody asked for

def responder(command):
    return subprocess.run([os.path.join(REPO, "scripts", "responder"), command], env=os.environ, capture_output=True, text=True)


def responder_alive():
    try:
        pid = int(open(os.path.join(HOME, "run", "app.pid")).read())
        state = [l for l in open(f"/proc/{pid}/status") if l.startswith("State:")][0]
        return not state.split()[1].startswith("Z")
    except (OSError, ValueError, IndexError):
        return False


def wait_healthz(http, limit=60):
    deadline = now() + limit
    while now() < deadline:
        try:
            if http.get(BASE_URL + "/healthz", timeout=2).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.05)
    return False


class Supervisor(threading.Thread):
    """Kills the responder at the planned times and restarts it as scripts/responder does;
    in between, notices a responder that died on its own (recorded as a crash, restarted)."""

    def __init__(self, rec, stop, kill_at, down_seconds):
        super().__init__(name="supervisor", daemon=True)
        self.rec = rec
        self.stop = stop
        self.kill_at = list(kill_at)
        self.down_seconds = down_seconds
        self.http = requests.Session()
        self.http.trust_env = False
        self.http.verify = False
        self.finish = threading.Event()  # set by main once the final checks are done
        self.kills_done = threading.Event()

    def restart(self, kind, start):
        window = {"kind": kind, "start": start, "end": None, "ok": False}
        with self.rec.lock:
            self.rec.windows.append(window)
        if kind == "kill":
            out = responder("kill9")
            if out.returncode != 0:
                self.rec.problem("restarts", f"scripts/responder kill9 failed: {out.stderr[-300:]}")
            time.sleep(self.down_seconds)
        for _ in range(3):
            out = responder("start")
            if out.returncode == 0 and wait_healthz(self.http):
                window["end"], window["ok"] = now(), True
                return
            self.rec.problem("restarts", f"restart after {kind} at {start - T0:.1f} s did not answer /healthz: {out.stderr[-300:]}")
            responder("stop")
        window["end"] = now()

    def run(self):
        while not self.finish.is_set():
            if self.kill_at and now() >= self.kill_at[0]:
                self.kill_at.pop(0)
                self.restart("kill", now())
                if not self.kill_at:
                    self.kills_done.set()
            elif not responder_alive():
                started = now()
                # One more look: a restart by another hand (none expected) would show a new pid.
                time.sleep(0.2)
                if not responder_alive():
                    self.rec.problem("unexpected responder exits", f"the responder was gone at {started - T0:.1f} s with no kill")
                    tail = open(os.path.join(HOME, "logs", "app.log"), errors="replace").read()[-1500:]
                    self.rec.problem("unexpected responder exits", f"app.log tail: {tail}")
                    self.restart("crash", started)
            time.sleep(0.1)


# ---------------------------------------------------------------------------------------------
# Final checks

def final_checks(rec, clients):
    """After the flows: every upload that was confirmed and not deleted must reach complete;
    retained ones must still hold their data (checked again by SQL, after every restart);
    deleted ones must be gone, files included; no user may hold an upload still processing."""
    by_client = {c.client_id: c for c in clients}
    results = Counter()
    deadline = now() + FINAL_WAIT
    for uid, u in sorted(rec.uploads.items()):
        api = by_client[u["client"]].api
        if u["deleted"]:
            r = api.call("GET", "GET /uploads/{id} (final)", f"/uploads/{uid}", ok=(200, 404))
            leftovers = [p for p in (os.path.join(HOME, "data", uid + ".sqlite"), os.path.join(HOME, "files", "uploads", uid)) if os.path.exists(p)]
            if r.status_code != 404 or leftovers:
                rec.problem("deleted uploads not gone", f"{uid}: GET answers {r.status_code}, left on disk: {leftovers}")
            else:
                results["deleted and gone"] += 1
            continue
        while True:
            r = api.call("GET", "GET /uploads/{id} (final)", f"/uploads/{uid}", ok=(200, 404))
            status = r.json().get("status") if r.status_code == 200 else "gone"
            if status != "processing" or now() > deadline:
                break
            time.sleep(1)
        if status == "gone":
            rec.problem("lost uploads", f"{uid} ({', '.join(u['files'])}): created, never deleted, now answers 404")
            continue
        if status == "processing":
            since = f"{now() - u['confirmed']:.0f} s after its confirm" if u["confirmed"] else "(its confirm got no answer)"
            rec.problem("lost uploads", f"{uid} ({', '.join(u['files'])}): still processing {since}")
            continue
        if status == "pending":
            # Created, maybe PUT, never confirmed (the flow gave up first): swept after the URLs expire.
            results["never confirmed (pending)"] += 1
            continue
        if status == "failed":
            if u["status"] != "failed":  # the flow did not see it; it reports the ones it saw
                rec.problem("failed uploads", f"{uid} ({', '.join(u['files'])}): {json.dumps(r.json().get('files'))[:400]}")
            continue
        u["final_status"] = status
        results["complete at the end"] += 1
        # Its data, by SQL, now that every restart is behind it.
        sid = api.call("POST", "POST /data/sessions (final)", "/data/sessions", body={"upload_id": uid}, ok=(201,)).json()["session_id"]
        flow = Flow(by_client[u["client"]], random.Random(0))
        ok = all([flow.check_checksum(uid, src, session_id=sid, route="POST /data/query (final checksum)")
                  and flow.check_all_rows(uid, src, sid) for src in u["sources"].values()])
        api.call("DELETE", "DELETE /data/sessions/{id} (final)", f"/data/sessions/{sid}")
        results["every cell re-read by SQL at the end and equal" if ok else "wrong data at the end"] += 1
    for c in clients:
        body = c.api.call("GET", "GET /data/uploads (final)", "/data/uploads", params={"status": "processing", "limit": 100}).json()
        for u in body["uploads"]:
            if u["upload_id"] not in rec.uploads:
                rec.problem("lost uploads", f"{u['upload_id']} of client {c.client_id}: processing, made by a retried create")
        results["pending at the end"] += c.api.call("GET", "GET /data/uploads (final)", "/data/uploads",
                                                    params={"status": "pending", "limit": 1}).json()["pagination"]["total"]
    return results


# ---------------------------------------------------------------------------------------------
# Report

def percentile(sorted_values, p):
    """Nearest rank."""
    if not sorted_values:
        return float("nan")
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def report(rec, args, final, clients, started, ended):
    out = []
    say = out.append
    flows = rec.flows
    outcome = Counter(f["outcome"] for f in flows)
    say(f"== soak report: {args.clients} clients, {args.minutes:g} min, {args.kills} kills, seed {args.seed}; "
        f"{ended - started:.0f} s in all (drain included)")
    say(f"flows: {len(flows)} run, {outcome['completed']} completed, {outcome['aborted']} aborted, {outcome['crashed']} driver errors")
    def window_caused(f):
        return f["span"] is not None and rec.in_window(*f["span"])

    for f in [f for f in flows if f["outcome"] != "completed"][:10]:
        where = "caused inside a restart window" if window_caused(f) else "outside restart windows"
        say(f"  client {f['client']} at {f['end'] - T0:.0f} s ({where}): {f['reason'][:300]}")

    say("\nrestart windows (SIGKILL → first 200 from /healthz):")
    for i, w in enumerate(rec.windows, 1):
        n = sum(1 for a in rec.attempts if a[2] <= (w["end"] or float("inf")) and a[3] >= w["start"])
        e = sum(1 for a in rec.attempts if a[4] == "error" and a[2] <= (w["end"] or float("inf")) and a[3] >= w["start"])
        dur = f"{w['end'] - w['start']:.2f} s" if w["end"] else "never healthy"
        say(f"  #{i} {w['kind']}: {w['start'] - T0:.1f} s → {(w['end'] or now()) - T0:.1f} s ({dur}); "
            f"{n} request attempts overlapped it, {e} of them failed")

    uploads = rec.uploads.values()
    confirmed = [u for u in uploads if u["confirmed"] is not None]
    across = [u for u in confirmed if any(u["confirmed"] <= w["start"] and (u["finished"] or float("inf")) >= w["start"] for w in rec.windows)]
    say(f"\nuploads: {len(rec.uploads)} created, {len(confirmed)} confirmed, "
        f"{sum(1 for u in uploads if u['status'] == 'complete')} completed in their flow, "
        f"{sum(1 for u in uploads if u['status'] == 'failed')} failed, {sum(1 for u in uploads if u['retained'])} kept for the final check, "
        f"{sum(1 for u in uploads if u['deleted'])} deleted")
    say(f"  processing when the responder was killed: {len(across)}; finished afterwards: "
        f"{sum(1 for u in across if u['finished'] is not None or u.get('final_status') == 'complete')}")
    jobs = Counter((j["kind"].split()[0], j["status"]) for j in rec.jobs)
    say("jobs: " + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(jobs.items(), key=str)))
    crossing = [j for j in rec.jobs if any(j["start"] <= w["start"] and (j["end"] or float("inf")) >= w["start"] for w in rec.windows)]
    say(f"  jobs running or queued across a kill: {len(crossing)}, completed: {sum(1 for j in crossing if j['status'] == 'completed')}")
    exports = [j for j in rec.jobs if j["kind"].startswith("export") and j["status"] == "completed"]
    by_fmt = Counter(j["kind"] for j in exports if not j["corrupt"])
    say(f"exports verified (download parsed, rows and every value equal to the source): {sum(by_fmt.values())} "
        f"({', '.join(f'{k}: {n}' for k, n in sorted(by_fmt.items()))}); corrupted: {sum(1 for j in exports if j['corrupt'])}")
    say(f"uploads verified by SQL checksum in their flow: {sum(1 for u in uploads if u['verified'])}")
    say("final check: " + ", ".join(f"{k}: {n}" for k, n in sorted(final.items())))
    refused = Counter()
    for c in clients:
        refused.update(c.nl_refused)
    if refused:
        say(f"English questions answered 422 (cannot be placed on this data; not counted as errors): "
            + "; ".join(f"{q!r} ×{n}" for q, n in refused.most_common(5)))

    say("\nerrors by route and status (attempts; 'in' = overlapping a restart window):")
    errors = defaultdict(lambda: [0, 0])
    samples = {}
    for a in rec.attempts:
        if a[4] != "error":
            continue
        inside = rec.in_window(a[2], a[3])
        errors[(a[0], str(a[1]))][0 if inside else 1] += 1
        if not inside:
            samples.setdefault((a[0], str(a[1])), a)
    if not errors:
        say("  none")
    say(f"  {'route':<48} {'status':>10} {'in':>6} {'outside':>8}")
    for (route, status), (i, o) in sorted(errors.items()):
        say(f"  {route:<48} {status:>10} {i:>6} {o:>8}")
    for (route, status), a in sorted(samples.items()):
        say(f"  outside a window: {route} {status} at {a[2] - T0:.1f} s, client {a[5]}, request id {a[6]}: {a[7][:300]}")
    tolerated = Counter((a[0], a[1], a[4]) for a in rec.attempts if a[4] in ("tolerated", "waited"))
    if tolerated:
        say("answers expected after a lost response or while processing (not errors): "
            + ", ".join(f"{r} {s} ({k}) ×{n}" for (r, s, k), n in sorted(tolerated.items(), key=str)))

    say("\nlatency of successful attempts (ms):")
    lat = defaultdict(list)
    for a in rec.attempts:
        if a[4] in ("ok", "tolerated"):
            lat[a[0]].append((a[3] - a[2]) * 1000)
    say(f"  {'route':<48} {'count':>7} {'p50':>8} {'p99':>8} {'max':>8}")
    for route, values in sorted(lat.items()):
        values.sort()
        say(f"  {route:<48} {len(values):>7} {percentile(values, 50):>8.1f} {percentile(values, 99):>8.1f} {values[-1]:>8.1f}")

    outside = defaultdict(int)
    for a in rec.attempts:
        if a[4] == "error" and not rec.in_window(a[2], a[3]):
            outside["5xx" if isinstance(a[1], int) and a[1] >= 500 else "other"] += 1
    aborted_outside = [f for f in flows if f["outcome"] == "aborted" and not window_caused(f)]
    across_unfinished = [u for u in across if u.get("final_status", u["status"]) != "complete"]
    crossing_unfinished = [j for j in crossing if j["status"] != "completed"]
    checks = [
        ("restarts", not rec.problems["restarts"] and all(w["ok"] for w in rec.windows) and sum(1 for w in rec.windows if w["kind"] == "kill") == args.kills,
         f"{sum(1 for w in rec.windows if w['ok'])}/{len(rec.windows)} restarts healthy"),
        ("no unexpected responder exits", not rec.problems["unexpected responder exits"], f"{len(rec.problems['unexpected responder exits'])}"),
        ("0 5xx outside restart windows", outside["5xx"] == 0, f"{outside['5xx']}"),
        ("0 other failed requests outside restart windows", outside["other"] == 0, f"{outside['other']}"),
        ("no lost uploads", not rec.problems["lost uploads"], f"{len(rec.problems['lost uploads'])}"),
        ("uploads and jobs caught by a kill finished", not across_unfinished and not crossing_unfinished,
         f"{len(across) - len(across_unfinished)}/{len(across)} uploads, {len(crossing) - len(crossing_unfinished)}/{len(crossing)} jobs"),
        ("no failed uploads (the data is valid)", not rec.problems["failed uploads"], f"{len(rec.problems['failed uploads'])}"),
        ("no failed jobs", not rec.problems["failed jobs"], f"{len(rec.problems['failed jobs'])}"),
        ("data equal to the files (details, preview, SQL checksum, analysis)", not rec.problems["data mismatches"],
         f"{len(rec.problems['data mismatches'])} mismatches"),
        ("no corrupted exports", not rec.problems["corrupted exports"], f"{len(rec.problems['corrupted exports'])}"),
        ("deleted uploads gone", not rec.problems["deleted uploads not gone"], f"{len(rec.problems['deleted uploads not gone'])}"),
        ("no flow aborted outside restart windows", not aborted_outside and outcome["crashed"] == 0,
         f"{len(aborted_outside)} aborted, {outcome['crashed']} driver errors"),
        ("flows completed", outcome["completed"] > 0, f"{outcome['completed']}"),
    ]
    say("\nchecks:")
    for name, ok, figure in checks:
        say(f"  {'PASS' if ok else 'FAIL'}  {name} ({figure})")
    for check, messages in sorted(rec.problems.items()):
        if messages:
            say(f"\n{check} ({len(messages)}):")
            for m in messages[:15]:
                say(f"  {m}")
    crashed = [f for f in flows if f["outcome"] == "crashed"]
    for f in crashed[:3]:
        say(f"\ndriver error in client {f['client']}:\n{f['reason']}")
    passed = all(ok for _, ok, _ in checks)
    say(f"\nsoak {'PASSED' if passed else 'FAILED'}")
    return "\n".join(out), passed, checks


def create_tokens(n):
    script = f'source "{REPO}/scripts/lib.sh"; stack_paths; for i in $(seq 1 {n}); do create_token "soak-$i-$RANDOM@example.com"; done'
    out = subprocess.run(["bash", "-c", script], check=True, capture_output=True, text=True, env=os.environ)
    tokens = out.stdout.split()
    if len(tokens) != n:
        raise SystemExit(f"expected {n} tokens, got {len(tokens)}: {out.stderr[-500:]}")
    return tokens


def env_number(name, default, kind=int):
    return kind(os.environ.get(name, default))


def main():
    global T0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=env_number("SOAK_CLIENTS", 50))
    ap.add_argument("--minutes", type=float, default=env_number("SOAK_MINUTES", 10, float))
    ap.add_argument("--kills", type=int, default=env_number("SOAK_KILLS", 3))
    ap.add_argument("--seed", type=int, default=env_number("SOAK_SEED", 1))
    ap.add_argument("--down-seconds", type=float, default=env_number("SOAK_DOWN_SECONDS", 1.0, float),
                    help="seconds between the SIGKILL and the restart")
    ap.add_argument("--retain", type=float, default=env_number("SOAK_RETAIN", 0.2, float),
                    help="fraction of uploads kept (not deleted) and checked again at the end")
    ap.add_argument("--drain-seconds", type=float, default=env_number("SOAK_DRAIN_SECONDS", 300, float),
                    help="after the run, how long flows in progress may take to finish")
    ap.add_argument("--data-dir", default=os.environ.get("SOAK_DATA", "/tmp/plexe-soak-data"))
    ap.add_argument("--report-json", default=os.environ.get("SOAK_REPORT_JSON"))
    args = ap.parse_args()
    if args.clients < 1 or args.minutes <= 0 or args.kills < 0:
        ap.error("--clients must be >= 1, --minutes > 0, --kills >= 0")
    if not BASE_URL.startswith("https://127.0.0.1:"):
        raise SystemExit(f"PLEXE_BASE_URL must be https://127.0.0.1:PORT, not {BASE_URL}")

    print(f"soak: datasets in {args.data_dir}; {args.clients} clients, {args.minutes:g} min, {args.kills} kills", flush=True)
    sources = load_sources(args.data_dir)
    questions = nl_questions()
    tokens = create_tokens(args.clients)
    rec = Recorder()
    stop = Stop()
    T0 = now()
    duration = args.minutes * 60
    kill_at = [T0 + duration * (i + 1) / (args.kills + 1) for i in range(args.kills)]
    clients = [Client(i + 1, tokens[i], rec, stop, sources, questions, args.seed * 1000 + i, args.retain) for i in range(args.clients)]
    supervisor = Supervisor(rec, stop, kill_at, args.down_seconds)
    if not kill_at:
        supervisor.kills_done.set()
    supervisor.start()
    for c in clients:
        c.start()
    next_note = T0 + 60
    while now() < T0 + duration:
        time.sleep(1)
        if now() >= next_note:
            next_note += 60
            with rec.lock:
                done = sum(1 for f in rec.flows if f["outcome"] == "completed")
                errs = sum(1 for a in rec.attempts if a[4] == "error")
            print(f"soak: {now() - T0:.0f} s, {done} flows completed, {len(rec.attempts)} requests, {errs} failed attempts, "
                  f"{len(rec.windows)} restarts", flush=True)
    stop.soft.set()
    print("soak: time is up; letting the flows in progress finish", flush=True)
    supervisor.kills_done.wait(120)
    drain_end = now() + args.drain_seconds
    for c in clients:
        c.join(max(0.0, drain_end - now()))
    if any(c.is_alive() for c in clients):
        stop.hard.set()
        for c in clients:
            c.join(RETRY_BUDGET + REQUEST_TIMEOUT)
    ended = now()
    print("soak: final checks", flush=True)
    final = final_checks(rec, clients)
    supervisor.finish.set()
    supervisor.join(30)
    text, passed, checks = report(rec, args, final, clients, T0, ended)
    print(text, flush=True)
    if args.report_json:
        with open(args.report_json, "w") as f:
            json.dump({"passed": passed, "checks": [{"name": n, "ok": ok, "figure": fig} for n, ok, fig in checks],
                       "windows": [{"kind": w["kind"], "start_s": w["start"] - T0, "end_s": (w["end"] or now()) - T0} for w in rec.windows],
                       "problems": rec.problems, "final": final, "text": text}, f, indent=1)
    sys.exit(0 if passed else 1)


T0 = now()

if __name__ == "__main__":
    main()
