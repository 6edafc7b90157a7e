"""Adds the folded exercise hints and the self-check to chapters 01-07 (issue 18, items 1 and 2).

    python3 tools/add_learning_aids.py [notebook.ipynb ...]

Without arguments it edits every notebooks/NN-*.ipynb whose chapter has text in
tools/learning_aids_text.py (chapters 01-07; later chapters are written with their aids in place).
For each notebook it

* adds under every numbered exercise of the final "## Exercises (연습 문제)" cell a folded hint
  (<details><summary>Hint</summary>...</details>), keeping the exercise's text;
* inserts just before that cell a markdown cell "## Self-check (자기 점검)" (slide type "slide")
  with five questions, each followed by a folded answer.

It is idempotent: hints it wrote before are replaced, not added twice, and an existing self-check
cell is rewritten in place, so a second run changes nothing. Only markdown cells are touched;
code cells and their outputs stay as they are. Notebooks are written as Jupyter writes them
(one-space indent, non-ASCII kept).
"""
import json
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learning_aids_text import HINTS, SELF_CHECKS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SELF_CHECK_TITLE = "## Self-check (자기 점검)"
INDENT = "   "  # continues a "1. " list item
WIDTH = 100
ITEM = re.compile(r"^(\d+)\. ")
HINT_BLOCK = re.compile(r"\n\n" + INDENT + r"<details><summary>Hint</summary>\n.*?\n" + INDENT + r"</details>",
                        re.S)


def source(cell) -> str:
    return "".join(cell["source"])


def set_source(cell, text: str) -> None:
    lines = text.split("\n")
    cell["source"] = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def folded(summary: str, body: str) -> str:
    """A <details> block inside a numbered list item; the blank lines let Markdown render the body."""
    return f"{INDENT}<details><summary>{summary}</summary>\n\n{wrap(body, INDENT)}\n\n{INDENT}</details>"


def wrap(text: str, first: str) -> str:
    """Markdown text wrapped at WIDTH characters, continuing a list item's indent. It never breaks
    inside $math$ or `code`, nor before a token that would open a list ("+ 1", "- x", "2. ")."""
    keep = "\0"
    text = re.sub(r"\$[^$]+\$|`[^`]+`", lambda m: m.group(0).replace(" ", keep), text)
    text = re.sub(r" (?=(?:[-+*=×·−]|\d+\.)(?: |$))", keep, text)
    return textwrap.fill(text, WIDTH, initial_indent=first, subsequent_indent=INDENT,
                         break_long_words=False, break_on_hyphens=False).replace(keep, " ")


def with_hints(exercises: str, hints) -> str:
    """The exercises cell's text with one folded hint after each numbered item (old hints replaced)."""
    text = HINT_BLOCK.sub("", exercises).rstrip("\n")
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if ITEM.match(line)]
    numbers = [int(ITEM.match(lines[i]).group(1)) for i in starts]
    if numbers != list(range(1, len(hints) + 1)):
        raise SystemExit(f"[aids] error: the exercises are numbered {numbers}, but {len(hints)} hints are written "
                         f"for them: update tools/learning_aids_text.py")
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        item = lines[start:end]
        while item and not item[-1].strip():
            item.pop()
        out.extend(item)
        out.append("")
        out.append(folded("Hint", hints[k]))
        if k + 1 < len(starts):
            out.append("")
    return "\n".join(lines[:starts[0]] + out)


def self_check_text(questions) -> str:
    parts = [SELF_CHECK_TITLE, "",
             "Five quick questions to check yourself before the exercises: open an answer only once you",
             "have one of your own.", ""]
    for k, (question, answer) in enumerate(questions, start=1):
        parts.append(wrap(question, f"{k}. "))
        parts.append("")
        parts.append(folded("Answer", answer))
        parts.append("")
    return "\n".join(parts).rstrip("\n")


def is_self_check(cell) -> bool:
    return cell["cell_type"] == "markdown" and source(cell).lstrip().startswith("## Self-check")


def add_aids(nb: dict, chapter: str) -> None:
    """Edits the notebook in place: hints into the last cell, the self-check cell just before it."""
    cells = nb["cells"]
    exercises = cells[-1]
    if "exercises" not in exercises["metadata"].get("tags", []):
        raise SystemExit("[aids] error: the last cell is not the tagged '## Exercises' cell")
    set_source(exercises, with_hints(source(exercises), HINTS[chapter]))
    existing = [i for i, c in enumerate(cells) if is_self_check(c)]
    if existing:
        cell = cells[existing[0]]
    else:
        cell = {"cell_type": "markdown", "id": f"self-check-{chapter}", "metadata": {}, "source": []}
        if "id" not in exercises:
            del cell["id"]
        cells.insert(len(cells) - 1, cell)
    cell["metadata"].setdefault("slideshow", {})["slide_type"] = "slide"
    set_source(cell, self_check_text(SELF_CHECKS[chapter]))


def dumps(nb: dict) -> str:
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def process(path: Path) -> bool:
    """Adds the aids to one notebook file; returns whether the file changed."""
    chapter = path.name[:2]
    if chapter not in HINTS:
        print(f"[aids] {path.name}: no hints written for chapter {chapter}, left as it is")
        return False
    before = path.read_text(encoding="utf-8")
    nb = json.loads(before)
    add_aids(nb, chapter)
    after = dumps(nb)
    if after != before:
        path.write_text(after, encoding="utf-8")
    print(f"[aids] {path.name}: {'updated' if after != before else 'already up to date'}")
    return after != before


def main(argv=None) -> int:
    args = [Path(a) for a in (sys.argv[1:] if argv is None else argv)]
    paths = args or sorted(p for p in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb") if p.name[:2] in HINTS)
    for path in paths:
        process(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
