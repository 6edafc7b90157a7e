"""The Python lock (kernel-setup/requirements.txt) installs on every Python the course supports,
including Debian 12's 3.11.2, the Python of the container image (a release that requires 3.11.5 once
broke the image build while the host's newer Python hid it).

pip's --python-version picks wheels for another Python but evaluates environment markers with the
running one, so the markers are evaluated here for each target and pip resolves the result
(a dry run: nothing is installed; the index is PyPI, so this needs the network CI has).
"""
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from packaging.markers import Marker

from conftest import ROOT

LOCK = ROOT / "kernel-setup" / "requirements.txt"
# README: "Python 3.10 or newer"; 3.11.2 is Debian 12's (the image's), 3.10.12 Ubuntu 22.04's
PYTHONS = ["3.10.12", "3.11.2", "3.12.3", "3.13.5"]
OFFLINE = re.compile(r"NewConnectionError|Temporary failure in name resolution|Network is unreachable")


def pins_for(version: str) -> list:
    """The lock's lines that apply to Python `version`, markers evaluated for it."""
    env = {"python_version": ".".join(version.split(".")[:2]), "python_full_version": version}
    pins = []
    for line in LOCK.read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        requirement, _, marker = line.partition(";")
        if not marker.strip() or Marker(marker.strip()).evaluate(env):
            pins.append(requirement.strip())
    return pins


def test_each_package_is_pinned_once_per_python():
    for version in PYTHONS:
        names = [re.split(r"==", p)[0].lower().replace("_", "-") for p in pins_for(version)]
        assert all("==" in p for p in pins_for(version))
        assert len(names) == len(set(names)), f"{version}: a package is pinned twice"
    assert pins_for("3.11.2") != pins_for("3.11.5"), "the 3.11.5 soupsieve split is gone (see the lock's header)"


def resolve(version: str, folder) -> subprocess.CompletedProcess:
    requirements = folder / f"requirements-{version}.txt"
    requirements.write_text("\n".join(pins_for(version)) + "\n")
    env = dict(os.environ, PIP_FIND_LINKS="", PIP_NO_INPUT="1")  # PyPI only, not a local wheel folder
    return subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
         "--only-binary", ":all:", "--python-version", version, "--implementation", "cp",
         "--target", str(folder / f"target-{version}"), "-r", str(requirements)],
        capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="module")
def resolutions(tmp_path_factory):
    """pip's answer for each Python, asked in parallel (each is a few hundred index requests)."""
    folder = tmp_path_factory.mktemp("lock")
    with ThreadPoolExecutor(len(PYTHONS)) as pool:
        return dict(zip(PYTHONS, pool.map(lambda v: resolve(v, folder), PYTHONS)))


@pytest.mark.parametrize("version", PYTHONS)
def test_lock_resolves_for(version, resolutions):
    result = resolutions[version]
    if result.returncode and OFFLINE.search(result.stdout + result.stderr):
        pytest.skip("PyPI cannot be reached: the lock was not checked")
    assert result.returncode == 0, f"the lock does not install on Python {version}:\n{result.stderr[-3000:]}"
