"""Tribuo's own irises tutorial (tutorials/tribuo/, Tribuo 4.3.2, Apache 2.0) runs on the course
kernel with only its %jars lines removed: the kernel's classpath carries the Tribuo modules the
tutorials load (lib-course/pom.xml), and its data file is shipped (datasets/iris/bezdekIris.data)."""
import json

from conftest import ROOT, run_nbval

TUTORIAL = ROOT / "tutorials" / "tribuo" / "tutorials" / "irises-tribuo-v4.ipynb"


def test_only_the_jars_lines_were_removed():
    sources = ["".join(c["source"]) for c in json.loads(TUTORIAL.read_text())["cells"] if c["cell_type"] == "code"]
    assert not any("%jars" in s for s in sources)
    assert any("LogisticRegressionTrainer" in s for s in sources)
    assert (TUTORIAL.parent / "bezdekIris.data").resolve().is_file()


def test_irises_tutorial_runs_on_the_course_kernel():
    result = run_nbval(TUTORIAL)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
