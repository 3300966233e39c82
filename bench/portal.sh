#!/usr/bin/env bash
# Public catalogue and pages over 20,000 and 100,000 certified products, asked as many different visitors ask them.
# The packaged application on an H2 database file with the demo data; the catalogue's read model filled by SQL while
# the application is stopped (bench/PortalBenchFile.java: real communes and districts, Vietnamese names), indexed at
# the next start; the hourly reconciliation with the certificates is pushed out of the run. Then 50 concurrent
# anonymous clients without pause (wrk, a C load generator, so that the two cores go to the server rather than to
# the client; bench/portal-diverse.lua) ask, one mode after the other:
#   - trivial: /robots.txt, the reference: every other mode's throughput is given as a ratio of it (measured first
#     and last in each run, the mean taken: the machine may be shared, so absolute numbers are noisy);
#   - api:     GET /api/v1/public/products?… — SIZE distinct generated searches (kinds with and without
#     diacritics, typos, place names, star filters, sorting, pages 2–4) that do not repeat during the run;
#   - page:    the catalogue page's htmx fragment (/products?…, HX-Request) of the same kind of searches;
#   - product: product pages of random seeded products; home: the home page; verify: /verify/{code} of the demo
#     data's real certificates.
# Each mode first runs unmeasured for WARMUP seconds with other searches (another seed, so the measured ones are
# not in a cache), then is measured for SECONDS. For each mode: throughput, its ratio to /robots.txt, p50/p95/p99,
# the server's CPU time per request (from /proc/<pid>/stat, the robust figure on a shared machine) and the RSS after
# the run. Each catalogue size is run with the caches on and again with them off (ocop.portal.catalogue.cache-size=0
# and no rendered-results cache): the goal must hold both ways. Finally the weight of a product page.
#
#   bench/portal.sh [sizes] [seconds]     (default "20000 100000", 20 s per mode; builds the jar if missing)
# Environment: SEED (1), SIZE (distinct searches per mode, 30000), WARMUP (15 s), CLIENTS (50), CACHE_SIZE and
# RENDERED_CHARS (the caches when on: 500 answers, 2000000 characters, the defaults),
# CACHES ("on off"), MODES ("trivial api page product home verify"), REPEAT=1 adds the 20 repeating searches of
# bench/portal.lua (api-repeat, page-repeat). JFR=1 records a flight recording of every run into the bench dir.
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${1:-"20000 100000"}
SECONDS_MEASURED=${2:-20}
WARMUP=${WARMUP:-15}
CLIENTS=${CLIENTS:-50}
SEED=${SEED:-1}
SIZE=${SIZE:-30000}
CACHES=${CACHES:-"on off"}
MODES=${MODES:-"trivial api page product home verify"}
if [ "${REPEAT:-0}" = 1 ]; then MODES="$MODES api-repeat page-repeat"; fi
PAGE_GOAL_KB=${PAGE_GOAL_KB:-60}
# the server starts as in production (bench/launch.sh: the extracted layout with a CDS archive, the JVM flags of
# OCOP_RUN_FLAGS unless OCOP_JVM_FLAGS is set, MALLOC_ARENA_MAX=2)
. "$(dirname "$0")/launch.sh"
JVM_FLAGS=${OCOP_JVM_FLAGS:-$OCOP_RUN_FLAGS}
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)"; exit 1; }
PORT=${PORT:-18084}
BASE="http://127.0.0.1:$PORT"
ROOT=${BENCH_DIR:-/tmp/ocop-portal-bench}
TICK=$(getconf CLK_TCK)

JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
JAR=$(realpath "$JAR")
ocop_launch "$JAR"
pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop EXIT

# start <log> <cache on|off>
start() {
  local log="$DIR/$1" cache_size=${CACHE_SIZE:-500} rendered=${RENDERED_CHARS:-2000000} jfr=""
  if [ "$2" = off ]; then cache_size=0; rendered=0; fi
  if [ "${JFR:-0}" = 1 ]; then jfr="-XX:StartFlightRecording=filename=$DIR/${1%.log}.jfr,settings=profile"; fi
  (cd "$DIR" && exec java $JVM_FLAGS $jfr $OCOP_LAUNCH --server.port="$PORT" "--spring.datasource.url=$URL" \
    --ocop.search.index-dir="$DIR/index" --ocop.storage.root="$DIR/files" --ocop.demo.enabled=true \
    --ocop.portal.catalogue.refresh-interval=PT24H --ocop.portal.catalogue.cache-size="$cache_size" \
    --ocop.portal.catalogue.rendered-cache-chars="$rendered" >"$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 4800); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the application stopped; log:"; tail -50 "$log"; exit 1; fi
    sleep 0.05
  done
  curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy after 240 s"; tail -50 "$log"; exit 1; }
}
total() { curl -fs "$BASE/api/v1/public/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
cpu_ticks() { awk '{print $14 + $15}' /proc/"$pid"/stat; }
rss_mb() { awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status; }

# run <mode> <seed> <seconds>: one wrk run; prints its summary line
run() {
  local mode=$1 seed=$2 secs=$3
  case "$mode" in
    *-repeat) wrk -t2 -c"$CLIENTS" -d"${secs}s" --timeout 30s -s bench/portal.lua "$BASE" -- "${mode%-repeat}" | tail -n 1 ;;
    *) wrk -t2 -c"$CLIENTS" -d"${secs}s" --timeout 30s -s bench/portal-diverse.lua "$BASE" -- \
         "$mode" "$seed" "$SIZE" "$PRODUCTS" "$DIR/places.txt" "$DIR/codes.txt" 2 | tail -n 1 ;;
  esac
}

# measure <mode> <cache>: warm-up with other searches, then the measured run with the CPU time of the server
measure() {
  local mode=$1 cache=$2 line before after requests cpu
  run "$mode" $((SEED + 1000)) "$WARMUP" >/dev/null
  before=$(cpu_ticks)
  line=$(run "$mode" "$SEED" "$SECONDS_MEASURED")
  after=$(cpu_ticks)
  requests=$(echo "$line" | sed -nE 's/.*requests=([0-9]+).*/\1/p')
  if [ "${requests:-0}" -gt 0 ]; then cpu=$(echo "scale=3; ($after - $before) * 1000 / $TICK / $requests" | bc); else cpu=-; fi
  echo "RESULT size=$PRODUCTS cache=$cache mode=$mode $line cpu=${cpu}ms/req rss=$(rss_mb)MB" | tee -a "$ROOT/results.txt"
}

# the table of one run: each mode's throughput as a share of the trivial endpoint's
table() {
  local size=$1 cache=$2
  awk -v size="$size" -v cache="$cache" '
    $2 == "size=" size && $3 == "cache=" cache {
      mode = substr($4, 6); if (mode == "trivial" && tn++) mode = "trivial" tn; order[++n] = mode
      for (i = 5; i <= NF; i++) { split($i, kv, "="); gsub(/[^0-9.]/, "", kv[2]); v[mode, kv[1]] = kv[2] }
      if (mode ~ /^trivial/) t += v[mode, "throughput"]
    }
    END {
      if (tn == 0) exit; t /= tn
      printf "catalogue %d entries, caches %s: /robots.txt %.0f req/s (mean of %d runs)\n", size, cache, t, tn
      printf "  %-12s %9s %7s %8s %8s %8s %11s %7s\n", "mode", "req/s", "ratio", "p50 ms", "p95 ms", "p99 ms", "CPU ms/req", "RSS MB"
      for (i = 1; i <= n; i++) { m = order[i]
        printf "  %-12s %9.0f %6.1f%% %8s %8s %8s %11s %7s\n", m, v[m, "throughput"], 100 * v[m, "throughput"] / t,
          v[m, "p50"], v[m, "p95"], v[m, "p99"], v[m, "cpu"], v[m, "rss"] }
    }' "$ROOT/results.txt" | tee -a "$ROOT/tables.txt"
}

rm -rf "$ROOT"
mkdir -p "$ROOT"
echo "jar: $JAR"
for PRODUCTS in $SIZES; do
  DIR="$ROOT/$PRODUCTS"
  mkdir -p "$DIR"
  URL="jdbc:h2:file:$DIR/db;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096"
  start first.log on
  sleep 5   # the demo data (certified demo products) lands just after start-up
  echo "catalogue before seeding: $(total) products"
  # the demo data's real certificates, for /verify/{code}
  curl -fs "$BASE/api/v1/public/products?size=100" | grep -oE '"certificateCode":"[^"]+"' | cut -d'"' -f4 >"$DIR/codes.txt"
  stop
  # places as visitors type them: communes and districts without their prefix, with and without diacritics
  tail -n +2 src/main/resources/geo/hatinh-units-2020-2024.csv | cut -d, -f2 \
    | sed -E 's/^(Xã|Phường|Thị trấn|Huyện|Thị xã|Thành phố|Tỉnh) //' | sort -u \
    | while read -r p; do echo "$p|$(echo "$p" | iconv -f utf8 -t ascii//TRANSLIT)"; done >"$DIR/places.txt"
  unzip -q -o "$JAR" 'BOOT-INF/lib/h2-*' -d "$DIR/jar"
  java bench/PortalBenchFile.java "$DIR/seed.sql" "$PRODUCTS" src/main/resources/geo/hatinh-units-2020-2024.csv
  echo "$PRODUCTS" >"$DIR/seeded.txt" # bench-0 … bench-(PRODUCTS-1): what bench/portal-profile.sh's product mode asks for
  t0=$(date +%s.%N)
  java -cp "$DIR"/jar/BOOT-INF/lib/h2-*.jar org.h2.tools.RunScript -url "$URL" -user sa -script "$DIR/seed.sql"
  printf 'seeded %d catalogue rows by SQL in %.1f s; %d certificate codes, %d places\n' "$PRODUCTS" \
    "$(echo "$(date +%s.%N) - $t0" | bc)" "$(wc -l <"$DIR/codes.txt")" "$(wc -l <"$DIR/places.txt")"
  for cache in $CACHES; do
    start "app-cache-$cache.log" "$cache"
    grep -E "Catalogue index out of step|Started OcopApplication" "$DIR/app-cache-$cache.log" | sed -E 's/^.*(Catalogue|Started)/  \1/' || true
    echo "catalogue: $(total) products; caches $cache; RSS after start $(rss_mb) MB"
    for mode in $MODES; do measure "$mode" "$cache"; done
    [[ " $MODES " == *" trivial "* ]] && measure trivial "$cache"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    table "$PRODUCTS" "$cache"
    if [ "$PRODUCTS" = "$(echo $SIZES | awk '{print $NF}')" ] && [ "$cache" = "$(echo $CACHES | awk '{print $1}')" ]; then
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
      echo "product page: $bytes_total bytes of HTML + CSS + JS, compressed, before images (goal < $PAGE_GOAL_KB KB)"
    fi
    stop
  done
done
echo
cat "$ROOT/tables.txt"
