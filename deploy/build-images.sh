#!/usr/bin/env bash
# Builds the container images of the four apps with Jib (quarkus-container-image-jib; no Docker or Podman needed)
# and pushes them to a registry:
#
#   deploy/build-images.sh registry.example.gov.vn            push <registry>/antq/<app>:<version>
#   deploy/build-images.sh registry.example.gov.vn 1.0.0      ... with another tag than the project version
#
# Log in first the way Jib finds credentials (docker/podman credential helpers or ~/.docker/config.json), or pass
# -Dquarkus.container-image.username/password through MAVEN_ARGS. The images are labelled with the version and the
# commit (org.opencontainers.image.version / .revision). Settings live in the root pom.xml (profile
# quarkus-app-image). To build into a local Docker or Podman engine instead (and save OCI tarballs from there), see
# deploy/README.md, "Images".
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REGISTRY=${1:?usage: deploy/build-images.sh <registry> [tag]}
TAG=${2:-}
REVISION=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]; then
  REVISION="$REVISION-dirty"
fi
cd "$ROOT"
# shellcheck disable=SC2086
mvn -B -DskipTests package -pl gateway,models-service,activities-service,staffing-service -am \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="$REGISTRY" \
  ${TAG:+-Dquarkus.container-image.tag="$TAG"} \
  -Dantq.image.revision="$REVISION" ${MAVEN_ARGS:-}
