"""A class on JupyterHub, checked end to end (run by hub/check-class.sh, `make test-hub`):
JupyterHub on 127.0.0.1 with the dummy authenticator; two learners log in with the login form;
each one's server is spawned from the course image by DockerSpawner through the engine's socket;
a cell runs on the course kernel in each; each learner's files are their own.
Prints one line per step and the time it took; exits non-zero on the first failure."""
import http.cookiejar
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from tornado import httpclient, ioloop, websocket

HERE = Path(__file__).resolve().parent
LEARNERS = ["learner1", "learner2"]
START = time.time()


def say(text):
    print(f"[hub] {time.time() - START:6.1f} s  {text}", flush=True)


def request(url, token=None, method=None, body=None, opener=None, headers=None):
    headers = dict(headers or {})
    if token:
        headers["Authorization"] = f"token {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        headers.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    with (opener or urllib.request.build_opener()).open(req, timeout=60) as response:
        text = response.read().decode()
        return response.status, (json.loads(text) if text.strip().startswith(("{", "[")) else text)


def log_in(base, user, password):
    """The login form, as a browser fills it in; returns the status of the page it lands on."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _, page = request(f"{base}/hub/login", opener=opener)
    xsrf = re.search(r'name="_xsrf"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"username": user, "password": password, "_xsrf": xsrf}).encode()
    try:
        status, page = request(f"{base}/hub/login?next=%2Fhub%2Fhome", body=form, opener=opener,
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    except urllib.error.HTTPError as refused:
        return refused.code, jar
    return status, jar


def run_cell(base, user, token, code):
    """Starts a kernel on the learner's server (its default: must be the course kernel), runs one
    cell over the kernel's websocket, returns (kernel name, printed text)."""
    _, kernel = request(f"{base}/user/{user}/api/kernels", token, "POST", {})
    url = httpclient.HTTPRequest(f"{base.replace('http', 'ws')}/user/{user}/api/kernels/{kernel['id']}/channels",
                                 headers={"Authorization": f"token {token}"})
    msg_id = uuid.uuid4().hex

    async def talk():
        conn = await websocket.websocket_connect(url)
        conn.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": user, "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        out = []
        while True:
            raw = await conn.read_message()
            if raw is None:
                raise RuntimeError("the kernel's websocket closed")
            msg = json.loads(raw)
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "stream":
                out.append(msg["content"]["text"])
            elif kind == "error":
                raise RuntimeError(f"the cell failed: {msg['content']['evalue']}")
            elif kind == "execute_reply":
                conn.close()
                return "".join(out)

    text = ioloop.IOLoop.current().run_sync(talk, timeout=300)
    return kernel["name"], text


def main():
    state = Path(os.environ["HUB_STATE"])
    port = int(os.environ["HUB_PORT"])
    base = f"http://127.0.0.1:{port}"
    password = os.environ["HUB_PASSWORD"] = secrets.token_hex(8)
    service = os.environ["HUB_SERVICE_TOKEN"] = secrets.token_hex(16)
    os.environ["HUB_LEARNERS"] = ",".join(LEARNERS)
    hub = subprocess.Popen([sys.executable, "-m", "jupyterhub", "-f", str(HERE / "jupyterhub_config.py")],
                           cwd=state, stdout=open(state / "hub.log", "w"), stderr=subprocess.STDOUT)
    ok = False
    try:
        for _ in range(120):
            try:
                if request(f"{base}/hub/api/", service)[0] == 200:
                    break
            except OSError:
                time.sleep(1)
            if hub.poll() is not None:
                raise RuntimeError("JupyterHub stopped")
        say(f"JupyterHub {request(f'{base}/hub/api/')[1]['version']} answers on {base}")

        for user in LEARNERS:
            status, jar = log_in(base, user, password)
            names = {c.name for c in jar}
            assert status == 200 and any(n.startswith("jupyterhub-hub-login") for n in names), (status, names)
            say(f"{user} logged in (dummy authenticator, the login form)")
        status, jar = log_in(base, "learner1", "not-the-password")
        assert not any(c.name.startswith("jupyterhub-hub-login") for c in jar), "a wrong password was accepted"
        say("a wrong password is refused")

        for user in LEARNERS:
            try:
                request(f"{base}/hub/api/users/{user}/server", service, "POST", {})
            except urllib.error.HTTPError as accepted:  # 202: spawning in the background
                assert accepted.code == 202, accepted
        tokens = {}
        for user in LEARNERS:
            for _ in range(300):
                _, model = request(f"{base}/hub/api/users/{user}", service)
                server = model.get("servers", {}).get("", {})
                if server.get("ready"):
                    break
                time.sleep(1)
            else:
                raise RuntimeError(f"{user}'s server did not start")
            _, made = request(f"{base}/hub/api/users/{user}/tokens", service, "POST",
                              {"note": "class check", "expires_in": 3600})
            tokens[user] = made["token"]
            say(f"{user}'s server runs in its own container of {os.environ['HUB_IMAGE']}")

        for user in LEARNERS:
            code = ("var dir = java.nio.file.Path.of(\"work\");\n"
                    f"java.nio.file.Files.writeString(dir.resolve(\"{user}.txt\"), \"{user}'s notes\");\n"
                    "var names = new java.util.TreeSet<String>(java.util.Arrays.asList(dir.toFile().list()));\n"
                    "System.out.println(\"files: \" + names + \", 6*7 = \" + (6 * 7));")
            kernel, text = run_cell(base, user, tokens[user], code)
            assert kernel == "java-course", f"the default kernel is {kernel}"
            assert "6*7 = 42" in text, text
            others = [u for u in LEARNERS if u != user and f"{u}.txt" in text]
            assert f"{user}.txt" in text and not others, f"{user} sees another learner's file: {text}"
            say(f"{user}: a cell ran on the course kernel: {text.strip()}")
        say("each learner sees only their own files")
        ok = True
    finally:
        for user in LEARNERS if os.environ.get("HUB_KEEP_CONTAINERS") != "1" else []:
            try:
                request(f"{base}/hub/api/users/{user}/server", service, "DELETE")
            except OSError:
                pass
        time.sleep(3)
        hub.terminate()
        hub.wait(timeout=60)
        if not ok:
            print((state / "hub.log").read_text()[-6000:])
    say("passed: two learners, two containers, separate files")


if __name__ == "__main__":
    main()
