#!/usr/bin/env python3
"""Build an SQLite database from CSV files the way the data API is specified to.

Stdlib only (Python >= 3.8). Used to compute and check the gold answers of the
natural-language-query evaluation sets (here questions.jsonl, built by
build_questions.py; copied from shared/nlq/load.py, unchanged in behaviour).

Rules (shared/spec/CONTRACT.md, "Sessions and queries" and "Uploads"):
  * each file becomes one table named after the file stem, lowercased, every
    non-alphanumeric character replaced by "_"  (seattle-weather.csv -> seattle_weather);
  * columns keep their header names exactly (quote them in SQL when needed);
  * empty values are NULL;
  * a column's type is inferred over all its non-empty values:
        integer   every value matches [+-]?digits            -> SQLite INTEGER
        float     every value is an integer or decimal number -> SQLite REAL
        boolean   every value is true/false (any case)        -> SQLite INTEGER 1/0
        date      every value is an ISO date YYYY-MM-DD        -> TEXT, kept as written
        datetime  every value is an ISO date-time              -> TEXT, kept as written
        string    anything else (or no non-empty value)        -> TEXT
  * CSV: RFC 4180, delimiter sniffed among , ; TAB |, UTF-8 with or without BOM.
    JSON (array of objects) and NDJSON files are read too.

Library use:
    import load
    conn = load.build_db(["data/customers.csv", "data/transactions.csv"])
    cols, rows = load.run_sql(conn, "SELECT COUNT(*) FROM customers")

Command line:
    python3 load.py --db out.sqlite FILE.csv [FILE.csv ...]          # write a db file
    python3 load.py FILE.csv ... --sql "SELECT ..."                  # run one query, print JSON
    python3 load.py --manifest datasets.json --dataset retail --sql "SELECT ..."
    python3 load.py FILE.csv ... --schema                            # print inferred types
"""

import argparse
import csv
import datetime as _dt
import hashlib
import io
import json
import math
import os
import random
import re
import sqlite3
import sys

INT_RE = re.compile(r"^[+-]?\d+$")
FLOAT_RE = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
BOOL_VALUES = {"true": 1, "false": 0}
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1

SQL_TYPES = {"integer": "INTEGER", "float": "REAL", "boolean": "INTEGER",
             "date": "TEXT", "datetime": "TEXT", "string": "TEXT"}


def table_name(path):
    """customers.csv -> customers; seattle-weather.csv -> seattle_weather."""
    stem = os.path.basename(path)
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]", "_", stem.lower())


def _valid_date(s):
    try:
        _dt.date(int(s[0:4]), int(s[5:7]), int(s[8:10]))
        return True
    except ValueError:
        return False


def _value_kind(s):
    """The narrowest type one non-empty text value fits."""
    if INT_RE.match(s):
        v = int(s)
        return "integer" if INT64_MIN <= v <= INT64_MAX else "float"
    if FLOAT_RE.match(s):
        return "float"
    if s.lower() in BOOL_VALUES:
        return "boolean"
    if DATE_RE.match(s) and _valid_date(s):
        return "date"
    if DATETIME_RE.match(s) and _valid_date(s[:10]):
        return "datetime"
    return "string"


def infer_type(values):
    """Type of a column from its raw text values (None/'' = empty)."""
    kinds = set()
    for v in values:
        if v is None or v == "":
            continue
        kinds.add(_value_kind(v))
        if "string" in kinds:
            return "string"
    if not kinds:
        return "string"
    if len(kinds) == 1:
        return kinds.pop()
    if kinds <= {"integer", "float"}:
        return "float"
    if kinds <= {"date", "datetime"}:
        return "datetime"
    return "string"


def convert(value, typ):
    if value is None or value == "":
        return None
    if typ == "integer":
        return int(value)
    if typ == "float":
        return float(value)
    if typ == "boolean":
        return BOOL_VALUES[value.lower()]
    return value


def _json_cell(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (dict, list)):
        return json.dumps(v)
    return str(v)


def read_table(path):
    """(header, rows of text cells or None) from a CSV, JSON array or NDJSON file."""
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8-sig")
    stripped = text.lstrip()
    lower = path.lower()
    if lower.endswith(".json") or lower.endswith(".ndjson") or lower.endswith(".jsonl") \
            or stripped.startswith("[") or stripped.startswith("{"):
        if stripped.startswith("["):
            objs = json.loads(text)
        else:
            objs = [json.loads(line) for line in text.splitlines() if line.strip()]
        header = []
        for o in objs:
            for k in o:
                if k not in header:
                    header.append(k)
        rows = [[_json_cell(o.get(k)) for k in header] for o in objs]
        return header, rows
    first = text.split("\n", 1)[0]
    delim = max([",", ";", "\t", "|"], key=lambda d: first.count(d))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header = next(reader)
    rows = [r for r in reader if r != []]
    for r in rows:
        if len(r) < len(header):
            r.extend([""] * (len(header) - len(r)))
    return header, rows


def schema_of(path):
    header, rows = read_table(path)
    types = [infer_type([r[i] for r in rows]) for i in range(len(header))]
    return header, types, rows


def q(ident):
    return '"' + ident.replace('"', '""') + '"'


def load_file(conn, path, shuffle_seed=None):
    header, types, rows = schema_of(path)
    name = table_name(path)
    cols = ", ".join("%s %s" % (q(h), SQL_TYPES[t]) for h, t in zip(header, types))
    conn.execute("DROP TABLE IF EXISTS %s" % q(name))
    conn.execute("CREATE TABLE %s (%s)" % (q(name), cols))
    data = [[convert(r[i], types[i]) for i in range(len(header))] for r in rows]
    if shuffle_seed is not None:
        # Different physical row order: used to detect answers that depend on
        # how ties are broken (LIMIT over tied values etc.).
        random.Random(shuffle_seed).shuffle(data)
    conn.executemany("INSERT INTO %s VALUES (%s)" % (q(name), ", ".join("?" * len(header))),
                     data)
    conn.commit()
    return name, list(zip(header, types))


def build_db(paths, db_path=":memory:", shuffle_seed=None):
    """SQLite connection with one table per file."""
    if db_path != ":memory:" and os.path.exists(db_path):
        os.remove(db_path)
    conn = sqlite3.connect(db_path)
    for p in paths:
        load_file(conn, p, shuffle_seed=shuffle_seed)
    return conn


def norm_value(v):
    """JSON-friendly gold value: floats rounded to 6 decimals."""
    if isinstance(v, float):
        r = round(v, 6)
        return 0.0 if r == 0 else r
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return v


def run_sql(conn, sql):
    cur = conn.execute(sql)
    cols = [d[0] for d in cur.description] if cur.description else []
    rows = [[norm_value(v) for v in r] for r in cur.fetchall()]
    return cols, rows


def dataset_files(manifest_path, dataset):
    """Absolute file paths of one dataset of a datasets.json manifest."""
    with open(manifest_path) as fh:
        man = json.load(fh)
    base = os.path.dirname(os.path.abspath(manifest_path))
    ds = man["datasets"][dataset]
    return [os.path.normpath(os.path.join(base, f["path"])) for f in ds["files"]]


# ---------------------------------------------------------------------------
# Gold answers for an evaluation set (used by build_questions.py)
# ---------------------------------------------------------------------------
ENTRY_KEYS = ["id", "dataset", "difficulty", "question", "gold_sql", "order_matters",
              "kind", "tags", "gold_columns", "gold_rows"]


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_manifest(manifest_path, datasets):
    """datasets: {name: {"description", "source", "files": [relative paths]}}.
    Writes datasets.json with each file's sha256 and row count."""
    base = os.path.dirname(os.path.abspath(manifest_path))
    out = {"datasets": {}}
    for name, ds in datasets.items():
        files = []
        for rel in ds["files"]:
            full = os.path.join(base, rel)
            header, types, rows = schema_of(full)
            files.append({"path": rel, "table": table_name(full), "sha256": sha256_of(full),
                          "rows": len(rows),
                          "columns": [{"name": h, "type": t} for h, t in zip(header, types)]})
        d = {k: v for k, v in ds.items() if k != "files"}
        d["files"] = files
        out["datasets"][name] = d
    with open(manifest_path, "w") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return out


def _close(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-6)
    return a == b


def _sort_key(row):
    return [(0, 0) if v is None else (1, round(v, 4)) if isinstance(v, (int, float))
            else (2, str(v)) for v in row]


def rows_close(a, b, ordered):
    if len(a) != len(b):
        return False
    if not ordered:
        a, b = sorted(a, key=_sort_key), sorted(b, key=_sort_key)
    return all(len(x) == len(y) and all(_close(u, v) for u, v in zip(x, y))
               for x, y in zip(a, b))


def _random_tiebreak(sql):
    """The query with RANDOM() appended to its outer ORDER BY (None if it has none):
    running it several times shows whether ties decide the answer."""
    m = list(re.finditer(r"\bORDER\s+BY\b", sql, re.I))
    if not m:
        return None
    start = m[-1].end()
    tail = sql[start:]
    if tail.count(")") > tail.count("("):
        return None  # the last ORDER BY is inside a subquery
    lm = re.search(r"\bLIMIT\b", tail, re.I)
    cut = start + (lm.start() if lm else len(tail))
    return sql[:cut].rstrip() + ", RANDOM() " + sql[cut:]


def make_gold(entries, manifest_path, shuffle_seeds=(1, 2, 3)):
    """Run every entry's gold_sql; fill gold_columns/gold_rows. Returns a list of
    problems: SQL errors, empty results (unless "allow_empty"), visualization
    entries without exactly 2 columns, and answers that change when the tables'
    physical row order changes (ties broken arbitrarily by LIMIT/ORDER BY)."""
    problems = []
    ids = set()
    by_ds = {}
    for e in entries:
        if e["id"] in ids:
            problems.append("%s: duplicate id" % e["id"])
        ids.add(e["id"])
        by_ds.setdefault(e["dataset"], []).append(e)
    for ds, items in by_ds.items():
        files = dataset_files(manifest_path, ds)
        conn = build_db(files)
        shuffled = [build_db(files, shuffle_seed=s) for s in shuffle_seeds]
        for e in items:
            try:
                cols, rows = run_sql(conn, e["gold_sql"])
            except sqlite3.Error as ex:
                problems.append("%s: SQL error %s" % (e["id"], ex))
                continue
            if not rows and not e.get("allow_empty"):
                problems.append("%s: empty result" % e["id"])
            if e["kind"] == "visualization" and len(cols) != 2:
                problems.append("%s: visualization gold must have 2 columns" % e["id"])
            if e["kind"] not in ("table", "visualization"):
                problems.append("%s: bad kind" % e["id"])
            tied = False
            for sc in shuffled:
                _, r2 = run_sql(sc, e["gold_sql"])
                if not rows_close(rows, r2, e["order_matters"]):
                    tied = True
                    break
            tiebreak = _random_tiebreak(e["gold_sql"])
            if e["order_matters"] and tiebreak is None:
                problems.append("%s: order_matters without an outer ORDER BY" % e["id"])
            if tiebreak and not tied:
                for _ in range(12):
                    _, r2 = run_sql(conn, tiebreak)
                    if not rows_close(rows, r2, e["order_matters"]):
                        tied = True
                        break
            if tied:
                problems.append("%s: answer depends on how ties are broken" % e["id"])
            e["gold_columns"] = cols
            e["gold_rows"] = rows
    return problems


def write_set(entries, path):
    with open(path, "w", encoding="utf-8") as fh:
        for e in entries:
            obj = {k: e[k] for k in ENTRY_KEYS if k in e}
            obj.update({k: v for k, v in e.items() if k not in obj})
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Load CSV/JSON files into SQLite with inferred types.")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--manifest", help="datasets.json (with --dataset)")
    ap.add_argument("--dataset")
    ap.add_argument("--db", default=":memory:", help="SQLite file to write (default: in memory)")
    ap.add_argument("--sql", help="run this query and print columns/rows as JSON")
    ap.add_argument("--schema", action="store_true", help="print inferred column types")
    a = ap.parse_args(argv)
    files = list(a.files)
    if a.manifest:
        if not a.dataset:
            ap.error("--manifest needs --dataset")
        files += dataset_files(a.manifest, a.dataset)
    if not files:
        ap.error("no input files")
    conn = sqlite3.connect(a.db) if a.db == ":memory:" else None
    if conn is None:
        conn = build_db(files, a.db)
    else:
        for p in files:
            load_file(conn, p)
    if a.schema:
        for p in files:
            header, types, rows = schema_of(p)
            print("%s (%d rows)" % (table_name(p), len(rows)))
            for h, t in zip(header, types):
                nullable = any(r[header.index(h)] in ("", None) for r in rows)
                print("  %-40s %s%s" % (h, t, " nullable" if nullable else ""))
    if a.sql:
        cols, rows = run_sql(conn, a.sql)
        print(json.dumps({"columns": cols, "rows": rows}, ensure_ascii=False))
    elif a.db != ":memory:":
        print("wrote %s" % a.db, file=sys.stderr)


if __name__ == "__main__":
    main()
