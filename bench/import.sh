#!/usr/bin/env bash
# Import of products with their producers from .xlsx through the JSON API: preview (check every row, write
# nothing) and confirm (check again, write everything in one transaction), on a fresh in-memory H2 with the demo
# data (the open 2019 cycle), with the documented default JVM flags.
#
#   bench/import.sh [products]      (default 10000: 10,000 products of 5,000 new producers; builds the jar if missing)
#
# BENCH_DB=file (default) runs on a fresh H2 database file in a temporary directory, like the embedded default
# (file mode); BENCH_DB=mem on jdbc:h2:mem:bench, which keeps all the data in the application's own heap and so
# competes with the import for the 256 MB heap of the default flags (expect more garbage collection).
#
# Goal (issue "Excel/CSV"): import of 10,000 products with their producers from .xlsx in under 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-10000}
GOAL=${GOAL_SECONDS:-30}
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:TieredStopAtLevel=1"}
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
AUTH="admin:ocop-demo"
BENCH_DB=${BENCH_DB:-file}

JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
JAR=$(realpath "$JAR")
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT
echo "jar: $JAR"
echo "JVM flags: $JVM_FLAGS"

# the generator runs as a single-file Java program with POI from the application's own libraries
unzip -q -o "$JAR" 'BOOT-INF/lib/*' -d "$work/jar"
java -cp "$work/jar/BOOT-INF/lib/*" bench/ImportBenchFile.java "$work/bench.xlsx" "$PRODUCTS" \
  src/main/resources/geo/hatinh-units-2020-2024.csv
echo "file: $(du -h "$work/bench.xlsx" | cut -f1)"

if [ "$BENCH_DB" = mem ]; then
  DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"
else
  DB_URL="jdbc:h2:file:$work/db/bench;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE"
fi
echo "database: $DB_URL"
(cd "$work" && exec java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" \
  "--spring.datasource.url=$DB_URL" --ocop.storage.root="$work/files" \
  >"$work/app.log" 2>&1) &
pid=$!
for _ in $(seq 1 1200); do
  if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; log:"; tail -50 "$work/app.log"; exit 1; fi
  sleep 0.05
done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy after 60 s"; tail -50 "$work/app.log"; exit 1; }
# the demo data is written just after start-up: wait for the demo cycle
for _ in $(seq 1 200); do
  if curl -fs -u "$AUTH" "$BASE/api/v1/cycles" | grep -q '"year":2019'; then break; fi
  sleep 0.1
done

cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' /proc/"$pid"/stat; }
total() { curl -fs -u "$AUTH" "$BASE/api/v1/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
before=$(total)

c0=$(cpu)
t0=$(date +%s.%N)
code=$(curl -s -o "$work/preview.json" -w '%{http_code}' -u "$AUTH" -F "file=@$work/bench.xlsx" "$BASE/api/v1/imports/registry")
t1=$(date +%s.%N)
c1=$(cpu)
if [ "$code" != 200 ] || ! grep -q '"errors":\[\]' "$work/preview.json"; then
  echo "preview failed ($code):"; head -c 2000 "$work/preview.json"; echo; exit 1
fi
token=$(sed -E 's/.*"token":"([^"]+)".*/\1/' "$work/preview.json")
counts=$(sed -E 's/.*"rows":([0-9]+),"producersNew":([0-9]+),"producersExisting":([0-9]+),"products":([0-9]+).*/rows \1, new producers \2, existing producers \3, products \4/' "$work/preview.json")
echo "preview: $counts"

c2=$(cpu)
t2=$(date +%s.%N)
code=$(curl -s -o "$work/confirm.json" -w '%{http_code}' -u "$AUTH" -X POST "$BASE/api/v1/imports/registry/$token/confirm")
t3=$(date +%s.%N)
c3=$(cpu)
if [ "$code" != 201 ]; then echo "confirm failed ($code):"; head -c 2000 "$work/confirm.json"; echo; exit 1; fi
echo "confirm: $(cat "$work/confirm.json")"
after=$(total)

preview=$(echo "$t1 - $t0" | bc)
confirm=$(echo "$t3 - $t2" | bc)
sum=$(echo "$preview + $confirm" | bc)
printf 'preview: %.1f s, confirm: %.1f s, total: %.1f s for %d products\n' "$preview" "$confirm" "$sum" "$PRODUCTS"
printf 'CPU time of the application: preview %.1f s, confirm %.1f s (2 cores; load average %s)\n' \
  "$(echo "$c1 - $c0" | bc)" "$(echo "$c3 - $c2" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "Import (preview|of)" "$work/app.log" | sed -E 's/^.*RegistryImport *: /  app: /' || true
echo "products before: $before, after: $after (GET /api/v1/products?size=1)"
rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status 2>/dev/null || echo "?")
echo "RSS after the import: $rss MB"
status=0
if [ "$((after - before))" -ne "$PRODUCTS" ]; then echo "FAIL: expected $PRODUCTS new products"; status=1; fi
if [ "$(echo "$sum < $GOAL" | bc)" -ne 1 ]; then echo "FAIL: slower than the goal of $GOAL s"; status=1; fi
[ "$status" -eq 0 ] && echo "OK: under $GOAL s"
exit $status
