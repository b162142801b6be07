"""Schemathesis against our own OpenAPI document, with every check it has: generated requests
(valid and not) to every route must never produce a 5xx, and every answer must be one the
document describes — its status, content type, headers and body schema — while invalid
input is refused, valid input accepted, methods not listed answer 405 with Allow, and
routes that need a token refuse to work without one. It found a crash on an empty
content_type once, and the mismatches listed in the commit history since.

The user owns a complete upload (bound to a model, so that the generated DELETE answers 409
and the data stays for the other operations), a session, a finished analysis with charts
and a finished export, and their ids fill the path parameters: the requests reach the
handlers' logic rather than stopping at 404."""
import os
import shutil
import subprocess
import sys

from conftest import BASE_URL, Client, create_token
from test_queries import CUSTOMERS


def seeded_parameters(client):
    upload = client.upload({"customers.csv": CUSTOMERS.encode()})
    upload_id = upload["upload_id"]
    assert client.post("/models", {"model_name": "keeps the upload", "upload_id": upload_id}).status_code == 201
    session_id = client.session_for(upload_id)
    job = client.post("/data/analyze", {"upload_id": upload_id, "analysis_type": "comprehensive"}).json()["job_id"]
    client.wait_job(job)
    report = client.get(f"/data/analysis/{job}").json()
    viz_id = report["files"][0]["visualizations"][0]["data_url"].rstrip("/").split("/")[-1]
    export_id = client.post("/data/export", {"upload_id": upload_id, "format": "csv"}).json()["export_id"]
    client.wait_job(export_id)
    return {"upload_id": upload_id, "filename": "customers.csv", "session_id": session_id, "job_id": job,
            "viz_id": viz_id, "export_id": export_id}


def test_generated_requests_get_answers_the_document_describes(tmp_path):
    token = create_token()
    parameters = seeded_parameters(Client(token))
    base = open(os.path.join(os.path.dirname(__file__), "schemathesis.toml")).read()
    config = tmp_path / "schemathesis.toml"
    # Top-level settings must come before the [[operations]] tables of the base file.
    config.write_text("[parameters]\n" + "".join(f'"path.{k}" = "{v}"\n' for k, v in parameters.items()) + "\n" + base)
    # `st` sits beside the interpreter that pip installed schemathesis for.
    st = shutil.which("st") or os.path.join(os.path.dirname(sys.executable), "st")
    out = subprocess.run([st, "--config-file", str(config), "run", BASE_URL + "/openapi.json", "--url", BASE_URL, "--tls-verify", "false",
                          "-H", f"Authorization: Bearer {token}", "--checks", "all",
                          "--max-examples", "10", "--seed", "1", "--no-color"],
                         capture_output=True, text=True, timeout=900, env=dict(os.environ, SCHEMATHESIS_HOOKS=""))
    # The failures come first, the warnings and summary after them.
    failures = out.stdout.split("=== FAILURES ===")[-1]
    assert out.returncode == 0, failures[:12000] + out.stderr[-2000:]
    # The configuration, with the seeded ids, was read (schemathesis names the file it used).
    assert "Configuration:" in out.stdout
