"""A client generated from /openapi.json works: openapi-python-client writes a Python package
from the served document (warnings fail the generation), and the README walk-through runs
through it, typed models in and out: create an upload, PUT the file, confirm, details,
preview, an SQL query, an export and its download, and an error as the Error model."""
import importlib
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import BASE_URL, Client, create_token, PUT_OK
from test_queries import CUSTOMERS


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """The generated package, imported."""
    root = tmp_path_factory.mktemp("generated-client")
    doc = Client().get("/openapi.json")
    assert doc.status_code == 200
    (root / "openapi.json").write_bytes(doc.content)
    # No post-hooks: they would run ruff, which formats and is not needed to import.
    # openapi-python-client reads JSON bodies and application/octet-stream; chart images and
    # exported CSV and Parquet files are bytes to it as well.
    (root / "config.yml").write_text("package_name_override: plexe_data_client\nproject_name_override: plexe-data-client\npost_hooks: []\n"
                                     "content_type_overrides:\n  image/png: application/octet-stream\n  image/svg+xml: application/octet-stream\n"
                                     "  text/csv: application/octet-stream\n  application/vnd.apache.parquet: application/octet-stream\n")
    tool = shutil.which("openapi-python-client") or os.path.join(os.path.dirname(sys.executable), "openapi-python-client")
    out = subprocess.run([tool, "generate", "--path", str(root / "openapi.json"), "--config", str(root / "config.yml"),
                          "--meta", "none", "--output-path", str(root / "plexe_data_client"), "--fail-on-warning", "--overwrite"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("plexe_data_client")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "plexe_data_client" or m.startswith("plexe_data_client.")]:
            del sys.modules[name]


def api(package, tag, operation):
    return importlib.import_module(f"plexe_data_client.api.{tag}.{operation}")


def test_the_readme_walk_through_runs_through_a_generated_client(generated):
    models = importlib.import_module("plexe_data_client.models")
    token = create_token()
    client = generated.AuthenticatedClient(base_url=BASE_URL, token=token, verify_ssl=False, raise_on_unexpected_status=True)

    # 1. Create an upload: one presigned URL per file.
    body = models.CreateUploadRequest(name="Customer Dataset", files=[
        models.CreateUploadRequestFilesItem(filename="customers.csv", content_type=models.CreateUploadRequestFilesItemContentType("text/csv"),
                                            size_bytes=len(CUSTOMERS.encode()))])
    r = api(generated, "uploads", "create_upload").sync_detailed(client=client, body=body)
    assert r.status_code == 201
    created = r.parsed
    assert isinstance(created, models.CreateUploadResponse) and created.name == "Customer Dataset"
    upload_id = created.upload_id
    file = created.files[0]

    # 2. PUT the bytes to the presigned URL, with no token (the signature is the permission).
    put = Client().put_file(file.presigned_url, CUSTOMERS.encode())
    assert put.status_code in PUT_OK, put.text

    # 3. Confirm, then poll the details until complete.
    confirm = models.ConfirmUploadRequest(status=models.ConfirmUploadRequestStatus.COMPLETE, files=[
        models.ConfirmUploadRequestFilesItem(filename=file.filename, s3_key=file.s3_key)])
    confirmed = api(generated, "uploads", "confirm_upload").sync(upload_id=upload_id, client=client, body=confirm)
    assert isinstance(confirmed, models.ConfirmUploadResponse) and confirmed.status.value == "processing"
    deadline = time.time() + 60
    while True:
        details = api(generated, "uploads", "get_upload").sync(upload_id=upload_id, client=client)
        assert isinstance(details, models.UploadDetails)
        if details.status.value in ("complete", "failed") or time.time() > deadline:
            break
        time.sleep(0.1)
    assert details.status.value == "complete"
    info = details.files[0]
    assert info.rows == 4 and info.table_name == "customers"
    assert [(c.name, c.type_.value) for c in info.column_info] == [
        ("customer_id", "string"), ("name", "string"), ("age", "integer"), ("lifetime_value", "float"),
        ("churn", "boolean"), ("signup_date", "date"), ("country", "string")]
    # Timestamps come back as datetimes, as format: date-time promises.
    assert details.created_at.tzinfo is not None

    # 4. Preview rows: CSV fields exactly as written.
    preview = api(generated, "uploads", "preview_file").sync(upload_id=upload_id, filename="customers.csv", client=client, limit=2, offset=1)
    assert isinstance(preview, models.FilePreview)
    assert preview.total_rows == 4 and preview.returned_rows == 2 and preview.data == [
        ["C2", "Bob", "", "200.25", "true", "2023-02-01", "CA"], ["C3", "Cy", "45", "300", "false", "2024-03-20", "US"]]

    # 5. A session and an SQL query; the result's values are typed.
    session = api(generated, "query", "create_session").sync(client=client, body=models.CreateSessionRequest(upload_id=upload_id))
    assert isinstance(session, models.Session) and [t.table for t in session.tables] == ["customers"]
    query = models.QueryRequest(session_id=session.session_id, query_type=models.QueryRequestQueryType.SQL,
                                query="SELECT country, COUNT(*) AS n, SUM(lifetime_value) AS total FROM customers GROUP BY country ORDER BY country")
    result = api(generated, "query", "run_query").sync(client=client, body=query)
    assert isinstance(result, models.QueryResult)
    assert result.columns == ["country", "n", "total"]
    assert result.rows == [["CA", 1, 200.25], ["UK", 1, 50.75], ["US", 2, 400.5]] and result.row_count == 3
    # A misspelt table: the Error model, with the closest name.
    refused = api(generated, "query", "run_query").sync_detailed(client=client, body=models.QueryRequest(
        session_id=session.session_id, query_type=models.QueryRequestQueryType.SQL, query="SELECT * FROM customer"))
    assert refused.status_code == 422 and isinstance(refused.parsed, models.Error)
    assert refused.parsed.error.code.value == "validation_failed" and "did you mean `customers`?" in refused.parsed.error.message

    # 6. Export as Parquet; download through the operation (with the token) and the signed URL.
    started = api(generated, "export", "start_export").sync(client=client, body=models.ExportRequest(
        upload_id=upload_id, format_=models.ExportFormat.PARQUET))
    assert isinstance(started, models.ExportStarted)
    export_id = started.export_id
    deadline = time.time() + 60
    while True:
        job = api(generated, "jobs", "get_job").sync(job_id=export_id, client=client)
        assert isinstance(job, models.Job)
        if job.status.value in ("completed", "failed") or time.time() > deadline:
            break
        time.sleep(0.1)
    assert job.status.value == "completed"
    status = api(generated, "export", "get_export").sync(export_id=export_id, client=client)
    assert isinstance(status, models.ExportStatus) and status.files[0].filename == "customers.parquet"
    download = api(generated, "export", "download_export_file").sync_detailed(export_id=export_id, filename="customers.parquet", client=client)
    if download.status_code == 302:  # PLEXE_STORE=s3: the store serves it (documented as the 302)
        content = Client().session.get(download.headers["location"]).content
    else:
        assert download.status_code == 200
        content = download.content
    assert content[:4] == b"PAR1"
    assert Client().session.get(status.files[0].download_url).content == content

    # An unknown upload: 404 as the Error model, with the code as the enum.
    missing = api(generated, "uploads", "get_upload").sync_detailed(upload_id="upload_000000000000", client=client)
    assert missing.status_code == 404 and missing.parsed.error.code == models.ErrorErrorCode.NOT_FOUND
