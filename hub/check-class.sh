#!/usr/bin/env bash
# `make test-hub`: a class on JupyterHub, for real (hub/check_class.py says what is checked).
# Installs JupyterHub + DockerSpawner (hub/requirements.txt) in .cache/hub-venv and
# configurable-http-proxy (npm) in .cache/hub-proxy, builds the course image and its hub variant
# (docker/hub.Dockerfile), serves the engine's Docker-compatible socket (podman system service) when
# the engine is podman, and runs the check on 127.0.0.1.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHP_VERSION=5.3.0
IMAGE="${IMAGE:-dl-course:latest}"
HUB_IMAGE="${HUB_IMAGE:-dl-course-hub:latest}"
say() { printf '\033[1m[hub]\033[0m %s\n' "$*"; }
start=$SECONDS

VENV="$ROOT/.cache/hub-venv"
stamp="$(sha256sum "$ROOT/hub/requirements.txt" | cut -c1-16)"
if [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "installing JupyterHub and DockerSpawner into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet -r "$ROOT/hub/requirements.txt"
  echo "$stamp" > "$VENV/.stamp"
fi
PROXY_DIR="$ROOT/.cache/hub-proxy"
if [ ! -x "$PROXY_DIR/node_modules/.bin/configurable-http-proxy" ] \
   || ! grep -q "\"version\": \"$CHP_VERSION\"" "$PROXY_DIR/node_modules/configurable-http-proxy/package.json"; then
  say "installing configurable-http-proxy $CHP_VERSION into $PROXY_DIR"
  mkdir -p "$PROXY_DIR" && echo '{"private": true}' > "$PROXY_DIR/package.json"
  (cd "$PROXY_DIR" && npm install --no-audit --no-fund --silent "configurable-http-proxy@$CHP_VERSION")
fi

ENGINE="$(bash "$ROOT/docker/engine.sh")" || { echo "[hub] no container engine: nothing to spawn from" >&2; exit 1; }
read -r -a ENGINE_CMD <<<"$(bash "$ROOT/docker/engine.sh" --command)"
IMAGE="$IMAGE" bash "$ROOT/docker/build-image.sh"
secret=()
# the bundle given, else the one the environment names, else the system bundle (the host's own trust)
ca="${CA_BUNDLE:-${SSL_CERT_FILE:-${REQUESTS_CA_BUNDLE:-${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}}}}"
[ -n "$ca" ] && [ -s "$ca" ] && secret=(--secret "id=ca_bundle,src=$ca")
fmt=(); [ "$ENGINE" = podman ] && fmt=(--format docker --network host)
say "building $HUB_IMAGE (the course image + the hub's jupyterhub)"
"${ENGINE_CMD[@]}" build "${fmt[@]}" "${secret[@]}" -f "$ROOT/docker/hub.Dockerfile" \
  --build-arg "IMAGE=$IMAGE" --build-arg "JUPYTERHUB=$(grep -m1 '^jupyterhub==' "$ROOT/hub/requirements.txt")" \
  -t "$HUB_IMAGE" "$ROOT/docker" >/dev/null
built=$SECONDS

HUB_STATE="$(mktemp -d /tmp/dl-course-hub.XXXXXX)"
service_pid=""
cleanup() {
  [ -z "$service_pid" ] || kill "$service_pid" 2>/dev/null || true
  if [ "${HUB_KEEP_CONTAINERS:-}" = 1 ]; then   # kept for their logs: podman logs jupyter-learner1
    say "kept the learners' containers and volumes (HUB_KEEP_CONTAINERS=1)"
  else
    for u in learner1 learner2; do
      "${ENGINE_CMD[@]}" rm -f "jupyter-$u" >/dev/null 2>&1 || true
      "${ENGINE_CMD[@]}" volume rm -f "dl-course-work-$u" >/dev/null 2>&1 || true
    done
  fi
  rm -rf "$HUB_STATE"
}
trap cleanup EXIT
if [ "$ENGINE" = podman ]; then
  sock="$HUB_STATE/podman.sock"
  "${ENGINE_CMD[@]}" system service --time=0 "unix://$sock" >"$HUB_STATE/podman-service.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 30); do [ -S "$sock" ] && break; sleep 1; done
  export HUB_DOCKER_HOST="unix://$sock"
else
  export HUB_DOCKER_HOST="${DOCKER_HOST:-unix:///var/run/docker.sock}"
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export HUB_STATE HUB_IMAGE HUB_PORT="$(free_port)" HUB_API_PORT="$(free_port)" HUB_NETWORK="${HUB_NETWORK:-host}"
export HUB_PROXY="$PROXY_DIR/node_modules/.bin/configurable-http-proxy"
"$VENV/bin/python" "$ROOT/hub/check_class.py"
say "images ready in $((built - start)) s; the class check took $((SECONDS - built)) s"
