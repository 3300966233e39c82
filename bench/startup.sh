#!/usr/bin/env bash
# Cold start to healthy, and resident memory after start, of the packaged application on the embedded default
# (H2 file mode in a fresh data directory, demo data on), with the documented default JVM flags.
#
#   bench/startup.sh [runs]        (default 3 runs; builds the jar first if it is missing)
#
# Three launch modes are measured, one after the other:
#   plain      java -jar target/ocop-platform-*.jar (classes read from jars nested in the jar: the slowest)
#   extracted  the jar extracted with Spring Boot's jarmode tools (java -jar app/ocop-platform-*.jar, libraries
#              as plain jars beside it) — the production launch the README recommends ("Running in production")
#   cds        the extracted jar with a class-data sharing archive made by a training run
#              (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) — the same, faster still
# OCOP_MODES="extracted cds" measures only those.
#
# Goals (issue #2): cold start to healthy <= 12 s; resident memory after start <= 450 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:TieredStopAtLevel=1"}
PORT=${PORT:-18080}
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
echo "jar: $JAR"
echo "JVM flags: $JVM_FLAGS"
MODES=${OCOP_MODES:-"plain extracted cds"}
HERE=$(pwd)
CDS_DIR="$HERE/target/cds"
rm -rf "$CDS_DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR" >/dev/null
if [[ " $MODES " == *" cds "* ]]; then
  train=$(mktemp -d)
  (cd "$train" && java $JVM_FLAGS -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$CDS_DIR/$(basename "$JAR")" --server.port="$PORT" >"$train/train.log" 2>&1) || true
  rm -rf "$train"
  [ -f "$CDS_DIR/app.jsa" ] || { echo "the training run made no archive"; exit 1; }
fi
printf '%-10s %-4s %-16s %-14s %-16s\n' mode run "healthy after s" "RSS MB" "RSS after 200 req"
for mode in $MODES; do
for run in $(seq 1 "$RUNS"); do
  work=$(mktemp -d)
  if [ "$mode" = cds ]; then
    launch="java $JVM_FLAGS -XX:SharedArchiveFile=$CDS_DIR/app.jsa -jar $CDS_DIR/$(basename "$JAR")"
  elif [ "$mode" = extracted ]; then
    launch="java $JVM_FLAGS -jar $CDS_DIR/$(basename "$JAR")"
  else
    launch="java $JVM_FLAGS -jar $HERE/$JAR"
  fi
  start=$(date +%s.%N)
  (cd "$work" && exec $launch --server.port="$PORT" >"$work/app.log" 2>&1) &
  pid=$!
  healthy=""
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      healthy=$(echo "$(date +%s.%N) - $start" | bc); break
    fi
    sleep 0.1
  done
  [ -n "$healthy" ] || { echo "not healthy after 120 s ($mode); log: $work/app.log"; kill "$pid"; exit 1; }
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status)
  for _ in $(seq 1 100); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/" ; curl -fs -o /dev/null -u admin:ocop-demo "http://127.0.0.1:$PORT/api/v1/geography/units?level=COMMUNE"
  done
  rss2=$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$pid"/status)
  printf '%-10s %-4s %-16.2f %-14s %-16s\n' "$mode" "$run" "$healthy" "$rss" "$rss2"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
done
