#!/usr/bin/env python3
"""Loads every file of the polluted corpus (pollute.py) with plexe (through the API), DuckDB's
`read_csv` (auto-detection) and CleverCSV (`read_table`), and scores each loaded table against
the file's clean table, cell by cell.

What each loader's table is:
  plexe      upload the file (one upload per file), wait; `failed` = not loaded. Otherwise
             `SELECT * FROM <table>` in a query session (max_results 10000): the column names
             are the first row, the result rows follow.
  duckdb     `SELECT * FROM read_csv(path)` with every option left to the sniffer: the column
             names, then the rows. An exception = not loaded.
  clevercsv  `clevercsv.read_table(path)` (dialect and encoding detected): every row it
             returns, the first included (it has no notion of a header). An exception or no
             rows = not loaded.
  duckdb_padded  (only when asked for) `read_csv(path, null_padding = true)`.

Scoring rules (the same for every loader):
  - Both tables are grids of rows. The truth grid is the clean header (unless the file has
    none) followed by the clean rows. A loader's column names count as its first row, except
    names the loader made up (`column0`, `column_1`, `Unnamed: 0`), which are not cells.
  - Cells are compared as text after normalising: NULL/None = empty; surrounding whitespace
    dropped; `\\r\\n` and `\\r` inside a cell = `\\n`; true/false in any case (and Python
    booleans) = `true`/`false`; anything that reads as a decimal number is compared as the
    number (`3.0` = `3`, `0.10` = `0.1`, 12 significant digits); dates, times and datetimes that
    a loader typed are written back in ISO form (`2024-01-02`, `17:30:00`, `2024-02-01
    10:24:42`), and `HH:MM` text is read as `HH:MM:00`.
  - A header cell of the truth also matches a loader's name that holds it as a whole part
    (`customer id`, `Identity customer_id`, `customer_id (see notes)`): joining the rows of a
    multi-row header is the right thing to do, whatever the separator. Case, `_`, `.`, `-`
    and spaces are not told apart in names.
  - Columns are compared by position. Rows are aligned in order: the loader's rows are
    matched to the truth's rows by a monotone alignment (each row to at most one, order
    kept, rows on either side may be skipped) that maximises the number of equal cells. So
    a preamble or footnote row that a loader kept, or a row it split in two, costs
    precision (its cells are produced but wrong) without shifting every row after it.
  - correct = cells equal in aligned rows; produced = the loader's cells; expected = the
    truth's cells. precision = correct / produced, recall = correct / expected, per file.
    A file is exact when correct = produced = expected.
  - The cell scores forgive a header found among the rows (a preamble taken for the names
    moves the true header into the data, where it still aligns). So each file also says
    whether the table starts right ("head"): the loader's names, or the first row of a loader
    without names, are exactly the clean header (or, for a file without one, the first
    clean row: nothing was taken for names).
  - Per kind and overall: files loaded (of all), files exact, files that start right, mean
    precision over the files that loaded, mean recall over all files (a file not loaded
    recalls nothing).

    python3 tests/corpus/score.py [--corpus DIR] [--variants 6] [--loaders plexe,duckdb,clevercsv]
                                  [--base-url URL --token TOKEN] [--json OUT]
Without --corpus, the corpus is generated into a temporary directory first. The plexe
loader needs a running stack (--base-url, --token; default $PLEXE_BASE_URL, $PLEXE_TOKEN).
"""
import argparse
import datetime
import decimal
import json
import os
import re
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pollute  # noqa: E402

GENERATED_NAME = re.compile(r"^(column_?\d+|unnamed: ?\d+)$", re.I)
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
HH_MM = re.compile(r"^(\d{1,2}):(\d{2})$")
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(:\d{2})?)$")
LOADERS = ["plexe", "duckdb", "clevercsv"]


class NotLoaded(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Normalising and scoring

def number_text(x):
    if x != x or x in (float("inf"), float("-inf")):
        return str(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return format(x, ".12g")


def norm(value):
    """A cell as comparable text (rules in the docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, decimal.Decimal)):
        return number_text(float(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    lower = text.lower()
    if lower in ("true", "false"):
        return lower
    if NUMBER.match(text):
        return number_text(float(text))
    m = HH_MM.match(text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}:00"
    m = ISO_DATETIME.match(text)
    if m:
        return m.group(1) + " " + m.group(2) + ("" if m.group(3) else ":00")
    return text


def name_key(value):
    return re.sub(r"[\s_.\-]+", " ", str(value).strip().lower()).strip()


def header_cell_matches(produced, truth_name):
    if produced is None:
        return False
    p, t = name_key(produced), name_key(truth_name)
    return p == t or re.search(r"(^|[^0-9a-z])" + re.escape(t) + r"($|[^0-9a-z])", p) is not None


def output_grid(header, rows):
    """A loader's table as rows of normalised text; made-up column names become None (no cell)."""
    grid = []
    if header is not None:
        named = [None if GENERATED_NAME.match(str(h).strip()) else norm(h) for h in header]
        if any(h is not None for h in named):
            grid.append(named)
    grid += [[norm(v) for v in row] for row in rows]
    return grid


def score(header, rows, truth):
    """(correct, produced, expected) cells of a loaded table against the truth."""
    out = output_grid(header, rows)
    has_header = truth["header"] is not None
    want = ([list(truth["header"])] if has_header else []) + [[norm(v) for v in r] for r in truth["rows"]]
    produced = sum(1 for r in out for c in r if c is not None)
    expected = sum(len(r) for r in want)
    if not out or not want:
        return 0, produced, expected
    width = max(max(len(r) for r in out), max(len(r) for r in want))
    # Integer codes per cell so that the row-against-row comparison is one numpy operation;
    # the absent cells of either side get codes that equal nothing.
    codes = {}
    def code(text):
        return codes.setdefault(text, len(codes))
    o = np.full((len(out), width), -1, dtype=np.int64)
    for i, r in enumerate(out):
        for k, c in enumerate(r):
            if c is not None:
                o[i, k] = code(c)
    t = np.full((len(want), width), -2, dtype=np.int64)
    for j, r in enumerate(want):
        for k, c in enumerate(r):
            t[j, k] = code(c)
    same = (o[:, None, :] == t[None, :, :]).sum(axis=2)
    if has_header:
        for i, r in enumerate(out):
            same[i, 0] = sum(1 for k, name in enumerate(truth["header"]) if k < len(r) and header_cell_matches(r[k], name))
    # Monotone alignment maximising equal cells (a weighted longest common subsequence), one
    # loader row at a time: best[j] = the most equal cells with the truth's first j rows.
    best = np.zeros(len(want) + 1, dtype=np.int64)
    for i in range(len(out)):
        step = best.copy()
        step[1:] = np.maximum(best[1:], best[:-1] + same[i])
        best = np.maximum.accumulate(step)
    return int(best[-1]), produced, expected


def first_row_right(header, rows, truth):
    """Whether the loaded table starts right: its names (or, from a loader without names, its
    first row) are the clean header, every cell of it and no other; for a file without a
    header, its first row is the first clean row (no row was taken for names)."""
    out = output_grid(header, rows)
    if not out:
        return False
    first = out[0]
    if truth["header"] is not None:
        want, same = truth["header"], header_cell_matches
    else:
        want = [norm(v) for v in truth["rows"][0]] if truth["rows"] else []
        same = lambda produced, wanted: produced == wanted  # noqa: E731
    return sum(1 for c in first if c is not None) == len(want) and all(k < len(first) and same(first[k], w) for k, w in enumerate(want))


# ---------------------------------------------------------------------------------------------
# Loaders: each returns (column names or None, rows) or raises

def load_duckdb(path, null_padding=False):
    """DuckDB's `read_csv`; with `null_padding`, told to pad short rows with NULLs, what a user
    tries after a ragged file fails (not in the default set, because DuckDB then refuses quoted
    line breaks)."""
    import duckdb
    con = duckdb.connect()
    try:
        options = ", null_padding = true" if null_padding else ""
        cur = con.execute(f"SELECT * FROM read_csv(?{options})", [path])
        return [d[0] for d in cur.description], cur.fetchall()
    except duckdb.Error as e:
        raise NotLoaded(str(e).splitlines()[0]) from e
    finally:
        con.close()


def load_clevercsv(path):
    import clevercsv
    try:
        rows = clevercsv.read_table(path)
    except Exception as e:  # it raises many kinds (its own, UnicodeDecodeError, ValueError...)
        raise NotLoaded(f"{type(e).__name__}: {e}") from e
    if not rows:
        raise NotLoaded("no rows")
    return None, rows


def plexe_loader(client):
    """Loads through the API as a user would: one upload per file, then SQL."""
    def load(path):
        name = os.path.basename(path)
        with open(path, "rb") as f:
            done = client.upload({name: f.read()}, name="polluted corpus")
        upload_id = done["upload_id"]
        try:
            if done["status"] != "complete":
                error = done["files"][0].get("error") or {}
                raise NotLoaded(f"line {error.get('line')}: {error.get('message')}")
            table = done["files"][0]["table_name"]
            session = client.session_for(upload_id)
            try:
                r = client.sql(session, f'SELECT * FROM "{table}"', max_results=10000)
                assert r.status_code == 200, r.text
                result = r.json()
                assert not result["truncated"], "more rows than one query returns"
                return result["columns"], result["rows"]
            finally:
                client.delete(f"/data/sessions/{session}")
        finally:
            client.delete(f"/uploads/{upload_id}")
    return load


def loaders(names, client=None):
    table = {"duckdb": load_duckdb, "duckdb_padded": lambda path: load_duckdb(path, null_padding=True), "clevercsv": load_clevercsv}
    if "plexe" in names:
        table["plexe"] = plexe_loader(client)
    return {n: table[n] for n in names}


# ---------------------------------------------------------------------------------------------
# Running and reporting

def run(corpus_dir, entries, named_loaders, progress=None):
    """One result per (file, loader): loaded, error, correct, produced, expected, seconds."""
    results = []
    for n, entry in enumerate(entries):
        path = os.path.join(corpus_dir, entry["file"])
        for loader_name, load in named_loaders.items():
            started = time.time()
            result = {"file": entry["file"], "kind": entry["kind"], "base": entry["base"], "loader": loader_name}
            try:
                header, rows = load(path)
                correct, produced, expected = score(header, rows, entry["truth"])
                result.update(loaded=True, correct=correct, produced=produced, expected=expected,
                              first_row=first_row_right(header, rows, entry["truth"]))
            except NotLoaded as e:
                expected = (len(entry["truth"]["header"]) if entry["truth"]["header"] else 0) + sum(len(r) for r in entry["truth"]["rows"])
                result.update(loaded=False, error=str(e).replace(path, "<file>")[:300], correct=0, produced=0, expected=expected,
                              first_row=False)
            result["seconds"] = round(time.time() - started, 3)
            results.append(result)
        if progress and (n + 1) % 50 == 0:
            progress(f"  {n + 1}/{len(entries)} files")
    return results


def summary(results):
    """{(kind, loader): figures} with kind "all" for the whole corpus."""
    groups = {}
    for r in results:
        for kind in (r["kind"], "all"):
            groups.setdefault((kind, r["loader"]), []).append(r)
    out = {}
    for key, rs in groups.items():
        loaded = [r for r in rs if r["loaded"]]
        out[key] = {
            "files": len(rs),
            "loaded": len(loaded),
            "exact": sum(1 for r in loaded if r["correct"] == r["produced"] == r["expected"]),
            "header": sum(1 for r in loaded if r["first_row"]),
            "precision": sum(r["correct"] / r["produced"] if r["produced"] else 0 for r in loaded) / len(loaded) if loaded else None,
            "recall": sum(r["correct"] / r["expected"] if r["expected"] else 0 for r in rs) / len(rs),
        }
    return out


def report(results):
    """The table as lines: per kind, for each loader, files loaded, exact, precision, recall."""
    names = list(dict.fromkeys(r["loader"] for r in results))
    kinds = [k for k in pollute.KINDS if any(r["kind"] == k for r in results)] + ["all"]
    s = summary(results)
    head = f"{'kind':26s} {'files':>5s}" + "".join(f" | {n:^31s}" for n in names)
    sub = f"{'':26s} {'':>5s}" + " | loaded exact head  prec   rec" * len(names)
    lines = [head, sub, "-" * len(head)]
    for kind in kinds:
        files = s[(kind, names[0])]["files"]
        line = f"{kind:26s} {files:5d}"
        for n in names:
            f = s[(kind, n)]
            prec = f"{f['precision']:5.2f}" if f["precision"] is not None else "    -"
            line += f" | {f['loaded']:6d} {f['exact']:5d} {f['header']:4d} {prec} {f['recall']:5.2f}"
        if kind == "all":
            lines.append("-" * len(head))
        lines.append(line)
    lines.append("loaded = files loaded without error; exact = all cells right and no others; head = the table starts "
                 "with the clean header (or, without one, the first clean row); prec = mean precision over the files "
                 "loaded; rec = mean recall over all files")
    return lines


def failures(results, loader, top=8):
    """The commonest reasons `loader` refused files, with numbers blanked so that one reason on
    different lines counts once."""
    reasons = {}
    for r in results:
        if r["loader"] == loader and not r["loaded"]:
            reason = re.sub(r"(?<![A-Za-z0-9+-])\d+", "N", r["error"])
            reasons.setdefault(reason, []).append(r["kind"])
    lines = []
    for reason, kinds in sorted(reasons.items(), key=lambda item: -len(item[1]))[:top]:
        counted = {}
        for k in kinds:
            counted[k] = counted.get(k, 0) + 1
        lines.append(f"{len(kinds):4d} × {reason[:110]}  [{', '.join(f'{k} {n}' for k, n in counted.items())}]")
    return lines


def seconds_by_loader(results):
    totals = {}
    for r in results:
        totals[r["loader"]] = totals.get(r["loader"], 0) + r["seconds"]
    return totals


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", help="a corpus written by pollute.py (default: generate one)")
    p.add_argument("--variants", type=int, default=6)
    p.add_argument("--loaders", default=",".join(LOADERS))
    p.add_argument("--base-url", default=os.environ.get("PLEXE_BASE_URL", "https://localhost:8443"))
    p.add_argument("--token", default=os.environ.get("PLEXE_TOKEN"))
    p.add_argument("--json", help="write every per-file result here")
    args = p.parse_args()
    names = args.loaders.split(",")
    client = None
    if "plexe" in names:
        if not args.token:
            sys.exit("the plexe loader needs --token (or PLEXE_TOKEN); or pass --loaders duckdb,clevercsv")
        sys.path.insert(0, os.path.join(pollute.REPO, "tests", "e2e"))
        from conftest import Client
        client = Client(args.token, args.base_url)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or tmp
        entries = pollute.load_manifest(corpus) if args.corpus else pollute.generate(corpus, args.variants)
        results = run(corpus, entries, loaders(names, client), progress=lambda m: print(m, file=sys.stderr))
    print("\n".join(report(results)))
    for name in names:
        reasons = failures(results, name)
        if reasons:
            print(f"\n{name}: why files were not loaded")
            print("\n".join(reasons))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
