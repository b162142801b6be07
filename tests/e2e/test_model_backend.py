"""English questions answered by an OpenAI-compatible language model (PLEXE_NL_ENGINE=model
and auto), against a scripted model server started here on loopback.

The script is keyed by the question: each entry lists what the server does on each call for
that question (reply with content, an HTTP status, garbage, silence past the timeout, or wait
for the test). The server keeps every request, so the tests check what was sent: the model
name, the schema in the system message, temperature 0, the bearer key. Each engine mode is a
second stack of its own (the settings apply to a whole stack)."""
import json
import os
import re
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import SecondStack, assert_error

MODEL = "scripted-sql-7b"
KEY = "sk-test-" + os.urandom(8).hex()
TIMEOUT_MS = 3000
CONCURRENCY = 2

CUSTOMERS = (
    "customer_id,name,age,plan_type,country,churn\n"
    "C1,Ann,34,basic,US,false\nC2,Bob,,premium,CA,true\nC3,Cy,45,basic,US,false\nC4,Di,52,premium,UK,true\n"
)
TRANSACTIONS = (
    "transaction_id,customer_id,date,amount\n"
    "T1,C1,2024-01-05,10.5\nT2,C2,2024-01-20,20\nT3,C2,2024-02-03,5.25\nT4,C4,2024-03-15,40\n"
)


class ScriptedModel:
    """An OpenAI-compatible /v1/chat/completions that answers from `script`."""

    def __init__(self):
        self.script = {}
        self.calls = {}
        self.requests = []
        self.release = threading.Event()
        self.lock = threading.Lock()
        model = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                request = {"path": self.path, "headers": dict(self.headers), "body": json.loads(body)}
                question = request["body"]["messages"][1]["content"]
                with model.lock:
                    model.requests.append(request)
                    n = model.calls.get(question, 0)
                    model.calls[question] = n + 1
                steps = model.script.get(question, [("content", "I do not know that question.")])
                kind, value = steps[min(n, len(steps) - 1)]
                if kind == "wait":
                    model.release.wait(10)
                    kind, value = "content", value
                if kind == "sleep":
                    time.sleep(value)
                    kind, value = "content", "SELECT 1"
                if kind == "status":
                    self.reply(value, b'{"error": {"message": "the model crashed"}}')
                elif kind == "raw":
                    self.reply(200, value)
                else:
                    self.reply(200, json.dumps({
                        "id": "chatcmpl-1", "object": "chat.completion", "model": MODEL,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": value}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 321, "completion_tokens": 17, "total_tokens": 338},
                    }).encode())

            def reply(self, status, body):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the API gave up waiting (the timeout test)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def requests_for(self, question):
        with self.lock:
            return [r for r in self.requests if r["body"]["messages"][1]["content"] == question]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def model():
    m = ScriptedModel()
    yield m
    m.close()


@pytest.fixture(scope="module")
def key_file():
    # The responder runs as the service user (www-data under root): the key must be readable
    # by it, as an operator's would be.
    directory = tempfile.mkdtemp(prefix="plexe-model-key.")
    os.chmod(directory, 0o755)
    path = os.path.join(directory, "model.key")
    with open(path, "w") as f:
        f.write(KEY + "\n")
    os.chmod(path, 0o644)
    yield path
    os.remove(path)
    os.rmdir(directory)


def model_env(model, key_file, engine, **extra):
    return dict(PLEXE_NL_ENGINE=engine, PLEXE_NL_MODEL_URL=model.url, PLEXE_NL_MODEL_NAME=MODEL, PLEXE_NL_MODEL_KEY_FILE=key_file,
                PLEXE_NL_MODEL_TIMEOUT_MS=str(TIMEOUT_MS), PLEXE_NL_MODEL_CONCURRENCY=str(CONCURRENCY), **extra)


@pytest.fixture(scope="module")
def model_stack(model, key_file):
    with SecondStack(**model_env(model, key_file, "model")) as s:
        yield s


@pytest.fixture(scope="module")
def auto_stack(model, key_file):
    # Samples off here: only the schema leaves the machine.
    with SecondStack(**model_env(model, key_file, "auto", PLEXE_NL_MODEL_SEND_SAMPLES="0")) as s:
        yield s


def open_session(stack):
    c = stack.client()
    up = c.upload({"customers.csv": CUSTOMERS.encode(), "transactions.csv": TRANSACTIONS.encode()})
    assert up["status"] == "complete", up
    return c, c.session_for(up["upload_id"])


def ask(client, sid, question, **extra):
    return client.post("/data/query", {"session_id": sid, "query_type": "natural_language", "query": question, **extra})


def history(client, sid):
    r = client.get(f"/data/sessions/{sid}/queries")
    assert r.status_code == 200, r.text
    return r.json()["queries"]


LOGFMT = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S*)')


def log_lines(stack, msg, request_id, count=1, timeout=5):
    """The app.log lines of `msg` for a request (info lines are flushed every 200 ms)."""
    deadline = time.time() + timeout
    while True:
        found = []
        with open(os.path.join(stack.home, "logs", "app.log"), encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = {k: (json.loads(v) if v.startswith('"') else v) for k, v in LOGFMT.findall(line)}
                if fields.get("msg") == msg and fields.get("request_id") == request_id:
                    found.append(fields)
        if len(found) >= count or time.time() > deadline:
            return found
        time.sleep(0.1)


def model_calls(stack, response, count=1):
    calls = log_lines(stack, "language model call", response.headers["X-Request-Id"], count)
    assert len(calls) == count, calls
    for call in calls:
        assert call["engine"] == "model" and call["model"] == MODEL
        assert int(call["latency_ms"]) >= 0
    return calls


def test_plain_sql_answer_and_the_request_sent(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m1: how many customers?"
    model.script[q] = [("content", "SELECT COUNT(*) AS customer_count FROM customers")]
    r = ask(c, sid, q)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["engine"] == "model" and body["result_type"] == "table"
    assert body["rows"] == [[4]] and body["columns"] == ["customer_count"]
    assert body["generated_sql"] == "SELECT COUNT(*) AS customer_count FROM customers"

    [sent] = model.requests_for(q)
    assert sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["Authorization"] == f"Bearer {KEY}"
    assert sent["body"]["model"] == MODEL
    assert sent["body"]["temperature"] == 0 and sent["body"]["stream"] is False
    messages = sent["body"]["messages"]
    assert [m["role"] for m in messages] == ["system", "user"] and messages[1]["content"] == q
    system = messages[0]["content"]
    assert "CREATE TABLE customers ( -- 4 rows" in system
    # Nullability, types, the values of a category; every other column of four rows is unique.
    assert "  age INTEGER, -- unique\n" in system and "  plan_type TEXT NOT NULL, -- one of 'basic', 'premium'\n" in system
    assert "customer_id TEXT NOT NULL REFERENCES customers(customer_id)" in system
    assert "  date DATE NOT NULL, -- unique\n" in system and "  churn BOOLEAN NOT NULL\n" in system
    assert "one SQLite SELECT statement" in system

    [call] = model_calls(model_stack, r)
    assert call["outcome"] == "sql" and call["attempt"] == "1" and call["query_id"] == body["query_id"]
    assert call["prompt_tokens"] == "321" and call["completion_tokens"] == "17"
    log = open(os.path.join(model_stack.home, "logs", "app.log"), errors="replace").read()
    assert KEY not in log and "CREATE TABLE" not in log, "neither the key nor the prompt is logged"

    [entry] = history(c, sid)
    assert entry["engine"] == "model" and entry["status"] == "completed" and entry["generated_sql"] == body["generated_sql"]


def test_sql_in_prose_is_taken_from_the_fenced_block(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m2: premium customers per country?"
    model.script[q] = [("content", "Sure! Here is a query that counts them:\n\n```sql\nSELECT country, COUNT(*) AS n\nFROM customers\n"
                                   "WHERE plan_type = 'premium'\nGROUP BY country\nORDER BY country;\n```\n\nIt groups by country.")]
    r = ask(c, sid, q)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["engine"] == "model"
    assert body["generated_sql"] == "SELECT country, COUNT(*) AS n\nFROM customers\nWHERE plan_type = 'premium'\nGROUP BY country\nORDER BY country"
    assert body["rows"] == [["CA", 1], ["UK", 1]]
    assert model_calls(model_stack, r)[0]["outcome"] == "sql"


def test_a_write_from_the_model_meets_the_guard(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m3: remove churned customers"
    model.script[q] = [("content", "```sql\nDELETE FROM customers WHERE churn = 1;\n```")]
    r = ask(c, sid, q)
    err = assert_error(r, 422, "validation_failed", "query")
    assert "read-only" in err["message"]
    assert len(model.requests_for(q)) == 1, "a refused write is final: no repair round"
    assert model_calls(model_stack, r)[0]["outcome"] == "sql"
    [entry] = history(c, sid)
    assert entry["engine"] == "model" and entry["status"] == "failed" and entry["generated_sql"] == "DELETE FROM customers WHERE churn = 1"
    assert c.sql(sid, "SELECT COUNT(*) FROM customers").json()["rows"] == [[4]]

    q2 = "m3b: two statements"
    model.script[q2] = [("content", "SELECT 1; PRAGMA writable_schema = 1")]
    err = assert_error(ask(c, sid, q2), 422, "validation_failed", "query")
    assert "single" in err["message"]


def test_sql_that_does_not_compile_gets_one_repair_round(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m4: customers per plan"
    model.script[q] = [("content", "SELECT plan, COUNT(*) AS n FROM customers GROUP BY plan"),
                       ("content", "```sql\nSELECT plan_type, COUNT(*) AS n FROM customers GROUP BY plan_type ORDER BY plan_type\n```")]
    r = ask(c, sid, q)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["engine"] == "model" and body["rows"] == [["basic", 2], ["premium", 2]]
    assert body["generated_sql"] == "SELECT plan_type, COUNT(*) AS n FROM customers GROUP BY plan_type ORDER BY plan_type"
    first, repair = model.requests_for(q)
    assert repair["body"]["messages"][:2] == first["body"]["messages"]
    assert repair["body"]["messages"][2] == {"role": "assistant", "content": "SELECT plan, COUNT(*) AS n FROM customers GROUP BY plan"}
    assert repair["body"]["messages"][3]["role"] == "user" and "no such column: plan" in repair["body"]["messages"][3]["content"]
    assert [(x["attempt"], x["outcome"]) for x in model_calls(model_stack, r, 2)] == [("1", "sql"), ("2", "sql")]

    # Still wrong after the repair: SQLite's error, as for any query.
    q2 = "m4b: hopeless"
    model.script[q2] = [("content", "SELECT nope FROM customers"), ("content", "SELECT still_nope FROM customers")]
    err = assert_error(ask(c, sid, q2), 422, "validation_failed", "query")
    assert "still_nope" in err["message"] and len(model.requests_for(q2)) == 2
    assert history(c, sid)[-1]["generated_sql"] == "SELECT still_nope FROM customers"


@pytest.mark.parametrize("step, outcome, phrase", [
    (("status", 500), "http_error", "HTTP status 500"),
    (("raw", b'{"choices": [{"message": '), "malformed_response", "not a chat completion"),
    (("content", "I cannot write a query for that."), "no_sql", "no SQL"),
])
def test_model_failures_are_502_upstream_error(model, model_stack, step, outcome, phrase):
    c, sid = open_session(model_stack)
    q = f"m5: {outcome}"
    model.script[q] = [step]
    r = ask(c, sid, q)
    err = assert_error(r, 502, "upstream_error")
    assert err["message"].startswith("the language model could not answer: ") and phrase in err["message"]
    assert model.url not in err["message"]
    [call] = model_calls(model_stack, r)
    assert call["outcome"] == outcome and call["level"] == "warning"
    if outcome == "http_error":
        assert call["http_status"] == "500"
    [entry] = history(c, sid)
    assert entry["engine"] == "model" and entry["status"] == "failed" and entry["generated_sql"] is None


def test_a_model_slower_than_the_timeout_is_502(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m6: slow"
    model.script[q] = [("sleep", TIMEOUT_MS / 1000 + 1.5)]
    started = time.time()
    r = ask(c, sid, q)
    elapsed = time.time() - started
    err = assert_error(r, 502, "upstream_error")
    assert "did not answer in time" in err["message"]
    assert TIMEOUT_MS / 1000 - 0.2 <= elapsed < TIMEOUT_MS / 1000 + 1.2, elapsed
    [call] = model_calls(model_stack, r)
    assert call["outcome"] == "timeout" and TIMEOUT_MS <= int(call["latency_ms"]) < TIMEOUT_MS + 1000


def test_chart_words_decide_the_result_type(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m7: plot the number of customers per plan"
    model.script[q] = [("content", "SELECT plan_type, COUNT(*) AS customers FROM customers GROUP BY plan_type ORDER BY plan_type")]
    body = ask(c, sid, q).json()
    assert body["engine"] == "model" and body["result_type"] == "visualization" and body["visualization_type"] == "bar_chart"
    assert body["data"] == {"labels": ["basic", "premium"], "datasets": [{"label": "customers", "data": [2, 2]}]}
    table = ask(c, sid, q, result_type="table").json()
    assert table["result_type"] == "table" and table["rows"] == [["basic", 2], ["premium", 2]]


def test_questions_over_the_concurrency_limit_get_429(model, model_stack):
    c, sid = open_session(model_stack)
    q = "m8: wait for the test"
    model.script[q] = [("wait", "SELECT COUNT(*) AS n FROM transactions")]
    model.release.clear()
    # Other users: the per-user concurrent-query quota is not what is tested here.
    waiting = [open_session(model_stack) for _ in range(CONCURRENCY)]
    results = [None] * CONCURRENCY

    def run(i):
        results[i] = ask(waiting[i][0], waiting[i][1], q)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(CONCURRENCY)]
    for t in threads:
        t.start()
    try:
        deadline = time.time() + 5
        while len(model.requests_for(q)) < CONCURRENCY and time.time() < deadline:
            time.sleep(0.02)
        assert len(model.requests_for(q)) == CONCURRENCY
        # Both places taken: the next question is refused at once, without calling the model.
        started = time.time()
        r = ask(c, sid, "m8: one too many")
        assert time.time() - started < 1
        err = assert_error(r, 429, "rate_limited")
        assert "language model" in err["message"]
        retry = int(r.headers["Retry-After"])
        assert 1 <= retry <= TIMEOUT_MS // 1000
        assert r.headers["RateLimit-Policy"] == f'{CONCURRENCY};comment="concurrent language-model questions"'
        assert r.headers["RateLimit"] == f"limit={CONCURRENCY}, remaining=0, reset={retry}"
        assert model.requests_for("m8: one too many") == []
        # The rest of the API is not held up by the waiting questions.
        assert c.sql(sid, "SELECT COUNT(*) FROM customers").json()["rows"] == [[4]]
    finally:
        model.release.set()
        for t in threads:
            t.join(15)
    assert [r.status_code for r in results] == [200] * CONCURRENCY
    assert all(r.json()["rows"] == [[4]] for r in results)
    # A place is free again.
    model.script["m8: after"] = [("content", "SELECT 1 AS one")]
    assert ask(c, sid, "m8: after").json()["rows"] == [[1]]


def test_auto_never_asks_the_model_what_the_embedded_engine_answers(model, auto_stack):
    c, sid = open_session(auto_stack)
    before = len(model.requests)
    r = ask(c, sid, "How many premium customers have churned?")
    assert r.status_code == 200, r.text
    assert r.json()["engine"] == "embedded" and r.json()["rows"] == [[2]]
    assert len(model.requests) == before, "the model was called for a question the embedded engine answered"
    [line] = log_lines(auto_stack, "question translated", r.headers["X-Request-Id"])
    assert line["engine"] == "embedded" and line["outcome"] == "sql"
    assert log_lines(auto_stack, "language model call", r.headers["X-Request-Id"], timeout=0.5) == []
    assert history(c, sid)[0]["engine"] == "embedded"


def test_auto_asks_the_model_when_the_embedded_engine_refuses(model, auto_stack):
    c, sid = open_session(auto_stack)
    q = "Which zorblax frobnicates the most quux?"
    model.script[q] = [("content", "```sql\nSELECT name FROM customers ORDER BY age DESC LIMIT 1\n```")]
    r = ask(c, sid, q)
    assert r.status_code == 200, r.text
    assert r.json()["engine"] == "model" and r.json()["rows"] == [["Di"]]
    [line] = log_lines(auto_stack, "question translated", r.headers["X-Request-Id"])
    assert line["outcome"] == "refused"
    assert model_calls(auto_stack, r)[0]["outcome"] == "sql"
    # PLEXE_NL_MODEL_SEND_SAMPLES=0: the schema went out, no value of the data.
    [sent] = model.requests_for(q)
    system = sent["body"]["messages"][0]["content"]
    assert "  plan_type TEXT NOT NULL,\n" in system and "REFERENCES customers(customer_id)" in system
    for value in ["premium", "basic", "Ann", "C1", "T1", "US"]:
        assert f"'{value}'" not in system, value

    # The model failing too: the embedded engine's refusal stands, saying so.
    q2 = "Which zorblax frobnicates the least quux?"
    model.script[q2] = [("status", 503)]
    r = ask(c, sid, q2)
    err = assert_error(r, 422, "validation_failed", "query")
    assert "zorblax" in err["message"]
    assert err["message"].endswith("The language model could not answer either: the model server answered with HTTP status 503.")
    assert model_calls(auto_stack, r)[0]["outcome"] == "http_error"
    entries = history(c, sid)
    assert [(e["engine"], e["status"]) for e in entries] == [("model", "completed"), ("embedded", "failed")]
    # SQL queries have no engine.
    c.sql(sid, "SELECT 1")
    assert history(c, sid)[-1]["engine"] is None
