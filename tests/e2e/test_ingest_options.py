"""The per-file fields of an upload request that override what ingest would detect."""
import pytest

from conftest import assert_error


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
