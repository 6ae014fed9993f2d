#!/usr/bin/env bash
# Fills the databases of a started suite (deploy/run-local.sh; its services have migrated them) with the national
# benchmark dataset: deterministic from the seed, scale 1 = 34 provinces, 3,321 communes, 30,000 models, 2,000,000
# activities, 500,000 tips, reviews, safe-unit verdicts, trainings, receipts… (docs/benchmarks.md). The databases must
# not hold communes yet (a fresh suite).
#
#   deploy/bench/generate.sh --scale 1 --seed 42          (the suite's run dir: ANTQ_RUN_DIR, default .run)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${ANTQ_RUN_DIR:-$ROOT/.run}
JAR=$ROOT/benchmarks/target/benchmarks-1.0.0-SNAPSHOT.jar
[ -f "$JAR" ] && [ -d "$ROOT/benchmarks/target/lib" ] \
  || { echo "generate: build first: mvn -B -DskipTests -pl commons,benchmarks package" >&2; exit 1; }
[ -f "$RUN_DIR/db.env" ] || { echo "generate: no $RUN_DIR/db.env: start the suite first (deploy/run-local.sh)" >&2; exit 1; }
exec java -Xmx512m -cp "$JAR:$ROOT/benchmarks/target/lib/*" vn.gov.antq.bench.NationalDataset --env-file "$RUN_DIR/db.env" "$@"
