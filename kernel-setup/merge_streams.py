"""Joins consecutive stream outputs of the same name in stored notebooks.

    .venv/bin/python kernel-setup/merge_streams.py notebooks/*.ipynb notebooks/solutions/*.ipynb

The kernel sends printed text a whole line at a time (org.dlcourse.notebook.LineOutput), but each
line is still its own stream message, and nbclient stores each as its own output. JupyterLab joins
them on screen; nbconvert's HTML and the slide decks show every output as a separate block. This is
the safety net that `make run-notebooks` and the slide export apply: after it, a cell holds at most
one stdout output between two other outputs, as JupyterLab would save it.
"""
import json
import sys
from pathlib import Path


def merge_outputs(outputs: list) -> list:
    """The outputs with each run of stream outputs of one name joined into the first of the run."""
    merged = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (out.get("output_type") == "stream" and last is not None and last.get("output_type") == "stream"
                and last.get("name") == out.get("name")):
            last["text"] = _text(last) + _text(out)
        else:
            merged.append(dict(out))
    for out in merged:
        if out.get("output_type") == "stream":
            out["text"] = _text(out).splitlines(keepends=True)
    return merged


def merge_notebook(nb: dict) -> int:
    """Merges every code cell's stream outputs in place; returns how many outputs were joined away."""
    joined = 0
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code" and cell.get("outputs"):
            before = len(cell["outputs"])
            cell["outputs"] = merge_outputs(cell["outputs"])
            joined += before - len(cell["outputs"])
    return joined


def _text(out: dict) -> str:
    text = out.get("text", "")
    return "".join(text) if isinstance(text, list) else text


def main(paths) -> int:
    for path in map(Path, paths):
        nb = json.loads(path.read_text(encoding="utf-8"))
        joined = merge_notebook(nb)
        if joined:
            path.write_text(json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"[merge-streams] {path}: {joined} stream fragments joined")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
