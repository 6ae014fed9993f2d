#!/usr/bin/env bash
# Loads the demo data into a running suite (deploy/run-local.sh, or run-local.sh --demo which calls this once the suite
# is ready) through the models-service API, as MINISTRY_ADMIN: the seed reports' model figures as tallies
# (deploy/demo/models-demo.json) and a few detailed models with sites in Đồng Nai, after importing the handful of
# communes those sites are in (deploy/demo/communes-demo.csv). Safe to run again: nothing is created twice.
#
#   deploy/load-demo.sh                       against http://127.0.0.1:$ANTQ_MODELS_PORT (8081)
#   ANTQ_MODELS_URL=http://host:8081 deploy/load-demo.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MODELS_URL=${ANTQ_MODELS_URL:-http://127.0.0.1:${ANTQ_MODELS_PORT:-8081}}
LIB=$ROOT/commons/target/lib
[ -d "$LIB" ] || { echo "load-demo: build first (deploy/run-local.sh builds what is missing)" >&2; exit 1; }
# The token travels in the environment, not on a command line other users can read.
ANTQ_DEMO_TOKEN=$("$ROOT/deploy/mint-token.sh" --role MINISTRY_ADMIN --sub demo-loader --ttl PT15M)
export ANTQ_DEMO_TOKEN
exec java -cp "$LIB/*" "$ROOT/deploy/demo/DemoLoader.java" "$MODELS_URL" "$ROOT/deploy/demo/models-demo.json" \
  "$ROOT/deploy/demo/communes-demo.csv"
