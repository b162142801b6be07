"""Analysis jobs, the Jobs API and charts, checked against independent computations."""
import csv
import io
import math
import os
import random
import statistics
import struct
import subprocess
import time
import xml.etree.ElementTree as ET
import zlib

import pytest

from conftest import REPO, Client, assert_error, responder, wait_healthy


def make_dataset(n=2000, seed=7):
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        age = rnd.randint(18, 85) if rnd.random() > 0.05 else None
        purchases = rnd.randint(0, 50)
        ltv = round(purchases * 20 + rnd.gauss(0, 30) + (5000 if i == 17 else 0), 2)
        churn = rnd.random() < (0.5 if purchases < 5 else 0.08)
        last = None if (churn and rnd.random() < 0.6) else f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        rows.append({"id": f"C{i:05d}", "age": age, "purchases": purchases, "ltv": ltv, "churn": churn, "last_purchase": last,
                     "country": rnd.choice(["US"] * 5 + ["CA", "UK", "DE"]), "constant": "x"})
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(rows[0].keys())
    for r in rows:
        w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in r.values()])
    return rows, out.getvalue().encode()


@pytest.fixture(scope="module")
def analysed():
    client = Client(__import__("conftest").create_token())
    rows, content = make_dataset()
    up = client.upload({"people.csv": content})
    r = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "comprehensive"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status"] == "pending" and job["job_id"].startswith("job_") and job["estimated_completion"].endswith("Z")
    done = client.wait_job(job["job_id"])
    assert done["status"] == "completed", done
    result = client.get(f"/data/analysis/{job['job_id']}").json()
    return client, rows, up, job["job_id"], result


def test_basic_stats_equal_an_independent_computation(analysed):
    client, rows, up, job_id, result = analysed
    assert result["status"] == "completed" and result["upload_id"] == up["upload_id"]
    f = result["files"][0]
    stats = f["stats"]
    assert stats["rows"] == len(rows) and stats["columns"] == 8
    assert stats["column_types"] == {"id": "string", "age": "integer", "purchases": "integer", "ltv": "float", "churn": "boolean",
                                     "last_purchase": "date", "country": "string", "constant": "string"}
    ages = [r["age"] for r in rows if r["age"] is not None]
    missing_last = sum(1 for r in rows if r["last_purchase"] is None)
    assert stats["missing_values"] == {"age": len(rows) - len(ages), "last_purchase": missing_last}
    for col in ["age", "purchases", "ltv"]:
        values = [r[col] for r in rows if r[col] is not None]
        s = stats["summary"][col]
        assert s["min"] == min(values) and s["max"] == max(values)
        # Statistics are sent at full double precision: equal to Python's up to the last bits
        # of floating-point summation order.
        assert math.isclose(s["mean"], statistics.fmean(values), rel_tol=1e-12)
        assert math.isclose(s["median"], statistics.median(values), rel_tol=1e-12)
        assert math.isclose(s["std"], statistics.stdev(values), rel_tol=1e-12)
        q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
        assert math.isclose(s["q1"], q1, rel_tol=1e-12) and math.isclose(s["q3"], q3, rel_tol=1e-12)
    countries = {}
    for r in rows:
        countries[r["country"]] = countries.get(r["country"], 0) + 1
    assert stats["categorical_counts"]["country"] == countries
    churned = sum(r["churn"] for r in rows)
    assert stats["categorical_counts"]["churn"] == {"true": churned, "false": len(rows) - churned}


def test_correlations_are_pearson(analysed):
    client, rows, up, job_id, result = analysed
    corr = {(c["feature1"], c["feature2"]): c["correlation"] for c in result["files"][0]["correlations"]}
    pairs = [(r["purchases"], r["ltv"]) for r in rows]
    expected = statistics.correlation([p[0] for p in pairs], [p[1] for p in pairs])
    got = corr.get(("purchases", "ltv"), corr.get(("ltv", "purchases")))
    assert got is not None and math.isclose(got, expected, rel_tol=1e-9)
    keys = [frozenset(k) for k in corr]
    assert len(keys) == len(set(keys)), "a pair is listed twice"
    strengths = [abs(c["correlation"]) for c in result["files"][0]["correlations"]]
    assert strengths == sorted(strengths, reverse=True)


def test_insights_and_recommendations(analysed):
    client, rows, up, job_id, result = analysed
    f = result["files"][0]
    types = {i["type"] for i in f["insights"]}
    assert {"missing_data", "outliers", "constant", "unique"} <= types, types
    for i in f["insights"]:
        assert i["severity"] in ("low", "medium", "high") and i["message"]
    assert any(i["type"] == "missing_data" and "last_purchase" in i["message"] and "churn" in i["message"] for i in f["insights"])
    assert result["recommendations"], result
    for r in result["recommendations"]:
        assert r["importance"] in ("low", "medium", "high") and r["message"]
    assert any("last_purchase" in r["message"] for r in result["recommendations"])


def test_charts_answer_json_svg_and_png(analysed):
    client, rows, up, job_id, result = analysed
    vis = result["files"][0]["visualizations"]
    assert vis, "comprehensive analysis makes charts"
    types = {v["type"] for v in vis}
    assert "histogram" in types and "bar_chart" in types
    for v in vis[:4]:
        j = client.get(v["data_url"]).json()
        assert j["visualization_type"] == v["type"] and j["title"] == v["title"]
        assert len(j["data"]["labels"]) == len(j["data"]["datasets"][0]["data"])
        svg = client.get(v["data_url"] + "?format=svg")
        assert svg.status_code == 200 and svg.headers["Content-Type"].startswith("image/svg+xml")
        root = ET.fromstring(svg.content)
        assert root.tag.endswith("svg")
        png = client.get(v["thumbnail_url"])
        assert png.status_code == 200 and png.headers["Content-Type"] == "image/png"
        check_png(png.content)
    anon = Client()
    assert_error(anon.get(vis[0]["data_url"]), 401, "unauthorized")


def check_png(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        assert zlib.crc32(kind + chunk) == crc
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        if kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert width and len(raw) >= height * (width * 3 + 1)


def test_basic_analysis_has_no_comprehensive_parts(client):
    _, content = make_dataset(200)
    up = client.upload({"p.csv": content})
    job = client.post("/data/analyze", {"upload_id": up["upload_id"]}).json()
    client.wait_job(job["job_id"])
    f = client.get(f"/data/analysis/{job['job_id']}").json()["files"][0]
    assert "stats" in f and not f.get("correlations") and not f.get("visualizations") and not f.get("insights")


def test_analysis_validation_and_isolation(client, other_client):
    _, content = make_dataset(100)
    up = client.upload({"p.csv": content})
    uid = up["upload_id"]
    assert_error(client.post("/data/analyze", {}), 422, "validation_failed", "upload_id")
    assert_error(client.post("/data/analyze", {"upload_id": uid, "analysis_type": "deep"}), 422, "validation_failed", "analysis_type")
    assert_error(client.post("/data/analyze", {"upload_id": uid, "files": ["nope.csv"]}), 422, "validation_failed", "files[0]")
    assert_error(other_client.post("/data/analyze", {"upload_id": uid}), 404, "not_found")
    job = client.post("/data/analyze", {"upload_id": uid, "files": ["p.csv"]}).json()
    assert_error(other_client.get(f"/jobs/{job['job_id']}"), 404, "not_found")
    assert_error(other_client.get(f"/data/analysis/{job['job_id']}"), 404, "not_found")
    assert_error(client.get("/jobs/job_doesnotexist"), 404, "not_found")
    j = client.wait_job(job["job_id"])
    assert j["type"] == "analysis" and j["progress"] == 1 and j["completed_at"].endswith("Z") and j["error"] is None


def test_job_survives_a_restart(client, tmp_path):
    subprocess.run(["python3", os.path.join(REPO, "..", "shared", "data", "gen_dataset.py"), "--rows", "200000", "--out", str(tmp_path)],
                   check=True, capture_output=True)
    up = client.upload({"customers.csv": (tmp_path / "customers.csv").read_bytes()})
    job = client.post("/data/analyze", {"upload_id": up["upload_id"], "analysis_type": "comprehensive"}).json()
    time.sleep(0.05)
    responder("kill9")
    responder("start")
    wait_healthy()
    done = client.wait_job(job["job_id"])
    assert done["status"] == "completed", done
    res = client.get(f"/data/analysis/{job['job_id']}").json()
    assert res["files"][0]["stats"]["rows"] == 200000
