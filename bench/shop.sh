#!/usr/bin/env bash
# Issue #9: checkout p95 at 20 concurrent buyers (goal < 150 ms) and the public listing page p95 (goal < 50 ms).
# Starts the packaged application on a fresh temporary H2 database with demo data; bench/ShopBench.java certifies
# and lists N products through the real flow (API calls of the province, the council and the office); then wrk (a C
# load generator, so the two cores go to the server; bench/shop.lua) measures 20 clients without pause on:
#   GET /shop (the listing page), GET /api/v1/shop/listings, POST /api/v1/shop/orders (checkouts of 1-3 listings)
# each after WARMUP seconds unmeasured (the JIT compiler at work), for SECONDS each; then stops the server.
#
#   bench/shop.sh [products] [seconds]     (default 20 products, 20 s; builds the jar if missing; needs wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-20}
SECONDS_MEASURED=${2:-20}
WARMUP=${WARMUP:-15}
CLIENTS=${CLIENTS:-20}
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)"; exit 1; }
PORT=${PORT:-18089}
BASE="http://127.0.0.1:$PORT"
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g"}
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1); fi
JAR=$(realpath "$JAR")
work=$(mktemp -d)
echo "jar: $JAR"
echo "JVM flags: $JVM_FLAGS"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$work/db" \
  --ocop.storage.root="$work/files" --ocop.certification.expiry-job=false \
  --logging.level.root=WARN >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 3000); do curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy"; tail -50 "$work/app.log"; exit 1; }
for _ in $(seq 1 200); do curl -fs -u admin:ocop-demo "$BASE/api/v1/cycles" 2>/dev/null | grep -q '"year":2019' && break; sleep 0.1; done
java bench/ShopBench.java "$BASE" "$PRODUCTS" | tee "$work/setup.txt" | grep -v '^LISTINGS'
listings=$(sed -n 's/^LISTINGS //p' "$work/setup.txt")
commune=$(sed -n 's/^COMMUNE //p' "$work/setup.txt")
for mode in page listings checkout; do
  wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s bench/shop.lua "$BASE" -- "$mode" "$commune" "$listings" >/dev/null
  echo "RESULT $mode clients=$CLIENTS $(wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" -s bench/shop.lua "$BASE" -- "$mode" "$commune" "$listings" | tail -n 1)"
done
echo "orders placed (all, incl. the demo): $(curl -fs -u admin:ocop-demo "$BASE/api/v1/shop/my/orders" | grep -o "\"orderCode\"" | wc -l)"
grep -E "ERROR|Exception" "$work/app.log" | head -n 5 || true
