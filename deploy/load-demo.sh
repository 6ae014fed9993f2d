#!/usr/bin/env bash
# Loads the demo data into a running suite (deploy/run-local.sh, or run-local.sh --demo which calls this once the suite
# is ready) through each service's API, as MINISTRY_ADMIN: deploy/demo/<service>-demo.json for models-, activities-
# and staffing-service (the seed reports' figures as tallies in the units they were reported for, and a few detailed
# records after the reform), after importing the handful of communes those records are in (communes-demo.csv).
# Safe to run again: nothing is created twice (see deploy/demo/DemoLoader.java for the file format).
#
#   deploy/load-demo.sh                       against http://127.0.0.1:8081, :8082, :8083 (ANTQ_*_PORT)
#   ANTQ_MODELS_URL=http://host:8081 ANTQ_ACTIVITIES_URL=… ANTQ_STAFFING_URL=… deploy/load-demo.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIB=$ROOT/commons/target/lib
[ -d "$LIB" ] || { echo "load-demo: build first (deploy/run-local.sh builds what is missing)" >&2; exit 1; }
# The token travels in the environment, not on a command line other users can read.
ANTQ_DEMO_TOKEN=$("$ROOT/deploy/mint-token.sh" --role MINISTRY_ADMIN --sub demo-loader --ttl PT15M)
export ANTQ_DEMO_TOKEN
status=0
load() { # <service> <base URL>
  local file=$ROOT/deploy/demo/$1-demo.json
  [ -f "$file" ] || return 0
  java -cp "$LIB/*" "$ROOT/deploy/demo/DemoLoader.java" "$2" "$file" || status=1
}
load models "${ANTQ_MODELS_URL:-http://127.0.0.1:${ANTQ_MODELS_PORT:-8081}}"
load activities "${ANTQ_ACTIVITIES_URL:-http://127.0.0.1:${ANTQ_ACTIVITIES_PORT:-8082}}"
load staffing "${ANTQ_STAFFING_URL:-http://127.0.0.1:${ANTQ_STAFFING_PORT:-8083}}"
exit $status
