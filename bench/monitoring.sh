#!/usr/bin/env bash
# Issue #6: the province's monthly summary and the 5-year trend with a simulated province of 2,000 producers and
# 5 years of monthly reports (goal: each under 300 ms). Starts the packaged application on a fresh temporary H2
# database (AUTO_SERVER so the benchmark can write the simulated reports straight into the monitoring tables), runs
# bench/MonitoringBench.java against it over loopback, and stops the server.
#
#   bench/monitoring.sh [producers]     (default 2000; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCERS=${1:-2000}
PORT=${PORT:-18086}
BASE="http://127.0.0.1:$PORT"
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:TieredStopAtLevel=1"}
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1); fi
JAR=$(realpath "$JAR")
H2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -n 1)
work=$(mktemp -d)
URL="jdbc:h2:file:$work/db;AUTO_SERVER=TRUE"
echo "jar: $JAR"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$URL" --ocop.storage.root="$work/files" \
  --ocop.certification.expiry-job=false --ocop.monitoring.reminder-job=false --logging.level.root=WARN >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 900); do curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy"; tail -50 "$work/app.log"; exit 1; }
for _ in $(seq 1 300); do curl -fs -u admin:ocop-demo "$BASE/api/v1/inspections/plans" 2>/dev/null | grep -q '"year"' && break; sleep 0.2; done
java -cp "$H2" bench/MonitoringBench.java "$BASE" "$URL" "$PRODUCERS"
