#!/usr/bin/env bash
# Prints a bearer token for the suite started by deploy/run-local.sh, signed with its local key (.run/jwt).
# Local runs only: deployed services verify tokens of the ministry's OIDC provider and never hold a signing key.
#
#   deploy/mint-token.sh --role MINISTRY_ADMIN
#   deploy/mint-token.sh --role PROVINCE_OFFICER --province 75
#   deploy/mint-token.sh --role COMMUNE_OFFICER --province 75 --commune 26068 --sub officer.tanphu --ttl PT1H
# Roles: MINISTRY_ADMIN MINISTRY_ANALYST PROVINCE_OFFICER COMMUNE_OFFICER PARTNER_SYSTEM TIP_INVESTIGATOR
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${ANTQ_RUN_DIR:-$ROOT/.run}
JAR=$ROOT/commons/target/commons-1.0.0-SNAPSHOT.jar
[ -f "$JAR" ] || { echo "mint-token: build first (deploy/run-local.sh builds what is missing)" >&2; exit 1; }
[ -f "$RUN_DIR/jwt/private.pem" ] || { echo "mint-token: no local key in $RUN_DIR/jwt: start the suite once with deploy/run-local.sh" >&2; exit 1; }
exec java -cp "$JAR:$ROOT/commons/target/lib/*" vn.gov.antq.commons.security.DevTokens mint \
  --dir "$RUN_DIR/jwt" --issuer antq-local "$@"
