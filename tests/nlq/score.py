#!/usr/bin/env python3
"""Execution-accuracy scorer for the data API's natural-language queries.

    python3 score.py --base-url https://localhost:8443 \\
        --token-cmd '.build/release/plexe-data token create --email' \\
        --set dev.jsonl [--limit N] [--out report.json]
    python3 score.py --offline-sql --set dev.jsonl      # self-test, no server

Stdlib only (Python >= 3.8). The set is a JSON Lines file of entries
    {"id", "dataset", "question", "gold_sql", "gold_rows", "order_matters",
     "kind": "table"|"visualization", "tags": [...], ...}
and the datasets are described by datasets.json beside it (--datasets to
override): dataset name -> CSV files (with sha256).

What it does (API mode):
  1. gets a bearer token: runs TOKEN_CMD with a fresh e-mail address as last
     argument (or uses --token);
  2. for each dataset of the set: POST /data/upload with its files, PUT each
     file's bytes to its presigned_url (no Authorization header), POST
     /uploads/{id}/status {status: complete, files: [{filename, s3_key}]}, polls
     GET /uploads/{id} until status is complete;
  3. opens sessions (POST /data/sessions) and asks every question
     (POST /data/query {query_type: natural_language, query, session_id,
     max_results}); keeps each session under 30 queries per minute, opens up to
     --max-sessions sessions per user, and when the server refuses a session
     (429, 5 active sessions per user) makes a new user with TOKEN_CMD, uploads
     the dataset again for it and goes on; honours Retry-After on 429;
  4. ends its sessions (DELETE /data/sessions/{id}) and deletes its uploads
     (unless --keep-uploads).
TLS certificates are not verified (self-signed local stack).

Scoring (one entry):
  table entries:   the answer must have result_type "table" (missing
                   result_type with columns/rows counts as table); its rows must
                   equal gold_rows as a multiset, or as a sequence when
                   order_matters. Column names are ignored. Column order is
                   free, and extra columns in the answer are allowed: every
                   gold column must map to a distinct answer column (the
                   "strict" count below also requires the same column count).
  visualization:   result_type must be "visualization"; rows built from
                   data.labels (first column) and one of data.datasets[].data
                   (second column) must equal gold_rows as above (no column
                   permutation).
  scatter:         visualization entries tagged "scatter" (gold_rows are the
                   [x, y] points): visualization_type must be "scatter" and the
                   points come as {"x": .., "y": ..} objects in
                   data.datasets[].data; the SET of (x, y) pairs of one dataset
                   (or of all datasets together) must equal the set of gold
                   pairs (order and repeated points do not matter; x and y are
                   not interchangeable).
  values:          numbers compare with relative tolerance 1e-4 (absolute 1e-6);
                   booleans equal 1/0 (also "true"/"false" and "yes"/"no"
                   strings, any case: the server types a yes/no column as
                   boolean, the gold's SQLite keeps it as text); numeric
                   strings compare as numbers ("2023" = 2023, "01" = 1); an ISO
                   date equals the same date at midnight ("2024-01-05T00:00:00Z");
                   other strings compare exactly (surrounding spaces ignored);
                   null equals only null.
  Any HTTP error (e.g. 422 for a question the engine cannot map) scores 0.

Output: per-tag, per-dataset, per-difficulty accuracy, then the last line
    nlq accuracy: X.X% (k/n)
--out writes a JSON report with every item (answer, generated_sql, reason).

--offline-sql: no server. Executes every gold_sql on the set's own CSV files
(load.py beside this file, the API's typing rules), wraps the result like the
API would (a table, or labels/datasets for visualization entries) and scores it
against gold_rows with the same comparison code; a correct set and scorer give
100%. It also runs controls on the comparison itself: shuffled rows (when order
does not matter), permuted and extra columns must pass; a dropped row or a
changed value must fail.
"""

import argparse
import collections
import json
import math
import os
import random
import re
import shlex
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))

DEFAULT_TOKEN_CMD = ".build/release/plexe-data token create --email"
REL_TOL = 1e-4
ABS_TOL = 1e-6

# =============================================================================
# Comparison
# =============================================================================
NUM_RE = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
MIDNIGHT_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$")


def norm(v):
    """Canonical (kind, value): 0 = null, 1 = number, 2 = text."""
    if v is None:
        return (0, 0.0)
    if isinstance(v, bool):
        return (1, 1.0 if v else 0.0)
    if isinstance(v, (int, float)):
        f = float(v)
        if math.isnan(f):
            return (0, 0.0)
        return (1, f)
    if isinstance(v, str):
        s = v.strip()
        low = s.lower()
        if low in ("true", "false", "yes", "no"):
            return (1, 1.0 if low in ("true", "yes") else 0.0)
        if NUM_RE.match(s):
            try:
                return (1, float(s))
            except (ValueError, OverflowError):
                pass
        m = MIDNIGHT_RE.match(s)
        if m:
            return (2, m.group(1))
        return (2, s)
    return (2, json.dumps(v, sort_keys=True, ensure_ascii=False))


def val_eq(a, b):
    if a[0] != b[0]:
        return False
    if a[0] == 1:
        return math.isclose(a[1], b[1], rel_tol=REL_TOL, abs_tol=ABS_TOL)
    return a[1] == b[1]


def row_eq(g, p):
    return len(g) == len(p) and all(val_eq(x, y) for x, y in zip(g, p))


def _key(row):
    return tuple((k, round(x, 3) if k == 1 else x) for k, x in row)


def nrows_match(G, P, ordered):
    """G, P: lists of normalized rows."""
    if len(G) != len(P):
        return False
    if ordered:
        return all(row_eq(g, p) for g, p in zip(G, P))
    Gs, Ps = sorted(G, key=_key), sorted(P, key=_key)
    if all(row_eq(g, p) for g, p in zip(Gs, Ps)):
        return True
    if len(G) > 3000:
        return False
    used = [False] * len(P)       # greedy matching with tolerance (rounding edges)
    for g in Gs:
        for j, p in enumerate(Ps):
            if not used[j] and row_eq(g, p):
                used[j] = True
                break
        else:
            return False
    return True


def match_table(gold_rows, pred_rows, ordered, max_tries=20000):
    """(ok, strict_ok, reason). Gold columns map injectively onto answer columns."""
    if not isinstance(pred_rows, list):
        return False, False, "answer has no rows"
    if len(pred_rows) != len(gold_rows):
        return False, False, "row count %d, expected %d" % (len(pred_rows), len(gold_rows))
    if not gold_rows:
        return True, True, "ok (empty)"
    ng = len(gold_rows[0])
    widths = {len(r) if isinstance(r, (list, tuple)) else -1 for r in pred_rows}
    if len(widths) != 1 or -1 in widths:
        return False, False, "answer rows are not uniform arrays"
    npc = widths.pop()
    if npc < ng:
        return False, False, "%d columns, expected at least %d" % (npc, ng)
    G = [[norm(v) for v in r] for r in gold_rows]
    P = [[norm(v) for v in r] for r in pred_rows]
    gcols = [[[r[j]] for r in G] for j in range(ng)]
    pcols = [[[r[c]] for r in P] for c in range(npc)]
    cand = []
    for j in range(ng):
        cj = [c for c in range(npc) if nrows_match(gcols[j], pcols[c], ordered)]
        if not cj:
            return False, False, "no answer column matches gold column %d (%s)" % (
                j, _short([r[j] for r in gold_rows]))
        cj.sort(key=lambda c: (c != j, c))        # identity mapping first
        cand.append(cj)
    tries = [0]

    def search(j, used, mapping):
        if j == ng:
            tries[0] += 1
            Pp = [[r[c] for c in mapping] for r in P]
            return nrows_match(G, Pp, ordered)
        for c in cand[j]:
            if c in used:
                continue
            if tries[0] >= max_tries:
                return False
            if search(j + 1, used | {c}, mapping + [c]):
                return True
        return False

    if search(0, frozenset(), []):
        return True, npc == ng, "ok" if npc == ng else "ok (%d extra columns)" % (npc - ng)
    return False, False, "columns match one by one but not as rows"


def viz_candidates(resp):
    data = resp.get("data") or {}
    labels = data.get("labels") or []
    out = []
    for ds in data.get("datasets") or []:
        vals = ds.get("data") if isinstance(ds, dict) else ds
        if not isinstance(vals, list):
            continue
        if vals and all(isinstance(v, dict) for v in vals):
            out.append([[v.get("x", v.get("label")), v.get("y", v.get("value"))] for v in vals])
        else:
            if len(vals) != len(labels):
                continue
            out.append([[lab, v] for lab, v in zip(labels, vals)])
    return out


def table_rows(resp):
    rows = resp.get("rows")
    cols = resp.get("columns") or []
    if isinstance(rows, list) and rows and isinstance(rows[0], dict):
        keys = cols or list(rows[0].keys())
        rows = [[r.get(k) for k in keys] for r in rows]
    return rows


SCATTER_TYPE = "scatter"


def is_scatter(entry):
    return entry["kind"] == "visualization" and "scatter" in (entry.get("tags") or [])


def scatter_candidates(resp):
    """Point lists [[x, y], ...] of a scatter answer: each dataset whose data are all
    {x, y} objects, then (when there are several) all of them together."""
    data = resp.get("data") or {}
    out = []
    for ds in data.get("datasets") or []:
        vals = ds.get("data") if isinstance(ds, dict) else None
        if not isinstance(vals, list) or not vals:
            continue
        if all(isinstance(v, dict) and "x" in v and "y" in v for v in vals):
            out.append([[v["x"], v["y"]] for v in vals])
    if len(out) > 1:
        out.append([p for pts in out for p in pts])
    return out


def distinct_points(P):
    """Normalized points with repeats (equal within the value tolerance) removed."""
    out = []
    for p in sorted(P, key=_key):
        if len(P) <= 3000:
            if any(row_eq(p, q) for q in out):
                continue
        elif out and _key(out[-1]) == _key(p):
            continue                  # large sets: exact repeats after rounding only
        out.append(p)
    return out


def score_scatter(entry, resp):
    vtype = resp.get("visualization_type")
    if vtype != SCATTER_TYPE:
        return False, False, "expected visualization_type %r, got %r" % (SCATTER_TYPE, vtype)
    cands = scatter_candidates(resp)
    if not cands:
        return False, False, "scatter without {x, y} points in data.datasets[].data"
    G = distinct_points([[norm(v) for v in r] for r in entry["gold_rows"]])
    reason = "no dataset matches"
    for pts in cands:
        P = distinct_points([[norm(v) for v in r] for r in pts])
        if len(P) != len(G):
            reason = "%d distinct points, expected %d" % (len(P), len(G))
            continue
        if nrows_match(G, P, False):
            return True, True, "ok"
        reason = "points differ"
    return False, False, reason


def score_response(entry, resp):
    """(ok, strict_ok, reason) for one API answer (the parsed /data/query body)."""
    gold = entry["gold_rows"]
    ordered = bool(entry.get("order_matters"))
    rtype = resp.get("result_type")
    if rtype is None and "rows" in resp:
        rtype = "table"
    if is_scatter(entry):
        if rtype != "visualization":
            return False, False, "expected a visualization, got %s" % rtype
        return score_scatter(entry, resp)
    if entry["kind"] == "visualization":
        if rtype != "visualization":
            return False, False, "expected a visualization, got %s" % rtype
        cands = viz_candidates(resp)
        if not cands:
            return False, False, "visualization without labels/datasets data"
        G = [[norm(v) for v in r] for r in gold]
        reason = "no dataset matches"
        for rows in cands:
            if len(rows) != len(gold):
                reason = "%d points, expected %d" % (len(rows), len(gold))
                continue
            if nrows_match(G, [[norm(v) for v in r] for r in rows], ordered):
                return True, True, "ok"
            reason = "labels/values differ"
        return False, False, reason
    if rtype != "table":
        return False, False, "expected a table, got %s" % rtype
    return match_table(gold, table_rows(resp), ordered)


def _short(x, n=6):
    s = json.dumps(x[:n], ensure_ascii=False)
    return s if len(x) <= n else s[:-1] + ", ...]"


# =============================================================================
# Set and data
# =============================================================================
def read_set(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except ValueError as ex:
                    sys.exit("%s:%d: bad JSON: %s" % (path, i, ex))
    return out


def read_manifest(path):
    with open(path) as fh:
        man = json.load(fh)
    base = os.path.dirname(os.path.abspath(path))
    dsets = {}
    for name, ds in man["datasets"].items():
        files = []
        for f in ds["files"]:
            full = os.path.normpath(os.path.join(base, f["path"]))
            files.append({"path": full, "sha256": f.get("sha256"),
                          "filename": os.path.basename(full)})
        dsets[name] = files
    return dsets


def check_files(dsets, needed, log):
    import hashlib
    ok = True
    for name in needed:
        if name not in dsets:
            sys.exit("dataset %r is not in the manifest" % name)
        for f in dsets[name]:
            if not os.path.exists(f["path"]):
                sys.exit("missing data file %s" % f["path"])
            if f["sha256"]:
                h = hashlib.sha256()
                with open(f["path"], "rb") as fh:
                    h.update(fh.read())
                if h.hexdigest() != f["sha256"]:
                    log("WARNING: %s differs from the manifest's sha256: gold_rows may be stale"
                        " (rebuild the set, or use --regold)" % f["path"])
                    ok = False
    return ok


def load_module():
    sys.path.insert(0, HERE)
    import load  # noqa: E402
    return load


# =============================================================================
# HTTP
# =============================================================================
class HttpError(Exception):
    def __init__(self, status, body, headers=None):
        Exception.__init__(self, "HTTP %s: %s" % (status, _body_text(body)))
        self.status = status
        self.body = body
        self.headers = headers or {}


def _body_text(body):
    if isinstance(body, (dict, list)):
        s = json.dumps(body, ensure_ascii=False)
    else:
        s = str(body)
    return s if len(s) < 400 else s[:400] + "..."


class Api:
    def __init__(self, base_url, token, timeout=120):
        self.base = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.ctx = ssl.create_default_context()
        self.ctx.check_hostname = False
        self.ctx.verify_mode = ssl.CERT_NONE

    def url(self, path):
        if path.startswith("http://") or path.startswith("https://"):
            return path
        return self.base + path

    def call(self, method, path, body=None, auth=True, raw=None, content_type=None):
        """(status, headers, parsed body). Raises HttpError for >= 400."""
        headers = {"Accept": "application/json"}
        data = None
        if raw is not None:
            data = raw
            headers["Content-Type"] = content_type or "application/octet-stream"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if auth and self.token:
            headers["Authorization"] = "Bearer " + self.token
        req = urllib.request.Request(self.url(path), data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout, context=self.ctx) as r:
                status, hdrs, payload = r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            status, hdrs, payload = e.code, dict(e.headers or {}), e.read()
        text = payload.decode("utf-8", "replace")
        try:
            parsed = json.loads(text) if text.strip() else {}
        except ValueError:
            parsed = text
        if status >= 400:
            raise HttpError(status, parsed, hdrs)
        return status, hdrs, parsed


def retry_after(err, default=5.0):
    h = {k.lower(): v for k, v in (err.headers or {}).items()}
    try:
        return max(0.5, float(h.get("retry-after", default)))
    except ValueError:
        return default


# =============================================================================
# Users, uploads, sessions
# =============================================================================
class User:
    def __init__(self, api, email):
        self.api = api
        self.email = email
        self.uploads = {}        # dataset -> upload_id
        self.full = False        # server refused another session


class Runner:
    def __init__(self, args, dsets, log):
        self.a = args
        self.dsets = dsets
        self.log = log
        self.users = []
        self.run_tag = "%d-%04d" % (int(time.time()), random.randrange(10000))

    # ---------------------------------------------------------------- users
    def new_user(self, first=False):
        if first and self.a.token:
            email = "(given token)"
            token = self.a.token
        else:
            if len(self.users) >= self.a.max_users:
                raise RuntimeError("needed more than --max-users=%d users" % self.a.max_users)
            email = "nlq-eval-%s-%d@example.com" % (self.run_tag, len(self.users) + 1)
            cmd = shlex.split(self.a.token_cmd) + [email]
            try:
                out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     timeout=120, check=True).stdout.decode()
            except (OSError, subprocess.SubprocessError) as ex:
                err = getattr(ex, "stderr", b"") or b""
                raise RuntimeError("token command failed: %s %s" % (ex, err.decode(errors="replace")))
            lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
            if not lines:
                raise RuntimeError("token command printed nothing: %s" % " ".join(cmd))
            token = lines[-1]
        u = User(Api(self.a.base_url, token, timeout=self.a.http_timeout), email)
        self.users.append(u)
        self.log("user %d: %s" % (len(self.users), email))
        return u

    # --------------------------------------------------------------- upload
    def upload(self, user, ds):
        if ds in user.uploads:
            return user.uploads[ds]
        api = user.api
        files = self.dsets[ds]
        blobs = {}
        for f in files:
            with open(f["path"], "rb") as fh:
                blobs[f["filename"]] = fh.read()
        body = {"name": "nlq-eval %s %s" % (ds, self.run_tag),
                "description": "NLQ evaluation data set %s" % ds,
                "files": [{"filename": f["filename"], "content_type": "text/csv",
                           "size_bytes": len(blobs[f["filename"]])} for f in files]}
        t0 = time.time()
        _, _, up = api.call("POST", "/data/upload", body)
        uid = up["upload_id"]
        done = []
        for f in up["files"]:
            url = f["presigned_url"]
            if url.startswith("/"):
                url = api.base + url
            api.call("PUT", url, raw=blobs[f["filename"]], auth=False, content_type="text/csv")
            done.append({"filename": f["filename"], "s3_key": f["s3_key"]})
        api.call("POST", "/uploads/%s/status" % uid, {"status": "complete", "files": done})
        deadline = time.time() + self.a.upload_timeout
        delay = 0.2
        while True:
            _, _, info = api.call("GET", "/uploads/%s" % uid)
            st = info.get("status")
            if st == "complete":
                break
            if st == "failed":
                raise RuntimeError("upload %s of %s failed: %s" % (uid, ds, _body_text(info)))
            if time.time() > deadline:
                raise RuntimeError("upload %s of %s still %s after %ds"
                                   % (uid, ds, st, self.a.upload_timeout))
            time.sleep(delay)
            delay = min(2.0, delay * 1.5)
        user.uploads[ds] = uid
        self.log("uploaded %s as %s for %s (%.1fs)" % (ds, uid, user.email, time.time() - t0))
        return uid

    # ------------------------------------------------------------- sessions
    def open_session(self, user, ds):
        uid = self.upload(user, ds)
        try:
            _, _, s = user.api.call("POST", "/data/sessions",
                                    {"upload_id": uid, "name": "nlq-eval %s" % ds,
                                     "expiration_hours": 2})
        except HttpError as e:
            if e.status == 429:
                user.full = True
                return None
            raise
        return {"user": user, "sid": s["session_id"], "times": collections.deque(),
                "ds": ds}

    def open_pool(self, ds, want):
        pool = []
        while len(pool) < want:
            users = [u for u in self.users if not u.full]
            if not users:
                if pool:
                    break                     # make do with what we have
                users = [self.new_user()]
            s = self.open_session(users[0], ds)
            if s is None:
                continue
            pool.append(s)
        self.log("%s: %d session(s)" % (ds, len(pool)))
        return pool

    def close_pool(self, pool):
        for s in pool:
            try:
                s["user"].api.call("DELETE", "/data/sessions/%s" % s["sid"])
            except (HttpError, OSError) as ex:
                self.log("could not end session %s: %s" % (s["sid"], ex))
            s["user"].full = False

    def pick(self, pool):
        """A session that may send a query now (sleeps when all are at the limit)."""
        while True:
            now = time.time()
            best, wait = None, None
            for s in pool:
                t = s["times"]
                while t and now - t[0] >= self.a.window:
                    t.popleft()
                if len(t) < self.a.per_session_rate:
                    if best is None or len(t) < len(best["times"]):
                        best = s
                else:
                    w = self.a.window - (now - t[0]) + 0.05
                    wait = w if wait is None else min(wait, w)
            if best is not None:
                return best
            time.sleep(max(0.05, wait or 1.0))

    def ask(self, pool, ds, question):
        """(status, body, session_id, seconds)."""
        attempts = 0
        while True:
            attempts += 1
            if not pool:
                pool.extend(self.open_pool(ds, 1))
            s = self.pick(pool)
            s["times"].append(time.time())
            body = {"query_type": "natural_language", "query": question,
                    "session_id": s["sid"], "max_results": self.a.max_results}
            t0 = time.time()
            try:
                st, _, resp = s["user"].api.call("POST", "/data/query", body)
                return st, resp, s["sid"], time.time() - t0
            except HttpError as e:
                dt = time.time() - t0
                if e.status == 429 and attempts <= 8:
                    ra = retry_after(e)
                    self.log("429 on %s, retry in %.1fs" % (s["sid"], ra))
                    # mark the session as busy for ra seconds
                    s["times"].extend([time.time() + ra - self.a.window] * self.a.per_session_rate)
                    continue
                if e.status == 404 and attempts <= 3:
                    self.log("session %s gone (404), opening another" % s["sid"])
                    pool.remove(s)
                    continue
                return e.status, e.body, s["sid"], dt
            except OSError as ex:
                if attempts <= 2:
                    time.sleep(1.0)
                    continue
                return None, {"error": {"code": "transport", "message": str(ex)}}, s["sid"], \
                    time.time() - t0

    def cleanup(self):
        if self.a.keep_uploads:
            return
        for u in self.users:
            for ds, uid in u.uploads.items():
                try:
                    u.api.call("DELETE", "/uploads/%s" % uid)
                except (HttpError, OSError) as ex:
                    self.log("could not delete upload %s: %s" % (uid, ex))


# =============================================================================
# Offline self-test
# =============================================================================
def fake_response(entry, cols, rows):
    if is_scatter(entry):
        return {"result_type": "visualization", "visualization_type": SCATTER_TYPE,
                "data": {"labels": [],
                         "datasets": [{"label": "%s vs %s" % tuple(cols[:2]) if len(cols) > 1
                                       else "points",
                                       "data": [{"x": r[0], "y": r[1]} for r in rows]}]}}
    if entry["kind"] == "visualization":
        return {"result_type": "visualization", "visualization_type": "bar_chart",
                "data": {"labels": [r[0] for r in rows],
                         "datasets": [{"label": cols[1] if len(cols) > 1 else "value",
                                       "data": [r[1] for r in rows]}]}}
    return {"result_type": "table", "columns": cols, "rows": rows}


def perturb_value(v):
    if isinstance(v, bool) or v is None:
        return "perturbed"
    if isinstance(v, (int, float)):
        return v + max(1.0, abs(v) * 0.01)
    return str(v) + "_x"


def scatter_controls(entry, cols, rows, rng):
    """Controls of the scatter comparison (set of (x, y) pairs)."""
    out = []
    if len(rows) > 1:
        sh = list(rows)
        rng.shuffle(sh)
        out.append(("shuffled points", fake_response(entry, cols, sh), True))
    if rows:
        out.append(("repeated points", fake_response(entry, cols, rows + rows[:3]), True))
        dedup = []
        for r in rows:
            if r not in dedup:
                dedup.append(r)
        out.append(("distinct points only", fake_response(entry, cols, dedup), True))
        half = len(rows) // 2
        split = fake_response(entry, cols, rows[:half])
        split["data"]["datasets"].append(
            fake_response(entry, cols, rows[half:])["data"]["datasets"][0])
        if half:
            out.append(("points split over two datasets", split, True))
        last = rows[-1]
        out.append(("dropped point", fake_response(entry, cols,
                                                   [r for r in rows if r != last]), False))
        moved = [[r[0], perturb_value(r[1])] if r == last else r for r in rows]
        out.append(("changed value", fake_response(entry, cols, moved), False))
        swapped = [[r[1], r[0]] for r in rows]
        if any(r[0] != r[1] for r in rows):
            out.append(("swapped axes", fake_response(entry, cols, swapped), False))
        wrong = fake_response(entry, cols, rows)
        wrong["visualization_type"] = "bar_chart"
        out.append(("not a scatter type", wrong, False))
        out.append(("points as labels + values", {
            "result_type": "visualization", "visualization_type": SCATTER_TYPE,
            "data": {"labels": [r[0] for r in rows],
                     "datasets": [{"label": "y", "data": [r[1] for r in rows]}]}}, False))
        out.append(("as table", {"result_type": "table", "columns": cols, "rows": rows}, False))
    return out


def controls(entry, cols, rows, rng):
    """[(name, response, expected_ok)] checks of the comparison code itself."""
    if is_scatter(entry):
        return scatter_controls(entry, cols, rows, rng)
    out = []
    kind = entry["kind"]
    if len(rows) > 1 and not entry.get("order_matters"):
        sh = list(rows)
        rng.shuffle(sh)
        if sh == rows:
            sh = sh[::-1]
        out.append(("shuffled rows", fake_response(entry, cols, sh), True))
    if kind == "table" and rows:
        rev = [list(reversed(r)) for r in rows]
        out.append(("reversed columns", fake_response(entry, cols[::-1], rev), True))
        ext = [list(r) + ["extra"] for r in rows]
        out.append(("extra column", fake_response(entry, cols + ["extra"], ext), True))
        out.append(("as visualization", {"result_type": "visualization",
                                         "data": {"labels": [], "datasets": []}}, False))
    if kind == "visualization":
        out.append(("as table", {"result_type": "table", "columns": cols, "rows": rows}, False))
    if rows:
        out.append(("dropped row", fake_response(entry, cols, rows[:-1]), False))
        ch = [list(r) for r in rows]
        j = len(ch[0]) - 1 if kind == "visualization" else 0
        ch[-1][j] = perturb_value(ch[-1][j])
        out.append(("changed value", fake_response(entry, cols, ch), False))
    if len(rows) > 1 and entry.get("order_matters"):
        distinct = [json.dumps(r) for r in rows]
        if len(set(distinct)) > 1:
            out.append(("reversed order", fake_response(entry, cols, rows[::-1]), False))
    return out


# =============================================================================
# Main
# =============================================================================
def pct(k, n):
    return 100.0 * k / n if n else 0.0


def summarize(items, key_fn):
    agg = collections.OrderedDict()
    for it in items:
        for k in key_fn(it):
            a = agg.setdefault(k, [0, 0])
            a[0] += 1
            a[1] += 1 if it["ok"] else 0
    return {k: {"n": n, "correct": c, "accuracy": round(pct(c, n), 1)}
            for k, (n, c) in sorted(agg.items())}


def print_table(title, table):
    print("%s:" % title)
    w = max([len(k) for k in table] + [4])
    for k, v in table.items():
        print("  %-*s %6.1f%%  (%d/%d)" % (w, k, v["accuracy"], v["correct"], v["n"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Score natural-language queries of the data API.")
    ap.add_argument("--base-url", default="https://localhost:8443")
    ap.add_argument("--token-cmd", default=DEFAULT_TOKEN_CMD,
                    help="command printing a bearer token for the e-mail given as last argument")
    ap.add_argument("--token", help="use this token for the first user")
    ap.add_argument("--set", required=True, help="JSON Lines evaluation set")
    ap.add_argument("--datasets", help="datasets.json (default: beside the set)")
    ap.add_argument("--limit", type=int, help="score only the first N entries")
    ap.add_argument("--ids", help="comma-separated entry ids to score")
    ap.add_argument("--only-datasets", help="comma-separated dataset names to score")
    ap.add_argument("--out", help="write a JSON report here")
    ap.add_argument("--offline-sql", action="store_true",
                    help="self-test: answer with gold_sql on local data, no server")
    ap.add_argument("--regold", action="store_true",
                    help="recompute gold_rows from gold_sql on the local files first")
    ap.add_argument("--strict-columns", action="store_true",
                    help="headline accuracy requires the exact number of columns")
    ap.add_argument("--max-results", type=int, default=10000)
    ap.add_argument("--max-sessions", type=int, default=5, help="sessions per dataset at most")
    ap.add_argument("--max-users", type=int, default=6)
    ap.add_argument("--per-session-rate", type=int, default=28,
                    help="queries per session per window (server limit: 30/minute)")
    ap.add_argument("--window", type=float, default=61.0, help="rate window in seconds")
    ap.add_argument("--upload-timeout", type=int, default=300)
    ap.add_argument("--http-timeout", type=int, default=120)
    ap.add_argument("--keep-uploads", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    def log(msg):
        if not a.quiet:
            print("[score] " + msg, file=sys.stderr, flush=True)

    entries = read_set(a.set)
    if a.ids:
        want = set(a.ids.split(","))
        entries = [e for e in entries if e["id"] in want]
    if a.only_datasets:
        want = set(a.only_datasets.split(","))
        entries = [e for e in entries if e["dataset"] in want]
    if a.limit:
        entries = entries[:a.limit]
    if not entries:
        sys.exit("no entries to score")
    manifest = a.datasets or os.path.join(os.path.dirname(os.path.abspath(a.set)),
                                          "datasets.json")
    dsets = read_manifest(manifest)
    order = []
    for e in entries:
        if e["dataset"] not in order:
            order.append(e["dataset"])
    check_files(dsets, order, log)

    conns = {}
    if a.offline_sql or a.regold:
        load = load_module()
        for ds in order:
            conns[ds] = load.build_db([f["path"] for f in dsets[ds]])
    if a.regold:
        for e in entries:
            _, rows = load.run_sql(conns[e["dataset"]], e["gold_sql"])
            e["gold_rows"] = rows

    items = []
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    ctrl = {"pass_expected": [0, 0], "fail_expected": [0, 0], "wrong": []}
    rng = random.Random(7)
    runner = None
    try:
        if a.offline_sql:
            for e in entries:
                t0 = time.time()
                try:
                    cols, rows = load.run_sql(conns[e["dataset"]], e["gold_sql"])
                    resp = fake_response(e, cols, rows)
                    ok, strict, reason = score_response(e, resp)
                except Exception as ex:   # noqa: BLE001
                    cols, rows, resp = [], [], {"error": str(ex)}
                    ok, strict, reason = False, False, "gold_sql failed: %s" % ex
                for name, cresp, expect in controls(e, cols, rows, rng):
                    got = score_response(e, cresp)[0]
                    bucket = ctrl["pass_expected" if expect else "fail_expected"]
                    bucket[0] += 1
                    if got == expect:
                        bucket[1] += 1
                    else:
                        ctrl["wrong"].append("%s: %s" % (e["id"], name))
                items.append(_item(e, ok, strict, reason, 200, resp, None, time.time() - t0))
        else:
            runner = Runner(a, dsets, log)
            try:
                runner.new_user(first=True)
            except RuntimeError as ex:
                sys.exit("score.py: %s" % ex)
            by_ds = collections.OrderedDict((ds, [e for e in entries if e["dataset"] == ds])
                                            for ds in order)
            for ds, es in by_ds.items():
                want = max(1, min(a.max_sessions, math.ceil(len(es) / float(a.per_session_rate))))
                try:
                    pool = runner.open_pool(ds, want)
                except (HttpError, RuntimeError, OSError) as ex:
                    log("dataset %s could not be set up: %s" % (ds, ex))
                    for e in es:
                        items.append(_item(e, False, False, "setup failed: %s" % ex, None,
                                           None, None, 0.0))
                    continue
                for e in es:
                    st, resp, sid, dt = runner.ask(pool, ds, e["question"])
                    if st is not None and st < 400 and isinstance(resp, dict):
                        ok, strict, reason = score_response(e, resp)
                    else:
                        ok, strict, reason = False, False, "HTTP %s: %s" % (st, _err_msg(resp))
                    items.append(_item(e, ok, strict, reason, st, resp, sid, dt))
                    log("%-8s %s %s" % (e["id"], "PASS" if ok else "FAIL", reason))
                runner.close_pool(pool)
    finally:
        if runner is not None:
            runner.cleanup()

    if a.strict_columns:
        for it in items:
            it["ok"] = it["strict_ok"]
    n = len(items)
    k = sum(1 for it in items if it["ok"])
    ks = sum(1 for it in items if it["strict_ok"])
    per_tag = summarize(items, lambda it: it["tags"])
    per_ds = summarize(items, lambda it: [it["dataset"]])
    per_diff = summarize(items, lambda it: [it.get("difficulty") or "-"])
    per_kind = summarize(items, lambda it: [it["kind"]])
    per_class = summarize(items, lambda it: [it["class"]] if it.get("class") else [])
    print_table("per tag", per_tag)
    print_table("per dataset", per_ds)
    print_table("per difficulty", per_diff)
    print_table("per kind", per_kind)
    if per_class:
        print_table("per class", per_class)
    fails = [it for it in items if not it["ok"]]
    if fails:
        print("failures (%d):" % len(fails))
        for it in fails[:200]:
            print("  %-8s %s -- %s" % (it["id"], it["question"][:60], it["reason"][:120]))
    if a.offline_sql:
        pe, fe = ctrl["pass_expected"], ctrl["fail_expected"]
        print("controls: %d/%d perturbations that must pass passed, %d/%d that must fail failed"
              % (pe[1], pe[0], fe[1], fe[0]))
        for w in ctrl["wrong"][:50]:
            print("  control went the wrong way: " + w)
    print("strict (same column count): %.1f%% (%d/%d)" % (pct(ks, n), ks, n))
    report = {"set": os.path.abspath(a.set), "base_url": None if a.offline_sql else a.base_url,
              "mode": "offline-sql" if a.offline_sql else "api", "started_at": started,
              "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "summary": {"n": n, "correct": k, "accuracy": round(pct(k, n), 1),
                          "strict_correct": ks, "strict_accuracy": round(pct(ks, n), 1)},
              "per_tag": per_tag, "per_dataset": per_ds, "per_difficulty": per_diff,
              "per_kind": per_kind, "per_class": per_class, "items": items}
    if a.offline_sql:
        report["controls"] = {"must_pass": ctrl["pass_expected"],
                              "must_fail": ctrl["fail_expected"], "wrong": ctrl["wrong"]}
    if a.out:
        with open(a.out, "w") as fh:
            json.dump(report, fh, indent=1, ensure_ascii=False)
    print("nlq accuracy: %.1f%% (%d/%d)" % (pct(k, n), k, n))
    if a.offline_sql and (k != n or ctrl["wrong"]):
        return 1
    return 0


def _err_msg(resp):
    if isinstance(resp, dict) and isinstance(resp.get("error"), dict):
        return resp["error"].get("message") or resp["error"].get("code")
    return _body_text(resp)


def _item(e, ok, strict, reason, status, resp, sid, seconds):
    it = {"id": e["id"], "dataset": e["dataset"], "difficulty": e.get("difficulty"),
          "class": e.get("class"), "kind": e["kind"], "tags": e.get("tags", []), "question": e["question"],
          "ok": bool(ok), "strict_ok": bool(strict), "reason": reason, "http_status": status,
          "seconds": round(seconds, 3), "session_id": sid, "gold_sql": e["gold_sql"],
          "gold_rows_head": e["gold_rows"][:20]}
    if isinstance(resp, dict):
        it["generated_sql"] = resp.get("generated_sql")
        it["result_type"] = resp.get("result_type")
        if "rows" in resp:
            it["columns"] = resp.get("columns")
            it["rows_head"] = (resp.get("rows") or [])[:20]
            it["row_count"] = len(resp.get("rows") or [])
        if "data" in resp and isinstance(resp["data"], dict):
            d = resp["data"]
            it["labels_head"] = (d.get("labels") or [])[:20]
            it["datasets_head"] = [{"label": x.get("label"), "data": (x.get("data") or [])[:20]}
                                   for x in (d.get("datasets") or []) if isinstance(x, dict)]
        if "error" in resp:
            it["error"] = resp["error"]
    else:
        it["error"] = resp
    return it


if __name__ == "__main__":
    sys.exit(main())
