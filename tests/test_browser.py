"""A real browser: JupyterLab runs chapter 01 through its UI, and an exported deck renders.

Chromium (Debian's, headless) is driven by playwright-core from node_modules through
tests/browser/drive.mjs. JupyterLab listens on 127.0.0.1 only, on a free port, with a token, and
serves a copy of the notebook with its outputs stripped (so every plot seen comes from this run and
the committed notebook is never autosaved). Screenshots land in tests/out/browser/.
Set BROWSER_NOTEBOOK=<file name> to drive another notebook.
"""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import psutil
import pytest

from conftest import NOTEBOOKS, ROOT, VENV_BIN, load

sys.path.insert(0, str(ROOT / "slides"))
import deck_check  # noqa: E402
import export_slides  # noqa: E402

DRIVER = ROOT / "tests" / "browser" / "drive.mjs"
SCREENSHOTS = ROOT / "tests" / "out" / "browser"
NOTEBOOK = next((p for p in NOTEBOOKS if p.name == os.environ.get("BROWSER_NOTEBOOK")),
                next((p for p in NOTEBOOKS if p.name.startswith("01-")), None))


def chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome-stable"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    pytest.fail("Chromium is missing: run 'make test' (kernel-setup/setup-delivery.sh installs it) "
                "or set CHROMIUM=/path/to/chromium")


def node() -> str:
    if not (shutil.which("node") and (ROOT / "node_modules" / "playwright-core").is_dir()):
        pytest.fail("node or node_modules/playwright-core is missing: run 'make test' "
                    "(kernel-setup/setup-delivery.sh installs them)")
    return shutil.which("node")


def drive(mode: str, job: dict, tmp_path: Path, timeout: int) -> dict:
    for old in SCREENSHOTS.glob(f"{job['name']}-*.png"):
        old.unlink()  # a stale failure screenshot must not outlive a passing run
    job_file = tmp_path / f"{mode}-job.json"
    job_file.write_text(json.dumps(dict(job, chromium=chromium(), screenshot_dir=str(SCREENSHOTS))))
    # its own process group: on a timeout the browser goes down with the driver
    driver = subprocess.Popen([node(), str(DRIVER), mode, str(job_file)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True)
    try:
        stdout, stderr = driver.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(driver.pid, signal.SIGKILL)
        stdout, stderr = driver.communicate()
        pytest.fail(f"the browser run took more than {timeout} s:\n{stderr[-4000:]}")
    assert driver.returncode == 0, f"the browser run failed:\n{stderr[-4000:]}"
    return json.loads(stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(base_url: str, token: str, path: str, method: str = "GET"):
    request = urllib.request.Request(f"{base_url}{path}", method=method,
                                     headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
        return json.loads(body) if body else None


def stop(server: subprocess.Popen, base_url: str, token: str):
    """Shuts the kernels and the server down, then kills whatever of them is still alive."""
    try:
        family = psutil.Process(server.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        family = []
    try:
        for kernel in api(base_url, token, "/api/kernels"):
            api(base_url, token, f"/api/kernels/{kernel['id']}", method="DELETE")
    except OSError:
        pass  # the server is already gone
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
    # kernels run in their own sessions: make sure none outlives the test
    for process in family:
        try:
            process.kill()
        except psutil.NoSuchProcess:
            pass


@pytest.fixture
def lab(tmp_path):
    """JupyterLab on 127.0.0.1:<free port> with a token, serving a stripped copy of the notebook."""
    assert NOTEBOOK is not None, "no chapter 01 notebook in notebooks/"
    served = tmp_path / "served"
    served.mkdir()
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, served / NOTEBOOK.name)

    # Lab settings for a test: every cell attached to the page, no news or update checks
    settings = tmp_path / "settings"
    for extension, name, values in [
        ("@jupyterlab/notebook-extension", "tracker", {"windowingMode": "none"}),
        ("@jupyterlab/apputils-extension", "notification", {"fetchNews": "false", "checkForUpdates": False}),
    ]:
        (settings / extension).mkdir(parents=True, exist_ok=True)
        (settings / extension / f"{name}.jupyterlab-settings").write_text(json.dumps(values))

    port, token = free_port(), secrets.token_hex(24)
    base_url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, COURSE_PROFILE="quick",
               JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = (tmp_path / "lab.log").open("w")
    server = subprocess.Popen(
        [str(VENV_BIN / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={served}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}", "--LabApp.expose_app_in_browser=True",
         *(["--allow-root"] if os.geteuid() == 0 else [])],
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                api(base_url, token, "/api/status")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("JupyterLab did not start:\n" + (tmp_path / "lab.log").read_text()[-3000:])
                time.sleep(0.5)
        yield {"base_url": base_url, "token": token, "notebook": NOTEBOOK.name, "served": served}
    finally:
        stop(server, base_url, token)
        log.close()


def test_token_is_required(lab):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{lab['base_url']}/api/kernels", timeout=10)
    assert refused.value.code == 403


def test_chapter_runs_through_the_jupyterlab_ui(lab, tmp_path):
    committed = load(NOTEBOOK)
    expected_images = sum("image/png" in o.get("data", {}) for c in committed["cells"] if c["cell_type"] == "code"
                          for o in c["outputs"])
    seen = drive("lab", dict(base_url=lab["base_url"], token=lab["token"], notebook=lab["notebook"],
                             name=NOTEBOOK.stem, expected_images=expected_images,
                             kernel_timeout_ms=int(os.environ.get("BROWSER_KERNEL_TIMEOUT_MS", 120_000)), run_timeout_ms=600_000), tmp_path, timeout=900)
    assert seen["kernel"] == "java-course"
    assert seen["kernel_status"] == "idle"
    assert seen["errors"] == [], "error outputs in the browser"
    assert seen["error_nodes"] == 0 and seen["stderr"] == [], seen["stderr"]
    assert seen["page_errors"] == []
    assert seen["images"] == expected_images
    assert all(w >= 300 and h >= 200 for w, h in seen["image_sizes"]), seen["image_sizes"]
    assert "Run profile: quick" in seen["text"], "the kernel did not get COURSE_PROFILE=quick from the server"
    for shot in seen["screenshots"]:
        assert Path(shot).stat().st_size > 10_000, f"{shot} looks empty"


def test_slide_deck_renders_offline(tmp_path):
    out = tmp_path / "slides"
    export_slides.export([NOTEBOOK], out)
    cells = load(NOTEBOOK)["cells"]
    slides, subslides = deck_check.expected_structure(cells)
    notes = [c for c in cells if c["metadata"].get("slideshow", {}).get("slide_type") == "notes"]
    seen = drive("deck", dict(deck_url=(out / f"{NOTEBOOK.stem}.slides.html").as_uri(),
                              reveal_module="vendor/reveal.js/dist/reveal.js", name=f"{NOTEBOOK.stem}-deck"),
                  tmp_path, timeout=180)
    assert seen["remote_requests"] == [], "the deck asked the network for something"
    assert seen["failed_requests"] == [], "the deck loads a file missing from the build folder"
    assert seen["page_errors"] == []
    assert (seen["horizontal_slides"], seen["total_slides"]) == (slides, subslides)
    assert seen["title"].startswith("".join(cells[0]["source"]).splitlines()[0].lstrip("# ")[:20])
    assert seen["math"] > 0, "MathJax typeset no formula"
    assert seen["images"] > 0
    assert len(seen["notes"]) == len(notes)
    if notes:
        first_notes = "".join(notes[0]["source"]).replace("**", "").split(".")[0]
        assert first_notes in seen["speaker_view"], "the speaker view does not show the notes"
        assert seen["speaker_math"] > 0, "the speaker view's slide previews show raw LaTeX"


RESULT_LINE = r"^(Test accuracy|Test MAE|Validation accuracy|SGD|Adam)\b.*\d"


def export_all(out: Path) -> list:
    """Every chapter as a deck in out/."""
    decks = export_slides.export(NOTEBOOKS, out)
    assert len(decks) == len(NOTEBOOKS)
    return decks


@pytest.fixture(scope="module")
def all_decks(tmp_path_factory):
    return export_all(tmp_path_factory.mktemp("decks"))


@pytest.mark.parametrize("viewport", [(1280, 720), (1920, 1080)], ids=lambda v: f"{v[0]}x{v[1]}")
def test_nothing_runs_off_a_slide(all_decks, viewport, tmp_path):
    """Every slide of every deck, at a projector's 1280x720 and at 1920x1080: no element runs past the
    slide's edge (a cut code line or plot cannot be scrolled to in a presentation), and a printed result
    line stays one line on its slide."""
    problems = []
    for deck in all_decks:
        seen = drive("audit", dict(deck_url=deck.as_uri(), reveal_module="vendor/reveal.js/dist/reveal.js",
                                   name=f"{deck.stem}-{viewport[0]}", viewport=dict(width=viewport[0], height=viewport[1]),
                                   result_pattern=RESULT_LINE), tmp_path, timeout=300)
        assert seen["slides"] > 0
        assert seen["page_errors"] == [], f"{deck.name}: {seen['page_errors']}"
        problems += [f"{deck.name} {p}" for p in seen["overflows"]]
        problems += [f"{deck.name} result line broken: {p}" for p in seen["split_lines"]]
    assert problems == [], "\n".join(problems)
