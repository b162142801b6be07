"""The private S3 store of scripts/s3store.sh (Ceph's radosgw on a one-node memstore cluster),
started here, and what the object-store mode relies on it for: it checks AWS Signature V4 itself.
URLs are presigned by botocore and used with plain requests, as a browser or curl would use
them; the store must refuse a body longer than the signed Content-Length, a URL changed after
signing, an expired URL and a wrong secret, and serve server-side copies and byte ranges."""
import configparser
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
import uuid

import boto3
import botocore.config
import botocore.exceptions
import pytest
import requests

from conftest import REPO, free_port


def store_shell(command, **kw):
    return subprocess.run(["bash", "-c", f'set -euo pipefail; source "{REPO}/scripts/s3store.sh"; {command}'],
                          capture_output=True, text=True, **kw)


def daemon_pids(directory):
    pids = []
    for name in ("client.rgw", "osd.0", "mon.a"):
        with open(os.path.join(directory, "run", f"{name}.pid")) as f:
            pids.append(int(f.read().strip()))
    return pids


def alive(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    except FileNotFoundError:
        return False


@pytest.fixture(scope="module")
def store():
    directory = tempfile.mkdtemp(prefix="plexe-s3store.")
    port = free_port()
    started = store_shell(f'ensure_s3store_packages; s3store_start "{directory}" {port}', timeout=600)
    assert started.returncode == 0, started.stdout + started.stderr
    settings = dict(line.split("=", 1) for line in started.stdout.split())
    settings["directory"] = directory
    pids = daemon_pids(directory)
    try:
        yield settings
    finally:
        stopped = store_shell(f's3store_stop "{directory}"', timeout=60)
        still_running = [pid for pid in pids if alive(pid)]
        shutil.rmtree(directory, ignore_errors=True)
        assert stopped.returncode == 0, stopped.stderr
        assert not still_running, f"s3store_stop left {still_running} running"


def credentials(store):
    parser = configparser.ConfigParser()
    parser.read(store["S3STORE_CREDENTIALS_FILE"])
    return parser["default"]["aws_access_key_id"], parser["default"]["aws_secret_access_key"]


def s3_client(store, access_key=None, secret_key=None):
    key, secret = credentials(store)
    return boto3.client(
        "s3", endpoint_url=store["S3STORE_ENDPOINT"], region_name=store["S3STORE_REGION"],
        aws_access_key_id=access_key or key, aws_secret_access_key=secret_key or secret,
        config=botocore.config.Config(signature_version="s3v4", s3={"addressing_style": "path"}))


@pytest.fixture(scope="module")
def s3(store):
    return s3_client(store)


@pytest.fixture
def http():
    session = requests.Session()
    session.trust_env = False  # no proxy from the environment between us and 127.0.0.1
    return session


def fresh_key(prefix="uploads"):
    # A space and non-ASCII letters: the canonical URI must be encoded exactly as the store does.
    return f"{prefix}/{uuid.uuid4().hex[:8]}/données brutes é.csv"


def presigned_put(s3, store, key, length, expires=300):
    return s3.generate_presigned_url(
        "put_object", Params={"Bucket": store["S3STORE_BUCKET"], "Key": key, "ContentLength": length},
        ExpiresIn=expires)


def error_code(response):
    assert response.headers.get("Content-Type", "").startswith("application/xml"), response.text
    return response.text.split("<Code>", 1)[1].split("</Code>", 1)[0]


def object_exists(s3, store, key):
    try:
        s3.head_object(Bucket=store["S3STORE_BUCKET"], Key=key)
        return True
    except botocore.exceptions.ClientError as e:
        assert e.response["ResponseMetadata"]["HTTPStatusCode"] == 404, e.response
        return False


def read_object(s3, store, key):
    return s3.get_object(Bucket=store["S3STORE_BUCKET"], Key=key)["Body"].read()


def test_start_gives_an_endpoint_a_private_credentials_file_and_an_empty_bucket(store, s3):
    assert store["S3STORE_ENDPOINT"].startswith("http://127.0.0.1:")
    mode = stat.S_IMODE(os.stat(store["S3STORE_CREDENTIALS_FILE"]).st_mode)
    assert mode == 0o600, oct(mode)
    key, secret = credentials(store)
    assert len(key) == 20 and len(secret) == 40
    listing = s3.list_objects_v2(Bucket=store["S3STORE_BUCKET"])
    assert listing["ResponseMetadata"]["HTTPStatusCode"] == 200
    # The server is Ceph's gateway (with its monitor and OSD), not a stand-in.
    programs = [os.path.basename(os.readlink(f"/proc/{pid}/exe")) for pid in daemon_pids(store["directory"])]
    assert programs == ["radosgw", "ceph-osd", "ceph-mon"]


def test_presigned_put_of_the_signed_length_stores_the_bytes(store, s3, http):
    key = fresh_key()
    body = b"id,name\n1,\xc3\xa9t\xc3\xa9\n"
    url = presigned_put(s3, store, key, len(body))
    assert "X-Amz-Algorithm=AWS4-HMAC-SHA256" in url
    assert "X-Amz-SignedHeaders=content-length%3Bhost" in url
    r = http.put(url, data=body)
    assert r.status_code == 200, r.text
    assert read_object(s3, store, key) == body
    head = s3.head_object(Bucket=store["S3STORE_BUCKET"], Key=key)
    assert head["ContentLength"] == len(body)
    assert head["ETag"] == r.headers["ETag"]


def test_put_longer_or_shorter_than_the_signed_length_is_refused_by_the_store(store, s3, http):
    key = fresh_key()
    url = presigned_put(s3, store, key, 10)
    for body in (b"0123456789+", b"012345678"):
        r = http.put(url, data=body)
        assert r.status_code == 403, r.text
        assert error_code(r) == "SignatureDoesNotMatch"
    # Sent in chunks, with no Content-Length at all: refused too.
    r = http.put(url, data=iter([b"01234", b"56789", b"more bytes"]))
    assert r.status_code == 403, r.text
    assert not object_exists(s3, store, key)
    # The same URL with exactly the signed length goes through: the refusals were about the size.
    r = http.put(url, data=b"0123456789")
    assert r.status_code == 200, r.text
    assert read_object(s3, store, key) == b"0123456789"


def test_url_changed_after_signing_is_refused(store, s3, http):
    key = fresh_key()
    other = fresh_key()
    url = presigned_put(s3, store, key, 5, expires=60)
    encoded_key = url.split("?", 1)[0].split(f"/{store['S3STORE_BUCKET']}/", 1)[1]
    encoded_other = requests.utils.quote(other)
    tampered = {
        "other key": url.replace(encoded_key, encoded_other),
        "longer expiry": url.replace("X-Amz-Expires=60", "X-Amz-Expires=604800"),
        "other signed headers": url.replace("X-Amz-SignedHeaders=content-length%3Bhost", "X-Amz-SignedHeaders=host"),
    }
    for what, changed in tampered.items():
        assert changed != url, what
        r = http.put(changed, data=b"hello")
        assert r.status_code == 403, (what, r.text)
        assert error_code(r) == "SignatureDoesNotMatch", what
    assert not object_exists(s3, store, other)
    assert not object_exists(s3, store, key)
    assert http.put(url, data=b"hello").status_code == 200


def test_expired_url_is_refused(store, s3, http):
    key = fresh_key()
    url = presigned_put(s3, store, key, 5, expires=3)
    signed_at = time.time()
    r = http.put(url, data=b"first")
    assert r.status_code == 200, r.text
    time.sleep(max(0.0, signed_at + 5 - time.time()))
    r = http.put(url, data=b"later")
    assert r.status_code == 403, r.text
    assert error_code(r) == "AccessDenied"
    assert read_object(s3, store, key) == b"first"


def test_wrong_secret_and_unknown_key_are_refused(store, s3, http):
    key = fresh_key()
    access_key, secret = credentials(store)
    wrong = secret[:-1] + ("A" if secret[-1] != "A" else "B")
    url = presigned_put(s3_client(store, secret_key=wrong), store, key, 5)
    r = http.put(url, data=b"hello")
    assert r.status_code == 403, r.text
    assert error_code(r) == "SignatureDoesNotMatch"
    url = presigned_put(s3_client(store, access_key="AKIAUNKNOWN000000000"), store, key, 5)
    r = http.put(url, data=b"hello")
    assert r.status_code == 403, r.text
    assert error_code(r) == "InvalidAccessKeyId"
    # Header-signed requests are checked the same way.
    with pytest.raises(botocore.exceptions.ClientError) as refused:
        s3_client(store, secret_key=wrong).list_objects_v2(Bucket=store["S3STORE_BUCKET"])
    assert refused.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    assert not object_exists(s3, store, key)


def test_server_side_copy_and_ranged_get(store, s3, http):
    bucket = store["S3STORE_BUCKET"]
    source, copy = fresh_key("uploads"), fresh_key("confirmed")
    body = bytes(range(256)) * 4096  # 1 MiB, every byte value
    r = http.put(presigned_put(s3, store, source, len(body)), data=body)
    assert r.status_code == 200, r.text
    copied = s3.copy_object(Bucket=bucket, Key=copy, CopySource={"Bucket": bucket, "Key": source})
    # radosgw 16 leaves the quotes off the ETag in a copy's result (AWS keeps them).
    assert copied["CopyObjectResult"]["ETag"].strip('"') == r.headers["ETag"].strip('"')
    # Overwriting the source afterwards leaves the copy as it was.
    s3.put_object(Bucket=bucket, Key=source, Body=b"replaced")
    url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": copy}, ExpiresIn=60)
    r = http.get(url, headers={"Range": "bytes=1000-1999"})
    assert r.status_code == 206, r.text
    assert r.content == body[1000:2000]
    assert r.headers["Content-Range"] == f"bytes 1000-1999/{len(body)}"
    r = http.get(url, headers={"Range": "bytes=-10"})
    assert r.status_code == 206 and r.content == body[-10:]
    r = http.get(url)
    assert r.status_code == 200 and r.content == body
    ranged = s3.get_object(Bucket=bucket, Key=copy, Range="bytes=65536-65543")
    assert ranged["Body"].read() == body[65536:65544]


def test_start_on_a_taken_port_fails_at_once_and_leaves_nothing_running():
    directory = tempfile.mkdtemp(prefix="plexe-s3store.")
    try:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()  # accepts connections and never answers, as a stuck server would
            port = taken.getsockname()[1]
            began = time.monotonic()
            started = store_shell(f's3store_start "{directory}" {port}', timeout=300)
            elapsed = time.monotonic() - began
        assert started.returncode != 0, started.stdout
        # Said before any daemon starts, with the address: radosgw itself would notice only
        # after the monitor and the OSD, and its asynchronous log may end before the reason.
        assert f"127.0.0.1:{port} is taken (Address already in use)" in started.stderr, started.stderr
        assert not os.path.exists(os.path.join(directory, "ceph.conf")), "daemons were configured for a taken port"
        assert elapsed < 60, f"took {elapsed:.0f}s to notice"  # not the 90 s readiness limit
        leftovers = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if directory.encode() in f.read() and alive(int(pid)):
                        leftovers.append(pid)
            except OSError:
                pass
        assert not leftovers, f"daemons left running: {leftovers}"
    finally:
        store_shell(f's3store_stop "{directory}"', timeout=60)
        shutil.rmtree(directory, ignore_errors=True)
