#!/usr/bin/env python3
"""Scorecard saves through the load balancer while a node dies (bench/cluster.sh, issue 20).

  cluster_crash.py prepare <node-url>
      A scoring session ready for saves: a producer, three products of the 2019 cycle (1048-01) selected, with
      their dossier documents and submitted, a council of council1..council5 (council1 chairs), a session of the
      three products with every member present. Prints "<session> <product,product,product>".

  cluster_crash.py saves <lb-url> <session> <products> <seconds>
      council2 saves its scorecard of each product in turn, as the scoring form does on every pick, for <seconds>,
      each save with other picks (A1.1 and A1.2 cycle through their options). A save that fails (connection reset,
      502, 503: the node holding it died) is sent again, as the form does, and the load balancer sends it to the
      node that lives. Then reads every scorecard back and compares it with the last save each product had
      acknowledged (200). Prints "<lost> <detail>": lost = acknowledged saves not found afterwards (must be 0).
"""
import base64
import json
import sys
import time
import urllib.error
import urllib.request
import uuid

PASSWORD = "ocop-demo"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
MEMBERS = ["council1", "council2", "council3", "council4", "council5"]


def call(base, user, method, path, body=None, content_type="application/json", timeout=30):
    data = None
    headers = {"Accept": "application/json",
               "Authorization": "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()}
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = content_type
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        return 0, str(e)


def expect(result, status, what):
    if result[0] != status:
        raise SystemExit(f"{what}: expected {status}, got {result[0]}: {str(result[1])[:300]}")
    return result[1]


def upload(base, product, kind):
    boundary = "----ocop" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n{kind}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{kind}.pdf\"\r\n"
            f"Content-Type: application/pdf\r\n\r\n").encode() + PDF + f"\r\n--{boundary}--\r\n".encode()
    expect(call(base, "admin", "POST", f"/api/v1/products/{product}/documents", body,
                f"multipart/form-data; boundary={boundary}"), 201, "document")


def prepare(base):
    run = str(int(time.time() * 1000) % 10_000_000)
    producer = expect(call(base, "admin", "POST", "/api/v1/producers", {
        "name": f"HTX cụm máy chủ {run}", "legalForm": "COOPERATIVE",
        "registrationNumber": "29" + run.zfill(8), "communeCode": "18322"}), 201, "producer")["id"]
    products = []
    for i in range(3):
        product = expect(call(base, "admin", "POST", "/api/v1/products", {
            "name": f"Sản phẩm chấm điểm {run}-{i}", "producerId": producer, "productSetCode": "1048-01",
            "communeCode": "18322", "cycleYear": 2019}), 201, "product")["id"]
        expect(call(base, "admin", "POST", f"/api/v1/products/{product}/selection", {"selected": True}), 200, "selection")
        for kind in ("REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION", "BUSINESS_REGISTRATION"):
            upload(base, product, kind)
        expect(call(base, "admin", "POST", f"/api/v1/products/{product}/submission"), 200, "submission")
        products.append(product)
    council = expect(call(base, "admin", "POST", "/api/v1/councils", {
        "level": "PROVINCE", "unitCode": "42", "year": 2019, "name": f"Hội đồng cụm máy chủ {run}",
        "members": [{"username": m, "role": "CHAIR" if i == 0 else "MEMBER"} for i, m in enumerate(MEMBERS)]}),
        201, "council")["id"]
    session = expect(call(base, "admin", "POST", "/api/v1/evaluations",
                          {"councilId": council, "productIds": products}), 201, "session")["id"]
    expect(call(base, MEMBERS[0], "PUT", f"/api/v1/evaluations/{session}/attendance",
                {"members": [{"username": m, "status": "PRESENT"} for m in MEMBERS]}), 200, "attendance")
    print(session, ",".join(products))


def saves(base, session, products, seconds):
    products = products.split(",")
    acknowledged = {}
    sent = retried = failed = 0
    deadline = time.time() + seconds
    n = 0
    while time.time() < deadline:
        product = products[n % len(products)]
        picks = {"A1.1": n % 3 + 1, "A1.2": (n // 3) % 4 + 1}
        n += 1
        path = f"/api/v1/evaluations/{session}/products/{product}/scorecard"
        for attempt in range(6):
            sent += 1
            status, body = call(base, "council2", "PUT", path, {"selections": picks}, timeout=10)
            if status == 200:
                acknowledged[product] = picks
                break
            if status in (0, 502, 503, 504):
                retried += 1
                time.sleep(0.2)
                continue
            raise SystemExit(f"save answered {status}: {str(body)[:300]}")
        else:
            failed += 1
    lost = 0
    for product, picks in acknowledged.items():
        status, view = call(base, "council2", "GET", f"/api/v1/evaluations/{session}/products/{product}/scorecard")
        if status != 200 or any(view["selections"].get(k) != v for k, v in picks.items()):
            lost += 1
    print(lost, f"{n} saves ({sent} requests, {retried} sent again after a failure, {failed} given up); "
                f"last acknowledged picks of {len(acknowledged)} products read back, {lost} lost")


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2])
    elif sys.argv[1] == "saves":
        saves(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]))
    else:
        raise SystemExit(__doc__)
