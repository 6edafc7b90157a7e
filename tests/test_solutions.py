"""Every exercise of every chapter has a worked solution, and every solutions notebook holds a full run.

A chapter's exercises are the numbered items of its last cell, "## Exercises (연습 문제)"; its
companion notebooks/solutions/NN-<chapter>-solutions.ipynb has one "## Exercise k" section per
exercise. `make test` also runs every solutions notebook in the quick profile (nbval collects
notebooks/solutions/), so a solution whose code stops working fails there.
"""
import re

import pytest

from conftest import NOTEBOOKS, ROOT, load

SOLUTIONS = ROOT / "notebooks" / "solutions"


def exercise_numbers(path) -> list:
    last = "".join(load(path)["cells"][-1]["source"])
    assert last.lstrip().startswith("## Exercises"), f"{path.name} does not end with its Exercises cell"
    return [int(n) for n in re.findall(r"(?m)^(\d+)\. ", last)]


def solved_numbers(path) -> list:
    found = []
    for cell in load(path)["cells"]:
        if cell["cell_type"] == "markdown":
            match = re.match(r"## Exercise (\d+)\b", "".join(cell["source"]))
            if match:
                found.append(int(match.group(1)))
    return found


@pytest.mark.parametrize("chapter", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_every_exercise_has_a_worked_solution(chapter):
    exercises = exercise_numbers(chapter)
    assert exercises == list(range(1, len(exercises) + 1)) and exercises, \
        f"{chapter.name}: exercises must be numbered 1, 2, 3, ...; found {exercises}"
    companion = SOLUTIONS / f"{chapter.stem}-solutions.ipynb"
    assert companion.is_file(), f"{chapter.name} has {len(exercises)} exercises but no {companion.relative_to(ROOT)}"
    assert solved_numbers(companion) == exercises, \
        f"{companion.name} solves {solved_numbers(companion)}; the chapter asks {exercises}"


@pytest.mark.parametrize("path", sorted(SOLUTIONS.glob("*.ipynb")), ids=lambda p: p.name[:2])
def test_solutions_notebook_holds_a_clean_full_run(path):
    nb = load(path)
    assert nb["metadata"]["kernelspec"]["name"] == "java-course"
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"], "stored outputs hold an error"
    text = "".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "Run profile: full" in text, "outputs were not produced in the full profile"
    counts = [c.get("execution_count") for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(counts) and counts == sorted(counts), "cells not all run, or run out of order"
    assert (ROOT / "notebooks" / path.name.replace("-solutions", "")).is_file(), f"{path.name} has no chapter"
