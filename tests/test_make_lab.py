"""`make lab`, the README's first command, starts JupyterLab with the course kernel listed."""
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

from conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_serves_the_course_kernel():
    port, token = free_port(), secrets.token_hex(16)
    lab = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"PORT={port}",
         f"LAB_ARGS=--ServerApp.token={token} --ServerApp.ip=127.0.0.1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        specs = None
        deadline = time.time() + 120
        while time.time() < deadline and lab.poll() is None:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/api/kernelspecs",
                                                 headers={"Authorization": f"token {token}"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    specs = json.load(response)
                break
            except OSError:
                time.sleep(1)
        assert specs is not None, "JupyterLab did not answer: " + (lab.stdout.read() if lab.poll() is not None else "")
        assert specs["kernelspecs"]["java-course"]["spec"]["display_name"] == "Java (Deep Learning course)"
        assert specs["default"] == "java-course", "a new notebook would not open on the course kernel"
        news = urllib.request.Request(
            f"http://127.0.0.1:{port}/lab/api/settings/@jupyterlab/apputils-extension:notification",
            headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(news, timeout=10) as response:
            fetch_news = json.load(response)["schema"]["properties"]["fetchNews"]  # overrides set defaults
        assert fetch_news["default"] == "false", "JupyterLab would ask every learner about Jupyter news"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/kernelspecs", timeout=5) as response:
            raise AssertionError("the server answered without its token")
    except urllib.error.HTTPError as refused:
        assert refused.code == 403
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(timeout=30)
