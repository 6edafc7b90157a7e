"""tools/add_learning_aids.py: on a copy of each chapter 01-07 it adds one folded hint per exercise and a
five-question self-check just before the exercises, keeps the slide conventions, and is idempotent."""
import json
import re
import shutil
import sys

import pytest

from conftest import ROOT
from test_slide_metadata import violations

sys.path.insert(0, str(ROOT / "tools"))
import add_learning_aids  # noqa: E402
from learning_aids_text import HINTS, SELF_CHECKS  # noqa: E402

CHAPTERS = [p for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb")) if p.name[:2] in HINTS]


def test_every_written_chapter_has_five_questions_and_a_hint_per_exercise():
    assert set(SELF_CHECKS) == set(HINTS)
    for chapter, questions in SELF_CHECKS.items():
        assert len(questions) == 5, chapter
        assert all(answer.startswith("**") for _, answer in questions), f"{chapter}: an answer starts with its result"


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_adds_hints_and_self_check_once(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    add_learning_aids.process(copy)
    once = copy.read_text(encoding="utf-8")
    assert add_learning_aids.process(copy) is False and copy.read_text(encoding="utf-8") == once

    cells = json.loads(once)["cells"]
    exercises, self_check = "".join(cells[-1]["source"]), "".join(cells[-2]["source"])
    items = re.findall(r"^\d+\. ", exercises, re.M)
    assert len(items) == len(HINTS[path.name[:2]]) == exercises.count("<summary>Hint</summary>")
    assert exercises.count("<details>") == exercises.count("</details>") == len(items)
    assert self_check.startswith("## Self-check (자기 점검)")
    assert self_check.count("<summary>Answer</summary>") == 5
    assert cells[-2]["metadata"]["slideshow"]["slide_type"] == "slide"
    assert violations(cells) == []
    original = json.loads(path.read_text(encoding="utf-8"))["cells"]
    assert [c for c in cells if c["cell_type"] == "code"] == [c for c in original if c["cell_type"] == "code"]
