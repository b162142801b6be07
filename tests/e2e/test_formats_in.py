"""Parquet and Excel files in (issue 18, item 6): files written by pyarrow (every codec,
dictionary on and off, data pages v1 and v2, nulls, dates, timestamps, decimals), by our own
Parquet export, and by openpyxl (shared strings, numbers, booleans, dates in both date
systems, empty cells, sparse rows), each checked cell by cell through the API against what
pyarrow.parquet or openpyxl reads from the same bytes."""
import calendar
import datetime
import decimal
import io
import math

import numpy as np
import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from conftest import assert_error

PAGE = 100


def preview_rows(client, upload_id, filename, total):
    """Every row of a file through the preview API (typed JSON from the loaded table)."""
    rows = []
    for offset in range(0, total, PAGE):
        r = client.get(f"/uploads/{upload_id}/files/{filename}/preview?limit={PAGE}&offset={offset}")
        assert r.status_code == 200, r.text
        rows += r.json()["data"]
    assert len(rows) == total
    return rows


def file_details(upload, filename):
    return next(f for f in upload["files"] if f["filename"] == filename)


# --- Parquet ----------------------------------------------------------------------------------

N = 250


def arrow_table():
    def pick(i, k, n):
        return (i * 7919 + k * 104729) % n
    return pa.table({
        "id": pa.array([i * 1000003 - 10**8 for i in range(N)], pa.int64()),
        "small": pa.array([None if i % 11 == 0 else pick(i, 1, 256) - 128 for i in range(N)], pa.int8()),
        "score": pa.array([None if i % 13 == 0 else float("nan") if i == 7 else (pick(i, 3, 2 * 10**6) - 10**6) / 64 for i in range(N)], pa.float64()),
        "ratio": pa.array([None if i % 17 == 0 else [0.1, 1.5, -2.25, 3.3e38, 1e-7][i % 5] for i in range(N)], pa.float32()),
        "flag": pa.array([None if i % 5 == 0 else i % 3 == 0 for i in range(N)], pa.bool_()),
        "name": pa.array([None if i % 19 == 0 else ["basic", "premium", "Zoë", "", "enterprise 王"][i % 5] for i in range(N)]),
        "note": pa.array([None if i % 23 == 0 else f'note {i}: "q", comma\nline' for i in range(N)]),
        "day": pa.array([None if i % 29 == 0 else pick(i, 4, 40000) - 10000 for i in range(N)], pa.date32()),
        "ts_ms": pa.array([None if i % 31 == 0 else pick(i, 5, 4 * 10**12) - 10**12 for i in range(N)], pa.timestamp("ms", tz="UTC")),
        "ts_us": pa.array([None if i % 37 == 0 else pick(i, 6, 4 * 10**15) - 10**15 for i in range(N)], pa.timestamp("us")),
        "ts_ns": pa.array([None if i % 41 == 0 else pick(i, 7, 4 * 10**18) - 2 * 10**18 for i in range(N)], pa.timestamp("ns", tz="UTC")),
        "price": pa.array([None if i % 43 == 0 else decimal.Decimal(pick(i, 8, 10**9) - 5 * 10**8).scaleb(-2) for i in range(N)], pa.decimal128(11, 2)),
    })


PARQUET_TYPES = ["integer", "integer", "float", "float", "boolean", "string", "string", "date", "datetime", "datetime", "datetime", "float"]


def parquet_bytes(table, **options):
    buf = io.BytesIO()
    pq.write_table(table, buf, **options)
    return buf.getvalue()


def instant(text):
    """Our datetime text (`YYYY-MM-DDTHH:MM:SS[.fraction][Z]`) as (seconds, fraction digits, utc)."""
    utc = text.endswith("Z")
    main, _, fraction = text.rstrip("Z").partition(".")
    seconds = calendar.timegm(datetime.datetime.strptime(main, "%Y-%m-%dT%H:%M:%S").timetuple())
    return seconds, fraction, utc


def check_parquet_cells(got_rows, data, table):
    """Every cell of `got_rows` (preview JSON) against pyarrow's reading of `data`."""
    read = pq.read_table(io.BytesIO(data))
    assert read.num_rows == len(got_rows)
    for field in read.schema:
        column = read.column(field.name)
        t = field.type
        values = column.cast(pa.int64()).to_pylist() if pa.types.is_timestamp(t) else column.to_pylist()
        for i, want in enumerate(values):
            got = got_rows[i][field.name]
            where = (field.name, i, got, want)
            if want is None:
                assert got is None, where
            elif pa.types.is_floating(t):
                if not math.isfinite(want):
                    assert got is None, where  # NaN and infinity load as NULL (with a warning)
                elif t == pa.float32():
                    assert np.float32(got) == np.float32(want), where
                else:
                    assert got == want and isinstance(got, float), where
            elif pa.types.is_decimal(t):
                assert got == float(want), where
            elif pa.types.is_boolean(t) or pa.types.is_integer(t):
                assert got == want and type(got) is type(want), where
            elif pa.types.is_string(t):
                assert got == (want or None), where  # an empty string is NULL, as everywhere
            elif pa.types.is_date(t):
                assert got == want.isoformat(), where
            elif pa.types.is_timestamp(t):
                per_second = {"ms": 10**3, "us": 10**6, "ns": 10**9}[t.unit]
                seconds, fraction, utc = instant(got)
                assert utc == (t.tz is not None), where
                assert fraction == "" or len(fraction) == len(str(per_second)) - 1, where
                assert seconds * per_second + int(fraction or 0) == want, where
            else:
                raise AssertionError(f"unexpected type {t}")


def test_parquet_from_pyarrow_every_codec_dictionary_and_page_version(client):
    table = arrow_table()
    files = {}
    for codec in ["none", "snappy", "gzip", "zstd", "lz4"]:
        for dictionary in [True, False]:
            for version in ["1.0", "2.0"]:
                name = f"{codec}-{'dict' if dictionary else 'plain'}-v{version[0]}.parquet"
                files[name] = parquet_bytes(table, compression=codec, use_dictionary=dictionary, data_page_version=version,
                                            row_group_size=90, data_page_size=512)
    up = client.upload(files)
    assert up["status"] == "complete", up
    for name, data in files.items():
        f = file_details(up, name)
        assert f["format"] == "parquet" and f["rows"] == N, (name, f)
        assert [c["name"] for c in f["column_info"]] == table.column_names
        assert [c["type"] for c in f["column_info"]] == PARQUET_TYPES, name
        info = {c["name"]: c for c in f["column_info"]}
        assert info["id"]["unique"] is True and info["id"]["nullable"] is False
        assert info["name"]["nullable"] is True and info["name"]["unique"] is False
        check_parquet_cells(preview_rows(client, up["upload_id"], name, N), data, table)


def test_parquet_tables_answer_sql_like_pyarrow(client):
    table = arrow_table()
    data = parquet_bytes(table)
    up = client.upload({"measures.parquet": data})
    sid = client.session_for(up["upload_id"])
    r = client.sql(sid, "SELECT COUNT(*), COUNT(flag), SUM(small), MIN(day), MAX(ts_ms) FROM measures WHERE id > 0")
    assert r.status_code == 200, r.text
    read = pq.read_table(io.BytesIO(data)).to_pylist()
    rows = [row for row in read if row["id"] > 0]
    count, flags, small, first_day, last_ms = r.json()["rows"][0]
    assert count == len(rows)
    assert flags == sum(1 for row in rows if row["flag"] is not None)
    assert small == sum(row["small"] for row in rows if row["small"] is not None)
    assert first_day == min(row["day"] for row in rows if row["day"] is not None).isoformat()
    latest = max(row["ts_ms"] for row in rows if row["ts_ms"] is not None)
    assert last_ms == latest.strftime("%Y-%m-%dT%H:%M:%S") + (f".{latest.microsecond // 1000:03d}" if latest.microsecond else "") + "Z"


def test_parquet_export_re_uploads_as_the_same_table(client):
    csv = ("id,name,score,active,born,seen_at,note\n"
           '1,"Smith, Jo",1250.50,true,1990-01-02,2024-01-02T10:00:00Z,"say ""hi"""\n'
           '2,Zoë 王,,false,,,"two\nlines"\n'
           "3,Plain,-3.25,TRUE,2000-12-31,2024-06-30T23:59:59Z,\n"
           "4, padded ,7,false,1999-09-09,2023-03-03T03:03:03Z,x\n")
    source = client.upload({"people.csv": csv.encode()})
    r = client.post("/data/export", {"upload_id": source["upload_id"], "format": "parquet"})
    assert r.status_code == 202, r.text
    client.wait_job(r.json()["export_id"])
    status = client.get(f"/data/export/{r.json()['export_id']}").json()
    exported = client.session.get(status["files"][0]["download_url"]).content
    assert exported[:4] == b"PAR1"
    again = client.upload({"people.parquet": exported})
    assert again["status"] == "complete", again
    before, after = source["files"][0], again["files"][0]
    assert after["format"] == "parquet"
    assert [(c["name"], c["type"], c["nullable"], c["unique"]) for c in after["column_info"]] == \
           [(c["name"], c["type"], c["nullable"], c["unique"]) for c in before["column_info"]]
    def typed(upload):
        r = client.sql(client.session_for(upload["upload_id"]), "SELECT * FROM people ORDER BY rowid")
        assert r.status_code == 200, r.text
        return r.json()["rows"]
    assert typed(again) == typed(source)
    assert [list(row.values()) for row in preview_rows(client, again["upload_id"], "people.parquet", 4)] == typed(source)
    # The export's default format for a Parquet upload is Parquet again.
    r = client.post("/data/export", {"upload_id": again["upload_id"]})
    client.wait_job(r.json()["export_id"])
    assert client.get(f"/data/export/{r.json()['export_id']}").json()["files"][0]["filename"] == "people.parquet"


def test_parquet_that_cannot_be_loaded_fails_with_the_reason(client):
    nested = parquet_bytes(pa.table({"id": [1, 2], "tags": [["a"], ["b", "c"]]}))
    up = client.upload({"nested.parquet": nested})
    assert up["status"] == "failed"
    err = file_details(up, "nested.parquet")["error"]
    assert "nested columns" in err["message"], err
    broken = parquet_bytes(pa.table({"id": list(range(100))}))
    up = client.upload({"broken.parquet": broken[:-30]})
    assert up["status"] == "failed" and "damaged" in file_details(up, "broken.parquet")["error"]["message"]


# --- Excel ------------------------------------------------------------------------------------

def build_workbook(epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "Orders"
    ws.append(["order_id", "customer", "amount", "paid", "ordered_on", "shipped_at", "code", "comment"])
    for i in range(1, 301):
        if i % 50 == 0:
            ws.append([])  # a blank row in the middle: skipped
            continue
        ws.append([
            i,
            ["Ann", "Bo", "Zoë 王", None, "O'Brien & Co"][i % 5],
            None if i % 7 == 0 else [12.5, 3, -0.25, 1e6, 19.99][i % 5],
            None if i % 6 == 0 else i % 2 == 0,
            None if i % 9 == 0 else datetime.date(2023, 1, 1) + datetime.timedelta(days=i * 3),
            None if i % 8 == 0 else datetime.datetime(2024, 1, 1, 8, 30) + datetime.timedelta(hours=i * 5, milliseconds=(i % 4) * 250),
            [7, "A-7", True, 2.5][i % 4],
            None if i % 3 else f"comment {i}",
        ])
    ws["J5"] = "far right"  # a sparse cell far to the right: columns up to J, I empty
    ws.append([301, "Last", 1, True])
    wb.create_sheet("Notes")["A1"] = "second sheet"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def openpyxl_table(data):
    """The table our rules derive from openpyxl's reading of the first sheet: the first row is
    the header, rows without values are skipped, columns span the leftmost to the rightmost
    value; each column's type is the join of its cells' types, and each cell its value (in a
    mixed column its text: TRUE/FALSE, numbers as written, dates ISO)."""
    ws = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    cells = [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
    rows = [row for row in cells if any(v not in (None, "") for v, _ in row)]
    used = [i for row in rows for i, (v, _) in enumerate(row) if v not in (None, "")]
    first, last = min(used), max(used)
    rows = [[(row[i] if i < len(row) else (None, "General")) for i in range(first, last + 1)] for row in rows]
    header, body = rows[0], rows[1:]

    def kind(value, fmt):
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "float"
        if isinstance(value, datetime.datetime):
            return "datetime" if ("h" in fmt.lower() or "s" in fmt.lower() or value.time() != datetime.time()) else "date"
        return "string"

    def text(value, k):
        if k == "boolean":
            return "TRUE" if value else "FALSE"
        if k == "date":
            return value.date().isoformat()
        if k == "datetime":
            return value.strftime("%Y-%m-%dT%H:%M:%S") + (f".{value.microsecond // 1000:03d}" if value.microsecond else "")
        return str(value)

    types = []
    for c in range(len(header)):
        kinds = {kind(*row[c]) for row in body} - {None}
        if not kinds:
            types.append("string")
        elif kinds <= {"integer", "float"}:
            types.append("float" if "float" in kinds else "integer")
        elif kinds <= {"date", "datetime"}:
            types.append("datetime" if "datetime" in kinds else "date")
        elif len(kinds) == 1:
            types.append(kinds.pop())
        else:
            types.append("string")
    names = [str(v) if v is not None else f"column_{i + 1}" for i, (v, _) in enumerate(header)]
    values = []
    for row in body:
        out = []
        for c, (value, fmt) in enumerate(row):
            k = kind(value, fmt)
            if k is None:
                out.append(None)
            elif types[c] == "string":
                out.append(text(value, k))
            elif types[c] in ("date", "datetime"):
                out.append(text(value, k))
            elif types[c] == "float":
                out.append(float(value))
            else:
                out.append(value)
        values.append(out)
    return names, types, values


@pytest.mark.parametrize("epoch", [None, CALENDAR_MAC_1904], ids=["1900", "1904"])
def test_xlsx_from_openpyxl_cell_by_cell(client, epoch):
    data = build_workbook(epoch)
    names, types, values = openpyxl_table(data)
    assert "code" in names and types[names.index("code")] == "string"  # a mixed column, checked as text
    up = client.upload({"orders.xlsx": data})
    assert up["status"] == "complete", up
    f = file_details(up, "orders.xlsx")
    assert f["format"] == "xlsx" and f["rows"] == len(values)
    assert [c["name"] for c in f["column_info"]] == names
    assert [c["type"] for c in f["column_info"]] == types
    got = preview_rows(client, up["upload_id"], "orders.xlsx", len(values))
    for i, (row, want) in enumerate(zip(got, values)):
        assert [row[n] for n in names] == want, (i, row, want)
    info = {c["name"]: c for c in f["column_info"]}
    assert info["order_id"]["unique"] is True and info["customer"]["nullable"] is True


def test_xlsx_rows_answer_sql_and_export(client):
    data = build_workbook()
    _, _, values = openpyxl_table(data)
    up = client.upload({"orders.xlsx": data})
    sid = client.session_for(up["upload_id"])
    r = client.sql(sid, "SELECT COUNT(*), SUM(amount), COUNT(*) FILTER (WHERE paid) FROM orders WHERE ordered_on >= '2023-06-01'")
    assert r.status_code == 200, r.text
    rows = [v for v in values if v[4] is not None and v[4] >= "2023-06-01"]
    count, total, paid = r.json()["rows"][0]
    assert count == len(rows)
    assert total == pytest.approx(sum(v[2] for v in rows if v[2] is not None))
    assert paid == sum(1 for v in rows if v[3] is True)
    # The default export of a workbook is CSV.
    r = client.post("/data/export", {"upload_id": up["upload_id"]})
    client.wait_job(r.json()["export_id"])
    assert client.get(f"/data/export/{r.json()['export_id']}").json()["files"][0]["filename"] == "orders.csv"


def test_upload_accepts_the_formats_content_types_and_refuses_what_is_not_a_table(client):
    for ctype in ["application/vnd.apache.parquet", "application/x-parquet",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]:
        r = client.post("/data/upload", {"files": [{"filename": "f.bin", "content_type": ctype}]})
        assert r.status_code == 201, (ctype, r.text)
    assert_error(client.post("/data/upload", {"files": [{"filename": "f.bin", "content_type": "application/zip"}]}),
                 422, "validation_failed", "files[0].content_type")
    # A workbook by content, whatever it is called; a legacy .xls is refused with what to do.
    up = client.upload({"export.bin": build_workbook()})
    assert up["status"] == "complete" and file_details(up, "export.bin")["format"] == "xlsx"
    legacy = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    up = client.upload({"old.xls": legacy})
    assert up["status"] == "failed"
    assert "legacy Excel" in file_details(up, "old.xls")["error"]["message"]
