"""Types people write (issue 18, items 4 and 5): local date and number formats, currency and
percent signs, yes/no words, null markers, and nested JSON flattened as pandas' json_normalize
does.

Each hand-made file is also read by pandas with the parameters that fit it (read_csv with
thousands/decimal/na_values/true_values and to_datetime with the file's format, or
json_normalize), and every stored cell is checked against pandas' reading through SQL: its
storage class (typeof) and its value, beside the upload details' column types."""
import csv
import io
import json
import math
import sqlite3
import os

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import HOME, data_database

NULL_MARKERS = ["", "-", "NA", "N/A", "n/a", "#N/A", "#NA", "<NA>", "NULL", "null", "None", "NaN", "nan", "-NaN", "-nan"]
STORAGE = {"integer": "integer", "float": "real", "boolean": "integer", "date": "text", "datetime": "text", "string": "text"}


def stored(client, upload, filename):
    """The file's column types from the upload details, and each column's (typeof, value) pairs
    in row order, read through the query API."""
    file = next(f for f in upload["files"] if f["filename"] == filename)
    assert upload["status"] == "complete", upload
    types = {c["name"]: c["type"] for c in file["column_info"]}
    sid = client.session_for(upload["upload_id"])
    names = list(types)
    select = ", ".join(f'typeof("{c}"), "{c}"' for c in names)
    r = client.sql(sid, f'SELECT {select} FROM "{file["table_name"]}"', max_results=10000)
    assert r.status_code == 200, r.text
    rows = r.json()["rows"]
    cells = {c: [(row[2 * i], row[2 * i + 1]) for row in rows] for i, c in enumerate(names)}
    return types, cells


def is_missing(value):
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def check_column(name, type_, cells, expected):
    """Every cell of one column against pandas' values (NaN/NaT/None = NULL)."""
    expected = list(expected)
    assert len(cells) == len(expected), name
    for row, ((storage, value), want) in enumerate(zip(cells, expected)):
        where = (name, row, value, want)
        if is_missing(want):
            assert storage == "null" and value is None, where
            continue
        assert storage == STORAGE[type_], where
        if type_ == "integer":
            assert isinstance(value, int) and not isinstance(value, bool) and value == int(want), where
        elif type_ == "float":
            assert isinstance(value, float) and value == float(want), where
        elif type_ == "boolean":
            assert value is bool(want), where
        elif type_ == "date":
            assert value == pd.Timestamp(want).date().isoformat(), where
        elif type_ == "datetime":
            got, want = pd.Timestamp(value), pd.Timestamp(want)
            assert got == want and got.utcoffset() == want.utcoffset(), where
        else:
            assert value == want, where


def check_file(client, upload, filename, expected_types, frame):
    """The upload's types are `expected_types`, and every column equals the pandas frame's."""
    types, cells = stored(client, upload, filename)
    assert types == expected_types
    assert list(frame.columns) == list(types)
    for name, type_ in types.items():
        check_column(name, type_, cells[name], frame[name])
    return types, cells


def unit_number(text):
    """A number with a currency or percent sign, the sign dropped (`$1,200.50` → 1200.5): what
    the ingest stores, computed the way a pandas user would (a converter)."""
    if text in NULL_MARKERS:
        return None
    cleaned = text.replace("$", "").replace("€", "").replace("%", "").replace(",", "").replace(" ", "").replace("\u2212", "-")
    return float(cleaned)


def raw_rows(data, delimiter=","):
    return list(csv.reader(io.StringIO(data.decode()), delimiter=delimiter))


US_ORDERS = (
    "id,order_date,shipped_at,amount,discount,quantity,paid,rating,note\n"
    '1,12/31/2023,12/31/2023 2:30 PM,"$1,200.50",45%,"1,234",yes,4.5,ok\n'
    "2,01/02/2024,01/02/2024 09:15 AM,$5,-12.5 %,12,no,NA,-\n"
    '3,1/15/2024,01/15/2024 12:00 PM,-$3.25,0%,"12,345",Yes,-,N/A\n'
    "4,,,,,,,nan,NULL\n"
    '5,02/29/2024,02/29/2024 11:59 PM,$0.99,100%,"1,000,000",NO,3,None\n'
).encode()


def test_us_formats_against_pandas(client):
    up = client.upload({"orders.csv": US_ORDERS})
    frame = pd.read_csv(io.BytesIO(US_ORDERS), thousands=",", na_values=["-"], true_values=["yes", "Yes"], false_values=["no", "NO"],
                        converters={"amount": unit_number, "discount": unit_number})
    frame["order_date"] = pd.to_datetime(frame["order_date"], format="%m/%d/%Y")
    frame["shipped_at"] = pd.to_datetime(frame["shipped_at"], format="%m/%d/%Y %I:%M %p")
    types, cells = check_file(client, up, "orders.csv", {
        "id": "integer", "order_date": "date", "shipped_at": "datetime", "amount": "float", "discount": "float",
        "quantity": "integer", "paid": "boolean", "rating": "float", "note": "string"}, frame)
    # Spot checks of what the comparison covers, in the API's words.
    assert cells["amount"][0] == ("real", 1200.5) and cells["discount"][0] == ("real", 45.0)
    assert cells["order_date"][0] == ("text", "2023-12-31") and cells["shipped_at"][0] == ("text", "2023-12-31T14:30:00")
    assert cells["paid"][0] == ("integer", True) and cells["note"][1] == ("null", None)
    # The details: nullable and null counts include the markers; the preview keeps the raw text.
    info = {c["name"]: c for c in up["files"][0]["column_info"]}
    assert info["rating"]["nullable"] is True and info["id"]["nullable"] is False
    preview = client.get(f"/uploads/{up['upload_id']}/files/orders.csv/preview?limit=10").json()
    assert preview["data"] == raw_rows(US_ORDERS)[1:]


DE_SALES = (
    "Datum;Betrag;Menge;Anteil;Gewicht;Dichte;Zeit\n"
    "31.12.2023;1.234,56;1.000;12,5 %;1,234;1,234;31.12.2023 23:59:59\n"
    "01.02.2024;999,5;12;-3 %;0,5;5,678;01.02.2024 08:00:00\n"
    "15.03.2024;-0,75;1.234.567;100 %;2,75;9,012;15.03.2024 12:30:00\n"
    "NA;-;-;-;-;-;-\n"
).encode()


def test_decimal_comma_file_against_pandas(client):
    up = client.upload({"umsatz.csv": DE_SALES})
    frame = pd.read_csv(io.BytesIO(DE_SALES), sep=";", decimal=",", thousands=".", na_values=["-"], dtype={"Datum": str, "Zeit": str},
                        converters={"Anteil": lambda s: unit_number(s.replace(",", "."))})
    frame["Datum"] = pd.to_datetime(frame["Datum"], format="%d.%m.%Y")
    frame["Zeit"] = pd.to_datetime(frame["Zeit"], format="%d.%m.%Y %H:%M:%S")
    _, cells = check_file(client, up, "umsatz.csv", {
        "Datum": "date", "Betrag": "float", "Menge": "integer", "Anteil": "float", "Gewicht": "float", "Dichte": "float",
        "Zeit": "datetime"}, frame)
    # `1,234` alone reads as 1.234 in a ;-delimited file (as pandas with decimal="," reads it).
    assert [v for _, v in cells["Dichte"]] == [1.234, 5.678, 9.012, None]
    assert [v for _, v in cells["Menge"]] == [1000, 12, 1234567, None]


def test_space_grouped_decimal_comma_against_pandas(client):
    data = "nom;montant;n\nA;1\u00a0234,56;1\u00a0000\nB;12\u00a0345\u00a0678,9;12\nC;0,5;1\u00a0234\u00a0567\n".encode()
    up = client.upload({"fr.csv": data})
    # The python engine: the C one takes only a one-byte thousands separator.
    frame = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", thousands="\u00a0", engine="python")
    check_file(client, up, "fr.csv", {"nom": "string", "montant": "float", "n": "integer"}, frame)


DATES = (
    "id,named,day_first,year_first,zoned,decided_late,ambiguous,short_year,times\n"
    "1,Jan 5 2024,31.12.2023,2024/01/05,2024-01-05 10:00:00 +01:00,03/04/2024,03/04/2024,1/5/24,14:30\n"
    "2,5 January 2024,01.02.2024,2024/1/6,2024-01-05T09:00:00Z,05/06/2024,05/06/2024,2/5/24,09:15\n"
    '3,"January 7, 2024",15.03.2024,2024/12/31,2024-01-05 08:00 UTC,13/04/2024,07/08/2024,3/5/24,23:59\n'
    "4,05-Jan-2024,29.02.2024,2024.02.29,2024-01-05 10:00:00 -0500,NA,-,-,-\n"
    '5,"Fri, 12 Jan 2024",,,,,,,\n'
).encode()


def test_dates_against_pandas(client):
    up = client.upload({"dates.csv": DATES})
    frame = pd.read_csv(io.BytesIO(DATES), dtype=str, na_values=["-"])
    # Each column read as a pandas user would: its format where one fits, else pandas' parser
    # value by value (mixed spellings and zones).
    frame["id"] = frame["id"].astype(int)
    frame["named"] = [pd.Timestamp(v) for v in frame["named"]]
    frame["day_first"] = pd.to_datetime(frame["day_first"], format="%d.%m.%Y")
    frame["year_first"] = pd.to_datetime(frame["year_first"].str.replace(".", "/"), format="%Y/%m/%d")
    frame["zoned"] = [pd.NaT if is_missing(v) else pd.Timestamp(v) for v in frame["zoned"]]
    frame["decided_late"] = pd.to_datetime(frame["decided_late"], format="%d/%m/%Y")
    _, cells = check_file(client, up, "dates.csv", {
        "id": "integer", "named": "date", "day_first": "date", "year_first": "date", "zoned": "datetime", "decided_late": "date",
        # Never decided (every part ≤ 12), two-digit years, times without a date: kept as text.
        "ambiguous": "string", "short_year": "string", "times": "string"}, frame)
    assert [v for _, v in cells["zoned"]][:4] == ["2024-01-05T10:00:00+01:00", "2024-01-05T09:00:00Z", "2024-01-05T08:00:00Z",
                                                  "2024-01-05T10:00:00-05:00"]
    # Dates are real dates in SQL.
    sid = client.session_for(up["upload_id"])
    r = client.sql(sid, "SELECT MIN(named), MAX(day_first), COUNT(*) FROM dates WHERE decided_late > '2024-04-01'").json()
    assert r["rows"] == [["2024-01-05", "2024-03-15", 3]]


def test_booleans_and_integers(client):
    data = "yn,letters,tf,bits,lone\nyes,y,t,1,F\nno,n,F,0,F\nYES,Y,true,1,F\n,N,-,0,\n".encode()
    up = client.upload({"flags.csv": data})
    frame = pd.read_csv(io.BytesIO(data), na_values=["-"], true_values=["yes", "YES", "y", "Y", "t", "true"],
                        false_values=["no", "n", "N", "F"], dtype={"lone": str})
    check_file(client, up, "flags.csv", {"yn": "boolean", "letters": "boolean", "tf": "boolean", "bits": "integer", "lone": "string"},
               frame)


def test_null_markers_are_null_everywhere(client):
    markers = NULL_MARKERS[1:]
    lines = ["n,x,s"] + [f"{i},{i / 2},{m}" if i % 2 else f"{m},{m},{m}" for i, m in enumerate(markers)]
    data = ("\n".join(lines) + "\n").encode()
    up = client.upload({"nulls.csv": data})
    frame = pd.read_csv(io.BytesIO(data), na_values=["-"])
    frame["s"] = frame["s"].astype(object)
    check_file(client, up, "nulls.csv", {"n": "integer", "x": "float", "s": "string"}, frame)
    info = {c["name"]: c for c in up["files"][0]["column_info"]}
    # Repeated markers are NULLs, not repeated values.
    assert all(info[c]["nullable"] for c in "nxs") and info["n"]["unique"] and info["x"]["unique"]


def test_mixed_or_unreadable_columns_stay_text(client):
    data = ('a,b,c,d,e\n"$5",1.5,12/31/2023,yes,+44\n"€5","2,5",2023-12-31,true,007\n').encode()
    up = client.upload({"mixed.csv": data})
    frame = pd.read_csv(io.BytesIO(data), dtype=str)
    check_file(client, up, "mixed.csv", {c: "string" for c in "abcde"}, frame)


def test_analysis_query_and_export_on_written_types(client, tmp_path):
    up = client.upload({"orders.csv": US_ORDERS})
    frame = pd.read_csv(io.BytesIO(US_ORDERS), converters={"amount": unit_number})
    job = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "basic"}).json()
    assert client.wait_job(job["job_id"])["status"] == "completed"
    stats = client.get(f"/data/analysis/{job['job_id']}").json()["files"][0]["stats"]
    assert stats["column_types"]["amount"] == "float" and stats["column_types"]["order_date"] == "date"
    amounts = frame["amount"].dropna()
    summary = stats["summary"]["amount"]
    assert summary["min"] == amounts.min() and summary["max"] == amounts.max()
    assert math.isclose(summary["mean"], amounts.mean(), rel_tol=1e-12)
    assert stats["missing_values"]["amount"] == 1 and stats["missing_values"]["note"] == 4
    assert stats["categorical_counts"]["paid"] == {"true": 2, "false": 2}

    sid = client.session_for(up["upload_id"])
    r = client.sql(sid, "SELECT SUM(amount), SUM(quantity), COUNT(*) FROM orders WHERE paid AND order_date >= '2024-01-01'").json()
    assert r["rows"] == [[-3.25, 12345, 1]]

    r = client.post("/data/export", {"upload_id": up["upload_id"], "format": "parquet"})
    assert r.status_code == 202, r.text
    assert client.wait_job(r.json()["export_id"])["status"] == "completed"
    status = client.get(f"/data/export/{r.json()['export_id']}").json()
    path = tmp_path / "orders.parquet"
    path.write_bytes(client.session.get(status["files"][0]["download_url"]).content)
    arrow = pq.read_table(path)
    assert {f.name: str(f.type) for f in arrow.schema} == {
        "id": "int64", "order_date": "date32[day]", "shipped_at": "timestamp[us, tz=UTC]", "amount": "double", "discount": "double",
        "quantity": "int64", "paid": "bool", "rating": "double", "note": "string"}
    rows = arrow.to_pylist()
    assert [r["amount"] for r in rows] == [1200.5, 5.0, -3.25, None, 0.99]
    assert [r["order_date"] and r["order_date"].isoformat() for r in rows] == ["2023-12-31", "2024-01-02", "2024-01-15", None, "2024-02-29"]
    assert rows[0]["shipped_at"].isoformat() == "2023-12-31T14:30:00+00:00"
    assert [r["paid"] for r in rows] == [True, False, True, None, False]


# JSON: nested objects flattened into dotted columns.

RECORDS = [
    {"id": 1, "user": {"name": "Ann", "address": {"city": "Oslo", "zip": "0150"}, "tags": ["a", {"b": 1}]}, "total": 12.5, "ok": True},
    {"id": 2, "user": {"address": {"city": "Lyon"}, "age": 40}, "ok": False, "price": "$1,200.50"},
    {"id": 3, "user": None, "total": 3},
    {"id": 4, "user": {"name": None, "address": {}}, "deep": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {"i": 1}}}}}}}}}},
    {"id": 5, "deep": {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": 2}}}}}}}}, "price": "$7"},
]


def check_flattened(client, upload, filename):
    frame = pd.json_normalize(RECORDS, max_level=8)
    types, cells = stored(client, upload, filename)
    # The same columns; ours in the order the keys first appear in the file (pandas moves a
    # record's flattened keys after its plain ones).
    assert set(types) == set(frame.columns)
    assert types == {"id": "integer", "user.name": "string", "user.address.city": "string", "user.address.zip": "string",
                     "user.tags": "string", "total": "float", "ok": "boolean", "user.age": "integer", "price": "float", "user": "string",
                     "deep.a.b.c.d.e.f.g.h": "string"}
    for name, type_ in types.items():
        column = frame[name]
        if name in ("user.tags", "deep.a.b.c.d.e.f.g.h"):
            # Arrays, and objects past the 8th level, are kept as JSON text.
            for (storage, value), want in zip(cells[name], column):
                if isinstance(want, (list, dict)):
                    assert storage == "text" and json.loads(value) == want, (name, value, want)
                elif is_missing(want):
                    assert value is None, (name, value)
                else:
                    assert value == str(want), (name, value, want)
            continue
        if name == "price":
            column = column.map(lambda v: v if is_missing(v) else unit_number(v))
        check_column(name, type_, cells[name], column)


def test_nested_json_flattened_as_json_normalize(client):
    up = client.upload({"people.json": json.dumps(RECORDS).encode()})
    check_flattened(client, up, "people.json")
    preview = client.get(f"/uploads/{up['upload_id']}/files/people.json/preview").json()
    assert preview["data"][0]["user.address.city"] == "Oslo" and preview["data"][1]["price"] == 1200.5


def test_nested_ndjson_flattened_as_json_normalize(client):
    data = "\n".join(json.dumps(r) for r in RECORDS).encode() + b"\n"
    up = client.upload({"people.ndjson": data})
    check_flattened(client, up, "people.ndjson")


def test_flattened_name_clashes_use_the_column_namer(client):
    # pandas would merge `a.b` and `a` → `b` into one column; two columns keep both values.
    up = client.upload({"clash.json": b'[{"a.b": 1, "a": {"b": 2, "B": 3}}, {"A": {"b": 4}}]'})
    types, cells = stored(client, up, "clash.json")
    assert list(types) == ["a.b", "a.b_2", "a.B_3", "A.b_4"]
    assert [[v for _, v in cells[c]] for c in types] == [[1, None], [2, None], [3, None], [None, 4]]
    conn = sqlite3.connect(data_database(up["upload_id"]))
    assert [r[1] for r in conn.execute("PRAGMA table_info(clash)")] == ["a.b", "a.b_2", "a.B_3", "A.b_4"]


def test_nul_characters_are_kept_in_data_and_refused_in_requests(client):
    """A NUL (JSON's \\u0000) inside a value is data: the preview and queries give it back whole,
    not cut at the NUL. In a request's own strings (names, queries) it is refused with 422 naming
    the field: PostgreSQL cannot store it, and a catalog must not keep half of what was asked."""
    up = client.upload({"nul.json": b'[{"name": "a\\u0000b", "n": 1}, {"name": "plain", "n": 2}]'})
    preview = client.get(f"/uploads/{up['upload_id']}/files/nul.json/preview").json()
    assert [row["name"] for row in preview["data"]] == ["a\x00b", "plain"]
    session = client.session_for(up["upload_id"])
    r = client.sql(session, "SELECT name, length(CAST(name AS BLOB)) FROM nul WHERE n = 1")
    assert r.status_code == 200 and r.json()["rows"] == [["a\x00b", 3]], r.text

    r = client.post("/data/upload", {"name": "half\x00hidden", "files": [
        {"filename": "a.csv", "content_type": "text/csv", "size_bytes": 4}]})
    assert r.status_code == 422 and r.json()["error"]["param"] == "name", r.text
    r = client.sql(session, "SELECT 1 -- \x00 DROP")
    assert r.status_code == 422 and r.json()["error"]["param"] == "query", r.text
