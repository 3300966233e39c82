#!/usr/bin/env bash
# Issue #4: closing a session of 100 products x 9 members (goal < 2 s) and the scorecard save round trip
# (goal p95 < 50 ms). Starts the packaged application on a fresh temporary H2 database with demo data, runs
# bench/EvaluationBench.java against it over loopback, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18083}
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g"}
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1); fi
work=$(mktemp -d)
java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$work/db" \
  --ocop.storage.root="$work/files" --logging.level.root=WARN >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
sleep 3  # demo data
java bench/EvaluationBench.java "http://127.0.0.1:$PORT"
