#!/usr/bin/env bash
# Runs the whole suite on this machine: PostgreSQL (embedded by default, or the server named by ANTQ_PG_URL) with
# one database per service, the three domain services and the gateway. Builds what is missing, waits until every
# service is ready, prints the URLs, and stops everything it started on Ctrl-C / SIGTERM.
#
#   deploy/run-local.sh            start (build first if a service jar is missing)
#   deploy/run-local.sh --rebuild  rebuild everything first (mvn package, tests skipped)
#   deploy/run-local.sh --demo     once ready, load the demo data through the API (deploy/load-demo.sh)
#
# ANTQ_JAVA_OPTS replaces the JVM options below; ANTQ_START_ONE_BY_ONE=1 starts each service only when the one before
# is ready (slower in all, but each start-up then has the machine to itself, as the benchmark measures it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${ANTQ_RUN_DIR:-$ROOT/.run}
mkdir -p "$RUN_DIR"
# Absolute: the services run from their own directories (below), and their config file paths must still resolve.
RUN_DIR=$(cd "$RUN_DIR" && pwd)
LOG_DIR=$RUN_DIR/logs
VERSION=1.0.0-SNAPSHOT
READY_TIMEOUT=${ANTQ_READY_TIMEOUT:-180}
# Small services on a small machine (docs/benchmarks.md): the serial collector in a 96 MB heap whose young generation
# holds what requests in flight allocate (survivor spaces too small for it promoted it, and the gateway spent half its
# time in full collections); the C1 compiler only, which spends far less processor time and memory compiling than C2
# while four JVMs and PostgreSQL share two cores; freed native memory returned to the system every second; two malloc
# arenas instead of one per core and thread.
JAVA_OPTS=${ANTQ_JAVA_OPTS:--Xmx96m -Xmn40m -XX:SurvivorRatio=3 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=1000 -XX:+ExitOnOutOfMemoryError}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# name port database (database empty: none)
SERVICES=(
  "models-service ${ANTQ_MODELS_PORT:-8081} antq_models"
  "activities-service ${ANTQ_ACTIVITIES_PORT:-8082} antq_activities"
  "staffing-service ${ANTQ_STAFFING_PORT:-8083} antq_staffing"
  "gateway ${ANTQ_GATEWAY_PORT:-8080} -"
)

die() { echo "run-local: $*" >&2; exit 1; }

for tool in java flock curl; do
  command -v "$tool" >/dev/null || die "'$tool' is needed on the PATH"
done

mkdir -p "$LOG_DIR"
exec 9>"$RUN_DIR/suite.lock"
if ! flock -n 9; then
  die "the suite is already running (launcher pid $(cat "$RUN_DIR/suite.pid" 2>/dev/null || echo '?'), logs in $LOG_DIR). Stop it with Ctrl-C in its terminal or 'kill $(cat "$RUN_DIR/suite.pid" 2>/dev/null || echo PID)'."
fi
echo $$ >"$RUN_DIR/suite.pid"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for entry in "${SERVICES[@]}"; do
  read -r name port _ <<<"$entry"
  port_busy "$port" && die "port $port (for $name) is already in use; free it or set ANTQ_${name%%-*}_PORT"
done

# --- build what is missing --------------------------------------------------------------------------------------
need_build=
demo=
for arg in "$@"; do
  case "$arg" in
    --rebuild) need_build=--rebuild ;;
    --demo) demo=1 ;;
    *) die "unknown option '$arg' (known: --rebuild, --demo)" ;;
  esac
done
[ -f "$ROOT/commons/target/commons-$VERSION.jar" ] && [ -d "$ROOT/commons/target/lib" ] || need_build=--rebuild
for entry in "${SERVICES[@]}"; do
  read -r name _ _ <<<"$entry"
  [ -f "$ROOT/$name/target/quarkus-app/quarkus-run.jar" ] || need_build=--rebuild
done
if [ "$need_build" = --rebuild ]; then
  echo "Building the suite (mvn package, tests skipped)…"
  (cd "$ROOT" && mvn -B -q -DskipTests package) || die "build failed"
fi

# --- token verification key (local runs only; production verifies against the ministry's OIDC provider) ---------
LAUNCHER_CP="$ROOT/commons/target/commons-$VERSION.jar:$ROOT/commons/target/lib/*"
LOCAL_ISSUER=antq-local
java -cp "$LAUNCHER_CP" vn.gov.antq.commons.security.DevTokens keygen --dir "$RUN_DIR/jwt" >/dev/null \
  || die "could not create the local token key pair in $RUN_DIR/jwt"

# --- tipster encryption key (local runs only; production takes it from a Secret) --------------------------------
TIPSTER_SECRETS=$RUN_DIR/secrets/activities-service.properties
if [ ! -f "$TIPSTER_SECRETS" ]; then
  mkdir -p "$RUN_DIR/secrets"
  (umask 077 && printf 'antq.tipster.current-key=local1\nantq.tipster.keys.local1=%s\n' "$(head -c 32 /dev/urandom | base64)" \
    >"$TIPSTER_SECRETS")
fi

# --- PostgreSQL ---------------------------------------------------------------------------------------------------
if [ -n "${ANTQ_DATA_DIR:-}" ]; then
  DATA_DIR=$ANTQ_DATA_DIR
elif [ "$(id -u)" = 0 ]; then
  # As root the server runs as an unprivileged user, who cannot enter a checkout under /root.
  DATA_DIR=/var/tmp/antq-suite-$(printf %s "$ROOT" | sha1sum | cut -c1-10)/pgdata
else
  DATA_DIR=$RUN_DIR/pgdata
fi
mkdir -p "$(dirname "$DATA_DIR")"
[ "$(id -u)" = 0 ] && chmod 755 "$(dirname "$DATA_DIR")"

PIDS=()
PG_PID=
cleanup() {
  # Whatever happened to our terminal or pipe, stopping must finish.
  set +e
  trap '' PIPE INT TERM HUP
  trap - EXIT
  echo
  echo "Stopping the suite…"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_PID" ]; then
    kill -TERM "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  rm -f "$RUN_DIR/suite.pid" "$RUN_DIR/db.env"
  echo "Stopped."
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'exit 141' PIPE

DATABASES=$(for entry in "${SERVICES[@]}"; do read -r _ _ db <<<"$entry"; [ "$db" = - ] || printf '%s,' "$db"; done)
rm -f "$RUN_DIR/db.env"
# setsid: Ctrl-C reaches only this script, which then stops the services before the database.
setsid java -cp "$LAUNCHER_CP" \
  vn.gov.antq.commons.postgres.PostgresLauncher \
  --data-dir "$DATA_DIR" --databases "${DATABASES%,}" --env-file "$RUN_DIR/db.env" \
  >"$LOG_DIR/postgres.log" 2>&1 &
PG_PID=$!
for _ in $(seq 1 120); do
  [ -f "$RUN_DIR/db.env" ] && break
  kill -0 "$PG_PID" 2>/dev/null || break
  sleep 0.5
done
[ -f "$RUN_DIR/db.env" ] || { tail -20 "$LOG_DIR/postgres.log" >&2; die "PostgreSQL did not start (log: $LOG_DIR/postgres.log)"; }
if [ -n "${ANTQ_PG_URL:-}" ]; then
  wait "$PG_PID" || die "could not prepare databases on $ANTQ_PG_URL (log: $LOG_DIR/postgres.log)"
  PG_PID=
  echo "PostgreSQL: external, $ANTQ_PG_URL"
else
  echo "PostgreSQL: embedded, $(grep -o 'READY.*' "$LOG_DIR/postgres.log" | cut -d' ' -f3), data in $DATA_DIR"
fi
# shellcheck disable=SC1091
. "$RUN_DIR/db.env"

# --- services -----------------------------------------------------------------------------------------------------
deadline=$((SECONDS + READY_TIMEOUT))
wait_ready() {
  local name=$1 port=$2 pid=$3
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$LOG_DIR/$name.log" >&2; die "$name exited during start-up (log: $LOG_DIR/$name.log)"; }
    [ $SECONDS -lt $deadline ] || die "$name was not ready after ${READY_TIMEOUT}s (log: $LOG_DIR/$name.log)"
    sleep 0.1
  done
  echo "Ready: $name"
}

for entry in "${SERVICES[@]}"; do
  read -r name port db <<<"$entry"
  envs=(QUARKUS_HTTP_PORT="$port" ANTQ_JWT_PUBLIC_KEY_LOCATION="file:$RUN_DIR/jwt/public.pem" ANTQ_JWT_ISSUER="$LOCAL_ISSUER")
  if [ "$db" != - ]; then
    url_var=ANTQ_JDBC_URL_${db^^}
    envs+=(QUARKUS_DATASOURCE_JDBC_URL="${!url_var}" QUARKUS_DATASOURCE_USERNAME="$ANTQ_JDBC_USER" QUARKUS_DATASOURCE_PASSWORD="$ANTQ_JDBC_PASSWORD")
  fi
  # The key file stays out of the command line and the environment, where other local users could read it.
  [ "$name" = activities-service ] && envs+=(QUARKUS_CONFIG_LOCATIONS="file:$TIPSTER_SECRETS")
  # The gateway passes domain routes and its views' statistics calls to the services on the ports chosen here.
  [ "$name" = gateway ] && envs+=(ANTQ_GATEWAY_SERVICES_MODELS_URL="http://localhost:${ANTQ_MODELS_PORT:-8081}"
    ANTQ_GATEWAY_SERVICES_ACTIVITIES_URL="http://localhost:${ANTQ_ACTIVITIES_PORT:-8082}"
    ANTQ_GATEWAY_SERVICES_STAFFING_URL="http://localhost:${ANTQ_STAFFING_PORT:-8083}")
  app_dir=$ROOT/$name/target/quarkus-app
  # The class-data archive a build with -Dquarkus.package.jar.appcds.enabled=true leaves (the benchmark builds so).
  # The JVM uses it only for the class path it was dumped with, "quarkus-run.jar" relative to the app's directory,
  # so the service starts from there; with another path or JVM it is ignored with a warning.
  cds=()
  [ -f "$app_dir/app-cds.jsa" ] && cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
  # shellcheck disable=SC2086
  (cd "$app_dir" && exec env "${envs[@]}" setsid java $JAVA_OPTS "${cds[@]}" -jar quarkus-run.jar) >"$LOG_DIR/$name.log" 2>&1 &
  PIDS+=($!)
  echo "Starting $name on port $port (log: $LOG_DIR/$name.log)"
  if [ "${ANTQ_START_ONE_BY_ONE:-}" = 1 ]; then
    wait_ready "$name" "$port" "${PIDS[-1]}"
  fi
done

for i in "${!SERVICES[@]}"; do
  read -r name port _ <<<"${SERVICES[$i]}"
  [ "${ANTQ_START_ONE_BY_ONE:-}" = 1 ] || wait_ready "$name" "$port" "${PIDS[$i]}"
done

if [ -n "$demo" ]; then
  echo "Loading the demo data…"
  # A failed load leaves the suite running: the data can be fixed and loaded again with deploy/load-demo.sh.
  ANTQ_RUN_DIR="$RUN_DIR" "$ROOT/deploy/load-demo.sh" || echo "run-local: the demo data did not load completely (see above)" >&2
fi

gateway_port=${ANTQ_GATEWAY_PORT:-8080}
cat <<MSG

The suite is up.
  Gateway:     http://localhost:$gateway_port
  Swagger UI:  http://localhost:$gateway_port/q/swagger-ui
  Services:    models http://localhost:${ANTQ_MODELS_PORT:-8081}  activities http://localhost:${ANTQ_ACTIVITIES_PORT:-8082}  staffing http://localhost:${ANTQ_STAFFING_PORT:-8083}
  Logs:        $LOG_DIR
  Token:       deploy/mint-token.sh --role MINISTRY_ADMIN   (then "Authorize" in Swagger UI, or curl -H "Authorization: Bearer …")
Press Ctrl-C to stop everything.
MSG

# Stay up while everything runs; if one process dies, say which and stop the rest.
while true; do
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      read -r name _ _ <<<"${SERVICES[$i]}"
      die "$name stopped unexpectedly (log: $LOG_DIR/$name.log)"
    fi
  done
  if [ -n "$PG_PID" ] && ! kill -0 "$PG_PID" 2>/dev/null; then
    die "PostgreSQL stopped unexpectedly (log: $LOG_DIR/postgres.log)"
  fi
  sleep 2 &
  wait $! || true
done
