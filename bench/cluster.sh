#!/usr/bin/env bash
# Issue #20: two nodes of the OCOP platform on one PostgreSQL database behind HAProxy on loopback, and a check of
# each point of running as a cluster, one line per check (PASS/FAIL); exits non-zero if one fails. Then measures
# the catalogue and shop throughput through the load balancer with two nodes and with one, and prints the ratio.
#
#   bench/cluster.sh            (PostgreSQL at 127.0.0.1:5432, user postgres; database ocop_cluster, recreated;
#                                ports 8200 (HAProxy), 8201, 8202; needs haproxy, wrk, psql, curl, python3)
#   SECONDS_MEASURED=10 WARMUP=5 bench/cluster.sh
set -uo pipefail
cd "$(dirname "$0")/.."
DB=${OCOP_CLUSTER_DB:-ocop_cluster}
PG="-h 127.0.0.1 -U postgres"
LB=http://127.0.0.1:8200
N1=http://127.0.0.1:8201
N2=http://127.0.0.1:8202
SECONDS_MEASURED=${SECONDS_MEASURED:-10}
WARMUP=${WARMUP:-5}
JVM_FLAGS=${OCOP_JVM_FLAGS:-"-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g"}
for tool in haproxy wrk psql curl python3; do
  command -v $tool >/dev/null || { echo "FAIL $tool is needed (Debian: apt-get install haproxy wrk postgresql-client)"; exit 1; }
done
failures=0
check() { # check <name> <condition result 0/1> <detail>
  if [ "$2" = 0 ]; then echo "PASS $1 — $3"; else echo "FAIL $1 — $3"; failures=$((failures + 1)); fi
}
sql() { psql $PG -d "$DB" -tAc "$1"; }
started=$(date +%s)

echo "== build (once)"
JAR=$(ls target/ocop-platform-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "${OCOP_REUSE_JAR:-}" ] || [ -z "$JAR" ]; then
  ./mvnw -q -B -ntp ${MVN_OFFLINE:-} -DskipTests package || { echo "FAIL build"; exit 1; }
  JAR=$(ls target/ocop-platform-*.jar | grep -v plain | head -n 1)
fi
JAR=$(realpath "$JAR")
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$work/haproxy.pid" ] && kill "$(cat "$work/haproxy.pid")" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "== database $DB (recreated)"
dropdb $PG --if-exists "$DB" && createdb $PG "$DB" || { echo "FAIL PostgreSQL at 127.0.0.1:5432"; exit 1; }

start_node() { # start_node <n> <port>
  mkdir -p "$work/n$1"
  SPRING_PROFILES_ACTIVE=postgres,cluster SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= OCOP_DEMO_ENABLED=true OCOP_DB_POOL_SIZE=10 \
  java $JVM_FLAGS -jar "$JAR" --server.port="$2" --ocop.search.index-dir="$work/n$1/index" \
    --ocop.storage.root="$work/n$1/files" --ocop.certification.expiry-initial-delay=PT5S \
    --ocop.certification.expiry-interval=PT10S --ocop.monitoring.reminder-initial-delay=PT5S \
    --ocop.monitoring.reminder-interval=PT10S --ocop.programme.reminder-initial-delay=PT5S \
    --ocop.programme.reminder-interval=PT10S --ocop.portal.catalogue.refresh-interval=PT15S \
    --logging.structured.format.console= --logging.level.root=WARN --logging.level.vn.ocop.shared.cluster=INFO \
    >>"$work/n$1/app.log" 2>&1 &
  echo $!
}
healthy() { # healthy <url> <seconds>
  for _ in $(seq 1 $(($2 * 5))); do curl -fs "$1/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0; sleep 0.2; done
  return 1
}

echo "== node 1 (:8201), then node 2 (:8202), then HAProxy (:8200, bench/haproxy.cfg)"
p1=$(start_node 1 8201); pids+=("$p1")
healthy $N1 240 || { echo "FAIL node 1 did not start"; tail -40 "$work/n1/app.log"; exit 1; }
p2=$(start_node 2 8202); pids+=("$p2")
healthy $N2 240 || { echo "FAIL node 2 did not start"; tail -40 "$work/n2/app.log"; exit 1; }
haproxy -f bench/haproxy.cfg -D -p "$work/haproxy.pid" || { echo "FAIL haproxy"; exit 1; }
healthy $LB 20 || { echo "FAIL the load balancer"; exit 1; }
echo "nodes up after $(( $(date +%s) - started )) s"

echo "== checks"
# 1. sessions: signed in through node 1, served by node 2
jar="$work/cookies"
csrf=$(curl -fs -c "$jar" -b "$jar" $N1/login | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//' | head -n 1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=editor" --data-urlencode "password=ocop-demo" \
  --data-urlencode "_csrf=$csrf" $N1/login
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" $N2/dashboard)
check "session" $([ "$code" = 200 ] && echo 0 || echo 1) "signed in on node 1, /dashboard on node 2 answers $code (sessions in the database: $(sql "select count(*) from spring_session where principal_name = 'editor'"))"

# 2. files: a listing photo uploaded through node 1 is served by node 2
listing=$(curl -fs -u producer:ocop-demo $N1/api/v1/shop/my/listings | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d if isinstance(d,list) else d.get("items",d.get("content",[])); print(d[0]["id"])' 2>/dev/null)
python3 -c 'import base64,sys; sys.stdout.buffer.write(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))' >"$work/photo.png"
before=$(curl -fs $N2/api/v1/shop/listings/$listing | python3 -c 'import json,sys; print(len(json.load(sys.stdin).get("photos",[])))' 2>/dev/null || echo 0)
up=$(curl -s -o "$work/up.json" -w '%{http_code}' -u producer:ocop-demo -F "file=@$work/photo.png;type=image/png" $N1/api/v1/shop/listings/$listing/photos)
got=$(curl -s -o "$work/photo.back" -w '%{http_code}' $N2/api/v1/shop/listings/$listing/photos/$before)
cmp -s "$work/photo.png" "$work/photo.back"; same=$?
check "files" $([ "$got" = 200 ] && [ $same = 0 ] && echo 0 || echo 1) "photo uploaded on node 1 ($up), served by node 2 ($got, same bytes: $([ $same = 0 ] && echo yes || echo no)); files in the database: $(sql "select count(*) from stored_file")"

# 3. changes within 2 s: a certificate revoked through node 1 disappears from node 2's verification page,
#    catalogue search and shop; a listing paused on node 1 leaves node 2's shop
row=$(sql "select c.code || '|' || e.name from certification_certificate c join portal_catalogue_entry e on e.certificate_code = c.code where c.status = 'VALID' order by c.code limit 1")
code=${row%%|*}; name=${row#*|}
q=$(python3 -c 'import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1]))' "$name")
found_before=$(curl -fs "$N2/api/v1/public/products?q=$q" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
revoked=$(curl -s -o "$work/revoke.json" -w '%{http_code}' -u admin:ocop-demo -H 'Content-Type: application/json' \
  -X POST $N1/api/v1/certificates/$code/revoke -d "{\"reason\":\"Kiểm tra cụm máy chủ\",\"decisionNumber\":\"99/QĐ-CL\",\"decisionDate\":\"$(date +%F)\",\"groundCode\":\"CRITERIA_NOT_MET\",\"groundsEstablishedOn\":\"$(date +%F)\",\"signer\":\"Trần Báu Hà\"}")
[ "$revoked" = 200 ] || echo "revocation answered $revoked: $(head -c 400 "$work/revoke.json")"
read -r ms detail < <(python3 bench/cluster_wait.py revocation $N2 "$code" "$name")
check "changes: revocation" $([ "$ms" -ge 0 ] && [ "$ms" -le 2000 ] && echo 0 || echo 1) "certificate $code revoked on node 1 ($revoked): node 2's verification page 410 and catalogue without it after $ms ms ($detail; found before: $found_before)"
before_shop=$(curl -fs "$N2/api/v1/shop/listings?size=100" | grep -o "$listing" | wc -l)
curl -fs -o /dev/null -u producer:ocop-demo -X POST $N1/api/v1/shop/listings/$listing/pause
read -r ms detail < <(python3 bench/cluster_wait.py paused $N2 "$listing")
check "changes: shop" $([ "$ms" -ge 0 ] && [ "$before_shop" -gt 0 ] && [ "$ms" -le 2000 ] && echo 0 || echo 1) "listing paused on node 1 left node 2's /shop and listings after $ms ms ($detail)"
curl -fs -o /dev/null -u producer:ocop-demo -X POST $N1/api/v1/shop/listings/$listing/resume

# 3b. a certified product renamed by the office through node 1 is found under its new name by node 2's registry
#     search and catalogue search, and node 2's /verify shows the new name (the certificate follows the registry)
row=$(sql "select cast(p.id as varchar) || '|' || c.code from registry_product p join certification_certificate c on c.product_id = p.id where c.status = 'VALID' and p.status = 'CERTIFIED' and c.code <> '$code' order by c.code limit 1")
pid=${row%%|*}; vcode=${row#*|}
newname="Sản phẩm đổi tên $(date +%s)"
curl -fs -u admin:ocop-demo $N1/api/v1/products/$pid | python3 -c '
import json, sys
p = json.load(sys.stdin)
keys = ["name", "producerId", "productSetCode", "communeCode", "description", "registrationType", "ingredients",
        "packaging", "shelfLife", "unit", "priceVnd", "gtin", "story"]
body = {k: p.get(k) for k in keys}
body["name"] = sys.argv[1]
print(json.dumps(body))' "$newname" >"$work/rename.json"
renamed=$(curl -s -o /dev/null -w '%{http_code}' -u admin:ocop-demo -H 'Content-Type: application/json' -X PUT \
  --data-binary @"$work/rename.json" $N1/api/v1/products/$pid)
read -r ms detail < <(python3 bench/cluster_wait.py renamed $N2 "$pid" "$vcode" "$newname")
check "changes: rename" $([ "$renamed" = 200 ] && [ "$ms" -ge 0 ] && [ "$ms" -le 2000 ] && echo 0 || echo 1) "product renamed on node 1 ($renamed): node 2's registry search, catalogue search and /verify/$vcode show the new name after $ms ms ($detail)"

# 4. scheduled jobs once per cluster: every job took its lock (both nodes run them every 10-15 s), no reminder twice
sleep 20
jobs=$(sql "select string_agg(name || '@' || split_part(locked_by, '-', 1), ', ' order by name) from shedlock")
locks=$(sql "select count(*) from shedlock where name in ('certificate-expiry','monitoring-reminders','late-task-reminders','catalogue-reconciliation')")
dups=$(sql "select count(*) from (select recipient, message_code, args from notification where message_code like '%eminder%' or message_code like '%late%' or message_code like '%xpir%' group by recipient, message_code, args having count(*) > 1) d")
check "jobs once" $([ "$locks" = 4 ] && [ "$dups" = 0 ] && echo 0 || echo 1) "locks: $jobs; reminders sent twice: $dups"

# 5. kill -9 node 2 during a burst of checkouts, scorecard saves and an import through the load balancer; stock
#    exact, no acknowledged save lost, the import all or nothing and confirmed once; node 2 catches up
read -r session scored < <(python3 bench/cluster_crash.py prepare $N1)
unzip -q -o "$JAR" 'BOOT-INF/lib/*' -d "$work/jar"
java -cp "$work/jar/BOOT-INF/lib/*" bench/ImportBenchFile.java "$work/import.xlsx" "${IMPORT_ROWS:-3000}" \
  src/main/resources/geo/hatinh-units-2020-2024.csv 2019 >/dev/null
preview=$(curl -s -o "$work/preview.json" -w '%{http_code}' -u admin:ocop-demo -F "file=@$work/import.xlsx" $N2/api/v1/imports/registry)
token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$work/preview.json" 2>/dev/null)
[ "$preview" = 200 ] && [ -n "$token" ] && grep -q '"errors":\[\]' "$work/preview.json" \
  || echo "import preview answered $preview: $(head -c 600 "$work/preview.json")"
products_before=$(sql "select count(*) from registry_product")
commune=$(sql "select code from geo_unit_version where level = 'COMMUNE' and valid_to is null limit 1" 2>/dev/null)
[ -z "$commune" ] && commune=$(curl -fs "$LB/api/v1/geography/units?level=COMMUNE" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[0]["code"])' 2>/dev/null)
ids=$(sql "select string_agg(cast(id as varchar), ',') from shop_listing where status = 'ACTIVE'")
sql "create table if not exists cluster_stock_before as select id, stock from shop_listing" >/dev/null
orders_before=$(sql "select count(*) from shop_order")
burst_start=$(sql "select now()")
wrk -t2 -c10 -d12s -s bench/shop.lua $LB -- checkout "$commune" "$ids" >"$work/burst.txt" 2>&1 &
wrk_pid=$!
python3 bench/cluster_crash.py saves $LB "$session" "$scored" 12 >"$work/saves.txt" 2>&1 &
saves_pid=$!
sleep 3
# the import's confirmation is held by node 2 when it dies (sent to it directly; its retry goes through the balancer)
curl -s -o "$work/confirm.json" -w '%{http_code}' -u admin:ocop-demo -X POST $N2/api/v1/imports/registry/$token/confirm \
  >"$work/confirm.code" 2>/dev/null &
confirm_pid=$!
sleep 1
kill -9 "$p2"; echo "node 2 killed (kill -9) during the burst"
wait $wrk_pid; wait $confirm_pid; wait $saves_pid
echo "burst: $(tail -n 2 "$work/burst.txt" | tr '\n' ' ')"
read -r lost saves_detail <"$work/saves.txt"
check "scorecard saves" $([ "$lost" = 0 ] && echo 0 || echo 1) "$saves_detail"
held=$(cat "$work/confirm.code")
rows=$(( $(sql "select count(*) from registry_product") - products_before ))
retry=$(curl -s -o "$work/retry.json" -w '%{http_code}' -u admin:ocop-demo -X POST $LB/api/v1/imports/registry/$token/confirm)
rows_after_retry=$(( $(sql "select count(*) from registry_product") - products_before ))
again=$(curl -s -o "$work/again.json" -w '%{http_code}' -u admin:ocop-demo -X POST $LB/api/v1/imports/registry/$token/confirm)
rows_final=$(( $(sql "select count(*) from registry_product") - products_before ))
expected=${IMPORT_ROWS:-3000}
ok=1
if { [ "$rows" = 0 ] || [ "$rows" = "$expected" ]; } && [ "$rows_after_retry" = "$expected" ] && [ "$rows_final" = "$expected" ] \
  && [ "$again" = 409 ] && { [ "$retry" = 201 ] || { [ "$rows" = "$expected" ] && [ "$retry" = 409 ]; }; }; then ok=0; fi
[ $ok = 0 ] || echo "confirmations answered: $(head -c 300 "$work/retry.json") / $(head -c 200 "$work/again.json")"
check "import all or nothing" $ok "confirmation held by node 2 answered ${held:-none} when it died; products written by then: $rows of $expected; confirmed again through the balancer: $retry ($rows_after_retry written); a third time: $again ($rows_final written)"
oversold=$(sql "select count(*) from shop_listing where stock < 0")
mismatch=$(sql "select count(*) from shop_listing l join cluster_stock_before b on b.id = l.id where b.stock - l.stock <> coalesce((select sum(ol.quantity) from shop_order_line ol join shop_order o on o.id = ol.order_id where ol.listing_id = l.id and o.status <> 'CANCELLED' and o.placed_at >= '$burst_start'), 0)")
empty=$(sql "select count(*) from shop_order o where not exists (select 1 from shop_order_line ol where ol.order_id = o.id)")
placed=$(( $(sql "select count(*) from shop_order") - orders_before ))
check "stock exact" $([ "$oversold" = 0 ] && [ "$mismatch" = 0 ] && [ "$empty" = 0 ] && [ $placed -gt 0 ] && echo 0 || echo 1) "$placed orders placed; listings whose stock differs from their orders: $mismatch; oversold: $oversold; orders without lines: $empty"
p2=$(start_node 2 8202); pids+=("$p2")
healthy $N2 240; sleep 3
pending=1
for _ in $(seq 1 60); do
  pending=$(sql "select count(*) from event_publication where completion_date is null")
  [ "$pending" = 0 ] && break; sleep 1
done
check "events after a crash" $([ "$pending" = 0 ] && echo 0 || echo 1) "event publications not completed after node 2 restarted: $pending"
v=$(curl -s -o /dev/null -w '%{http_code}' $N2/verify/$code)
check "restart catch-up" $([ "$v" = 410 ] && echo 0 || echo 1) "restarted node 2 shows the revoked certificate as 410; $(grep -o 'changes of other nodes applied at start' "$work/n2/app.log" | wc -l) catch-up(s) logged"

echo "== throughput through the load balancer (wrk, 20 clients, ${SECONDS_MEASURED} s after ${WARMUP} s warm-up)"
measure() { # measure <path> → requests/s
  wrk -t2 -c20 -d"${WARMUP}s" "$LB$1" >/dev/null 2>&1
  wrk -t2 -c20 -d"${SECONDS_MEASURED}s" "$LB$1" | awk '/Requests\/sec/ {print int($2)}'
}
healthy $LB 10
two_cat=$(measure "/api/v1/public/products?q=mat%20ong"); two_shop=$(measure "/shop")
kill "$p2"; wait "$p2" 2>/dev/null; sleep 3
one_cat=$(measure "/api/v1/public/products?q=mat%20ong"); one_shop=$(measure "/shop")
echo "catalogue API: one node $one_cat req/s, two nodes $two_cat req/s, ratio $(python3 -c "print(round($two_cat/max($one_cat,1),2))")"
echo "shop page:     one node $one_shop req/s, two nodes $two_shop req/s, ratio $(python3 -c "print(round($two_shop/max($one_shop,1),2))")"
echo "(both nodes, HAProxy and wrk share this machine's $(nproc) cores: the ratio shows the overhead, not the gain of a second server)"

echo "== $failures failed, in $(( $(date +%s) - started )) s"
[ $failures = 0 ]
