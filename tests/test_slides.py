"""Slides: every notebook exports to a reveal.js deck with the slides its metadata asks for,
its speaker notes, and nothing loaded from the network. Learner decks leave out cells tagged
"solution"; instructor decks keep them and add notebooks/solutions."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NOTEBOOKS, ROOT, VENV_BIN, load

sys.path.insert(0, str(ROOT / "slides"))
import deck_check  # noqa: E402  (slides/ is not a package)
import export_slides  # noqa: E402


@pytest.fixture(scope="session")
def decks(tmp_path_factory):
    """Exports every notebook once, as `make slides` does, into a temporary folder."""
    if not (ROOT / "node_modules" / "reveal.js").is_dir():
        pytest.fail("node_modules/reveal.js is missing: run 'make test' (or 'bash kernel-setup/setup-delivery.sh') "
                    "to install the pinned Node.js packages")
    out = tmp_path_factory.mktemp("slides")
    export_slides.export(NOTEBOOKS, out)
    return out


def deck_path(out: Path, notebook: Path) -> Path:
    return out / (notebook.stem + ".slides.html")


def learner_cells(notebook: Path):
    return export_slides.for_audience(load(notebook), "learner")["cells"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
class TestDeck:

    def test_has_one_slide_per_slide_cell_and_one_subslide_per_subslide_cell(self, decks, notebook):
        deck = deck_check.read_deck(deck_path(decks, notebook).read_text(encoding="utf-8"))
        slides, subslides = deck_check.expected_structure(learner_cells(notebook))
        assert slides > 1, "a deck of one slide: the notebook's cells carry no slide metadata"
        assert (deck.slides, deck.subslides) == (slides, subslides)

    def test_speaker_notes_cells_become_notes(self, decks, notebook):
        deck = deck_check.read_deck(deck_path(decks, notebook).read_text(encoding="utf-8"))
        notes = [c for c in learner_cells(notebook)
                 if c["metadata"].get("slideshow", {}).get("slide_type") == "notes"]
        assert deck.notes == len(notes)

    def test_loads_nothing_from_the_network(self, decks, notebook):
        deck = deck_check.read_deck(deck_path(decks, notebook).read_text(encoding="utf-8"))
        assert deck.remote_loads() == []

    def test_every_local_file_it_loads_is_in_the_build_folder(self, decks, notebook):
        deck = deck_check.read_deck(deck_path(decks, notebook).read_text(encoding="utf-8"))
        local = deck.local_loads()
        assert any(url.endswith("reveal.js") for url in local), local
        assert any("notes.js" in url for url in local), "the speaker-notes plugin is not loaded"
        assert any("MathJax.js" in url for url in local), local
        for url in local:
            assert (decks / url.split("?")[0]).is_file(), f"{url} is loaded but not in the build folder"

    def test_plots_are_embedded(self, decks, notebook):
        html = deck_path(decks, notebook).read_text(encoding="utf-8")
        images = sum("image/png" in o.get("data", {}) for c in learner_cells(notebook)
                     if c["cell_type"] == "code" for o in c["outputs"])
        assert html.count('src="data:image/png;base64,') == images


def test_vendor_assets_are_the_pinned_ones(decks):
    pinned = load(ROOT / "package-lock.json")["packages"]
    assert pinned["node_modules/reveal.js"]["version"].startswith("4.")
    for package in ("reveal.js", "mathjax", "requirejs", "jquery"):
        installed = load(ROOT / "node_modules" / package / "package.json")["version"]
        assert installed == pinned[f"node_modules/{package}"]["version"], f"node_modules/{package} is not the pinned one"
    copied = (decks / "vendor" / "reveal.js" / "dist" / "reveal.js").read_bytes()
    assert copied == (ROOT / "node_modules" / "reveal.js" / "dist" / "reveal.js").read_bytes()
    index = (decks / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        assert f'href="{notebook.stem}.slides.html"' in index


# The checker itself must be able to fail.

def test_checker_finds_remote_scripts_styles_and_imports():
    html = """<html><head>
      <script src="https://cdn.example.org/reveal.js"></script>
      <link rel="stylesheet" href="//cdn.example.org/theme.css">
      <style>/* https://in.a.comment */ @import "https://fonts.example.org/f.css";
             .x { background: url(http://img.example.org/a.png) }</style>
      <script>// see https://docs.example.org
        require(["https://unpkg.com/x.js"]); import("https://esm.example.org/m.mjs");</script>
      </head><body><a href="https://example.org/read-more">a link is fine</a>
      <img src="data:image/png;base64,AAAA"></body></html>"""
    remote = deck_check.read_deck(html).remote_loads()
    assert remote == ["https://cdn.example.org/reveal.js", "//cdn.example.org/theme.css",
                      "https://fonts.example.org/f.css", "http://img.example.org/a.png",
                      "https://unpkg.com/x.js", "https://esm.example.org/m.mjs"]


def test_checker_counts_slides_subslides_and_notes():
    html = """<div class="reveal"><div class="slides">
      <section><section>a</section><section>b<aside class="notes">n</aside></section></section>
      <section><section>c</section></section>
      </div></div><section>not a slide</section>"""
    deck = deck_check.read_deck(html)
    assert (deck.slides, deck.subslides, deck.notes) == (2, 3, 1)


def test_expected_structure_follows_nbconvert():
    def cell(kind):
        return {"metadata": {"slideshow": {"slide_type": kind}}}
    # the first visible cell opens a slide even when marked "-"; notes and skip open nothing
    cells = [cell("notes"), cell("-"), cell("subslide"), cell("skip"), cell("slide"), cell("fragment"),
             cell("subslide")]
    assert deck_check.expected_structure(cells) == (2, 4)


def tiny_notebook(path: Path) -> Path:
    """A notebook of a question, its worked solution (tagged "solution") and a folded answer."""
    def cell(kind, text, slide="-", tags=(), outputs=None):
        c = {"cell_type": kind, "id": f"c{len(cells)}", "metadata": {"slideshow": {"slide_type": slide}},
             "source": [text]}
        if tags:
            c["metadata"]["tags"] = list(tags)
        if kind == "code":
            c.update(execution_count=len(cells), outputs=outputs or [])
        return c
    cells = []
    cells.append(cell("markdown", "# Tiny chapter", "slide"))
    cells.append(cell("markdown", "## Exercise 1\n\nWhat is 6 x 7?", "slide"))
    cells.append(cell("code", 'System.out.println(6 * 7 + " SOLUTION-OUTPUT");', "subslide", ["solution"],
                      [{"output_type": "stream", "name": "stdout", "text": ["42 SOLUTION-OUTPUT\n"]}]))
    cells.append(cell("markdown", "**Why.** SOLUTION-PROSE", "-", ["solution"]))
    cells.append(cell("markdown", "<details><summary>Answer</summary>\n\nFOLDED-ANSWER\n\n</details>", "-"))
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "java-course", "display_name": "Java", "language": "java"},
                                       "language_info": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")
    return path


def test_learner_decks_leave_out_solution_cells_and_instructor_decks_keep_them(tmp_path):
    if not (ROOT / "node_modules" / "reveal.js").is_dir():
        pytest.fail("node_modules/reveal.js is missing: run 'make test' (or 'bash kernel-setup/setup-delivery.sh')")
    notebook = tiny_notebook(tmp_path / "tiny.ipynb")
    learner = export_slides.export([notebook], tmp_path / "learner")[0].read_text(encoding="utf-8")
    instructor = export_slides.export([notebook], tmp_path / "instructor", "instructor")[0].read_text(encoding="utf-8")
    for marker in ("SOLUTION-OUTPUT", "SOLUTION-PROSE"):
        assert marker not in learner and marker in instructor
    for marker in ("What is 6 x 7?", "FOLDED-ANSWER", "<details>"):  # the question, and an answer left folded
        assert marker in learner and marker in instructor
    # the learner deck loses the solution's subslide, the instructor deck keeps it
    assert (deck_check.read_deck(learner).slides, deck_check.read_deck(learner).subslides) == (2, 2)
    assert (deck_check.read_deck(instructor).slides, deck_check.read_deck(instructor).subslides) == (2, 3)
    assert "with solutions" in (tmp_path / "instructor" / "index.html").read_text(encoding="utf-8")


def test_instructor_decks_add_the_solutions_notebooks(tmp_path, monkeypatch):
    (tmp_path / "notebooks" / "solutions").mkdir(parents=True)
    chapter = tiny_notebook(tmp_path / "notebooks" / "01-tiny.ipynb")
    solutions = tiny_notebook(tmp_path / "notebooks" / "solutions" / "01-tiny-solutions.ipynb")
    monkeypatch.setattr(export_slides, "ROOT", tmp_path)
    assert export_slides.default_notebooks("learner") == [chapter]
    assert export_slides.default_notebooks("instructor") == [chapter, solutions]
    assert export_slides.DEFAULT_OUT["instructor"].name == "slides-instructor"


def test_export_refuses_an_unknown_audience(tmp_path):
    with pytest.raises(SystemExit, match="unknown audience"):
        export_slides.export([tiny_notebook(tmp_path / "tiny.ipynb")], tmp_path / "out", "students")


def test_export_refuses_a_missing_notebook(tmp_path):
    with pytest.raises(SystemExit, match="does not exist"):
        export_slides.export([tmp_path / "nope.ipynb"], tmp_path / "out")


def test_rise_is_installed_for_presenting_from_lab():
    listing = subprocess.run([str(VENV_BIN / "jupyter"), "labextension", "list"], capture_output=True, text=True)
    line = next((row for row in (listing.stdout + listing.stderr).splitlines() if "jupyterlab-rise" in row), "")
    assert "enabled" in line and "OK" in line, "jupyterlab-rise is not an enabled Lab extension"
