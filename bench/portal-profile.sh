#!/usr/bin/env bash
# Where a public page's time goes, mode by mode, on a catalogue that bench/portal.sh has already seeded (so that
# several builds can be compared on the same data without seeding again):
#   bench/portal-profile.sh JAR DIR mode...     e.g. bench/portal-profile.sh target/ocop-platform-*.jar \
#                                                       /tmp/ocop-portal-bench/100000 trivial api page product
# DIR is one catalogue size's directory of a bench/portal.sh run (its db, index, places.txt, codes.txt). For each
# mode (those of bench/portal-diverse.lua): a warm-up with other searches, then a measured wrk run (50 clients) with
# the server's CPU time per request and RSS, and a JFR recording of that run only (DIR/prof-MODE.jfr; read it with
# `jfr view hot-methods` or `jfr print`). NOJFR=1 skips the recordings (JFC: their settings, e.g. a file written by `jfr configure method-profiling=max`), APP_ARGS adds arguments to the application (a setting to compare), CACHE=on turns the search caches on (CACHE_SIZE answers, RENDERED_CHARS characters: the defaults; off by
# default), NMT=1 with -XX:NativeMemoryTracking=summary in OCOP_JVM_FLAGS writes DIR/nmt.txt at the end, HISTO=1 the live
# heap by class (DIR/histo.txt, after a full collection) and the heap's sizes (DIR/heap.txt), HPROF=1 a heap dump (DIR/heap.hprof), PMAP=1 the mappings by
# resident size (DIR/pmap.txt), SECS and WARM set the seconds per run. The server starts as in production
# (bench/launch.sh: extracted layout with a CDS archive, OCOP_RUN_FLAGS, MALLOC_ARENA_MAX=2; CDS=0 without the archive).
set -euo pipefail
JAR=$(realpath "$1"); DIR=$(realpath "$2"); shift 2
PORT=${PORT:-18085}; BASE="http://127.0.0.1:$PORT"; SECS=${SECS:-20}; WARM=${WARM:-10}
cache_size=${CACHE_SIZE:-500}; rendered=${RENDERED_CHARS:-2000000}; if [ "${CACHE:-off}" = off ]; then cache_size=0; rendered=0; fi
. "$(dirname "$0")/launch.sh"
JFLAGS=${OCOP_JVM_FLAGS:-$OCOP_RUN_FLAGS}
ocop_launch "$JAR"
URL="jdbc:h2:file:$DIR/db;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=4096${H2_OPTS:-}"
cd "$(dirname "$0")/.."
(cd "$DIR" && exec java $JFLAGS $OCOP_LAUNCH --server.port=$PORT "--spring.datasource.url=$URL" \
  --ocop.search.index-dir="$DIR/index" --ocop.storage.root="$DIR/files" --ocop.demo.enabled=true \
  --ocop.portal.catalogue.refresh-interval=PT24H --ocop.portal.catalogue.cache-size=$cache_size \
  --ocop.portal.catalogue.rendered-cache-chars=$rendered ${APP_ARGS:-} >"$DIR/prof-app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for _ in $(seq 1 3000); do kill -0 $pid 2>/dev/null || { tail -5 "$DIR/prof-app.log"; exit 1; }; curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
PRODUCTS=$(curl -fs "$BASE/api/v1/public/products?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "up: $PRODUCTS products, rss $(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status) MB"
# the product mode asks for the seeded products only (bench-0 … bench-(n-1)), not for the demo's beside them
[ -f "$DIR/seeded.txt" ] && PRODUCTS=$(cat "$DIR/seeded.txt")
TICK=$(getconf CLK_TCK)
# the CPU time of the request threads alone (Tomcat's http-nio-*): without the JIT compiler's and GC's threads, whose
# share of a short run varies most from run to run on a shared machine
workers() { local sum=0 t; for t in /proc/$pid/task/*; do case "$(cat "$t/comm" 2>/dev/null)" in http-nio*) sum=$((sum + $(awk '{print $14+$15}' "$t/stat" 2>/dev/null || echo 0)));; esac; done; echo $sum; }
# the KB allocated so far, about: the young collections times the eden's capacity, and what the eden holds now
eden() { jstat -gc $pid | awk 'NR==1 {for (i = 1; i <= NF; i++) h[$i] = i} NR==2 {printf "%d", $h["YGC"] * $h["EC"] + $h["EU"]}'; }
for mode in "$@"; do
  wrk -t2 -c50 -d${WARM}s --timeout 30s -s bench/portal-diverse.lua "$BASE" -- $mode 1001 30000 $PRODUCTS "$DIR/places.txt" "$DIR/codes.txt" 2 >/dev/null
  [ "${NOJFR:-0}" = 1 ] || jcmd $pid JFR.start name=$mode settings=${JFC:-profile} >/dev/null
  b=$(awk '{print $14+$15}' /proc/$pid/stat); wb=$(workers); gb=$(eden)
  line=$(wrk -t2 -c50 -d${SECS}s --timeout 30s -s bench/portal-diverse.lua "$BASE" -- $mode 1 30000 $PRODUCTS "$DIR/places.txt" "$DIR/codes.txt" 2 | tail -n 1)
  a=$(awk '{print $14+$15}' /proc/$pid/stat); wa=$(workers); ga=$(eden)
  [ "${NOJFR:-0}" = 1 ] || jcmd $pid JFR.stop name=$mode filename="$DIR/prof-$mode.jfr" >/dev/null
  req=$(echo "$line" | sed -nE 's/.*requests=([0-9]+).*/\1/p')
  echo "$mode $line cpu=$(echo "scale=3; ($a-$b)*1000/$TICK/$req" | bc)ms workers=$(echo "scale=3; ($wa-$wb)*1000/$TICK/$req" | bc)ms alloc=$(echo "($ga-$gb)/$req" | bc)KB rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)MB load=$(cut -d' ' -f1 /proc/loadavg)"
done
[ -n "${NMT:-}" ] && jcmd $pid VM.native_memory summary > "$DIR/nmt.txt"
[ -n "${PMAP:-}" ] && pmap -x $pid | sort -k3 -n -r > "$DIR/pmap.txt"; grep -E "VmRSS|RssAnon|RssFile" /proc/$pid/status
# the collections of the whole run (young and full), and the time they took
jstat -gc $pid 2>/dev/null | awk 'NR==1 {for (i = 1; i <= NF; i++) h[i] = $i} NR==2 {for (i = 1; i <= NF; i++) if (h[i] ~ /^(YGC|FGC|GCT)$/) printf "%s=%s ", h[i], $i; print ""}'
# HISTO=1: the live heap by class after a full collection (after the RSS above, which it may change)
if [ -n "${HISTO:-}" ]; then jcmd $pid GC.class_histogram > "$DIR/histo.txt"; jcmd $pid GC.heap_info > "$DIR/heap.txt"; fi
# HPROF=1: a dump of the live heap (DIR/heap.hprof), for retained sizes
if [ -n "${HPROF:-}" ]; then rm -f "$DIR/heap.hprof"; jcmd $pid GC.heap_dump "$DIR/heap.hprof" >/dev/null; fi
