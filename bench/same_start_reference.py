"""Writes the committed same-start Keras reference that SameStartKerasParityTest (JUnit, in make test)
compares the Java engine with, without bench/.venv.

    bench/.venv/bin/python bench/run.py --smoke --same-start --epochs 3 --runs 2 \
        --models mnist_dnn,reuters_lstm --out /tmp/same-start-ref
    bench/.venv/bin/python bench/same_start_reference.py /tmp/same-start-ref \
        lib-course/src/test/resources/org/dlcourse/nn/keras-same-start-reference.json

The run trains both sides on the first 512 training rows (MNIST from datasets/mnist; Reuters from the
quick profile's subsample, padded to 200 ids by the Java side's export) for 3 epochs, run r from the
Java side's initial weights for seed 42 + r and the same row order per epoch (bench/README.md, "Same
start"). This script keeps, per model and seed, both sides' per-epoch training losses and fingerprints
of what the losses depend on: each initial weight array (size, sum, sum of squares, in float64) and
each epoch's row order (its first ten indices and a position-weighted sum), and of the training
rows (the sums of the inputs and of the labels), so that the test can tell
"the engine changed" from "the starting point changed" (then the reference must be made again).
"""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import keras_models  # noqa: E402  (the Keras side's data loading, without importing TensorFlow)


def fingerprint_weights(folder):
    out = []
    i = 0
    while (folder / f"w{i}.npy").is_file():
        w = np.load(folder / f"w{i}.npy").astype(np.float64).ravel()
        out.append({"size": int(w.size), "sum": float(w.sum()), "sum_squares": float((w * w).sum())})
        i += 1
    return out


def fingerprint_orders(folder, epochs):
    orders = np.atleast_2d(np.load(folder / "order.npy"))[:epochs]
    return [{"first": [int(v) for v in o[:10]],
             "weighted_sum": int(sum((k + 1) * int(v) for k, v in enumerate(o)))} for o in orders]


def fingerprint_data(model, run_dir, rows):
    """Sums of the training rows and labels both sides trained on (the first `rows` of the smoke data)."""
    if model.startswith("mnist"):
        x, y, _, _ = keras_models.mnist(True)
    else:
        name = "imdb" if model == "imdb_rnn" else "reuters"
        x, y, _, _ = keras_models.tokens(run_dir / "data-quick", name, True)
    x, y = x[:rows].astype(np.float64), y[:rows].astype(np.int64)
    return {"x_sum": float(x.sum()), "y_sum": int(y.sum())}


def main(argv):
    if len(argv) != 2:
        raise SystemExit(__doc__)
    run_dir, target = Path(argv[0]), Path(argv[1])
    results = json.loads((run_dir / "results.json").read_text())
    if not all(r.get("same_start") for r in results["runs"]):
        raise SystemExit("results.json is not from a --same-start run")
    by_key = {}
    for r in results["runs"]:
        by_key.setdefault((r["model"], r["seed"]), {})[r["side"]] = r
    entries = []
    for (model, seed), sides in sorted(by_key.items()):
        if set(sides) != {"java", "keras"}:
            raise SystemExit(f"{model} seed {seed}: both sides are needed, got {sorted(sides)}")
        java, keras = sides["java"], sides["keras"]
        folder = run_dir / "same-start" / f"{model}-seed{seed}"
        entries.append({
            "model": model, "seed": seed, "rows": keras["train_rows"], "epochs": keras["epochs"],
            "keras_losses": keras["epoch_losses"], "java_losses_when_made": java["epoch_losses"],
            "data": fingerprint_data(model, run_dir, keras["train_rows"]),
            "initial_weights": fingerprint_weights(folder),
            "row_orders": fingerprint_orders(folder, keras["epochs"]),
        })
    gaps = [abs(j - k) / abs(k) for e in entries for j, k in zip(e["java_losses_when_made"], e["keras_losses"])]
    reference = {
        "made_by": "bench/same_start_reference.py from: bench/run.py --smoke --same-start --epochs 3 --runs 2 "
                   "--models mnist_dnn,reuters_lstm",
        "measured": results["header"],
        "largest_relative_gap_when_made": max(gaps),
        "entries": entries,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(reference, indent=1) + "\n")
    print(f"wrote {target}: {len(entries)} entries, largest relative Java/Keras loss gap {max(gaps):.2e}")


if __name__ == "__main__":
    main(sys.argv[1:])
