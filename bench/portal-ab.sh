#!/usr/bin/env bash
# Two builds of the public pages side by side, for a change too small for two bench/portal.sh runs minutes apart to
# tell (on a shared machine those differ by up to a fifth): both servers run at once, each on its own copy of a
# catalogue that bench/portal.sh has seeded, and take turns under the same load (wrk, 50 clients,
# bench/portal-diverse.lua), A then B, B then A, round after round, each round with searches of its own seed that
# both builds are asked. For each mode: the requests per second of each, the CPU time of its request threads
# (Tomcat's http-nio-*) per request, and B's over A's. Compare the modes' ratios to the trivial mode's, which
# should be 1.00 (two JVMs of the same build differ by a few per cent: take what stays beyond that).
#   bench/portal-ab.sh JAR_A JAR_B DIR "modes" [rounds] [seconds]   e.g. bench/portal-ab.sh /tmp/a.jar \
#                      target/ocop-platform-0.1.0-SNAPSHOT.jar /tmp/ocop-portal-bench/100000 "trivial product" 4 8
# DIR is one catalogue size's directory of a bench/portal.sh run. Caches off unless CACHE_SIZE / RENDERED_CHARS;
# WARM seconds of warm-up per mode and server (10); APP_ARGS adds arguments to both applications. The servers start
# as in production (bench/launch.sh).
set -uo pipefail
A=$(realpath "$1"); B=$(realpath "$2"); SRC=$(realpath "$3"); MODES=$4; ROUNDS=${5:-4}; SECS=${6:-8}
cd "$(dirname "$0")/.."
. bench/launch.sh
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)"; exit 1; }
TICK=$(getconf CLK_TCK)
WORK=$(mktemp -d)
declare -A PID PORT=([A]=18201 [B]=18202) JARS=([A]=$A [B]=$B)
stop() { kill "${PID[A]:-}" "${PID[B]:-}" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap stop EXIT
for x in A B; do
  cp -a "$SRC" "$WORK/$x"
  ocop_launch "${JARS[$x]}"
  dir="$WORK/$x"
  url="jdbc:h2:file:$dir/db;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096"
  (cd "$dir" && exec java ${OCOP_JVM_FLAGS:-$OCOP_RUN_FLAGS} $OCOP_LAUNCH --server.port=${PORT[$x]} \
    "--spring.datasource.url=$url" --ocop.search.index-dir="$dir/index" --ocop.storage.root="$dir/files" \
    --ocop.demo.enabled=true --ocop.portal.catalogue.refresh-interval=PT24H \
    --ocop.portal.catalogue.cache-size=${CACHE_SIZE:-0} \
    --ocop.portal.catalogue.rendered-cache-chars=${RENDERED_CHARS:-0} ${APP_ARGS:-} >"$dir/app.log" 2>&1) &
  PID[$x]=$!
done
for x in A B; do
  for _ in $(seq 1 3000); do
    kill -0 "${PID[$x]}" 2>/dev/null || { echo "server $x did not start:"; tail -5 "$WORK/$x/app.log"; exit 1; }
    curl -fs "http://127.0.0.1:${PORT[$x]}/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    sleep 0.1
  done
done
# the product mode asks for the seeded products only
PRODUCTS=$(cat "$SRC/seeded.txt" 2>/dev/null || curl -fs "http://127.0.0.1:${PORT[A]}/api/v1/public/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
workers() {
  local sum=0 t
  for t in /proc/$1/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in http-nio*) sum=$((sum + $(awk '{print $14+$15}' "$t/stat" 2>/dev/null || echo 0)));; esac
  done
  echo $sum
}
# run SERVER MODE SEED SECONDS: prints the requests and the request threads' CPU ticks
run() {
  local before after line
  before=$(workers "${PID[$1]}")
  line=$(wrk -t2 -c50 -d"$4"s --timeout 30s -s bench/portal-diverse.lua "http://127.0.0.1:${PORT[$1]}" -- "$2" "$3" 30000 \
    "$PRODUCTS" "$SRC/places.txt" "$SRC/codes.txt" 2 | tail -n 1)
  after=$(workers "${PID[$1]}")
  echo "$(echo "$line" | sed -nE 's/.*requests=([0-9]+).*/\1/p') $((after - before))"
}
for mode in $MODES; do
  for x in A B; do run $x "$mode" 1001 "${WARM:-10}" >/dev/null; done
  declare -A REQ=([A]=0 [B]=0) TICKS=([A]=0 [B]=0)
  for round in $(seq 1 "$ROUNDS"); do
    order="A B"; [ $((round % 2)) = 0 ] && order="B A"
    for x in $order; do
      read -r req ticks < <(run $x "$mode" $((round * 7)) "$SECS")
      REQ[$x]=$((REQ[$x] + req)); TICKS[$x]=$((TICKS[$x] + ticks))
    done
  done
  cpu_a=$(echo "scale=4; ${TICKS[A]} * 1000 / $TICK / ${REQ[A]}" | bc)
  cpu_b=$(echo "scale=4; ${TICKS[B]} * 1000 / $TICK / ${REQ[B]}" | bc)
  printf '%-8s A %6d req/s %s ms   B %6d req/s %s ms   B/A: CPU %s, req/s %s\n' "$mode" \
    $((REQ[A] / (ROUNDS * SECS))) "$cpu_a" $((REQ[B] / (ROUNDS * SECS))) "$cpu_b" \
    "$(echo "scale=3; $cpu_b / $cpu_a" | bc)" "$(echo "scale=3; ${REQ[B]} / ${REQ[A]}" | bc)"
done
echo "RSS after: A $(awk '/VmRSS/ {print int($2/1024)}' "/proc/${PID[A]}/status") MB, B $(awk '/VmRSS/ {print int($2/1024)}' "/proc/${PID[B]}/status") MB"
