#!/usr/bin/env bash
# The benchmark of issue 8. For each scale: starts a fresh suite (own run and data dirs, private ports), generates the
# national dataset, warms up, then measures with wrk (Lua scripts in deploy/bench/lua) and pgbench:
#   1. the gateway's national table and a province scorecard for one year, and each downstream statistics call
#      directly, at 1, 8 and 32 connections (throughput, p50, p99; gateway / slowest downstream call);
#   2. the growth between scales (when more than one scale runs);
#   3. tip and activity POSTs (Idempotency-Key, JWT) at 8 and 32 connections against pgbench inserting the same rows
#      into the same tables;
#   4. the updatedSince delta of one commune after 10,000 changes nationally;
#   5. each service's start-up time to ready and its resident memory after the load.
# Prints a table and writes docs/benchmarks.md (with deploy/bench/notes.md, the hand-written analysis).
#
#   deploy/bench/run.sh                        scale 0.1
#   deploy/bench/run.sh --scales 0.1,1         both, plus the growth ratio
#   BENCH_DURATION=30 deploy/bench/run.sh      seconds per measurement (default 10)
#   deploy/bench/run.sh --scales 10 --append   another scale added to the last run's figures
#
# Needs java, curl, jq, python3, psql and pgbench (Debian: apt-get install postgresql-client), and wrk
# (Debian: apt-get install wrk). Never part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/deploy/bench
SCALES=0.1
SEED=42
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-5}
BASE=${ANTQ_BENCH_DIR:-/var/tmp/antq-bench}
PORT_BASE=${ANTQ_BENCH_PORT_BASE:-18180}
WRITE_DOC=1
APPEND=
# One year of records (the dataset's records start on 2025-07-01) and the province of the scorecard (the largest).
FROM=2025-07-01
TO=2026-06-30
SCORECARD_PROVINCE=79
# Writes go to the first commune of Hà Nội; the delta is read for the commune with the most of the 10,000 changes.
WRITE_PROVINCE=01
WRITE_COMMUNE=01001
DELTA_COMMUNE=

die() { echo "bench: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) SCALES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --no-doc) WRITE_DOC=; shift ;;
    --append) APPEND=1; shift ;;
    *) die "unknown option '$1' (known: --scales 0.1,1  --seed N  --no-doc  --append)" ;;
  esac
done
for tool in java curl jq python3 psql pgbench; do
  command -v "$tool" >/dev/null || die "'$tool' is needed on the PATH (pgbench and psql: apt-get install postgresql-client)"
done
command -v wrk >/dev/null || die "'wrk' is needed on the PATH: apt-get install wrk (Debian/Ubuntu), or build it from https://github.com/wg/wrk"

# Built with the services' class-data archives (AppCDS), which deploy/run-local.sh uses when present.
need_build=
[ -f "$ROOT/benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar" ] && [ -d "$ROOT/benchmarks/target/lib" ] || need_build=1
for name in models-service activities-service staffing-service gateway; do
  [ -f "$ROOT/$name/target/quarkus-app/app-cds.jsa" ] || need_build=1
done
if [ -n "$need_build" ]; then
  echo "Building the suite and the generator (mvn package with AppCDS archives, tests skipped)…"
  (cd "$ROOT" && mvn -B -q -DskipTests -Dquarkus.package.jar.appcds.enabled=true package) || die "build failed"
fi

mkdir -p "$BASE"
chmod 755 "$BASE"
RESULTS=$BASE/results.tsv
# --append adds these scales to the figures of an earlier run (e.g. scale 10 alone, after 0.1 and 1), so the report
# and the growth between scales cover all of them; the scales measured again replace their earlier figures.
if [ -n "$APPEND" ] && [ -f "$RESULTS" ]; then
  for scale in ${SCALES//,/ }; do
    awk -F'\t' -v s="$scale" '$2 != s' "$RESULTS" >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
  done
else
  : >"$RESULTS"
fi
record() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >>"$RESULTS"; }

SUITE_PID=
stop_suite() {
  if [ -n "$SUITE_PID" ]; then
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
    SUITE_PID=
  fi
}
trap stop_suite EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

SERVICES=(models-service activities-service staffing-service gateway)
port_of() {
  case "$1" in
    gateway) echo "$PORT_BASE" ;; models-service) echo $((PORT_BASE + 1)) ;;
    activities-service) echo $((PORT_BASE + 2)) ;; staffing-service) echo $((PORT_BASE + 3)) ;;
  esac
}

# Times one service from its launch (run-local.sh creates its log file as it starts it) to its first ready answer.
time_ready() {
  local name=$1 port=$2 logs=$3 out=$4 start
  local tries=0
  until [ -f "$logs/$name.log" ]; do sleep 0.02; tries=$((tries + 1)); [ $tries -lt 20000 ] || return 0; done
  start=$(date +%s%N)
  tries=0
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.05; tries=$((tries + 1)); [ $tries -lt 8000 ] || return 0; done
  echo "$name $(( ($(date +%s%N) - start) / 1000000 ))" >>"$out"
}

# label "fresh": the services start together over empty databases (migrations run), as deploy/run-local.sh starts them;
# "loaded": one by one over the loaded databases, each start-up with the machine to itself.
start_suite() {
  local dir=$1 label=$2
  local one_by_one=
  [ "$label" = loaded ] && one_by_one=1
  local logs=$ANTQ_RUN_DIR/logs
  rm -f "$dir/ready-$label.txt" "$logs"/*.log
  mkdir -p "$logs"
  # The previous launcher's children (its last `sleep`) may hold the suite lock a moment after it exited.
  for _ in $(seq 1 60); do
    flock -n "$ANTQ_RUN_DIR/suite.lock" true 2>/dev/null && break
    sleep 0.5
  done
  for name in "${SERVICES[@]}"; do
    time_ready "$name" "$(port_of "$name")" "$logs" "$dir/ready-$label.txt" &
  done
  ANTQ_START_ONE_BY_ONE=$one_by_one setsid "$ROOT/deploy/run-local.sh" >"$dir/suite-$label.log" 2>&1 &
  SUITE_PID=$!
  local deadline=$((SECONDS + 400))
  until grep -q 'The suite is up' "$dir/suite-$label.log" 2>/dev/null; do
    kill -0 "$SUITE_PID" 2>/dev/null || { tail -20 "$dir/suite-$label.log" >&2; die "the suite did not start (see $dir)"; }
    [ $SECONDS -lt $deadline ] || die "the suite was not up after 400 s (see $dir)"
    sleep 1
  done
  wait_children_ready "$dir/ready-$label.txt"
  while read -r name ms; do
    local quarkus
    quarkus=$(grep -o 'started in [0-9.]*s' "$logs/$name.log" | head -1 | grep -o '[0-9.]*' || echo '')
    record startup "$SCALE" "$label" "$name" "$ms" "$quarkus"
  done <"$dir/ready-$label.txt"
}
# Waits (at most 3 minutes) for the 1-minute load average to fall below 1, so a start-up has the machine to itself.
settle() {
  local deadline=$((SECONDS + 180))
  until awk '{ exit !($1 < 1.0) }' /proc/loadavg || [ $SECONDS -ge $deadline ]; do sleep 5; done
  record load "$SCALE" settled "$(cut -d' ' -f1-3 /proc/loadavg)"
}
wait_children_ready() { for _ in $(seq 1 100); do [ "$(wc -l <"$1" 2>/dev/null || echo 0)" -ge 4 ] && return; sleep 0.1; done; }

token() { ANTQ_RUN_DIR=$ANTQ_RUN_DIR "$ROOT/deploy/mint-token.sh" --ttl PT4H "$@"; }

# wrk against one URL; prints "rps p50 p99 errors" (or nothing when wrk failed).
wrk_get() {
  local url=$1 conns=$2 seconds=$3 threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_TOKEN=$BENCH_TOKEN wrk -t "$threads" -c "$conns" -d "${seconds}s" --timeout 30s -s "$HERE/lua/get.lua" "$url" 2>&1 \
    | sed -n 's/^RESULT requests=[0-9]* rps=\([0-9.]*\) p50_ms=\([0-9.]*\) p99_ms=\([0-9.]*\) errors=\([0-9]*\)$/\1 \2 \3 \4/p'
}

measure_views() {
  local gw models acts staff
  gw=http://127.0.0.1:$(port_of gateway)/api/v1
  models=http://127.0.0.1:$(port_of models-service)/api/v1
  acts=http://127.0.0.1:$(port_of activities-service)/api/v1
  staff=http://127.0.0.1:$(port_of staffing-service)/api/v1
  local window="from=$FROM&to=$TO"
  # name view url: "national" calls are what the national table composes (groupBy=province), "scorecard" ones what the
  # scorecard of one province composes (province=…).
  local calls=(
    "gateway:national-table national $gw/national-table?$window"
    "gateway:scorecard scorecard $gw/provinces/$SCORECARD_PROVINCE/scorecard?$window"
  )
  for stat in "$models/model-statistics" "$acts/activity-statistics" "$acts/tip-statistics" "$acts/weapon-handover-statistics" \
      "$staff/staffing-statistics"; do
    calls+=("${stat##*/}:groupBy=province national $stat?$window&groupBy=province")
    calls+=("${stat##*/}:province=$SCORECARD_PROVINCE scorecard $stat?$window&province=$SCORECARD_PROVINCE")
  done
  for call in "${calls[@]}"; do
    read -r name view url <<<"$call"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $BENCH_TOKEN" "$url" || echo 000)
    if [ "$code" != 200 ]; then
      echo "  $name: not available (HTTP $code)"
      record view "$SCALE" "$view" "$name" - - - - - "not available (HTTP $code)"
      continue
    fi
    wrk_get "$url" 8 "$WARMUP" >/dev/null
    for conns in 1 8 32; do
      local status=ok
      if [ "${name%%:*}" = gateway ]; then
        # A view answers 200 without the parts whose service failed or whose circuit breaker is open (after an
        # overloaded run before): wait up to 30 s for the whole view, and say which parts were missing otherwise.
        local missing tries=0
        while :; do
          missing=$(curl -s -H "Authorization: Bearer $BENCH_TOKEN" "$url" | jq -r '[.degraded[]?.part] | join(",")')
          [ -z "$missing" ] || [ $tries -ge 30 ] && break
          tries=$((tries + 1))
          sleep 1
        done
      fi
      read -r rps p50 p99 errors <<<"$(wrk_get "$url" "$conns" "$DURATION")"
      if [ "${name%%:*}" = gateway ]; then
        local after
        after=$(curl -s -H "Authorization: Bearer $BENCH_TOKEN" "$url" | jq -r '[.degraded[]?.part] | join(",")')
        [ -n "$missing" ] && status="ok (degraded before: without $missing)"
        [ -n "$after" ] && status="$status (degraded after: without $after)"
      fi
      printf '  %-48s c=%-3s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s\n' "$name" "$conns" "$rps" "$p50" "$p99" "$errors"
      record view "$SCALE" "$view" "$name" "$conns" "$rps" "$p50" "$p99" "$errors" "$status"
    done
  done
}

# Rows of one API write run: its run id is in every title/summary it sent (deploy/bench/lua/post.lua).
created_rows() {
  local kind=$1 run=$2 table=tip column=summary prefix='Tin báo thử tải'
  [ "$kind" = activity ] && { table=propaganda_activity; column=title; prefix='Họp dân thử tải'; }
  PGPASSWORD=$ANTQ_JDBC_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$ANTQ_JDBC_USER" -d antq_activities -Atc \
    "select count(*) from $table where $column like '$prefix $run-%'"
}

pgbench_rate() {
  local script=$1 conns=$2 out
  out=$(PGPASSWORD=$ANTQ_JDBC_PASSWORD pgbench -h "$PG_HOST" -p "$PG_PORT" -U "$ANTQ_JDBC_USER" -n -c "$conns" -j 2 -T "$DURATION" \
    -f "$HERE/pgbench/$script.sql" antq_activities 2>&1) || { echo "$out" >&2; die "pgbench failed"; }
  echo "$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -1) $(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")"
}

# The national table while activities are being recorded (2 clients posting all the time): every write changes the
# activities part's tag, so that part is computed again by its service and the view composed again, while the parts
# nobody writes are only revalidated. The table above shows views of data at rest, where every part answers 304.
measure_view_under_writes() {
  local gw=http://127.0.0.1:$(port_of gateway)/api/v1 acts=http://127.0.0.1:$(port_of activities-service)
  local url="$gw/national-table?from=$FROM&to=$TO" writer rps p50 p99 errors writes conns=8
  writer=$(token --role MINISTRY_ADMIN --sub bench.writer)
  BENCH_TOKEN=$writer BENCH_KIND=activity BENCH_TARGETS=$WRITE_PROVINCE:$WRITE_COMMUNE BENCH_RUN_ID="$SCALE-during-views-$RANDOM" \
    wrk -t 1 -c 2 -d "$((DURATION + 2))s" --timeout 30s -s "$HERE/lua/post.lua" "$acts" >"$BASE/writes-during-views.txt" 2>&1 &
  local writing=$!
  sleep 1
  read -r rps p50 p99 errors <<<"$(wrk_get "$url" "$conns" "$DURATION")"
  wait "$writing" || true
  writes=$(sed -n 's/^RESULT requests=[0-9]* rps=\([0-9.]*\) .*/\1/p' "$BASE/writes-during-views.txt")
  printf '  %-48s c=%-3s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s  (activity POSTs meanwhile: %s/s)\n' \
    "gateway:national-table, writes meanwhile" "$conns" "$rps" "$p50" "$p99" "$errors" "$writes"
  record view "$SCALE" national "gateway:national-table, writes meanwhile" "$conns" "$rps" "$p50" "$p99" "$errors" \
    "ok (activity POSTs meanwhile: ${writes:-?}/s)"
}

# The gateway's own share of a view, from its Server-Timing header: 30 requests one after another, each recorded with
# its total time as curl saw it and every part's wait as the gateway saw it.
measure_view_timing() {
  local gw=http://127.0.0.1:$(port_of gateway)/api/v1 window="from=$FROM&to=$TO"
  local view url i line total timing
  for view in national scorecard; do
    url="$gw/national-table?$window"
    [ "$view" = scorecard ] && url="$gw/provinces/$SCORECARD_PROVINCE/scorecard?$window"
    for i in $(seq 1 30); do
      line=$(curl -s -o /dev/null -D - -w 'TOTAL %{time_total}\n' -H "Authorization: Bearer $BENCH_TOKEN" "$url" | tr -d '\r')
      total=$(sed -n 's/^TOTAL //p' <<<"$line")
      timing=$(sed -n 's/^[Ss]erver-[Tt]iming: //p' <<<"$line" | sed 's/;desc="[^"]*"//g; s/;dur=/=/g; s/, /,/g')
      record timing "$SCALE" "$view" "$(awk -v t="$total" 'BEGIN {printf "%.2f", t * 1000}')" "$timing"
    done
  done
}

measure_writes() {
  local acts=http://127.0.0.1:$(port_of activities-service)
  local writer
  writer=$(token --role MINISTRY_ADMIN --sub bench.writer)
  # The first commune of every province, for writes spread over the country.
  local everywhere
  everywhere=$(PGPASSWORD=$ANTQ_JDBC_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$ANTQ_JDBC_USER" -d antq_activities -Atc \
    "select string_agg(province_code || ':' || code, ',' order by province_code) from (select province_code, min(code) as code from commune group by 1) c")
  for kind in tip activity; do
    for conns in 8 32; do
      local out rps p50 p99 errors spread targets run created
      for spread in one-province all-provinces; do
        targets=$WRITE_PROVINCE:$WRITE_COMMUNE
        [ "$spread" = all-provinces ] && targets=$everywhere
        run="$SCALE-$conns-$spread-$RANDOM"
        out=$(BENCH_TOKEN=$writer BENCH_KIND=$kind BENCH_TARGETS=$targets BENCH_RUN_ID="$run" \
          wrk -t 2 -c "$conns" -d "${DURATION}s" --timeout 30s -s "$HERE/lua/post.lua" "$acts" 2>&1)
        read -r rps p50 p99 errors <<<"$(sed -n 's/^RESULT requests=[0-9]* rps=\([0-9.]*\) p50_ms=\([0-9.]*\) p99_ms=\([0-9.]*\) errors=\([0-9]*\)$/\1 \2 \3 \4/p' <<<"$out")"
        # What was stored, not only answered: every request carries its own key, so each 201 is one new record.
        created=$(created_rows "$kind" "$run")
        printf '  POST %-10s c=%-3s %-14s %9s req/s  p50 %8s ms  p99 %8s ms  non-2xx/errors %s  records created %s\n' \
          "$kind" "$conns" "$spread" "$rps" "$p50" "$p99" "$errors" "$created"
        record write "$SCALE" "api-$spread" "$kind" "$conns" "$rps" "$p50" "$p99" "$errors" ok "$created"
      done
      # The same rows straight into the same tables, with as many connections: the record's own rows (the tip and its
      # first status change; the activity), and every row the API's transaction writes (also the audit event and the
      # idempotency record, claimed then completed).
      local tps avg
      read -r tps avg <<<"$(pgbench_rate "insert-$kind" "$conns")"
      printf '  SQL  %-10s c=%-3s %9s tx/s avg %8s ms (pgbench, the record'"'"'s own rows)\n' "$kind" "$conns" "$tps" "$avg"
      record write "$SCALE" "raw" "$kind" "$conns" "$tps" "$avg" - 0 ok
      read -r tps avg <<<"$(pgbench_rate "insert-$kind-every-row" "$conns")"
      printf '  SQL  %-10s c=%-3s %9s tx/s avg %8s ms (pgbench, every row the API writes)\n' "$kind" "$conns" "$tps" "$avg"
      record write "$SCALE" "raw-every-row" "$kind" "$conns" "$tps" "$avg" - 0 ok
    done
  done
}

measure_delta() {
  local acts=http://127.0.0.1:$(port_of activities-service)/api/v1
  local since officer changed step url count
  sleep 1
  since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
  sleep 1
  # 10,000 changes spread over the whole country (every n-th activity), as edits would leave them.
  step=$(PGPASSWORD=$ANTQ_JDBC_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$ANTQ_JDBC_USER" -d antq_activities -Atc \
    "select greatest(1, count(*) / 10000) from propaganda_activity")
  changed=$(PGPASSWORD=$ANTQ_JDBC_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$ANTQ_JDBC_USER" -d antq_activities -Atc \
    "with c as (update propaganda_activity set participants = coalesce(participants, 0) + 1, version = version + 1, updated_at = now()
      where id in (select id from propaganda_activity where id % $step = 0 order by id limit 10000) returning province_code, commune_code)
     select (select count(*) from c) || ' ' || province_code || ' ' || commune_code || ' ' || count(*) from c
     where commune_code is not null group by province_code, commune_code order by count(*) desc, commune_code limit 1")
  # The officer of the commune with the most of those changes, so the delta has something to return.
  local province
  read -r changed province DELTA_COMMUNE count <<<"$changed"
  changed="$changed $count"
  officer=$(token --role COMMUNE_OFFICER --province "$province" --commune "$DELTA_COMMUNE" --sub bench.commune)
  url="$acts/activities/changes?updatedSince=$since"
  count=$(curl -fs -H "Authorization: Bearer $officer" "$url" | jq '.items | length' || echo "?")
  echo "  changes nationally: ${changed%% *}; in commune $DELTA_COMMUNE: ${changed##* }; the delta returned $count"
  if [ "$count" = "?" ]; then
    record delta "$SCALE" "$DELTA_COMMUNE" - - - - - - "not available"
    return
  fi
  for conns in 1 8; do
    read -r rps p50 p99 errors <<<"$(BENCH_TOKEN=$officer wrk_get "$url" "$conns" "$DURATION")"
    printf '  delta %-8s c=%-3s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s\n' "$DELTA_COMMUNE" "$conns" "$rps" "$p50" "$p99" "$errors"
    record delta "$SCALE" "$DELTA_COMMUNE" "$conns" "$rps" "$p50" "$p99" "$errors" "${changed%% *} changes, $count returned"
  done
}

measure_memory() {
  for name in "${SERVICES[@]}"; do
    local port pid rss
    port=$(port_of "$name")
    pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    rss=$(awk '/^VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo '?')
    echo "  $name: RSS ${rss} MB"
    record memory "$SCALE" "$name" "$rss"
  done
}

for SCALE in ${SCALES//,/ }; do
  dir=$BASE/scale-$SCALE
  echo "=== scale $SCALE (seed $SEED) in $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 755 "$dir"
  export ANTQ_RUN_DIR=$dir/run ANTQ_DATA_DIR=$dir/pgdata
  export ANTQ_GATEWAY_PORT=$(port_of gateway) ANTQ_MODELS_PORT=$(port_of models-service)
  export ANTQ_ACTIVITIES_PORT=$(port_of activities-service) ANTQ_STAFFING_PORT=$(port_of staffing-service)
  record load "$SCALE" start "$(cut -d' ' -f1-3 /proc/loadavg)"
  start_suite "$dir" fresh
  # shellcheck disable=SC1091
  . "$ANTQ_RUN_DIR/db.env"
  PG_HOST=$(sed -E 's#jdbc:postgresql://([^:/]+).*#\1#' <<<"$ANTQ_JDBC_URL_ANTQ_ACTIVITIES")
  PG_PORT=$(sed -E 's#jdbc:postgresql://[^:/]+:([0-9]+)/.*#\1#' <<<"$ANTQ_JDBC_URL_ANTQ_ACTIVITIES")

  echo "Generating…"
  gen_start=$(date +%s)
  "$HERE/generate.sh" --scale "$SCALE" --seed "$SEED" | tee "$dir/generate.log"
  record generate "$SCALE" "$(( $(date +%s) - gen_start ))" "$(grep -o '[0-9,]* rows' "$dir/generate.log" | tr -d ', rows')"

  BENCH_TOKEN=$(token --role MINISTRY_ADMIN --sub bench.reader)
  export BENCH_TOKEN
  echo "Views (window $FROM..$TO, ${DURATION}s each after ${WARMUP}s warm-up):"
  measure_views
  measure_view_under_writes
  echo "The gateway's own share of a view (Server-Timing, 30 requests one at a time):"
  measure_view_timing
  echo "Writes:"
  measure_writes
  echo "Mobile sync:"
  measure_delta
  echo "Resident memory after the load:"
  measure_memory
  stop_suite
  # Start-up again, now over the loaded databases (no migrations to run), once the load has died down.
  settle
  start_suite "$dir" loaded
  stop_suite
  record load "$SCALE" end "$(cut -d' ' -f1-3 /proc/loadavg)"
done

commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ] && commit="$commit (with uncommitted changes)"
doc_arg=()
[ -n "$WRITE_DOC" ] && doc_arg=(--doc "$ROOT/docs/benchmarks.md" --notes "$HERE/notes.md")
python3 "$HERE/report.py" --results "$RESULTS" --commit "$commit" --seed "$SEED" --duration "$DURATION" "${doc_arg[@]}"
