"""`make docs` builds the course library's API documentation (javadoc), and the README points to it."""
import re
import subprocess

from conftest import ROOT


def test_make_docs_builds_the_javadoc_of_every_package(tmp_path):
    out = tmp_path / "docs"
    result = subprocess.run(["make", "-s", "docs", f"DOCS_DIR={out}"], cwd=ROOT, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "index.html").is_file()
    for package in ("notebook", "data", "nn", "nn/layer", "nn/train", "nn/graph", "plot", "interop/onnx", "interop/tribuo"):
        assert (out / "org" / "dlcourse" / package / "package-summary.html").is_file(), package
    assert (out / "org" / "dlcourse" / "plot" / "Timeline.html").is_file()
    assert "index.html" in result.stdout, "make docs says where to open the documentation"


def test_readme_links_the_docs_target():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"`make docs`.*build/docs", readme), "README names make docs and build/docs"
