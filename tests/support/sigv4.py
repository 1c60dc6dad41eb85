#!/usr/bin/env python3
"""An independent AWS Signature Version 4 (S3, header form) for the tests.

Reads a JSON list of requests on stdin — {method, host, path, query: [[k, v]],
headers: [[k, v]], payload_hash, key_id, secret, region, date} — and prints
one signature per line, computed with Python's hashlib/hmac/urllib only.
"""
import hashlib, hmac, json, sys
from urllib.parse import quote


def enc(s, safe):
    return quote(s, safe=safe)


def sign(r):
    date = r["date"]
    headers = [(k.lower().strip(), " ".join(v.split())) for k, v in r["headers"]]
    names = sorted({k for k, _ in headers})
    canonical_headers = "".join(
        "%s:%s\n" % (n, ",".join(v for k, v in headers if k == n)) for n in names)
    query = sorted((enc(k, "-_.~"), enc(v, "-_.~")) for k, v in r["query"])
    creq = "\n".join([r["method"], enc(r["path"] or "/", "/-_.~"),
                      "&".join("%s=%s" % kv for kv in query), canonical_headers, ";".join(names),
                      r["payload_hash"]])
    scope = "%s/%s/s3/aws4_request" % (date[:8], r["region"])
    sts = "\n".join(["AWS4-HMAC-SHA256", date, scope, hashlib.sha256(creq.encode()).hexdigest()])
    key = ("AWS4" + r["secret"]).encode()
    for part in (date[:8], r["region"], "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()


for request in json.load(sys.stdin):
    print(sign(request))
