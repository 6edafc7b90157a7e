"""Structure of the committed notebooks: what learners, slides and CI rely on."""
import re

import pytest

from conftest import NOTEBOOKS, ROOT, load

SLIDE_TYPES = {"slide", "subslide", "fragment", "skip", "notes", "-"}


def test_there_are_notebooks():
    assert NOTEBOOKS, "notebooks/ holds no .ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
class TestNotebook:

    def test_uses_the_course_kernel(self, path):
        spec = load(path)["metadata"]["kernelspec"]
        assert spec["name"] == "java-course"
        assert spec["language"] == "java"

    def test_every_cell_has_slide_metadata(self, path):
        for i, cell in enumerate(load(path)["cells"]):
            slide = cell["metadata"].get("slideshow", {}).get("slide_type")
            assert slide in SLIDE_TYPES, f"cell {i} has slide_type {slide!r}"

    def test_starts_with_title_and_learning_goals(self, path):
        first = load(path)["cells"][0]
        assert first["cell_type"] == "markdown"
        text = "".join(first["source"])
        assert text.startswith("# ")
        assert "학습목표" in text
        assert first["metadata"]["slideshow"]["slide_type"] == "slide"

    def test_ends_with_exercises(self, path):
        last = load(path)["cells"][-1]
        assert "Exercises" in "".join(last["source"])

    def test_has_checked_cells_with_stored_outputs(self, path):
        checked = [c for c in load(path)["cells"] if "nbval-check-output" in c["metadata"].get("tags", [])]
        assert checked, "no nbval-check-output cell"
        for cell in checked:
            assert cell["outputs"], "a checked cell without stored output checks nothing"

    def test_committed_outputs_come_from_a_clean_full_run(self, path):
        nb = load(path)
        outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
        assert not [o for o in outputs if o["output_type"] == "error"], "committed outputs hold an error"
        assert any("image/png" in o.get("data", {}) for o in outputs), "no inline plot"
        text = "".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
                       for o in outputs)
        assert "Run profile: full" in text, "outputs were not produced in the full profile"
        assert "PrintStream@" not in text, "a cell echoes the PrintStream of printf"
        counts = [c.get("execution_count") for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(counts), "a code cell was not executed"
        assert counts == sorted(counts), "cells were run out of order"

    def test_reports_its_result_on_a_plain_line(self, path):
        nb = load(path)
        text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                       for o in c["outputs"])
        assert re.search(r"^(Test accuracy: (0\.\d{4}|1\.0000)|Test MAE: \d+\.\d{2})$", text, re.M), \
            "no 'Test accuracy: 0.xxxx' or 'Test MAE: x.xx' line"


def test_chapter01_worked_example_numbers_are_in_the_outputs():
    nb = load(next(p for p in NOTEBOOKS if p.name.startswith("01-")))
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                   for o in c["outputs"])
    assert "= 0.1" in text and "= 0.9" in text and "= -3.6" in text
    assert "new line: 0.10*x1 + 0.90*x2 - 3.60 = 0" in text


STORED = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "notebooks" / "solutions").glob("*.ipynb"))


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.name)
def test_one_printed_line_is_one_line_in_the_stored_outputs(path):
    """nbconvert's HTML and the decks show each stream output as its own block, so a printed line split
    over several outputs ("Test accuracy: ", "0.9802", "\\n") reads as three lines there."""
    for i, cell in enumerate(load(path)["cells"]):
        outs = cell.get("outputs", [])
        for a, b in zip(outs, outs[1:]):
            assert not (a["output_type"] == b["output_type"] == "stream" and a["name"] == b["name"]), \
                f"cell {i} stores consecutive {a['name']} outputs: run kernel-setup/merge_streams.py on it " \
                f"(make run-notebooks does)"


def test_merge_streams_joins_fragments_but_not_across_other_outputs():
    import sys
    sys.path.insert(0, str(ROOT / "kernel-setup"))
    from merge_streams import merge_outputs
    plot = {"output_type": "display_data", "data": {"image/png": "x"}, "metadata": {}}
    outs = [{"output_type": "stream", "name": "stdout", "text": ["Test accuracy: "]},
            {"output_type": "stream", "name": "stdout", "text": "0.9802"},
            {"output_type": "stream", "name": "stdout", "text": ["\n", "next\n"]},
            {"output_type": "stream", "name": "stderr", "text": ["warn\n"]},
            plot,
            {"output_type": "stream", "name": "stderr", "text": ["after\n"]}]
    merged = merge_outputs(outs)
    assert [o["output_type"] for o in merged] == ["stream", "stream", "display_data", "stream"]
    assert merged[0]["text"] == ["Test accuracy: 0.9802\n", "next\n"]
    assert merged[1]["text"] == ["warn\n"] and merged[3]["text"] == ["after\n"]
