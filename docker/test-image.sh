#!/usr/bin/env bash
# `make test-image`: builds the image (with the engine's cache) and uses it as a learner would:
#   1. JupyterLab starts in the container and refuses requests without the token;
#   2. the course kernel is listed and is the default; every process in the container is non-root;
#   3. chapters 01 and 02 execute inside it (nbval, quick profile, as `make test` runs them);
#   4. the same chapters execute in a container with no network at all (--network none).
# Exit status 0 only when all of it holds. IMAGE, ENGINE, BASE_IMAGE, CA_BUNDLE as for make image.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${IMAGE:-dl-course:latest}"
CHAPTERS="${CHAPTERS:-notebooks/01-apple-perceptron.ipynb notebooks/02-iris.ipynb}"
say() { printf '\033[1m[test-image]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[test-image] FAILED:\033[0m %s\n' "$*" >&2; exit 1; }

ENGINE="$(bash "$ROOT/docker/engine.sh")" || fail "no container engine is usable (Docker or podman)"
read -r -a ENGINE_CMD <<<"$(bash "$ROOT/docker/engine.sh" --command)"
read -r -a RUN_OPTS <<<"$(bash "$ROOT/docker/engine.sh" --run-options)"
start=$SECONDS

IMAGE="$IMAGE" bash "$ROOT/docker/build-image.sh"
built=$SECONDS
say "image ready in $((built - start)) s"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
token="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
name="dl-course-test-$$"
publish=()
case " ${RUN_OPTS[*]} " in
  *" --network host "*) ;;                               # the server's port is the host's
  *) publish=(-p "127.0.0.1:$port:$port") ;;
esac
cleanup() { "${ENGINE_CMD[@]}" rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# 1-2. the learner's container: the image's own command, on a free port, with a token of our own
say "starting JupyterLab in the container on port $port"
"${ENGINE_CMD[@]}" run -d --name "$name" "${RUN_OPTS[@]}" "${publish[@]}" -e "JUPYTER_TOKEN=$token" \
  "$IMAGE" make lab "PORT=$port" "LAB_ARGS=--ip=0.0.0.0" >/dev/null
api() {  # api PATH [TOKEN]: prints the HTTP status, then the body
  python3 - "$port" "$@" <<'PY'
import sys, urllib.request, urllib.error
port, path = sys.argv[1], sys.argv[2]
headers = {"Authorization": f"token {sys.argv[3]}"} if len(sys.argv) > 3 else {}
try:
    with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers), timeout=10) as r:
        print(r.status); print(r.read().decode())
except urllib.error.HTTPError as e:
    print(e.code)
except OSError:
    print(0)
PY
}
status() { local out; out="$(api "$@")"; echo "${out%%$'\n'*}"; }
for _ in $(seq 1 120); do
  [ "$(status /api/status "$token")" = 200 ] && break
  "${ENGINE_CMD[@]}" inspect -f '{{.State.Running}}' "$name" 2>/dev/null | grep -q true \
    || { "${ENGINE_CMD[@]}" logs "$name" | tail -n 30; fail "the container stopped"; }
  sleep 1
done
[ "$(status /api/status "$token")" = 200 ] || { "${ENGINE_CMD[@]}" logs "$name" | tail -n 30; fail "JupyterLab did not answer on port $port"; }
say "JupyterLab answers after $((SECONDS - built)) s"
[ "$(status /api/kernelspecs)" = 403 ] || fail "the server answered without its token"
say "without the token: 403"
specs="$(api /api/kernelspecs "$token")"; specs="${specs#*$'\n'}"
python3 - "$specs" <<'PY' || fail "the course kernel is not listed or not the default"
import json, sys
specs = json.loads(sys.argv[1])
assert specs["default"] == "java-course", specs["default"]
assert specs["kernelspecs"]["java-course"]["spec"]["display_name"] == "Java (Deep Learning course)"
PY
say "the course kernel is listed and is the default"

# a kernel started through the server, then every process of the container, must be non-root
python3 - "$port" "$token" <<'PY' || fail "could not start a kernel through the server"
import json, sys, urllib.request
port, token = sys.argv[1:]
req = urllib.request.Request(f"http://127.0.0.1:{port}/api/kernels", method="POST", data=b"{}",
                             headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=60) as r:
    assert json.load(r)["name"] == "java-course"
PY
sleep 5
uids="$("${ENGINE_CMD[@]}" exec "$name" sh -c 'for s in /proc/[0-9]*/status; do awk "/^Uid:/{print \$2}" "$s"; done' | sort -u | tr '\n' ' ')"
java_procs="$("${ENGINE_CMD[@]}" exec "$name" sh -c 'grep -l jjava /proc/[0-9]*/cmdline 2>/dev/null | wc -l')"
[ "$java_procs" -ge 1 ] || fail "the course kernel did not start in the container"
[ "$uids" = "1000 " ] || fail "processes in the container run as uids: $uids (expected only 1000)"
say "every process (JupyterLab, the java-course kernel) runs as uid 1000, not root"

# 3. the chapters, in the learner's container
nbval="COURSE_PROFILE=quick PYTHONPATH=tests .venv/bin/pytest -p no:python -p no:cacheprovider -p nbval_jjava --nbval-lax \
  --nbval-kernel-name java-course --nbval-sanitize-with tests/sanitize.cfg --nbval-cell-timeout 1800 $CHAPTERS"
t=$SECONDS
"${ENGINE_CMD[@]}" exec "$name" bash -c "$nbval -q" | tail -n 3 || fail "the chapters failed in the container"
say "chapters 01 and 02 ran in the container in $((SECONDS - t)) s"
cleanup

# 4. the same with no network at all
t=$SECONDS
filtered=()
for o in "${RUN_OPTS[@]}"; do [ "$o" = "--network" ] || [ "$o" = host ] || filtered+=("$o"); done
"${ENGINE_CMD[@]}" run --rm --network none "${filtered[@]}" "$IMAGE" bash -c \
  "python3 -c 'import socket; socket.create_connection((\"pypi.org\", 443), 5)' 2>/dev/null && exit 3; $nbval -q" \
  | tail -n 3 || fail "the chapters failed with no network (exit 3: the container could reach the network)"
say "chapters 01 and 02 ran with --network none in $((SECONDS - t)) s"
say "passed in $((SECONDS - start)) s (build $((built - start)) s)"
