"""Real-world CSV files (issue 18, items 1-3): other encodings, other dialects, preambles,
footnotes, multi-row headers, no header, ragged rows. Each hand-made file is uploaded and read
back through the preview (every cell, as text) and SQL (the text columns), and compared cell by
cell with what Python's csv module or pandas reads from the same bytes with the right
parameters."""
import csv
import io
import os

import pandas as pd
import pytest

from conftest import HOME, assert_error, read_stored, stored_keys


def pandas_cells(data, **kwargs):
    """Column names and rows as pandas reads them, every cell as text, nothing taken for NA."""
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, **kwargs)
    return [str(c) for c in frame.columns], frame.values.tolist()


def preview_rows(client, upload_id, name, total):
    rows = []
    while len(rows) < total:
        page = client.get(f"/uploads/{upload_id}/files/{name}/preview?limit=100&offset={len(rows)}").json()
        assert page["returned_rows"] > 0, page
        rows += page["data"]
    return rows


def sql_text_columns(client, upload_id, file_info):
    """The string columns of the file's table through SQL, in row order."""
    names = [c["name"] for c in file_info["column_info"] if c["type"] == "string"]
    session = client.session_for(upload_id)
    quoted = ", ".join('"' + n.replace('"', '""') + '"' for n in names)
    r = client.sql(session, f'SELECT {quoted} FROM "{file_info["table_name"]}" ORDER BY rowid', max_results=10000)
    assert r.status_code == 200, r.text
    return names, r.json()["rows"]


def check_upload(client, name, data, columns, rows):
    """Uploads `data` and checks that names, every previewed cell and the SQL text cells match."""
    up = client.upload({name: data})
    assert up["status"] == "complete", up
    info = up["files"][0]
    assert [c["name"] for c in info["column_info"]] == columns
    assert info["rows"] == len(rows)
    assert preview_rows(client, up["upload_id"], name, len(rows)) == rows
    text_columns, sql_rows = sql_text_columns(client, up["upload_id"], info)
    if text_columns:
        indexes = [columns.index(n) for n in text_columns]
        # SQL has NULL where the file has an empty field.
        assert sql_rows == [[row[i] if row[i] != "" else None for i in indexes] for row in rows]
    return up


# Encodings ---------------------------------------------------------------------------------

GERMAN = ("Artikel;Menge;Preis;Bemerkung\r\n"
          "Käse;2;1,50;„gut“ – sehr\r\n"
          "Öl;1;12,99;\"enthält ; Semikolon\"\r\n"
          "Brötchen;10;0,35;€ und ‰\r\n"
          "Straße;3;1.234,56;\"Zeile\r\nzwei\"\r\n")


def test_windows_1252_semicolons_decimal_commas_as_german_excel_writes(client):
    data = GERMAN.encode("cp1252")
    columns, rows = pandas_cells(data, sep=";", encoding="cp1252")
    assert rows[0] == ["Käse", "2", "1,50", "„gut“ – sehr"]
    check_upload(client, "preise.csv", data, columns, rows)


def test_utf16_tab_separated_with_bom_as_excel_unicode_text(client):
    text = ("name\tcity\tnote\r\n"
            "Zoë\tŁódź\t\"with\ttab\"\r\n"
            "王伟\t北京\t😀 emoji\r\n"
            "Ann\tSão Paulo\t\"say \"\"hi\"\"\"\r\n")
    data = text.encode("utf-16")  # BOM + little-endian, as Excel writes it
    assert data[:2] == b"\xff\xfe"
    columns, rows = pandas_cells(data, sep="\t", encoding="utf-16")
    check_upload(client, "unicode.txt", data, columns, rows)


def test_utf16_big_endian_and_utf32(client):
    text = "id,word\n1,naïve\n2,𝄞 clef\n"
    for encoding, name in [("utf-16-be", "be.csv"), ("utf-32", "u32.csv")]:
        data = (b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.encode(encoding)
        columns, rows = pandas_cells(data, encoding="utf-16" if encoding == "utf-16-be" else encoding)
        check_upload(client, name, data, columns, rows)


def test_utf8_with_bom(client):
    data = "\ufeffid,name\n1,Zoë\n2,Łukasz\n".encode("utf-8")
    columns, rows = pandas_cells(data, encoding="utf-8-sig")
    assert columns == ["id", "name"]
    check_upload(client, "bom.csv", data, columns, rows)


def test_latin1_when_windows_1252_does_not_fit(client):
    data = b"a,b\n\x81x,caf\xe9\n"
    columns, rows = pandas_cells(data, encoding="latin-1")
    check_upload(client, "latin.csv", data, columns, rows)


def test_a_file_no_encoding_fits_fails_with_its_line(client):
    up = client.upload({"binary.csv": b"a,b\n1,2\n\xff\x00\x01\x02\n"})
    assert up["status"] == "failed", up
    assert up["files"][0]["error"]["line"] == 3
    assert "not text" in up["files"][0]["error"]["message"]
    bad_utf16 = "a,b\n1,".encode("utf-16") + b"\x00\xd8x\x00\n\x00"
    up = client.upload({"surrogate.csv": bad_utf16})
    assert up["status"] == "failed", up
    assert up["files"][0]["error"] == {"line": 2, "message": "invalid utf-16le: an unpaired surrogate"}


# Dialects ----------------------------------------------------------------------------------

def test_carriage_return_line_endings(client):
    data = b"id,name,score\r1,Ann,2.5\r2,\"multi\rline\",3.5\r3,Bob,4\r"
    columns, rows = pandas_cells(data, lineterminator="\r")
    assert len(rows) == 3
    check_upload(client, "mac.csv", data, columns, rows)


def test_single_quotes(client):
    data = b"id,name,note\n1,'Doe, John',plain\n2,Ann's,'it''s'\n3,'two\nlines',x\n"
    columns, rows = pandas_cells(data, quotechar="'")
    assert rows[0][1] == "Doe, John"
    check_upload(client, "single.csv", data, columns, rows)


def test_backslash_escapes(client):
    data = b'id,text\n1,"say \\"hi\\", ok"\n2,"back\\\\slash"\n3,plain\n'
    reader = list(csv.reader(io.StringIO(data.decode()), escapechar="\\"))
    assert reader[1] == ["1", 'say "hi", ok']
    check_upload(client, "escaped.csv", data, reader[0], reader[1:])


@pytest.mark.parametrize("delimiter", [" ", "~", "#", "^"])
def test_space_and_other_printable_delimiters(client, delimiter):
    lines = [delimiter.join(["id", "name", "score"])]
    for i in range(1, 30):
        name = f'"n {i}"' if delimiter == " " else f"n {i}"
        lines.append(delimiter.join([str(i), name, f"{i}.5"]))
    data = ("\n".join(lines) + "\n").encode()
    columns, rows = pandas_cells(data, sep=delimiter)
    assert rows[0] == ["1", "n 1", "1.5"]
    check_upload(client, "other.csv", data, columns, rows)


def test_spaces_after_delimiters(client):
    data = b'id, name, note\n1, "Doe, John", x\n2, Ann, "a, b"\n3, Bob, y\n'
    columns, rows = pandas_cells(data, skipinitialspace=True)
    check_upload(client, "spaced.csv", data, columns, rows)


# Layout ------------------------------------------------------------------------------------

def test_preamble_is_set_apart(client):
    data = b"Quarterly sales report\nExported 2024-01-05 by admin\n\nregion,units,price\nnorth,3,1.5\nsouth,4,2.5\neast,5,3.5\n"
    columns, rows = pandas_cells(data, skiprows=3)
    assert columns == ["region", "units", "price"]
    check_upload(client, "preamble.csv", data, columns, rows)


def test_padded_preamble_as_spreadsheets_export_it(client):
    data = b"PREAMBLE,,,\n,,,\nDATE,TIME,Qty,Price\n28/01/2018,00:00,2,$74.69\n29/01/2018,00:15,0,$29.81\n30/01/2018,00:30,1,$80.08\n"
    columns, rows = pandas_cells(data, skiprows=2)
    check_upload(client, "padded.csv", data, columns, rows)


def test_footnotes_are_set_apart(client):
    data = b"country,year,value\nFrance,2020,1.5\nSpain,2021,2.5\nItaly,2022,3.5\n\nSource: a survey of everything\n* provisional,,\n"
    columns, rows = pandas_cells(data, skipfooter=2, engine="python")
    assert len(rows) == 3
    check_upload(client, "footnotes.csv", data, columns, rows)


def test_multi_row_header_is_joined(client):
    data = (b"DATE,TIME,Qty,Price\nday,hour,units,\n28/01/2018,00:00,2,74.69\n29/01/2018,00:15,0,29.81\n"
            b"30/01/2018,00:30,1,80.08\n31/01/2018,00:45,1,25.55\n")
    frame = pd.read_csv(io.BytesIO(data), header=[0, 1], dtype=str, keep_default_na=False)
    columns = [" ".join(part for part in column if not part.startswith("Unnamed")) for column in frame.columns]
    assert columns == ["DATE day", "TIME hour", "Qty units", "Price"]
    check_upload(client, "multi.csv", data, columns, frame.values.tolist())


def test_no_header(client):
    data = b"28/01/2018,00:00,2,MG-8769,$74.69\n29/01/2018,00:15,0,RI-3895,$29.81\n30/01/2018,00:30,1,RI-8070,$80.08\n"
    frame = pd.read_csv(io.BytesIO(data), header=None, dtype=str, keep_default_na=False)
    columns = [f"column_{i + 1}" for i in frame.columns]
    up = check_upload(client, "noheader.csv", data, columns, frame.values.tolist())
    assert up["files"][0]["rows"] == 3


# Ragged rows -------------------------------------------------------------------------------

def test_ragged_rows_are_padded_or_reported_and_the_upload_completes(client):
    data = b"a,b,c\n1,x,3\n4,y\n6\n7,z,9,,\n10,w,12,13\n14,v,16\n"
    parsed = list(csv.reader(io.StringIO(data.decode())))
    header, body = parsed[0], parsed[1:]
    width = len(header)
    expected = []
    for row in body:
        if len(row) <= width:
            expected.append(row + [""] * (width - len(row)))  # padded with NULLs
        elif all(v == "" for v in row[width:]):
            expected.append(row[:width])  # extra empty fields dropped
        # else: extra non-empty fields, the row is left out (reported)
    assert len(expected) == 5
    check_upload(client, "ragged.csv", data, header, expected)


def test_a_ragged_row_deep_in_a_large_file_does_not_fail_it(client):
    good = "".join(f"{i},name {i},{i}.5\n" for i in range(30_000))
    data = ("a,b,c\n" + good + "late,row\n" + good).encode()
    up = client.upload({"late.csv": data})
    assert up["status"] == "complete", up
    assert up["files"][0]["rows"] == 60_001
    page = client.get(f"/uploads/{up['upload_id']}/files/late.csv/preview?offset=29999&limit=3").json()
    assert page["data"] == [["29999", "name 29999", "29999.5"], ["late", "row", ""], ["0", "name 0", "0.5"]]


def test_a_stray_quote_is_read_as_a_character(client):
    data = b'id,code,price,name\n1,A-1,5.00,"Pillow, red"\n2,"B-2,6.00,"Boots, 10"""\n3,C-3,7.00,plain\n'
    up = client.upload({"stray.csv": data})
    assert up["status"] == "complete", up
    assert preview_rows(client, up["upload_id"], "stray.csv", 3) == [
        ["1", "A-1", "5.00", "Pillow, red"], ["2", '"B-2', "6.00", 'Boots, 10"'], ["3", "C-3", "7.00", "plain"]]


def test_an_unterminated_quote_still_fails_with_its_line(client):
    for name, data in [("plain.csv", b"a,b\n1,2\n3,\"open\n4,5\n"),
                       ("cp1252.csv", "a;b\nä;1\nö;\"open\n5;6\n".encode("cp1252"))]:
        up = client.upload({name: data})
        assert up["status"] == "failed", up
        assert up["files"][0]["error"] == {"line": 3, "message": "unterminated quoted field"}
        assert_error(client.get(f"/uploads/{up['upload_id']}/files/{name}/preview"), 422, "validation_failed")


# Storage -----------------------------------------------------------------------------------

def test_the_normalized_copy_lives_with_the_upload_and_goes_with_it(client):
    up = client.upload({"preise.csv": GERMAN.encode("cp1252")})
    copies = [k for k in stored_keys(f"uploads/{up['upload_id']}/") if k.endswith(".normalized.csv")]
    assert len(copies) == 1
    assert read_stored(copies[0]).decode("utf-8").startswith("Artikel;Menge;Preis;Bemerkung\r\nKäse;")
    assert client.delete(f"/uploads/{up['upload_id']}").status_code == 200
    assert stored_keys(f"uploads/{up['upload_id']}/") == []
