#!/usr/bin/env bash
# Issue #5: certificate PDFs per second on one core (goal >= 20) and the public verification page at 50 concurrent
# clients (goal p95 < 30 ms). Starts the packaged application on a fresh temporary H2 database with demo data, runs
# bench/CertificateBench.java against it over loopback (it rates and certifies N products through the real flow
# first), pins the server to CPU 0 and the client to CPU 1 for the measurements, and stops the server.
#
#   bench/certificates.sh [products]     (default 100; builds the jar if missing)
#   BENCH_SAMPLES=dir bench/certificates.sh   also keeps a sample PDF, labels and verification page in dir
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-100}
PORT=${PORT:-18085}
BASE="http://127.0.0.1:$PORT"
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:TieredStopAtLevel=1"}
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1); fi
JAR=$(realpath "$JAR")
work=$(mktemp -d)
echo "jar: $JAR"
echo "JVM flags: $JVM_FLAGS"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the cores: compare CPU seconds)"
java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$work/db" \
  --ocop.storage.root="$work/files" --ocop.certification.expiry-job=false --logging.level.root=WARN >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 900); do curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break; sleep 0.1; done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "not healthy"; tail -50 "$work/app.log"; exit 1; }
for _ in $(seq 1 200); do curl -fs -u admin:ocop-demo "$BASE/api/v1/cycles" 2>/dev/null | grep -q '"year":2019' && break; sleep 0.1; done

pin_client=""
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then pin_client="taskset -c 1"; fi
coproc BENCH { $pin_client java bench/CertificateBench.java "$BASE" "$pid" "$PRODUCTS"; }
bench_pid=$BENCH_PID
while IFS= read -r line <&"${BENCH[0]}"; do
  if [ "$line" = PIN ]; then
    if [ -n "$pin_client" ]; then
      taskset -a -p -c 0 "$pid" >/dev/null
      echo "server pinned to CPU 0 (all its threads), client on CPU 1"
    else
      echo "taskset or a second CPU missing: server not pinned"
    fi
    echo go >&"${BENCH[1]}"
  else
    echo "$line"
  fi
done
wait "$bench_pid"
