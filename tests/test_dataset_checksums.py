"""datasets/SHA256SUMS holds every shipped file with its current hash (`sha256sum -c` passes).

The Java library keeps its own copy of the data files' hashes (DatasetFiles, checked against this
file by DatasetsTest); this test covers the rest (README, SOURCES, scripts), which an edit can put
out of step.
"""
import hashlib
import subprocess
from pathlib import Path

DATASETS = Path(__file__).resolve().parent.parent / "datasets"


def _listed():
    entries = {}
    for line in (DATASETS / "SHA256SUMS").read_text().splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            entries[name.lstrip("*")] = digest
    return entries


def test_every_listed_file_has_its_hash():
    wrong = [name for name, digest in _listed().items()
             if hashlib.sha256((DATASETS / name).read_bytes()).hexdigest() != digest]
    assert not wrong, f"datasets/SHA256SUMS is out of step for {wrong}: re-hash them (cd datasets && sha256sum FILE)"


def test_every_tracked_file_is_listed():
    tracked = subprocess.run(["git", "ls-files", "."], cwd=DATASETS, capture_output=True, text=True, check=True)
    files = {f for f in tracked.stdout.splitlines() if f and f != "SHA256SUMS"}
    missing = sorted(files - set(_listed()))
    assert not missing, f"datasets/SHA256SUMS does not list {missing}"
