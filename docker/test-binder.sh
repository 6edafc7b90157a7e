#!/usr/bin/env bash
# `make test-binder`: builds the repository the way Binder does, with repo2docker (pinned in
# docker/requirements-repo2docker.txt, in its own venv .cache/binder-venv), through the available
# engine (Docker, or podman's Docker-compatible socket), then checks the image it made: the course
# kernel is installed and is the default, and JupyterLab starts as Binder starts it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TAG="${BINDER_IMAGE:-dl-course-binder:latest}"
say() { printf '\033[1m[binder]\033[0m %s\n' "$*"; }
start=$SECONDS
VENV="$ROOT/.cache/binder-venv"
stamp="$(sha256sum "$ROOT/docker/requirements-repo2docker.txt" | cut -c1-16)"
if [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "installing repo2docker into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet -r "$ROOT/docker/requirements-repo2docker.txt"
  echo "$stamp" > "$VENV/.stamp"
fi
ENGINE="$(bash "$ROOT/docker/engine.sh")" || { echo "[binder] no container engine" >&2; exit 1; }
export ENGINE   # decided once: with DOCKER_HOST on podman's socket below, `docker info` would answer too
read -r -a ENGINE_CMD <<<"$(bash "$ROOT/docker/engine.sh" --command)"
read -r -a RUN_OPTS <<<"$(bash "$ROOT/docker/engine.sh" --run-options)"
service_pid=""
tmp="$(mktemp -d /tmp/dl-course-binder.XXXXXX)"
cleanup() { [ -z "$service_pid" ] || kill "$service_pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
if [ "$ENGINE" = podman ]; then
  # repo2docker talks to the socket (docker-py) and to the CLI, which it calls `podman` when the
  # socket's path says podman: the stand-in adapts podman 4.3's buildx (docker/podman-for-repo2docker.sh)
  sock="$tmp/podman.sock"
  "${ENGINE_CMD[@]}" system service --time=0 "unix://$sock" >"$tmp/service.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 30); do [ -S "$sock" ] && break; sleep 1; done
  export DOCKER_HOST="unix://$sock"
  mkdir -p "$tmp/bin" && ln -s "$ROOT/docker/podman-for-repo2docker.sh" "$tmp/bin/podman"
  export PATH="$tmp/bin:$PATH"
fi
say "repo2docker $("$VENV/bin/repo2docker" --version) builds $ROOT with $ENGINE"
# repo2docker reuses an image that has the tag: remove it so it really builds (the layer cache stays)
"${ENGINE_CMD[@]}" rmi -f "$TAG" >/dev/null 2>&1 || true
nice "$VENV/bin/repo2docker" --no-run --user-id 1000 --user-name jovyan --image-name "$TAG" "$ROOT"
built=$SECONDS
say "built $TAG in $((built - start)) s"
"${ENGINE_CMD[@]}" run -i --rm "${RUN_OPTS[@]}" "$TAG" python3 - <<'PY' || { echo "[binder] FAILED: the image's kernel set-up" >&2; exit 1; }
import json, subprocess
specs = json.loads(subprocess.run(["jupyter", "kernelspec", "list", "--json"], capture_output=True, check=True).stdout)
assert "java-course" in specs["kernelspecs"], specs
from jupyter_server.serverapp import ServerApp
app = ServerApp()
app.load_config_file()
assert app.config.MappingKernelManager.default_kernel_name == "java-course", app.config
print("[binder] the course kernel is installed and is the default")
PY
say "passed in $((SECONDS - start)) s (repo2docker build $((built - start)) s)"
