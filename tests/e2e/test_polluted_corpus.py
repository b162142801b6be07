"""Polluted CSV files (tests/corpus): a small selection of the corpus that `scripts/bench files`
runs in full, uploaded through the API and scored cell by cell against the clean tables,
beside DuckDB and CleverCSV. It asserts what holds today and must keep holding (the kinds
below load exactly); the other figures are printed as a report, to be raised by the ingest's
detection and repairs, not asserted."""
import csv
import importlib.util
import io
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
import pollute  # noqa: E402
import score  # noqa: E402

# The clean controls, files that are valid RFC 4180 whatever else they vary (every field
# quoted, CRLF records), and what the ingest detected before real-world files were taken on
# (`;`, tab and `|` as delimiters, a UTF-8 byte-order mark): plexe must load these cell for cell.
MUST_BE_EXACT = {"clean", "quote_all", "eol_crlf", "delim_semicolon", "delim_tab", "delim_pipe", "enc_utf8_bom"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = str(tmp_path_factory.mktemp("polluted"))
    entries = pollute.generate(directory)
    return directory, entries


def test_corpus_is_deterministic_and_covers_every_kind(corpus, tmp_path):
    directory, entries = corpus
    assert {e["kind"] for e in entries} == set(pollute.KINDS)
    assert len(entries) > 250
    again = pollute.generate(str(tmp_path), kinds=["preamble", "stray_quote"], bases=["notes"])
    for e in again:
        with open(os.path.join(directory, e["file"]), "rb") as a, open(os.path.join(tmp_path, e["file"]), "rb") as b:
            assert a.read() == b.read(), e["file"]


def test_truth_is_what_the_bytes_say_read_with_the_right_dialect(corpus):
    """Python's csv, told each file's layout, reads back its truth: the corpus measures the
    loaders, not the generator. (Rows broken on purpose and unquoted files are left out: no
    dialect reads those back.)"""
    directory, entries = corpus
    checked = 0
    for e in entries:
        layout = e["layout"]
        if layout["broken_rows"] or layout["quote"] is None and layout["escape"] is None:
            continue
        with open(os.path.join(directory, e["file"]), encoding=layout["encoding"], newline="") as f:
            text = f.read()
        options = {"delimiter": layout["delimiter"]}
        if layout["quote"] is None:
            options.update(quoting=csv.QUOTE_NONE, escapechar=layout["escape"])
        else:
            options.update(quotechar=layout["quote"], escapechar=layout["escape"], doublequote=layout["escape"] is None)
        records = list(csv.reader(io.StringIO(text, newline=""), **options))
        body = records[layout["preamble_lines"] + layout["header_rows"]:len(records) - layout["footnote_lines"]]
        assert body == e["truth"]["rows"], e["file"]
        if layout["header_rows"] == 1:
            assert records[layout["preamble_lines"]] == e["truth"]["header"], e["file"]
        checked += 1
    assert checked > 150


def test_scoring_rules():
    truth = {"header": ["customer_id", "amount", "paid", "day"],
             "rows": [["C1", "1.50", "true", "2024-01-02"], ["C2", "10", "false", ""], ["C3", "0.25", "true", "2024-03-04"]]}
    import datetime
    # Typed values, made-up names and a joined two-row header score as the text they stand for.
    typed = [("C1", 1.5, True, datetime.date(2024, 1, 2)), ("C2", 10, False, None), ("C3", 0.25, True, datetime.date(2024, 3, 4))]
    assert score.score(["customer_id", "amount", "paid", "day"], typed, truth) == (16, 16, 16)
    assert score.first_row_right(["customer_id", "amount", "paid", "day"], typed, truth)
    assert score.score(["Identity customer_id", "Amount", "paid (yes/no)", "column3"], typed, truth) == (15, 15, 16)
    assert not score.first_row_right(["Identity customer_id", "Amount", "paid (yes/no)", "column3"], typed, truth)
    assert score.first_row_right(["Identity customer_id", "Amount", "paid (yes/no)", "DAY"], typed, truth)
    # A preamble row kept as the header and a footnote row kept as data: produced but wrong,
    # and the rows in between still align.
    kept = [["customer_id", "amount", "paid", "day"]] + [list(r) for r in truth["rows"]] + [["Total", "11.75", "", ""]]
    assert score.score(["Report", "column1", "column2", "column3"], kept, truth) == (16, 21, 16)
    assert not score.first_row_right(["Report", "column1", "column2", "column3"], kept, truth)
    assert score.first_row_right(None, kept, truth)
    # A row shifted by a missing delimiter keeps the cells before the shift only.
    shifted = [truth["rows"][0], ["C2", "10false", "", None], truth["rows"][2]]
    assert score.score(truth["header"], shifted, truth) == (14, 16, 16)
    # Without a header in the truth, a loader that took the first row as names loses nothing.
    no_header = {"header": None, "rows": truth["rows"]}
    assert score.score(truth["rows"][0], truth["rows"][1:], no_header) == (12, 12, 12)
    assert not score.first_row_right(["column0", "column1", "column2", "column3"], truth["rows"][1:], no_header)
    assert score.first_row_right(["column0", "column1", "column2", "column3"], truth["rows"], no_header)
    assert score.score(None, [], truth) == (0, 0, 16)


def test_polluted_selection_through_the_api(client, corpus, capsys):
    directory, entries = corpus
    chosen = pollute.selection(entries)
    assert {e["kind"] for e in chosen} == set(pollute.KINDS)
    names = ["plexe", "duckdb"] + (["clevercsv"] if importlib.util.find_spec("clevercsv") else [])
    results = score.run(directory, chosen, score.loaders(names, client))
    with capsys.disabled():
        print(f"\n\npolluted CSV selection ({len(chosen)} files; the full corpus: scripts/bench files)")
        print("\n".join(score.report(results)))
        reasons = score.failures(results, "plexe")
        if reasons:
            print("plexe: why files were not loaded")
            print("\n".join(reasons))
    plexe = [r for r in results if r["loader"] == "plexe"]
    assert len(plexe) == len(chosen)
    must = [r for r in plexe if r["kind"] in MUST_BE_EXACT]
    assert len(must) == 5 + len(MUST_BE_EXACT) - 1
    for r in must:
        assert r["loaded"], r
        assert r["correct"] == r["produced"] == r["expected"], r
