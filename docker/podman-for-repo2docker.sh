#!/usr/bin/env bash
# Stands in for `podman` when repo2docker drives it (make test-binder): repo2docker runs
# `podman buildx build --progress plain --load ...`, and Debian 12's podman 4.3 knows neither option
# (its buildx is plain `podman build`, which loads the image anyway). This drops the two, adds the
# options docker/engine.sh uses here (runc, host network, limits, Docker image format), the CA bundle
# as a build secret, and the debootstrap base where the pinned base is not in the engine.
set -euo pipefail
REAL="${REAL_PODMAN:-/usr/bin/podman}"
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"  # called through a link
read -r -a global <<<"$(ENGINE=podman bash "$ROOT/docker/engine.sh" --command | cut -d' ' -f2-)"
if [ "${1:-}" = buildx ] && [ "${2:-}" = version ]; then
  echo "podman $("$REAL" version --format '{{.Client.Version}}') (buildx is podman build)"; exit 0
fi
if [ "${1:-}" = buildx ] && [ "${2:-}" = build ]; then
  shift 2
  args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --progress) shift 2 ;;
      --load) shift ;;
      *) args+=("$1"); shift ;;
    esac
  done
  read -r -a run_opts <<<"$(ENGINE=podman bash "$ROOT/docker/engine.sh" --run-options)"
  extra=(--format docker "${run_opts[@]}")
  # the bundle given, else the one the environment names, else the system bundle (the host's own trust)
ca="${CA_BUNDLE:-${SSL_CERT_FILE:-${REQUESTS_CA_BUNDLE:-${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}}}}"
  if [ -n "$ca" ] && [ -s "$ca" ]; then extra+=(--secret "id=ca_bundle,src=$ca"); fi
  pinned="$(sed -n 's/^ARG BASE_IMAGE=//p' "$ROOT/docker/Dockerfile")"
  if ! "$REAL" "${global[@]}" image exists "$pinned"; then
    extra+=(--build-arg "BASE_IMAGE=${BASE_IMAGE:-localhost/dl-course-base:bookworm}")
  fi
  last=$(( ${#args[@]} - 1 ))
  exec "$REAL" "${global[@]}" build "${extra[@]}" "${args[@]:0:$last}" "${args[$last]}"
fi
exec "$REAL" "${global[@]}" "$@"
