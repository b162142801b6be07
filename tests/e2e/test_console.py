"""The web console (web/, served by nginx at /console/) driven in Debian's chromium through
selenium, as a person would use it: sign in with a token, drop files, page through a preview,
analyse, ask in SQL and English, export and download; and the errors they can run into. Every
test also reads the browser's log: the console must run without a single error in it (its
strict Content-Security-Policy reports every blocked script or style there).

PLEXE_CONSOLE_SHOTS=DIR saves screenshots of each page at 1280 and 390 px wide into DIR."""
import json
import os
import re
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import BASE_URL, HOME, REPO, STORE, Client, create_token

# These walk the console on the single stack's local store (nginx's /storage/, its downloads);
# the console's uploads straight to an S3 store are test_s3_mode.py's.
pytestmark = pytest.mark.skipif(STORE != "local", reason="the console on the local store (S3 mode: test_s3_mode.py)")

SHOTS = os.environ.get("PLEXE_CONSOLE_SHOTS")
WIDE, NARROW = 1280, 390

PEOPLE = "id,name,city,score,joined\n" + "".join(
    f"{i},Person {i},{['Oslo', 'Rome', 'Lima', 'Kyiv'][i % 4]},{(i * 37) % 100 / 10},2024-01-{(i % 28) + 1:02d}\n" for i in range(1, 121))
CITIES = json.dumps([{"city": c, "country": k, "population": p} for c, k, p in
                     [("Oslo", "Norway", 709000), ("Rome", "Italy", 2873000), ("Lima", "Peru", 10092000), ("Kyiv", "Ukraine", 2952000)]])


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    return tmp_path_factory.mktemp("console-downloads")


def new_browser(downloads=None):
    """Debian's headless chromium through its chromedriver, downloading into `downloads`."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--ignore-certificate-errors",
                 f"--window-size={WIDE},900", "--lang=en-US"]:
        options.add_argument(flag)
    options.accept_insecure_certs = True
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    # Debian's chromedriver, never one selenium would fetch from the network.
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.set_window_size(WIDE, 900)
    return driver


@pytest.fixture(scope="module")
def browser(downloads):
    driver = new_browser(downloads)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser):
    """The browser at a signed-out console, its log read empty first."""
    browser.get(BASE_URL + "/console/")
    browser.execute_script("sessionStorage.clear()")
    browser.get(BASE_URL + "/console/#/uploads")
    browser.get_log("browser")
    return browser


def wait(driver, condition, timeout=30):
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def visible(driver, css, timeout=30):
    return wait(driver, EC.visibility_of_element_located((By.CSS_SELECTOR, css)), timeout)


def text_in(driver, css, text, timeout=30):
    wait(driver, EC.text_to_be_present_in_element((By.CSS_SELECTOR, css), text), timeout)
    return driver.find_element(By.CSS_SELECTOR, css)


def click(driver, css):
    element = visible(driver, css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    wait(driver, EC.element_to_be_clickable(element))
    element.click()
    return element


def click_text(driver, tag, text):
    element = wait(driver, EC.element_to_be_clickable((By.XPATH, f"//{tag}[normalize-space()='{text}']")))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()
    return element


def errors_in_log(driver, allowed_statuses=()):
    """The browser log's errors, less network errors with an allowed HTTP status (a 401 the
    test caused on purpose is logged by Chrome as a failed resource)."""
    found = []
    for entry in driver.get_log("browser"):
        if entry["level"] != "SEVERE":
            continue
        status = re.search(r"status of (\d{3})", entry["message"])
        if entry.get("source") == "network" and status and int(status.group(1)) in allowed_statuses:
            continue
        found.append(entry)
    return found


def shot(driver, name):
    """Screenshots of the whole page at both widths (only with PLEXE_CONSOLE_SHOTS)."""
    if not SHOTS:
        return
    os.makedirs(SHOTS, exist_ok=True)
    for width in (WIDE, NARROW):
        # The viewport itself set to the width, then to the page's whole height.
        metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        time.sleep(0.2)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", dict(metrics, height=min(max(height, 700), 8000)))
        time.sleep(0.2)
        driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def look(driver, name):
    """Every page a test reaches: each control has a name a screen reader reads (a label,
    aria-label or its text), and screenshots when asked for."""
    unnamed = driver.execute_script("""
        return [...document.querySelectorAll('input, select, textarea, button, progress')].filter((e) => !(
            (e.labels && e.labels.length) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') ||
            (e.tagName === 'BUTTON' && e.textContent.trim()))).map((e) => e.outerHTML.slice(0, 120));""")
    assert unnamed == [], name
    shot(driver, name)


def sign_in(driver, token):
    field = visible(driver, "#token")
    field.clear()
    field.send_keys(token, Keys.ENTER)


def drop_files(driver, files):
    """What a drag and drop delivers: a DataTransfer of File objects, dropped on the zone."""
    driver.execute_script("""
        const files = arguments[0];
        const transfer = new DataTransfer();
        for (const [name, type, text] of files) transfer.items.add(new File([text], name, {type}));
        const zone = document.querySelector('.dropzone');
        for (const kind of ['dragenter', 'dragover', 'drop']) {
            zone.dispatchEvent(new DragEvent(kind, {dataTransfer: transfer, bubbles: true, cancelable: true}));
        }""", files)


def downloaded(directory, name, timeout=20):
    path = os.path.join(directory, name)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload") and os.path.getsize(path) > 0:
            return path
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded; the folder holds {os.listdir(directory)}")


def test_the_console_is_static_files_under_a_strict_policy(anon):
    root = anon.get("/", allow_redirects=False)
    assert root.status_code == 302 and root.headers["Location"] == "/console/"
    index = anon.get("/console/")
    assert index.status_code == 200 and index.headers["Content-Type"].startswith("text/html")
    policy = index.headers["Content-Security-Policy"]
    assert "img-src 'self' blob:;" in policy and "script-src 'self';" in policy and "style-src 'self';" in policy and "connect-src 'self';" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "frame-ancestors 'none'" in policy
    assert index.headers["X-Frame-Options"] == "DENY" and index.headers["X-Content-Type-Options"] == "nosniff"
    script = anon.get("/console/js/app.js")
    assert script.status_code == 200 and "javascript" in script.headers["Content-Type"]
    assert anon.post("/console/", raw=b"x").status_code == 403
    # Nothing inline for the policy to refuse, and no markup built from strings.
    web = os.path.join(REPO, "web")
    for folder, _, names in os.walk(web):
        for name in names:
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            if name.endswith(".html"):
                assert not re.search(r"<script(?![^>]*\bsrc=)", text) and " style=" not in text and "<style" not in text, name
            if name.endswith(".js"):
                assert "innerHTML" not in text and "eval(" not in text and "localStorage" not in text, name


def test_a_persons_whole_path(page, downloads):
    driver = page
    token = create_token()
    api = Client(token)

    # The address leads to the console, which asks for the token once.
    driver.get(BASE_URL + "/")
    assert driver.current_url.startswith(BASE_URL + "/console/")
    visible(driver, "#token")
    look(driver, "01-sign-in")
    sign_in(driver, token)
    text_in(driver, "h1", "Uploads")
    assert driver.execute_script("return sessionStorage.getItem('plexe-console-token')") == token
    assert token not in driver.current_url and token not in driver.page_source

    # Two files dropped at once: one upload, each file PUT to its presigned URL with its own bar.
    visible(driver, "#upload-name").send_keys("Cities and people")
    drop_files(driver, [["people.csv", "text/csv", PEOPLE], ["cities.json", "application/json", CITIES]])
    text_in(driver, ".upload-state", "rows loaded", timeout=60)
    bars = driver.find_elements(By.CSS_SELECTOR, ".file-progress progress")
    assert [b.get_attribute("value") for b in bars] == ["100", "100"]
    assert "124 rows loaded" in driver.find_element(By.CSS_SELECTOR, ".upload-state").text
    listed = api.get("/data/uploads").json()["uploads"]
    assert [(u["name"], u["status"], sorted((f["filename"], f["rows"]) for f in u["files"])) for u in listed] == \
        [("Cities and people", "complete", [("cities.json", 4), ("people.csv", 120)])]
    upload_id = listed[0]["upload_id"]
    text_in(driver, ".uploads-table", "Cities and people")
    look(driver, "02-uploads")

    # The upload: its columns with types, and the preview paged forwards and to a row.
    click_text(driver, "a", "Open the upload")
    text_in(driver, "h1", "Cities and people")
    section = visible(driver, "section[aria-labelledby='file-people_csv']")
    columns = section.find_element(By.CSS_SELECTOR, "table.columns")
    assert "score float" in columns.text.replace("\n", " ") and "joined date" in columns.text.replace("\n", " ")
    preview = section
    text_in(driver, "section[aria-labelledby='file-people_csv'] .range", "Rows 1–25 of 120")
    first_id = lambda: driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby='file-people_csv'] table.preview tbody tr td").text
    assert first_id() == "1"
    preview.find_element(By.XPATH, ".//button[normalize-space()='Next']").click()
    text_in(driver, "section[aria-labelledby='file-people_csv'] .range", "Rows 26–50 of 120")
    assert first_id() == "26"
    row = driver.find_element(By.CSS_SELECTOR, "#go-people_csv")
    row.clear()
    row.send_keys("101", Keys.ENTER)
    text_in(driver, "section[aria-labelledby='file-people_csv'] .range", "Rows 101–120 of 120")
    assert first_id() == "101"
    assert not preview.find_element(By.XPATH, ".//button[normalize-space()='Next']").is_enabled()
    # The JSON file's preview: typed objects in the grid under the file's columns.
    cities = text_in(driver, "section[aria-labelledby='file-cities_json'] table.preview", "Kyiv")
    assert [th.text.split("\n")[0] for th in cities.find_elements(By.CSS_SELECTOR, "thead th")] == ["city", "country", "population"]
    assert len(cities.find_elements(By.CSS_SELECTOR, "tbody tr")) == 4
    assert driver.find_elements(By.CSS_SELECTOR, "main [role=alert]") == []
    look(driver, "03-upload")

    # A comprehensive analysis: progress, then the report with every chart drawn.
    click(driver, ".subnav a[href$='/analysis']")
    assert visible(driver, "#analysis-comprehensive").is_selected()
    click(driver, "#run-analysis")
    wait(driver, lambda d: "#/analysis/job_" in d.current_url, timeout=60)
    job_id = driver.current_url.rsplit("/", 1)[1]
    report = api.get(f"/data/analysis/{job_id}").json()
    charts = sum(len(f["visualizations"]) for f in report["files"])
    assert charts >= 3
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "figure.chart img")) == charts)
    wait(driver, lambda d: all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) == 640
                               for img in d.find_elements(By.CSS_SELECTOR, "figure.chart img")))
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "Statistics" in body and "Missing values" in body and "Insights" in body and "Recommendations" in body
    assert "Score Distribution" in body and "[object" not in body
    assert driver.find_elements(By.CSS_SELECTOR, "main [role=alert]") == []
    stats = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby='report-people_csv'] table.stats")
    assert "score" in stats.text and "float" in stats.text
    first_chart = driver.find_element(By.CSS_SELECTOR, "figure.chart")
    title = first_chart.find_element(By.CSS_SELECTOR, ".chart-title").text
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    first_chart.find_element(By.XPATH, ".//button[normalize-space()='Download SVG']").click()
    assert open(downloaded(downloads, f"{stem}.svg"), "rb").read().startswith(b"<?xml")
    first_chart.find_element(By.XPATH, ".//button[normalize-space()='Download PNG']").click()
    png = open(downloaded(downloads, f"{stem}.png"), "rb").read()
    assert png.startswith(b"\x89PNG") and int.from_bytes(png[16:20], "big") == 1280  # drawn at twice the SVG's width
    look(driver, "04-analysis")

    # Ask: an English question that answers with a chart, then SQL, then the history.
    click(driver, ".subnav a[href$='/ask']")
    question = visible(driver, "#question")
    question.send_keys("bar chart of average score by city")
    click(driver, "#ask-button")
    generated = text_in(driver, "#generated-sql", "AVG(")
    session_id = driver.find_element(By.CSS_SELECTOR, "#session-id").text
    asked = api.get(f"/data/sessions/{session_id}/queries").json()["queries"]
    assert [q["query"] for q in asked] == ["bar chart of average score by city"] and generated.text == asked[0]["generated_sql"]
    visible(driver, ".result figure.chart svg")
    bars = driver.find_elements(By.CSS_SELECTOR, ".result figure.chart svg rect > title")
    assert sorted(b.get_attribute("textContent").split(":")[0] for b in bars) == ["Kyiv", "Lima", "Oslo", "Rome"]  # one bar a city
    look(driver, "05-ask-english")
    click(driver, "#mode-sql")
    question.clear()
    question.send_keys("SELECT city, COUNT(*) AS people, MAX(score) AS best FROM people GROUP BY city ORDER BY city")
    click(driver, "#ask-button")
    grid = text_in(driver, ".result table.result-grid", "Kyiv")
    header = [th.text.split("\n") for th in grid.find_elements(By.CSS_SELECTOR, "thead th")]
    assert header == [["city", "text"], ["people", "integer"], ["best", "float"]]
    assert [td.text for td in grid.find_elements(By.CSS_SELECTOR, "tbody tr:first-child td")][:2] == ["Kyiv", "30"]
    text_in(driver, ".history-list", "SELECT city, COUNT(*)")
    assert len(driver.find_elements(By.CSS_SELECTOR, ".history-list li")) == 2
    # Run the English question again from the history: its chart is back.
    driver.find_element(By.XPATH, "//button[@aria-label='Run again: bar chart of average score by city']").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".history-list li")) == 3)
    visible(driver, ".result figure.chart svg")
    look(driver, "06-ask-sql-history")

    # Export people.csv as JSON and download it through its signed link.
    click(driver, ".subnav a[href$='/exports']")
    visible(driver, "#export-file-1")
    driver.find_element(By.CSS_SELECTOR, "input[name=files][value='cities.json']").click()  # people.csv only
    Select(driver.find_element(By.CSS_SELECTOR, "#export-format")).select_by_value("json")
    click(driver, "#start-export")
    link = visible(driver, "a.download", timeout=60)
    assert link.text == "Download people.json"
    assert "link valid until" in driver.find_element(By.CSS_SELECTOR, ".downloads").text
    link.click()
    exported = json.load(open(downloaded(downloads, "people.json")))
    assert len(exported) == 120 and exported[0]["name"] == "Person 1"
    look(driver, "07-exports")

    # Delete, confirmed in a dialog.
    driver.get(BASE_URL + "/console/#/uploads")
    click(driver, f"button[aria-label='Delete Cities and people']")
    dialog = visible(driver, "dialog.confirm")
    look(driver, "08-delete-confirm")
    dialog.find_element(By.XPATH, ".//button[normalize-space()='Delete']").click()
    text_in(driver, ".upload-list", "No uploads yet")
    assert api.get(f"/uploads/{upload_id}").status_code == 404

    assert errors_in_log(driver) == []
    # The token travelled in headers only: no log line holds it (the access log is written each second).
    time.sleep(1.2)
    for name in ["nginx-access.log", "app.log"]:
        assert token not in open(os.path.join(HOME, "logs", name), errors="replace").read(), name


def test_the_errors_a_person_can_meet(page):
    driver = page
    token = create_token()
    api = Client(token)

    # A wrong token: refused in plain words with the request id, and not kept.
    sign_in(driver, "plx_" + "0" * 48)
    alert = text_in(driver, "[role=alert]", "The token was not accepted")
    assert re.search(r"Request id: req_[0-9a-f]{32}", alert.text)
    assert driver.execute_script("return sessionStorage.getItem('plexe-console-token')") is None
    look(driver, "09-bad-token")

    # A broken file: the upload fails, showing the file's line.
    sign_in(driver, token)
    text_in(driver, "h1", "Uploads")
    drop_files(driver, [["broken.csv", "text/csv", 'a,b\n1,"never closed\n2,3\n']])
    failure = text_in(driver, ".file-error", "Line 2", timeout=60)
    assert "unterminated" in failure.text
    text_in(driver, ".upload-state", "The upload failed")
    look(driver, "10-broken-file")

    # A question the English engine cannot place: its words are named.
    good = api.upload({"scores.csv": b"name,score\nAnn,3\nBob,5\n"})
    driver.get(f"{BASE_URL}/console/#/uploads/{good['upload_id']}/ask")
    question = visible(driver, "#question")
    question.send_keys("how many zebras flew yesterday")
    click(driver, "#ask-button")
    refused = text_in(driver, ".result [role=alert]", "zebras")
    assert "The server could not accept that." in refused.text and "flew" in refused.text and "Request id: req_" in refused.text

    # The session's query rate used up (30 a minute): the 429 says when to try again.
    session_id = driver.find_element(By.CSS_SELECTOR, "#session-id").text
    for _ in range(40):
        if api.sql(session_id, "SELECT 1").status_code == 429:
            break
    question.clear()
    question.send_keys("average score")
    click(driver, "#ask-button")
    limited = text_in(driver, ".result [role=alert]", "Too many requests: try again in")
    assert re.search(r"try again in \d+ seconds?\.", limited.text) and "Request id: req_" in limited.text
    look(driver, "11-rate-limited")

    # Only the refusals the test caused are in the log: no script error, no blocked resource.
    assert errors_in_log(driver, allowed_statuses=(401, 422, 429)) == []


def test_the_upload_list_searches_filters_sorts_and_pages(page):
    driver = page
    token = create_token()
    api = Client(token)
    first = api.post("/data/upload", {"name": "first one", "files": [{"filename": "first.csv", "content_type": "text/csv"}]})
    assert first.status_code == 201
    time.sleep(1.1)  # created_at has whole seconds: the first upload is the oldest for sure
    for i in range(17):
        assert api.post("/data/upload", {"name": f"draft {i:02d}", "files": [{"filename": "d.csv", "content_type": "text/csv"}]}).status_code == 201
    api.upload({"alpha.csv": b"a\n1\n"}, name="alpha report")
    api.upload({"beta.csv": b"b\n2\n"}, name="beta report")
    assert api.upload({"bad.csv": b'a\n"x\n'}, name="broken one")["status"] == "failed"

    sign_in(driver, token)
    caption = text_in(driver, "#uploads-caption", "Uploads 1–20 of 21")
    names = lambda: [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".uploads-table tbody th a")]
    assert len(names()) == 20 and "first one" not in names()
    click_text(driver, "button", "Next")
    text_in(driver, "#uploads-caption", "Uploads 21–21 of 21")
    assert names() == ["first one"]

    Select(driver.find_element(By.CSS_SELECTOR, "#upload-sort")).select_by_value("created_at:asc")
    text_in(driver, "#uploads-caption", "Uploads 1–20 of 21")
    assert names()[0] == "first one"

    Select(driver.find_element(By.CSS_SELECTOR, "#upload-status")).select_by_value("failed")
    text_in(driver, "#uploads-caption", "Uploads 1–1 of 1")
    assert names() == ["broken one"]

    Select(driver.find_element(By.CSS_SELECTOR, "#upload-status")).select_by_value("")
    driver.find_element(By.CSS_SELECTOR, "#upload-search").send_keys("report")
    text_in(driver, "#uploads-caption", "Uploads 1–2 of 2")
    assert names() == ["alpha report", "beta report"]
    search = driver.find_element(By.CSS_SELECTOR, "#upload-search")
    search.clear()
    search.send_keys("bad.csv")  # file names match too
    text_in(driver, "#uploads-caption", "Uploads 1–1 of 1")
    assert names() == ["broken one"]
    look(driver, "12-upload-list-search")
    assert errors_in_log(driver) == []
