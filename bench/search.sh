#!/usr/bin/env bash
# Back-office search over 20,000 products: the packaged application on an H2 database file with the demo data,
# 20,000 products of 10,000 producers loaded through the registry import API (.xlsx files of 10,000 rows from
# bench/SearchBenchFile.java, each previewed and confirmed, indexed as they commit), then a fixed list of searches (Vietnamese words with and without
# diacritics, with filters, products and producers) from 4 concurrent clients (bench/SearchBench.java), twice:
#   - "basic":   GET /api/v1/products?q=… (and /producers) with HTTP Basic, 25 per page. The API is stateless, but the
#                identity module remembers a verified password for 5 minutes (CredentialCache), so the bcrypt check
#                is paid once, not per request: this measures the search. The goal applies to these numbers.
#   - "session": the list pages' result fragments (/registry/products?q=…, HX-Request) in one signed-in session,
#                for comparison: the same search plus the page's own work (layout model, Thymeleaf).
# Then the start-up cost of the search: a restart with the index in step (the check only), and a restart without
# the index directory (rebuilt from the database before the application takes requests).
#
#   bench/search.sh [products] [requests]     (default 20000 products, 2000 requests per mode; builds the jar if missing)
#
# KEEP_DATA=1 reuses the database and index of an earlier run under $BENCH_DIR (default /tmp/ocop-search-bench) when
# it already holds the products. Goal (issue "Back-office search"): p95 under 100 ms over 20,000 products.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-20000}
REQUESTS=${2:-2000}
CLIENTS=${CLIENTS:-4}
GOAL_MS=${GOAL_MS:-100}
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:TieredStopAtLevel=1"}
PORT=${PORT:-18082}
BASE="http://127.0.0.1:$PORT"
AUTH="admin:ocop-demo"
DIR=${BENCH_DIR:-/tmp/ocop-search-bench}

JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
JAR=$(realpath "$JAR")
if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$DIR"; fi
mkdir -p "$DIR"
pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop EXIT
echo "jar: $JAR"
echo "JVM flags: $JVM_FLAGS"
echo "data: $DIR (database db.mv.db, index index/)"

# starts the application; $1 names the log file
start() {
  local log="$DIR/$1"
  (cd "$DIR" && exec java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" \
    "--spring.datasource.url=jdbc:h2:file:$DIR/db;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096" \
    --ocop.search.index-dir="$DIR/index" --ocop.storage.root="$DIR/files" --ocop.demo.enabled=true \
    >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 2400); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; log:"; tail -50 "$log"; exit 1; fi
    sleep 0.05
  done
  curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy after 120 s"; tail -50 "$log"; exit 1; }
  # the demo data is written just after start-up: wait for the demo cycle
  for _ in $(seq 1 300); do
    if curl -fs -u "$AUTH" "$BASE/api/v1/cycles" | grep -q '"year":2019'; then break; fi
    sleep 0.1
  done
}
started_line() { grep -o "Started OcopApplication in [0-9.]* seconds" "$DIR/$1" || true; }
index_lines() { grep -E "Search indexes" "$DIR/$1" | sed -E 's/^.*RegistrySearchIndexer *: /  /' || true; }
total() { curl -fs -u "$AUTH" "$BASE/api/v1/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }

start app.log
echo "start (fresh): $(started_line app.log)"
before=$(total)
if [ "$before" -lt "$PRODUCTS" ]; then
  # the import files (the server takes a limited number of rows at once), written with POI from the jar's libraries
  unzip -q -o "$JAR" 'BOOT-INF/lib/*' -d "$DIR/jar"
  chunk=${CHUNK:-10000}
  for ((first = 0; first < PRODUCTS; first += chunk)); do
    rows=$((PRODUCTS - first < chunk ? PRODUCTS - first : chunk))
    file="$DIR/bench-$first.xlsx"
    java -cp "$DIR/jar/BOOT-INF/lib/*" bench/SearchBenchFile.java "$file" "$rows" "$((first / 2))" \
      src/main/resources/geo/hatinh-units-2020-2024.csv
    t0=$(date +%s.%N)
    code=$(curl -s -o "$DIR/preview.json" -w '%{http_code}' -u "$AUTH" -F "file=@$file" "$BASE/api/v1/imports/registry")
    if [ "$code" != 200 ] || ! grep -q '"errors":\[\]' "$DIR/preview.json"; then
      echo "preview failed ($code):"; head -c 2000 "$DIR/preview.json"; echo; exit 1
    fi
    token=$(sed -E 's/.*"token":"([^"]+)".*/\1/' "$DIR/preview.json")
    t1=$(date +%s.%N)
    code=$(curl -s -o "$DIR/confirm.json" -w '%{http_code}' -u "$AUTH" -X POST "$BASE/api/v1/imports/registry/$token/confirm")
    t2=$(date +%s.%N)
    if [ "$code" != 201 ]; then echo "confirm failed ($code):"; head -c 2000 "$DIR/confirm.json"; echo; exit 1; fi
    printf 'import of %d products: preview %.1f s, confirm (database + index) %.1f s\n' "$rows" \
      "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
  done
  grep -E "Import of .* confirmed" "$DIR/app.log" | sed -E 's/^.*RegistryImport *: /  app: /' || true
fi
after=$(total)
echo "products: $after (GET /api/v1/products?size=1); index on disk: $(du -sh "$DIR/index" | cut -f1)"
if [ "$after" -lt "$PRODUCTS" ]; then echo "FAIL: expected at least $PRODUCTS products"; exit 1; fi

java bench/SearchBench.java "$BASE" basic "$REQUESTS" "$CLIENTS" | tee "$DIR/basic.txt"
java bench/SearchBench.java "$BASE" session "$REQUESTS" "$CLIENTS" | tee "$DIR/session.txt"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); RSS: $(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status) MB"
stop

if [ -z "${SKIP_RESTARTS:-}" ]; then
  start restart.log
  echo "restart, index in step: $(started_line restart.log)"
  index_lines restart.log
  stop
  rm -rf "$DIR/index"
  start rebuild.log
  echo "restart without the index: $(started_line rebuild.log)"
  index_lines rebuild.log
  echo "products found by 'mat ong' after the rebuild: $(curl -fs -u "$AUTH" "$BASE/api/v1/products?size=1&q=mat+ong" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  stop
fi

p95=$(sed -nE 's/^RESULT basic .*p95=([0-9.]+).*/\1/p' "$DIR/basic.txt")
if [ "$(echo "$p95 < $GOAL_MS" | bc)" -eq 1 ]; then
  echo "OK: p95 $p95 ms (JSON API) under $GOAL_MS ms"
else
  echo "FAIL: p95 $p95 ms (JSON API) over $GOAL_MS ms"; exit 1
fi
