#!/usr/bin/env bash
# `make image`: builds the course image (docker/Dockerfile) with Docker or, where there is none, podman.
#   IMAGE       the tag (default dl-course:latest)
#   ENGINE      docker or podman (default: docker when its daemon answers, else podman)
#   BASE_IMAGE  the base; by default the Dockerfile's pinned Debian 12, or where that cannot be
#               pulled (no registry reachable) a Debian 12 made with debootstrap (docker/make-base.sh)
#   CA_BUNDLE   a PEM bundle to trust at build time (TLS-inspecting proxy); default: the one
#               SSL_CERT_FILE, REQUESTS_CA_BUNDLE or PIP_CERT names, else the system's
#               /etc/ssl/certs/ca-certificates.crt where it exists. A build secret: not kept.
#   BUILD_ARGS  more arguments for the engine's build (e.g. --build-arg COURSE_VARIANT=gpu)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${IMAGE:-dl-course:latest}"
LOCAL_BASE="localhost/dl-course-base:bookworm"
say() { printf '\033[1m[image]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[image] error:\033[0m %s\n' "$*" >&2; exit 1; }

ENGINE="$(bash "$ROOT/docker/engine.sh")" || die "no container engine: install Docker or podman ('apt-get install podman')"
# the engine's global options (podman: runc where installed; see docker/engine.sh)
read -r -a ENGINE_CMD <<<"$(bash "$ROOT/docker/engine.sh" --command)"
read -r -a RUN_OPTS <<<"$(bash "$ROOT/docker/engine.sh" --run-options)"

pinned="$(sed -n 's/^ARG BASE_IMAGE=//p' "$ROOT/docker/Dockerfile")"
has_image() { "${ENGINE_CMD[@]}" image inspect "$1" >/dev/null 2>&1; }
if [ -z "${BASE_IMAGE:-}" ]; then
  if has_image "$pinned"; then
    BASE_IMAGE="$pinned"
  elif has_image "$LOCAL_BASE"; then
    BASE_IMAGE="$LOCAL_BASE"
    say "base: $LOCAL_BASE (Debian 12 from debootstrap; the pinned $pinned is not here)"
  elif timeout "${PULL_TIMEOUT:-60}" "${ENGINE_CMD[@]}" pull "$pinned" >/dev/null 2>&1; then
    BASE_IMAGE="$pinned"
  else
    say "the pinned base $pinned cannot be pulled: making $LOCAL_BASE with debootstrap (once)"
    bash "$ROOT/docker/make-base.sh" "$ENGINE"
    BASE_IMAGE="$LOCAL_BASE"
  fi
fi

# podman writes OCI images by default, which drop SHELL (the pipefail shell the Dockerfile sets)
[ "$ENGINE" = podman ] && RUN_OPTS+=(--format docker)

secret=()
# the bundle given, else the one the environment names, else the system bundle (the host's own trust)
ca="${CA_BUNDLE:-${SSL_CERT_FILE:-${REQUESTS_CA_BUNDLE:-${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}}}}"
if [ -n "$ca" ] && [ -s "$ca" ]; then
  secret=(--secret "id=ca_bundle,src=$ca")
  say "trusting the CA bundle $ca during the build (a build secret: not stored in the image)"
fi

say "building $IMAGE with $ENGINE from $BASE_IMAGE"
start=$SECONDS
# shellcheck disable=SC2086
DOCKER_BUILDKIT=1 "${ENGINE_CMD[@]}" build "${RUN_OPTS[@]}" -f "$ROOT/docker/Dockerfile" -t "$IMAGE" \
  --build-arg "BASE_IMAGE=$BASE_IMAGE" "${secret[@]}" ${BUILD_ARGS:-} "$ROOT"
say "built $IMAGE in $((SECONDS - start)) s"
