#!/usr/bin/env bash
# Public catalogue over 20,000 certified products: the packaged application on an H2 database file with the demo
# data; the catalogue's read model filled with 20,000 rows by SQL while the application is stopped
# (bench/PortalBenchFile.java: real communes and districts, Vietnamese names), indexed at the next start (the
# index is rebuilt when it does not hold as many documents as the table has rows); the hourly reconciliation with
# the certificates is pushed out of the run. Then 50 concurrent anonymous clients without pause (wrk, a C load
# generator, so that the two cores go to the server rather than to the client; bench/portal.lua) search with and
# without diacritics, with typos, facets and sorting:
#   - "api":  GET /api/v1/public/products?… (24 per page); the goal applies to these numbers;
#   - "page": the catalogue page's htmx fragment (/products?…, HX-Request): search, facet counts and rendering.
# Each mode first runs unmeasured for WARMUP seconds (the JIT compiler at work), then is measured for SECONDS.
# Finally the weight of a product page: HTML + CSS + JS as served compressed (gzip), images excluded.
#
#   bench/portal.sh [products] [seconds]     (default 20000 products, 20 s per mode; builds the jar if missing)
# Needs wrk (Debian: apt-get install wrk). CACHE_SIZE=0 turns off the catalogue's caches (answers, default 2000,
# and rendered result pages, both kept until the catalogue changes): every search is then run and rendered.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-20000}
SECONDS_MEASURED=${2:-20}
WARMUP=${WARMUP:-20}
CLIENTS=${CLIENTS:-50}
GOAL_MS=${GOAL_MS:-50}
PAGE_GOAL_KB=${PAGE_GOAL_KB:-60}
# request latency is measured with the full JIT compiler (the startup flag TieredStopAtLevel=1 is for start-up)
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g"}
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)"; exit 1; }
PORT=${PORT:-18084}
# CACHE_SIZE=0 turns off both caches: the answers and the rendered result pages
if [ "${CACHE_SIZE:-2000}" = 0 ]; then RENDERED_CACHE=0; else RENDERED_CACHE=8000000; fi
BASE="http://127.0.0.1:$PORT"
DIR=${BENCH_DIR:-/tmp/ocop-portal-bench}

JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
JAR=$(realpath "$JAR")
rm -rf "$DIR"
mkdir -p "$DIR"
pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop EXIT
URL="jdbc:h2:file:$DIR/db;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
start() {
  local log="$DIR/$1"
  (cd "$DIR" && exec java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" "--spring.datasource.url=$URL" \
    --ocop.search.index-dir="$DIR/index" --ocop.storage.root="$DIR/files" --ocop.demo.enabled=true \
    --ocop.portal.catalogue.refresh-interval=PT24H --ocop.portal.catalogue.cache-size="${CACHE_SIZE:-2000}" \
    --ocop.portal.catalogue.rendered-cache-chars="$RENDERED_CACHE" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 2400); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; log:"; tail -50 "$log"; exit 1; fi
    sleep 0.05
  done
  curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy after 120 s"; tail -50 "$log"; exit 1; }
}
total() { curl -fs "$BASE/api/v1/public/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }

echo "jar: $JAR"
start first.log
sleep 5   # the demo data (certified demo products) lands just after start-up
echo "catalogue before seeding: $(total) products"
stop
unzip -q -o "$JAR" 'BOOT-INF/lib/h2-*' -d "$DIR/jar"
java bench/PortalBenchFile.java "$DIR/seed.sql" "$PRODUCTS" src/main/resources/geo/hatinh-units-2020-2024.csv
t0=$(date +%s.%N)
java -cp "$DIR"/jar/BOOT-INF/lib/h2-*.jar org.h2.tools.RunScript -url "$URL" -user sa -script "$DIR/seed.sql"
printf 'seeded %d catalogue rows by SQL in %.1f s\n' "$PRODUCTS" "$(echo "$(date +%s.%N) - $t0" | bc)"
start app.log
grep -E "Catalogue index out of step|Started OcopApplication" "$DIR/app.log" | sed -E 's/^.*(Catalogue|Started)/  \1/' || true
echo "catalogue: $(total) products; 'nuoc mam': $(curl -fs "$BASE/api/v1/public/products?size=1&q=nuoc+mam" | sed -E 's/.*"total":([0-9]+).*/\1/')"

for mode in api page; do
  wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s bench/portal.lua "$BASE" -- "$mode" >/dev/null
  echo "RESULT $mode clients=$CLIENTS $(wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" -s bench/portal.lua "$BASE" -- "$mode" | tail -n 1)" \
    | tee "$DIR/$mode.txt"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); RSS: $(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status) MB"

# the weight of a product page (a demo product if there is one, else a seeded one), as a browser fetches it
slug=$(curl -fs "$BASE/api/v1/public/products?size=1&q=cam+vu+quang" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
html="$DIR/product.html"
curl -fs "$BASE/products/$slug" -o "$html"
bytes_total=0
report() { printf '  %-60s %7d bytes (gzip)\n' "$1" "$2"; bytes_total=$((bytes_total + $2)); }
report "/products/$slug" "$(curl -fs -H 'Accept-Encoding: gzip' "$BASE/products/$slug" | wc -c)"
for asset in $(grep -oE '(href|src)="/(css|js|webjars)/[^"]+"' "$html" | sed -E 's/^(href|src)="([^"]+)"/\2/' | sort -u); do
  report "$asset" "$(curl -fs -H 'Accept-Encoding: gzip' "$BASE$asset" | wc -c)"
done
echo "product page: $bytes_total bytes of HTML + CSS + JS, compressed, before images"
stop

p95=$(sed -nE 's/^RESULT api .*p95=([0-9.]+).*/\1/p' "$DIR/api.txt")
ok=0
if [ "$(echo "$p95 < $GOAL_MS" | bc)" -eq 1 ]; then echo "OK: p95 $p95 ms (public API) under $GOAL_MS ms"; else echo "FAIL: p95 $p95 ms (public API) over $GOAL_MS ms"; ok=1; fi
if [ "$bytes_total" -lt $((PAGE_GOAL_KB * 1024)) ]; then echo "OK: product page under $PAGE_GOAL_KB KB"; else echo "FAIL: product page over $PAGE_GOAL_KB KB"; ok=1; fi
exit $ok
