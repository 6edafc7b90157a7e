"""Exports notebooks to reveal.js slide decks that work offline.

    .venv/bin/python slides/export_slides.py [--out build/slides] [notebook.ipynb ...]

Without notebook arguments it exports every notebooks/*.ipynb. Each deck is one HTML file
(plots embedded) next to a vendor/ folder holding the pinned reveal.js, MathJax 2, RequireJS and
jQuery copied from node_modules (see package.json), so the folder can be copied to a laptop or a
USB stick and shown without a network. Speaker notes (cells with slide type "notes") open with the
"s" key. `make slides` runs this after installing node_modules.
"""
import argparse
import json
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import SlidesExporter
from traitlets.config import Config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "kernel-setup"))
from merge_streams import merge_notebook  # noqa: E402  (the same joining as make run-notebooks)
NODE_MODULES = ROOT / "node_modules"
TEMPLATES = Path(__file__).resolve().parent / "templates"

# what the decks load, copied from node_modules: (source, destination under vendor/)
VENDOR_FILES = [
    ("reveal.js/dist", "reveal.js/dist"),
    ("reveal.js/plugin/notes", "reveal.js/plugin/notes"),
    ("reveal.js/LICENSE", "reveal.js/LICENSE"),
    ("requirejs/require.js", "require.js"),
    ("jquery/dist/jquery.min.js", "jquery.min.js"),
    # MathJax 2 with the one configuration the decks use (CommonHTML output, TeX input)
    ("mathjax/MathJax.js", "mathjax/MathJax.js"),
    ("mathjax/LICENSE", "mathjax/LICENSE"),
    ("mathjax/config", "mathjax/config"),
    ("mathjax/extensions", "mathjax/extensions"),
    ("mathjax/jax/input/TeX", "mathjax/jax/input/TeX"),
    ("mathjax/jax/output/CommonHTML", "mathjax/jax/output/CommonHTML"),
    ("mathjax/jax/element", "mathjax/jax/element"),
    ("mathjax/fonts/HTML-CSS/TeX/woff", "mathjax/fonts/HTML-CSS/TeX/woff"),
    ("mathjax/localization/en", "mathjax/localization/en"),
]
MATHJAX_CONFIG = "TeX-AMS_CHTML-full,Safe"


def copy_vendor(out: Path) -> Path:
    """Copies the pinned web assets into out/vendor and returns that folder."""
    missing = [src for src, _ in VENDOR_FILES if not (NODE_MODULES / src).exists()]
    if missing:
        raise SystemExit(f"[slides] error: {NODE_MODULES / missing[0]} is missing: install the pinned packages "
                         f"first with 'make slides' (or 'npm ci' in {ROOT}).")
    vendor = out / "vendor"
    for src, dst in VENDOR_FILES:
        source, target = NODE_MODULES / src, vendor / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy2(source, target)
    return vendor


def exporter() -> SlidesExporter:
    """A slides exporter whose decks load everything from ./vendor (relative to the deck)."""
    c = Config()
    c.SlidesExporter.extra_template_basedirs = [str(TEMPLATES)]
    c.SlidesExporter.template_name = "course-reveal"
    c.SlidesExporter.reveal_url_prefix = "vendor/reveal.js"
    c.SlidesExporter.reveal_theme = "white"
    c.SlidesExporter.reveal_transition = "none"
    c.SlidesExporter.reveal_number = "c/t"
    # a 16:9 slide, the shape of today's projectors; reveal.js scales it to the window
    c.SlidesExporter.reveal_width = "1280"
    c.SlidesExporter.reveal_height = "720"
    c.SlidesExporter.reveal_scroll = True  # long outputs scroll inside their slide
    c.SlidesExporter.require_js_url = "vendor/require.js"
    c.SlidesExporter.jquery_url = "vendor/jquery.min.js"
    c.SlidesExporter.mathjax_url = f"vendor/mathjax/MathJax.js?config={MATHJAX_CONFIG}"
    c.SlidesExporter.font_awesome_url = ""
    c.SlidesExporter.exclude_input_prompt = True
    c.SlidesExporter.exclude_output_prompt = True
    return SlidesExporter(config=c)


def export(notebooks, out: Path):
    """Exports each notebook to out/<name>.slides.html (plus out/vendor and out/index.html)."""
    out.mkdir(parents=True, exist_ok=True)
    copy_vendor(out)
    slides = exporter()
    decks = []
    for notebook in notebooks:
        if not notebook.is_file():
            raise SystemExit(f"[slides] error: notebook {notebook} does not exist.")
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        merge_notebook(nb)  # a printed line is one block on its slide, whatever the stored outputs hold
        body, _ = slides.from_notebook_node(nbformat.reads(json.dumps(nb), as_version=4))
        deck = out / (notebook.stem + ".slides.html")
        deck.write_text(body, encoding="utf-8")
        decks.append(deck)
        print(f"[slides] {notebook.name} -> {deck.relative_to(ROOT) if ROOT in deck.parents else deck}")
    links = "\n".join(f'<li><a href="{d.name}">{d.stem.removesuffix(".slides")}</a></li>' for d in decks)
    (out / "index.html").write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Course slides</title></head>\n"
        f"<body><h1>Course slides</h1>\n<p>Press <kbd>s</kbd> in a deck for the speaker notes.</p>\n<ul>\n{links}\n</ul>\n"
        "</body></html>\n", encoding="utf-8")
    return decks


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "slides")
    parser.add_argument("notebooks", type=Path, nargs="*")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        raise SystemExit("[slides] error: no notebooks to export (notebooks/*.ipynb is empty).")
    export(notebooks, args.out.resolve())


if __name__ == "__main__":
    sys.exit(main())
