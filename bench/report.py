"""Writes the benchmark report from the runner's results.json: a Markdown table (results.md) and a bar
chart (results.png, with matplotlib when it is importable).

    python report.py <results.json> [<more results.json> ...] <out_dir>

Each result is one run of one model on one side (``{"model", "side", "epoch_seconds": [...],
"metric", "value", "peak_rss_mib", ...}``). Seconds per epoch of a run: the median of its epochs
(with 3+ epochs this leaves out the first one's graph building and tracing); of a side: the median
over its runs. Peak RSS: the largest over runs; test metric: the median over runs.
Only the standard library is needed for the table.
"""
import json
import statistics
import sys
from pathlib import Path

MODEL_ORDER = ("mnist_dnn", "mnist_cnn", "imdb_rnn", "reuters_lstm", "boston_mlp")
TITLES = {"mnist_dnn": "MNIST DNN", "mnist_cnn": "MNIST CNN", "imdb_rnn": "IMDB SimpleRNN",
          "reuters_lstm": "Reuters LSTM", "boston_mlp": "Boston MLP"}
REQUIRED = ("model", "side", "epoch_seconds", "metric", "value", "peak_rss_mib")


def load(path):
    """The list of run results in a results.json file, checked."""
    path = Path(path)
    if not path.is_file():
        raise SystemExit(f"No results file {path}: run the benchmark first (make bench or make bench-smoke)")
    try:
        runs = json.loads(path.read_text())["runs"]
    except (ValueError, KeyError, TypeError) as e:
        raise SystemExit(f"Malformed results file {path}: expected {{\"runs\": [...]}} ({e})")
    for i, r in enumerate(runs):
        missing = [k for k in REQUIRED if k not in r]
        if missing:
            raise SystemExit(f"Run {i} in {path} lacks {', '.join(missing)}: the runner and the side scripts disagree")
        if not r["epoch_seconds"]:
            raise SystemExit(f"Run {i} ({r['model']}, {r['side']}) in {path} has no epoch times")
    return runs


def summarise(runs):
    """{model: {side: {"seconds", "rss", "metric", "value", "runs"}}}: medians over runs."""
    out = {}
    for r in runs:
        out.setdefault(r["model"], {}).setdefault(r["side"], []).append(r)
    summary = {}
    for model, sides in out.items():
        summary[model] = {}
        for side, rs in sides.items():
            summary[model][side] = {
                "seconds": statistics.median(statistics.median(r["epoch_seconds"]) for r in rs),
                "first": statistics.median(r["epoch_seconds"][0] for r in rs),
                "cpu": statistics.median(r.get("cpu_seconds_per_epoch", float("nan")) for r in rs),
                "rss": max(r["peak_rss_mib"] for r in rs),
                "metric": rs[0]["metric"],
                "value": statistics.median(r["value"] for r in rs),
                "low": min(r["value"] for r in rs),
                "high": max(r["value"] for r in rs),
                "runs": len(rs),
                "epochs": rs[0].get("epochs", len(rs[0]["epoch_seconds"])),
                "train_rows": rs[0].get("train_rows"),
            }
    return summary


def _metric(s):
    """The median over runs, and with several runs their range (each run has its own seed)."""
    if s["metric"] == "accuracy":
        text = f"accuracy {100 * s['value']:.2f}%"
        spread = f" ({100 * s['low']:.2f}-{100 * s['high']:.2f})"
    else:
        text = f"{s['metric']} {s['value']:.3f}"
        spread = f" ({s['low']:.3f}-{s['high']:.3f})"
    return text + (spread if s["runs"] > 1 and "low" in s else "")


def markdown(summary, title="Java (TensorFlow Java) vs Python Keras"):
    """The results table; the ratio columns compare Java with Keras where both sides ran."""
    lines = [f"## {title}", "",
             "| model | side | runs x epochs | train rows | s/epoch (median) | first epoch s | CPU s/epoch | peak RSS (MiB) | final test metric (median, range over runs) | Java/Keras time | Java/Keras CPU | metric gap (Java - Keras) |",
             "|---|---|---|---|---:|---:|---:|---:|---|---:|---:|---:|"]
    for model in [m for m in MODEL_ORDER if m in summary] + sorted(set(summary) - set(MODEL_ORDER)):
        sides = summary[model]
        j, k = sides.get("java"), sides.get("keras")
        ratio = f"{j['seconds'] / k['seconds']:.2f}x" if j and k and k["seconds"] > 0 else "n/a"
        cpu_ratio = f"{j['cpu'] / k['cpu']:.2f}x" if j and k and k["cpu"] > 0 else "n/a"
        if j and k:
            gap = j["value"] - k["value"]
            gap = f"{100 * gap:+.2f} pp" if j["metric"] == "accuracy" else f"{gap:+.3f}"
        else:
            gap = "n/a"
        for side in sorted(sides):
            s = sides[side]
            first = side == sorted(sides)[0]
            lines.append(f"| {TITLES.get(model, model)} | {side} | {s['runs']} x {s['epochs']} | {s['train_rows']} | "
                         f"{s['seconds']:.2f} | {s['first']:.2f} | {s['cpu']:.2f} | {s['rss']:.0f} | {_metric(s)} | "
                         f"{ratio if first else ''} | {cpu_ratio if first else ''} | {gap if first else ''} |")
    lines.append("")
    return "\n".join(lines)


def loss_table(runs):
    """Training loss after the first and the last epoch, Java next to Keras, over the same-start runs
    (bench/run.py --same-start) where both sides reported their epoch losses for the same seed (""
    when there are none). There the first epoch's two losses differ only by the engines' arithmetic;
    later epochs add up rounding differences that recurrent models amplify. Runs with their own
    random draws are left out: their losses differ by the draw."""
    pairs = {}
    for r in runs:
        if r.get("same_start") and r.get("epoch_losses") and "seed" in r:
            pairs.setdefault((r["model"], r["seed"]), {})[r["side"]] = r["epoch_losses"]
    by_model = {}
    for (model, _), sides in pairs.items():
        if "java" in sides and "keras" in sides:
            by_model.setdefault(model, []).append((sides["java"], sides["keras"]))
    if not by_model:
        return ""
    lines = ["## Training loss, Java vs Keras (runs of the same seed)", "",
             "| model | runs | epoch 1: java | epoch 1: keras | epoch 1: largest gap | last epoch: java | last epoch: keras | last epoch: largest gap |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for model in [m for m in MODEL_ORDER if m in by_model] + sorted(set(by_model) - set(MODEL_ORDER)):
        ps = by_model[model]
        med = lambda side, e: statistics.median(p[side][e] for p in ps)  # noqa: E731
        gap = lambda e: max(abs(j[e] - k[e]) for j, k in ps)  # noqa: E731
        lines.append(f"| {TITLES.get(model, model)} | {len(ps)} | {med(0, 0):.4f} | {med(1, 0):.4f} | {gap(0):.4f} | "
                     f"{med(0, -1):.4f} | {med(1, -1):.4f} | {gap(-1):.4f} |")
    lines.append("")
    return "\n".join(lines)


def chart(summary, png):
    """Grouped bars of seconds per epoch (Java, Keras) per model; False when matplotlib is missing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    models = [m for m in MODEL_ORDER if m in summary] + sorted(set(summary) - set(MODEL_ORDER))
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8), dpi=100)
    width = 0.38
    # wall time is what a learner waits; CPU time is the fairer measure on a shared machine
    for ax, key, label in ((axes[0], "seconds", "wall seconds per epoch (median)"),
                           (axes[1], "cpu", "CPU seconds per epoch (all threads)")):
        for i, (side, colour) in enumerate((("java", "#1f77b4"), ("keras", "#ff7f0e"))):
            xs = [n + (i - 0.5) * width for n in range(len(models))]
            ys = [summary[m][side][key] if side in summary[m] else 0 for m in models]
            bars = ax.bar(xs, ys, width, label=side.capitalize(), color=colour)
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
        ax.set_xticks(range(len(models)), [TITLES.get(m, m) for m in models], fontsize=8)
        ax.set_ylabel(label)
        ax.legend()
    fig.suptitle("Training time per epoch: Java vs Keras (lower is better)")
    fig.tight_layout()
    fig.savefig(png)
    plt.close(fig)
    return True


def check_one_host(hosts):
    """Refuses to merge results measured on different CPUs: TensorFlow picks its kernels by the vector
    extensions (an AVX-512 host ran the CNN about 20% faster than an AVX2 one), so their ratios do not mix."""
    kinds = {(h.get("cpu"), tuple(h.get("vector_extensions", ())), h.get("cores")) for h in hosts.values()}
    if len(kinds) > 1:
        listing = "; ".join(f"{f}: {h.get('cores')} cores {h.get('cpu')} ({', '.join(h.get('vector_extensions', []))})"
                            for f, h in hosts.items())
        raise SystemExit("These results come from different machines and must not be merged into one table: "
                         + listing + ". Report each machine's results on their own.")


def main(argv):
    """report.py <results.json> [<more results.json> ...] <out_dir>: several files are merged (e.g. runs
    of different models measured at different times); their headers are kept one per line."""
    if len(argv) < 2:
        raise SystemExit("Usage: report.py <results.json> [<more results.json> ...] <out_dir>")
    out = Path(argv[-1])
    out.mkdir(parents=True, exist_ok=True)
    runs, headers, hosts = [], [], {}
    for f in argv[:-1]:
        runs += load(f)
        data = json.loads(Path(f).read_text())
        if data.get("header"):
            headers.append(data["header"])
        if data.get("host"):
            hosts[f] = data["host"]
    check_one_host(hosts)
    summary = summarise(runs)
    text = "\n\n".join(headers + [markdown(summary)] + ([loss_table(runs)] if loss_table(runs) else []))
    drew = chart(summary, out / "results.png")
    if not drew:
        text += "\n(results.png not drawn: matplotlib is not installed in this Python)\n"
    (out / "results.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
