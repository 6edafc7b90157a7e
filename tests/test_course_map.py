"""Chapter 00's course map agrees with the README's chapter table.

The map is the markdown table in the cells tagged `course-map` of notebooks/00-introduction.ipynb
(split over two slides): one row per chapter, `| NN | ... |`. For every chapter row of the README's "Chapters" table the map has a row
with the same number, and every result number (0.9930, 2.40, ...) and time (3.3 min, 40 s) in the
README row (any column) appears in the map's row. A map row the README does not have yet is skipped only while
that chapter's notebook does not exist (chapters being written); once the notebook exists, its
README row must exist too.
"""
import re

import pytest

from conftest import ROOT, load

INTRO = ROOT / "notebooks" / "00-introduction.ipynb"
ROW = re.compile(r"^\|\s*(\d\d)\s*\|(.*)$", re.M)
NUMBER = re.compile(r"(?<![\w.])\d+\.\d+(?![\w.])")
TIME = re.compile(r"\d+(?:\.\d+)?\s?(?:min|s)\b")


def readme_rows() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Chapters", 1)[1].split("\n## ", 1)[0]
    return {m.group(1): m.group(2) for m in ROW.finditer(section)}


def map_rows() -> dict:
    cells = [c for c in load(INTRO)["cells"] if "course-map" in c["metadata"].get("tags", [])]
    assert cells, "chapter 00 needs markdown cells tagged 'course-map' (the table, split over slides)"
    text = "\n".join("".join(c["source"]) for c in cells)
    return {m.group(1): m.group(2) for m in ROW.finditer(text)}


def result_column(row: str) -> str:
    """The last column of a table row (the result, with the time where one is given)."""
    return [c for c in row.split("|") if c.strip()][-1]


def facts(text: str) -> set:
    return set(NUMBER.findall(text) + TIME.findall(text))


def absent(readme_row: str, map_row: str) -> list:
    """The README row's result numbers and times (any column) that the map's row does not show."""
    return sorted(f for f in facts(readme_row) if f not in map_row)


def notebook_exists(chapter: str) -> bool:
    return any((ROOT / "notebooks").glob(f"{chapter}-*.ipynb"))


def test_the_map_covers_every_readme_chapter():
    missing = sorted(set(readme_rows()) - set(map_rows()))
    assert not missing, f"the README lists chapters {missing} that chapter 00's course map lacks"


@pytest.mark.parametrize("chapter", sorted(map_rows()))
def test_map_row_agrees_with_the_readme(chapter):
    readme = readme_rows()
    if chapter not in readme:
        assert not notebook_exists(chapter), \
            f"chapter {chapter} has a notebook but no row in the README's chapter table"
        pytest.skip(f"chapter {chapter} is being written: no notebook and no README row yet")
    missing = absent(readme[chapter], map_rows()[chapter])
    assert not missing, f"chapter {chapter}: the README's result gives {missing}, the course map does not"


def test_the_checks_can_fail():
    assert facts("test accuracy 0.9930 (lecture: 0.9915; 1.9 min on 2 cores)") == {"0.9930", "0.9915", "1.9", "1.9 min"}
    assert facts("500 unseen apples, 40 s") == {"40 s"}
    readme = " [05](x) | topic, 2.0 min on 2 cores | test accuracy 0.9930 |"
    assert absent(readme, " 05 | cnn | test accuracy 0.9930 (2.0 min) |") == []
    assert absent(readme, " 05 | cnn | test accuracy 0.9916 (2.0 min) |") == ["0.9930"]
    assert absent(readme, " 05 | cnn | test accuracy 0.9930 |") == ["2.0", "2.0 min"]
