"""What botocore (pip) signs for the cases on stdin: the reference SigV4SignerTests compare with.

Input: a JSON list of cases; output: a JSON list of answers in the same order. The clock is
fixed to the case's `time` (botocore reads it through botocore.auth.get_current_datetime).
A presign case goes through boto3's own client (generate_presigned_url), so botocore also
encodes the key; a header case signs an AWSRequest with S3SigV4Auth.
"""
import datetime
import json
import sys

import boto3
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials


def at(stamp):
    return lambda *args, **kwargs: datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")


def presign(case):
    client = boto3.client("s3", endpoint_url=case["endpoint"], region_name=case["region"],
                          aws_access_key_id=case["access_key"], aws_secret_access_key=case["secret_key"],
                          aws_session_token=case.get("token"),
                          config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))
    params = {"Bucket": case["bucket"], "Key": case["key"]}
    if "content_length" in case:
        params["ContentLength"] = case["content_length"]
    if "version_id" in case:
        params["VersionId"] = case["version_id"]
    if "content_disposition" in case:
        params["ResponseContentDisposition"] = case["content_disposition"]
    return {"url": client.generate_presigned_url(case["operation"], Params=params, ExpiresIn=case["expires"])}


def sign_headers(case):
    credentials = Credentials(case["access_key"], case["secret_key"], case.get("token"))
    request = AWSRequest(method=case["method"], url=case["url"], headers=case.get("headers", {}),
                         data=case.get("body", "").encode())
    botocore.auth.S3SigV4Auth(credentials, "s3", case["region"]).add_auth(request)
    return {name.lower(): value for name, value in request.headers.items()}


answers = []
for case in json.load(sys.stdin):
    botocore.auth.get_current_datetime = at(case["time"])
    answers.append(presign(case) if case["kind"] == "presign" else sign_headers(case))
json.dump(answers, sys.stdout)
