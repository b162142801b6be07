#!/usr/bin/env python3
"""A corpus of polluted CSV files with their ground truth, generated deterministically.

Each file is one clean base table written with one pollution, in the manner of the public
Pollock benchmark (one clean table polluted in one way per file), which cannot be downloaded
here. The bases:

  customers     the first 200 rows of ../shared/data/gen_dataset.py --rows 200 (12 columns:
                ids, names in many scripts, e-mails, integers, dates, floats, booleans, empties)
  transactions  the first 200 rows of its transactions.csv (8 columns, mostly numbers)
  notes         30 hand-written rows whose text holds commas, double and single quotes,
                semicolons, pipes, tabs, line breaks, a backslash and Windows-1252 characters
  products      40 rows: names with quotes and accents, prices, booleans, datetimes
  readings      60 rows: stations, dates, HH:MM times, negative floats, empty cells

The clean rendering is RFC 4180: `,` between fields, `"` around fields that hold a `,`, a
`"` or a line break (doubled inside), `\\n` after every record, a header, UTF-8 without BOM.
The pollution kinds (one per file; those marked * are drawn several times, `--variants`,
with other rows, lines or characters):

  clean                 the clean rendering itself (the control)
  preamble *            1-5 lines above the header: a title, a date, key,value lines, a blank
                        line, `#` comments, or a title padded with delimiters to the table's width
  multirow_header *     a group row above the header (or two), a units row or a description
                        row below it, group and units rows, or the names wrapped over two rows
                        (`customer` / `id`)
  footnote *            1-3 lines below the table: a source, a note, a blank line, a `#`
                        comment, a row count, a Total row
  missing_delimiter *   1, 3 or 5 data rows with one delimiter left out (two fields run together)
  extra_delimiter_end * 1, 3 or 5 data rows ending with one delimiter too many
  extra_delimiter_mid * 1, 3 or 5 data rows with an empty field inserted between two fields
  stray_quote *         one unquoted field holding a `"` in its middle or at its start (the
                        truth keeps the quote as text: that is what the writer meant)
  quote_all             every field in double quotes
  quote_single          `'` as the quote character (doubled inside)
  quote_none            no quoting at all (fields holding a delimiter or line break break
                        their row; the truth is still the clean table)
  escape_backslash      `\\"` instead of `""` inside quoted fields (and `\\\\` for a backslash)
  escape_backslash_noquote  no quotes; delimiters, line breaks and backslashes escaped by `\\`
  delim_semicolon, delim_tab, delim_pipe, delim_space   another field delimiter (with space
                        as delimiter, empty fields are written `""` so that they are fields)
  delim_other *         another printable delimiter: # ^ ~ : ! & * @
  eol_crlf, eol_cr      `\\r\\n` or `\\r` after each record (line breaks inside fields stay `\\n`)
  no_header             the data rows without the header row
  enc_utf8_bom          UTF-8 with a byte-order mark
  enc_cp1252            Windows-1252 (rows it cannot encode are left out of file and truth)
  enc_utf16_bom         UTF-16 little-endian with a byte-order mark

A kind that would leave a base's bytes unchanged (no field of it needs quoting, say) is not
written for that base. Everything follows from --seed: the same arguments write the same bytes.

Output: the files, and manifest.json listing for each file its base, kind, variant, what was
done (`detail`), how it was written (`layout`: encoding as a Python codec, delimiter, quote
(null: none), escape (null: quotes doubled), record_delimiter, header, preamble_lines,
header_rows, footnote_lines, broken_rows as 1-based record numbers counting the header), and
the ground truth `truth: {"header": [names] or null, "rows": [[text]]}`.

    python3 tests/corpus/pollute.py OUT_DIR [--variants 6] [--seed 18]
"""
import argparse
import csv
import datetime
import io
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("PLEXE_SHARED", os.path.join(REPO, "..", "shared"))

RANDOM_KINDS = ["preamble", "multirow_header", "footnote", "missing_delimiter", "extra_delimiter_end",
                "extra_delimiter_mid", "stray_quote", "delim_other"]
FIXED_KINDS = ["clean", "quote_all", "quote_single", "quote_none", "escape_backslash", "escape_backslash_noquote",
               "delim_semicolon", "delim_tab", "delim_pipe", "delim_space", "eol_crlf", "eol_cr", "no_header",
               "enc_utf8_bom", "enc_cp1252", "enc_utf16_bom"]
KINDS = ["clean"] + RANDOM_KINDS + FIXED_KINDS[1:]
OTHER_DELIMITERS = "#^~:!&*@"


class Table:
    def __init__(self, header, rows):
        self.header = list(header)
        self.rows = [list(r) for r in rows]
        assert all(len(r) == len(self.header) for r in self.rows)


# ---------------------------------------------------------------------------------------------
# Base tables

def dataset_tables():
    """customers and transactions from the shared generator (200 rows each)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(SHARED, "data", "gen_dataset.py"), "--rows", "200", "--seed", "42", "--out", tmp],
                       check=True, capture_output=True)
        tables = {}
        for name in ("customers", "transactions"):
            with open(os.path.join(tmp, name + ".csv"), newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            tables[name] = Table(rows[0], rows[1:201])
        return tables


def notes_table(rng):
    authors = ["Ana Souza", "Björn Ek", "Chloé Martin", "D. O'Neil", "Emeka Obi", "Fatima Zahra", "Grégoire", "Hana Kim"]
    comments = [
        "Great product, would buy again",
        'He said "wow" twice',
        "Line one\nLine two",
        "semi;colons; here",
        "pipe | separated | text",
        "tab\tinside",
        "O'Brien's review: fine",
        "Costs €12,50 – cheap",
        "naïve café résumé",
        "a # hash, a ^ caret and a ~ tilde",
        "saved in C:\\Users\\ana\\notes.txt",
        "plain text",
        "",
        "“Curly quotes” and ‘single’ ones",
        "100% agree: 5 stars!",
        'size 12" by 8"',
    ]
    titles = ["Delivery", "Quality", "Support", "Price", "Returns", "Packaging"]
    rows = []
    day = datetime.date(2023, 1, 2)
    for i in range(30):
        day += datetime.timedelta(days=rng.randint(1, 9))
        rows.append([str(i + 1), rng.choice(authors), day.isoformat(), rng.choice(titles), comments[i % len(comments)],
                     f"{rng.randint(10, 50) / 10:.1f}"])
    return Table(["id", "author", "posted", "title", "comment", "rating"], rows)


def products_table(rng):
    names = ["Crème brûlée mix", "Straße map", "Children's book", "Desk lamp, LED", '12" ruler', "Café au lait 250g",
             "Smörgåsbord plate", "Jalapeño sauce", "Notebook A5", "USB-C cable 2 m", "Tea; green", "Pen | blue"]
    categories = ["food", "books", "office", "home"]
    rows = []
    moment = datetime.datetime(2024, 2, 1, 8, 0, 0)
    for i in range(40):
        moment += datetime.timedelta(minutes=rng.randint(7, 3000), seconds=rng.randint(0, 59))
        rows.append([f"SKU-{i + 1:04d}", names[i % len(names)] + ("" if i < len(names) else f" ({i // len(names) + 1})"),
                     f"{rng.randint(99, 99999) / 100:.2f}", rng.choice(["true", "false"]), rng.choice(categories),
                     moment.strftime("%Y-%m-%d %H:%M:%S")])
    return Table(["sku", "name", "price", "in_stock", "category", "updated"], rows)


def readings_table(rng):
    stations = ["Oslo-Blindern", "Bergen", "Tromsø", "Zürich", "São Paulo"]
    rows = []
    day = datetime.date(2024, 1, 1)
    for i in range(60):
        if i % 5 == 0:
            day += datetime.timedelta(days=1)
        humidity = "" if rng.random() < 0.1 else str(rng.randint(20, 100))
        rows.append([stations[i % 5], day.isoformat(), f"{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
                     f"{rng.randint(-200, 350) / 10:.1f}", humidity, f"{rng.randint(0, 250) / 10:.1f}", rng.choice(["", "", "E", "M"])])
    return Table(["station", "date", "time", "temperature_c", "humidity_pct", "wind_ms", "flag"], rows)


def base_tables(seed=18):
    tables = dataset_tables()
    tables["notes"] = notes_table(random.Random(seed * 1000 + 1))
    tables["products"] = products_table(random.Random(seed * 1000 + 2))
    tables["readings"] = readings_table(random.Random(seed * 1000 + 3))
    return tables


# ---------------------------------------------------------------------------------------------
# Writing

class Dialect:
    def __init__(self, delimiter=",", quote='"', escape=None, quoting="minimal", eol="\n", header=True, encoding="utf-8"):
        self.delimiter, self.quote, self.escape, self.quoting = delimiter, quote, escape, quoting
        self.eol, self.header, self.encoding = eol, header, encoding


def render_field(value, d):
    if d.quoting == "none":
        if d.escape is None:
            return value
        return "".join(d.escape + c if c in (d.delimiter, "\n", "\r", d.escape) else c for c in value)
    special = (d.delimiter, "\n", "\r", d.quote) + ((d.escape,) if d.escape else ())
    needs = d.quoting == "all" or any(s in value for s in special) or (value == "" and d.delimiter == " ")
    if not needs:
        return value
    if d.escape:
        inner = "".join(d.escape + c if c in (d.quote, d.escape) else c for c in value)
    else:
        inner = value.replace(d.quote, d.quote * 2)
    return d.quote + inner + d.quote


def render_line(fields, d):
    return d.delimiter.join(render_field(v, d) for v in fields)


def encode(text, encoding):
    if encoding == "utf-16-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding)


def cp1252_rows(table):
    """The rows Windows-1252 can encode."""
    def ok(row):
        try:
            "".join(row).encode("cp1252")
            return True
        except UnicodeEncodeError:
            return False
    return [r for r in table.rows if ok(r)]


def column_kinds(table):
    kinds = []
    for k in range(len(table.header)):
        values = [r[k] for r in table.rows if r[k] != ""]
        def all_match(pred):
            return values and all(pred(v) for v in values)
        if all_match(lambda v: v.lstrip("-").isdigit()):
            kinds.append("integer")
        elif all_match(lambda v: v.replace(".", "", 1).lstrip("-").isdigit()):
            kinds.append("number")
        elif all_match(lambda v: v in ("true", "false")):
            kinds.append("yes/no")
        elif all_match(lambda v: len(v) == 10 and v[4] == "-" and v[7] == "-"):
            kinds.append("date")
        else:
            kinds.append("text")
    return kinds


def pollute(table, kind, variant, rng):
    """Returns (bytes, detail, truth, layout) for one file: truth is {"header", "rows"}; layout
    says how the file was written (what a loader told the right parameters would be told)."""
    d = Dialect()
    header, rows = table.header, table.rows
    width = len(header)
    above, below = [], []          # raw lines around the header, and after the table
    extra_header_rows_above, extra_header_rows_below = [], []
    broken = {}                    # data row index -> rendered line replacing it
    truth_rows = rows
    detail = ""

    if kind == "clean":
        detail = "RFC 4180"
    elif kind == "preamble":
        options = [
            ["Customer export"],
            ["Quarterly report", "Generated: 2024-03-01 10:00", ""],
            ["Report,Acme Inc.", "Period,2024-Q1"],
            ["Sales report" + "," * (width - 1), "," * (width - 1), '"Exported by Acme, Inc."' + "," * (width - 1),
             "Filter: all regions" + "," * (width - 1), "," * (width - 1)],
            ["# generated by export tool v2", "# columns: " + ", ".join(header)],
            ["Weekly data", "Units: metric", "Contact: data@example.com"],
        ]
        above = options[variant % len(options)]
        detail = f"{len(above)} preamble line(s)"
    elif kind == "multirow_header":
        groups = ["Identity", "Activity", "Details"]
        cut = [0, max(1, width // 3), max(2, 2 * width // 3)]
        group_row = ["" for _ in header]
        for g, c in zip(groups, cut):
            if c < width:
                group_row[c] = g
        units_row = column_kinds(table)
        style = variant % 6
        if style == 0:
            extra_header_rows_above = [group_row]
            detail = "group row above the header"
        elif style == 1:
            extra_header_rows_below = [units_row]
            detail = "units row below the header"
        elif style == 2:
            extra_header_rows_above, extra_header_rows_below = [group_row], [units_row]
            detail = "group row above and units row below"
        elif style == 4:
            extra_header_rows_above = [["Report"] + [""] * (width - 1), group_row]
            detail = "two group rows above the header"
        elif style == 5:
            extra_header_rows_below = [[h.replace("_", " ") + " (see notes)" for h in header]]
            detail = "description row below the header"
        else:
            top = [h.split("_", 1)[0] for h in header]
            bottom = [h.split("_", 1)[1] if "_" in h else "" for h in header]
            header = top
            extra_header_rows_below = [bottom]
            detail = "names wrapped over two rows"
    elif kind == "footnote":
        options = [
            ["Source: internal CRM"],
            ["", "* amounts in USD", "Generated by Report Builder 2.1"],
            ["Total" + "," * (width - 2) + ",1234.5"],
            ['"Note: figures are provisional, see appendix"' + "," * (width - 1), "," * (width - 1)],
            ["# end of file"],
            ["", f"Rows: {len(rows)}"],
        ]
        below = options[variant % len(options)]
        detail = f"{len(below)} footnote line(s)"
    elif kind in ("missing_delimiter", "extra_delimiter_end", "extra_delimiter_mid"):
        count = [1, 1, 3, 5, 1, 3][variant % 6]
        for i in sorted(rng.sample(range(len(rows)), count)):
            fields = [render_field(v, d) for v in rows[i]]
            if kind == "missing_delimiter":
                k = rng.randrange(width - 1)
                fields[k:k + 2] = [fields[k] + fields[k + 1]]
            elif kind == "extra_delimiter_end":
                fields.append("")
            else:
                fields.insert(rng.randrange(1, width), "")
            broken[i] = d.delimiter.join(fields)
        detail = f"{count} row(s): " + ", ".join(str(i + 2) for i in sorted(broken))
    elif kind == "stray_quote":
        candidates = [(i, k) for i, r in enumerate(rows) for k, v in enumerate(r)
                      if len(v) >= 2 and not any(c in v for c in ',"\n\r') and not v.replace(".", "").isdigit()]
        i, k = rng.choice(candidates)
        at = 0 if variant % 2 else len(rows[i][k]) // 2
        value = rows[i][k][:at] + '"' + rows[i][k][at:]
        truth_rows = [list(r) for r in rows]
        truth_rows[i][k] = value
        broken[i] = d.delimiter.join(value if j == k else render_field(v, d) for j, v in enumerate(rows[i]))
        detail = f"line {i + 2} field {k + 1}: {value!r}"
    elif kind == "quote_all":
        d.quoting = "all"
    elif kind == "quote_single":
        d.quote = "'"
    elif kind == "quote_none":
        d.quoting = "none"
    elif kind == "escape_backslash":
        d.escape = "\\"
    elif kind == "escape_backslash_noquote":
        d.quoting, d.escape = "none", "\\"
    elif kind.startswith("delim_"):
        d.delimiter = {"delim_semicolon": ";", "delim_tab": "\t", "delim_pipe": "|", "delim_space": " "}.get(kind)
        if kind == "delim_other":
            d.delimiter = OTHER_DELIMITERS[variant % len(OTHER_DELIMITERS)]
        detail = f"delimiter {d.delimiter!r}"
    elif kind == "eol_crlf":
        d.eol = "\r\n"
    elif kind == "eol_cr":
        d.eol = "\r"
    elif kind == "no_header":
        d.header = False
    elif kind == "enc_utf8_bom":
        d.encoding = "utf-8-bom"
    elif kind == "enc_cp1252":
        d.encoding = "cp1252"
        truth_rows = cp1252_rows(table)
        detail = f"{len(rows) - len(truth_rows)} row(s) Windows-1252 cannot encode left out"
    elif kind == "enc_utf16_bom":
        d.encoding = "utf-16-bom"
    else:
        raise ValueError(f"unknown pollution kind {kind}")

    lines = list(above)
    if d.header:
        lines += [render_line(r, d) for r in extra_header_rows_above]
        lines.append(render_line(header, d))
        lines += [render_line(r, d) for r in extra_header_rows_below]
    source_rows = truth_rows if kind == "enc_cp1252" else rows
    lines += [broken.get(i) or render_line(r, d) for i, r in enumerate(source_rows)]
    lines += below
    text = d.eol.join(lines) + d.eol
    truth = {"header": list(table.header) if d.header else None, "rows": truth_rows}
    layout = {"encoding": {"utf-8-bom": "utf-8-sig", "utf-16-bom": "utf-16"}.get(d.encoding, d.encoding),
              "delimiter": d.delimiter, "quote": None if d.quoting == "none" else d.quote, "escape": d.escape,
              "record_delimiter": d.eol, "header": d.header, "preamble_lines": len(above),
              "header_rows": (1 + len(extra_header_rows_above) + len(extra_header_rows_below)) if d.header else 0,
              "footnote_lines": len(below), "broken_rows": sorted(i + 2 for i in broken)}
    return encode(text, d.encoding), detail, truth, layout


def generate(out_dir, variants=6, seed=18, kinds=None, bases=None):
    """Writes the corpus and its manifest; returns the manifest's entries."""
    os.makedirs(out_dir, exist_ok=True)
    tables = base_tables(seed)
    clean = {name: pollute(t, "clean", 0, random.Random(0))[0] for name, t in tables.items()}
    entries, written = [], set()
    for kind in kinds or KINDS:
        for base in bases or tables:
            for variant in range(variants if kind in RANDOM_KINDS else 1):
                rng = random.Random(f"{seed}/{kind}/{base}/{variant}")
                data, detail, truth, layout = pollute(tables[base], kind, variant, rng)
                # Kinds that change nothing for a base, and draws that repeat an earlier file, are left out.
                if (kind != "clean" and data == clean[base]) or (base, data) in written:
                    continue
                written.add((base, data))
                name = f"{kind}-{base}-{variant}.csv"
                with open(os.path.join(out_dir, name), "wb") as f:
                    f.write(data)
                entries.append({"file": name, "base": base, "kind": kind, "variant": variant, "detail": detail,
                                "layout": layout, "truth": truth})
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "variants": variants, "files": entries}, f, ensure_ascii=False)
    return entries


def load_manifest(out_dir):
    with open(os.path.join(out_dir, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)["files"]


def selection(entries, per_kind=1):
    """A small fast subset: every clean file, and `per_kind` files of every other kind, taking
    the bases in turn so that each base shows up under several kinds."""
    chosen = [e for e in entries if e["kind"] == "clean"]
    for n, kind in enumerate(k for k in KINDS if k != "clean"):
        of_kind = [e for e in entries if e["kind"] == kind]
        for j in range(per_kind):
            if of_kind:
                chosen.append(of_kind[(n + j * 3) % len(of_kind)])
    return chosen


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out_dir")
    p.add_argument("--variants", type=int, default=6, help="files per base for the kinds drawn at random")
    p.add_argument("--seed", type=int, default=18)
    args = p.parse_args()
    entries = generate(args.out_dir, args.variants, args.seed)
    counts = {}
    for e in entries:
        counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    print(f"{len(entries)} files in {args.out_dir}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
