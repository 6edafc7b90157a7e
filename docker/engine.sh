#!/usr/bin/env bash
# Which container engine to use, for the image scripts and tests:
#   engine.sh                the engine's name (docker or podman), or exit 1 when none is usable
#   engine.sh --command      the command with its global options
#   engine.sh --run-options  options for its build and run (podman: host network, raised limits)
# ENGINE=docker|podman chooses; by default docker when its daemon answers, else podman.
# ENGINE_OPTIONS / ENGINE_RUN_OPTIONS replace the defaults below.
set -uo pipefail
engine="${ENGINE:-}"
if [ -z "$engine" ]; then
  if command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; then
    engine=docker
  elif command -v podman >/dev/null && timeout 30 podman info >/dev/null 2>&1; then
    engine=podman
  else
    exit 1
  fi
fi
case "${1:-}" in
  --command)
    if [ "$engine" = podman ] && [ -z "${ENGINE_OPTIONS+x}" ] && command -v runc >/dev/null; then
      echo "podman --runtime runc"   # Debian's podman with runc: works where crun is missing or too old
    else
      echo "$engine ${ENGINE_OPTIONS:-}"
    fi ;;
  --run-options)
    if [ -n "${ENGINE_RUN_OPTIONS+x}" ]; then
      echo "$ENGINE_RUN_OPTIONS"
    elif [ "$engine" = podman ]; then
      # host networking (no CNI set-up needed) and the limits Java and Maven need in a container
      echo "--network host --ulimit nofile=20000:20000 --ulimit nproc=32768:32768"
    fi ;;
  *) echo "$engine" ;;
esac
