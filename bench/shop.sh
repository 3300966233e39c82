#!/usr/bin/env bash
# Issue #9: checkout p95 at 20 concurrent buyers (goal < 150 ms) and the public listing page p95 (goal < 50 ms).
# Starts the packaged application on a fresh temporary H2 database with demo data, runs bench/ShopBench.java against
# it over loopback (it certifies and lists N products through the real flow first), and stops the server.
#
#   bench/shop.sh [products]     (default 20; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-20}
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
java bench/ShopBench.java "$BASE" "$PRODUCTS"
