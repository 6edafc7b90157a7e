"""Every figure stored in the notebooks decodes and nothing in it is cut off at an edge.

The check for clipping is a proxy, cheap and measurable: **no ink in the outermost
``EDGE`` (12) pixels** of each side. Every figure of lib-course keeps a white margin of
``Figures.PADDING`` (16) pixels on every side (XChart's chart padding, the image grids'
margin, the confusion matrix's layout measured from its labels), and the JUnit tests
(``Rendered.assertMargins``, ``Figures.EDGE_CHECKED``) check the same band on every figure
type. When a title, tick label, legend or cell does not fit its layout, it runs into that
margin, and when it runs off the canvas, the part that fits ends at the edge: either way
there is ink in the band (chapter 07's old confusion matrix: its title and last column run
to within 9 pixels of the right edge, where XChart's default padding ends). "Ink" is a
pixel clearly darker than white (any channel below ``INK_BELOW``), so anti-aliasing haze
does not count but every glyph stroke, axis line and coloured cell does. Figures stored
before the 16-pixel margin (XChart's default padding left 9 pixels) fail until the
notebooks are re-run.
"""
import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_FILES = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
    (ROOT / "notebooks" / "solutions").glob("*.ipynb"))

EDGE = 12  # Figures.EDGE_CHECKED in lib-course
INK_BELOW = 200


def stored_figures():
    """(test id, PNG bytes) for every image/png output of every stored notebook."""
    figures = []
    for path in NOTEBOOK_FILES:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells):
            for k, output in enumerate(cell.get("outputs", [])):
                png = output.get("data", {}).get("image/png")
                if png is not None:
                    text = png if isinstance(png, str) else "".join(png)
                    figures.append((f"{path.stem}-cell{index}-out{k}", text))
    return figures


FIGURES = stored_figures()


def ink_on_edges(image: Image.Image, edge: int = EDGE, ink_below: int = INK_BELOW) -> dict:
    """Ink pixels in the outermost ``edge`` columns/rows of each side: {side: count}."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    pixels = rgb.load()
    bands = {
        "left": ((x, y) for x in range(min(edge, width)) for y in range(height)),
        "right": ((x, y) for x in range(max(0, width - edge), width) for y in range(height)),
        "top": ((x, y) for y in range(min(edge, height)) for x in range(width)),
        "bottom": ((x, y) for y in range(max(0, height - edge), height) for x in range(width)),
    }
    counts = {}
    for side, band in bands.items():
        n = sum(1 for xy in band if min(pixels[xy]) < ink_below)
        if n:
            counts[side] = n
    return counts


def test_the_notebooks_store_figures():
    assert FIGURES, "no image/png output found in notebooks/*.ipynb"


@pytest.mark.parametrize("png", [f[1] for f in FIGURES], ids=[f[0] for f in FIGURES])
def test_figure_decodes_and_is_not_clipped(png):
    data = base64.b64decode(png, validate=False)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        image.load()  # decodes every row: a truncated or corrupt PNG raises here
        assert image.width >= 100 and image.height >= 100, f"suspiciously small figure {image.size}"
        cut = ink_on_edges(image)
    assert not cut, (f"figure drawn to its edge (ink pixels per side: {cut}): a title, label or cell is cut off;"
                     " give the figure room (size or margins) in lib-course's plot class")


def test_the_proxy_sees_a_cut_title():
    """The proxy itself: a text cut at the right edge is caught, the same text drawn whole is not."""
    from PIL import ImageDraw

    def drawn(x):
        image = Image.new("RGB", (160, 60), "white")
        ImageDraw.Draw(image).rectangle([x, 20, x + 30, 35], fill=(0, 114, 178))
        return image

    assert ink_on_edges(drawn(60)) == {}
    assert "right" in ink_on_edges(drawn(140))
