#!/usr/bin/env python3
"""Polls node 2 until a change made through node 1 shows there; prints "<ms> <detail>" (ms = -1 if not seen in 10 s).

One process that polls over keep-alive HTTP, so the figure is the cluster's delay, not the cost of starting curl
and python on a busy machine between two looks (bench/cluster.sh).

  cluster_wait.py revocation <node> <certificate code> <product name>
  cluster_wait.py paused <node> <listing id>
  cluster_wait.py renamed <node> <product id> <certificate code> <new name>
"""
import base64, http.client, json, sys, time, urllib.parse

mode, node = sys.argv[1], urllib.parse.urlparse(sys.argv[2])
conn = http.client.HTTPConnection(node.hostname, node.port, timeout=10)
ADMIN = {"Authorization": "Basic " + base64.b64encode(b"admin:ocop-demo").decode()}


def get(path, headers=None):
    global conn
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        conn.close()
        conn = http.client.HTTPConnection(node.hostname, node.port, timeout=10)
        return 0, ""


def items(body):
    try:
        return json.loads(body).get("items", [])
    except ValueError:
        return []


def revocation(code, name):
    q = urllib.parse.quote(name)
    verify, _ = get(f"/verify/{code}")
    listed = [i for i in items(get(f"/api/v1/public/products?q={q}")[1]) if i.get("certificateCode") == code]
    return verify == 410 and not listed, f"verify {verify}, catalogue entries {len(listed)}"


def paused(listing):
    api = listing in get("/api/v1/shop/listings?size=100")[1]
    page = listing in get("/shop")[1]
    return not api and not page, f"in listings {api}, on /shop {page}"


def renamed(product, code, name):
    q = urllib.parse.quote(name)
    registry = [i for i in items(get(f"/api/v1/products?q={q}", ADMIN)[1]) if i.get("id") == product]
    catalogue = [i for i in items(get(f"/api/v1/public/products?q={q}")[1]) if i.get("name") == name]
    verify = name in get(f"/verify/{code}")[1]
    return bool(registry) and bool(catalogue) and verify, \
        f"registry {len(registry)}, catalogue {len(catalogue)}, verify {verify}"


check = {"revocation": revocation, "paused": paused, "renamed": renamed}[mode]
start = time.monotonic()
while True:
    seen, detail = check(*sys.argv[3:])
    elapsed = int((time.monotonic() - start) * 1000)
    if seen:
        print(elapsed, detail)
        break
    if elapsed > 10_000:
        print(-1, detail)
        break
    time.sleep(0.02)
