"""The results the README claims are the ones the stored notebooks hold, and they reach their goals.

Each chapter's row in README.md's chapter table gives its full-profile results with their goals, as
"test accuracy 0.9802 (goal ≥ 0.98)" or "test MAE 2.40 (goal ≤ 2.6)". A committed notebook that
reached only 0.90, or a README that was not updated after a re-run, fails here.
"""
import re

import pytest

from conftest import NOTEBOOKS, ROOT, load

GOAL = re.compile(r"(\d+\.\d+)\s*\((?:[^()]*?; )?goal ([≥≤]) (\d+\.\d+)")


def readme_rows() -> dict:
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(\d\d)\s*\|.*\]\((notebooks/[^)]+\.ipynb)\)", line)
        if match:
            rows[match.group(2)] = line
    return rows


def stored_text(path) -> str:
    return "\n".join("".join(o.get("text", "")) for c in load(path)["cells"] if c["cell_type"] == "code"
                     for o in c["outputs"])


def headline(text: str):
    found = re.findall(r"^(Test accuracy|Test MAE): (\d+\.\d+)$", text, re.M)
    return found[-1] if found else None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_readme_results_are_stored_and_reach_their_goals(path):
    row = readme_rows().get(f"notebooks/{path.name}")
    assert row, f"README.md's chapter table has no row for notebooks/{path.name}"
    text = stored_text(path)
    result = headline(text)
    goals = GOAL.findall(row)
    if result is None:
        assert not goals, f"README states goals for {path.name}, whose stored outputs print no result line"
        return
    assert goals, f"README's row for {path.name} states no goal, e.g. 'test accuracy 0.98 (goal ≥ 0.98)'"
    for value, direction, goal in goals:
        assert re.search(rf"(?<![\d.]){re.escape(value)}(?!\d)", text), \
            f"README says {value} for {path.name}, but its stored outputs never print it: re-run or fix the README"
        met = float(value) >= float(goal) if direction == "≥" else float(value) <= float(goal)
        assert met, f"{path.name}: the stored result {value} misses its goal {direction} {goal}"
    assert result[1] in {v for v, _, _ in goals}, \
        f"{path.name} prints '{result[0]}: {result[1]}' but README's row gives {[v for v, _, _ in goals]}"
