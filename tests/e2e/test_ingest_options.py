"""The per-file fields of an upload request that override what ingest would detect."""
import pytest

from conftest import assert_error, PUT_OK


def spec(**extra):
    return {"filename": "a.csv", "content_type": "text/csv", **extra}


@pytest.mark.parametrize("field,value", [
    ("encoding", "ebcdic"), ("encoding", 5), ("delimiter", ""), ("delimiter", ";;"), ("delimiter", "\n"),
    ("quote", "ab"), ("escape", "\u0000"), ("header", "yes"), ("skip_rows", -1), ("skip_rows", 1001), ("strict", 1),
])
def test_a_bad_override_is_422_naming_the_field(client, field, value):
    assert_error(client.post("/data/upload", {"files": [spec(**{field: value})]}), 422, "validation_failed", f"files[0].{field}")


def test_quote_and_delimiter_must_differ(client):
    assert_error(client.post("/data/upload", {"files": [spec(delimiter=";", quote=";")]}), 422, "validation_failed", "files[0].quote")


def test_good_overrides_are_accepted_and_a_clean_file_reports_how_it_was_read(client):
    r = client.post("/data/upload", {"files": [spec(encoding="utf-8", delimiter=",", quote='"', header=True, skip_rows=0, strict=True)]})
    assert r.status_code == 201, r.text
    up = client.upload({"t.csv": b"a,b\n1,2\n"})
    f = up["files"][0]
    assert f["encoding"] == "utf-8"
    assert f["dialect"]["delimiter"] == ","
    assert f["warnings"] == []


def upload_with(client, name, body, **options):
    r = client.post("/data/upload", {"files": [{"filename": name, "content_type": "text/csv", **options}]})
    assert r.status_code == 201, r.text
    created = r.json()
    f = created["files"][0]
    assert client.put_file(f["presigned_url"], body).status_code in PUT_OK
    r = client.post(f"/uploads/{created['upload_id']}/status", {"status": "complete", "files": [{"filename": name, "s3_key": f["s3_key"]}]})
    assert r.status_code == 202, r.text
    return client.wait_upload(created["upload_id"])


def rows(client, up, table):
    session = client.session_for(up["upload_id"])
    r = client.sql(session, f'SELECT * FROM "{table}"', max_results=1000)
    assert r.status_code == 200, r.text
    return r.json()["columns"], r.json()["rows"]


RAGGED = b"a,b,c\n1,2,3\n4,5\n6,7,8\n"


def test_a_ragged_row_is_repaired_with_a_warning_unless_strict(client):
    repaired = upload_with(client, "r.csv", RAGGED)
    assert repaired["status"] == "complete", repaired
    warnings = repaired["files"][0]["warnings"]
    assert [(w["kind"], w["count"], w["first_lines"]) for w in warnings] == [("padded_rows", 1, [3])]
    assert rows(client, repaired, "r") == (["a", "b", "c"], [[1, 2, 3], [4, 5, None], [6, 7, 8]])
    strict = upload_with(client, "r.csv", RAGGED, strict=True)
    assert strict["status"] == "failed"
    assert strict["files"][0]["error"]["line"] == 3


def test_the_uploaders_word_wins_over_detection(client):
    # A `;` file read with the delimiter the uploader names: one column.
    up = upload_with(client, "d.csv", b"a;b\n1;2\n", delimiter=",")
    assert up["status"] == "complete", up
    assert rows(client, up, "d") == (["a;b"], [["1;2"]])
    assert up["files"][0]["dialect"]["delimiter"] == ","
    # No header: generated names, every line a row.
    up = upload_with(client, "h.csv", b"x,y\n3,4\n", header=False)
    assert rows(client, up, "h") == (["column_1", "column_2"], [["x", "y"], ["3", "4"]])
    # A preamble line skipped.
    up = upload_with(client, "s.csv", b"exported by a tool\nx,y\n1,2\n", skip_rows=1)
    assert rows(client, up, "s") == (["x", "y"], [[1, 2]])
    # The encoding named: Latin-1 bytes.
    up = upload_with(client, "e.csv", "name\ncafé\n".encode("latin-1"), encoding="latin-1")
    assert up["files"][0]["encoding"] == "latin-1"
    assert rows(client, up, "e") == (["name"], [["café"]])
