"""The benchmark harness (bench/): the report writer's arithmetic and errors (fast, always), and the
smoke mode of bench/run.py end to end (only with BENCH_SMOKE=1, which `make test-bench-smoke` sets:
it needs lib-course's compiled test classes and takes a couple of minutes).

The smoke runs the Java side always and the Keras side when bench/.venv exists (make bench-venv).
No speed or accuracy goal is asserted: those are measured by `make bench`, never tested.
"""
import array
import ast
import importlib.util
import math
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
KERAS_PY = BENCH / ".venv" / "bin" / "python"
MODELS = ("mnist_dnn", "mnist_cnn", "imdb_rnn", "reuters_lstm", "boston_mlp")


def _npy(path):
    """(shape, dtype, flat values) of a little-endian int32/float32 .npy file (no numpy in this venv)."""
    data = path.read_bytes()
    assert data[:6] == b"\x93NUMPY", path
    size = int.from_bytes(data[8:10], "little")
    header = ast.literal_eval(data[10:10 + size].decode("ascii"))
    values = array.array("f" if header["descr"] == "<f4" else "i", data[10 + size:])
    return tuple(header["shape"]), header["descr"], values


def _report():
    spec = importlib.util.spec_from_file_location("bench_report", BENCH / "report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(model, side, seconds, value, rss, metric="accuracy", cpu=1.0):
    return {"model": model, "side": side, "epochs": len(seconds), "train_rows": 10, "epoch_seconds": seconds,
            "metric": metric, "value": value, "peak_rss_mib": rss, "cpu_seconds_per_epoch": cpu}


def test_summary_takes_the_median_epoch_of_each_run_then_the_median_over_runs():
    runs = [_run("mnist_dnn", "java", [9.0, 2.0, 4.0], 0.90, 500),
            _run("mnist_dnn", "java", [9.0, 3.0, 5.0], 0.92, 700),
            _run("mnist_dnn", "java", [9.0, 6.0, 8.0], 0.91, 600)]
    s = _report().summarise(runs)["mnist_dnn"]["java"]
    assert s["seconds"] == 5.0  # run medians 4, 5, 8
    assert s["first"] == 9.0
    assert s["rss"] == 700
    assert s["value"] == pytest.approx(0.91)
    assert s["runs"] == 3


def test_table_gives_the_java_keras_ratio_and_the_metric_gap():
    report = _report()
    runs = [_run("imdb_rnn", "java", [3.0], 0.85, 400, cpu=5.0), _run("imdb_rnn", "keras", [2.0], 0.86, 600, cpu=4.0),
            _run("boston_mlp", "java", [0.5], 2.6, 300, "mae"), _run("boston_mlp", "keras", [1.0], 2.5, 500, "mae")]
    text = report.markdown(report.summarise(runs))
    rows = [line for line in text.splitlines() if line.startswith("| IMDB") or line.startswith("| Boston")]
    assert len(rows) == 4
    imdb_java = next(r for r in rows if "IMDB" in r and "| java |" in r)
    assert "| 1.50x | 1.25x | -1.00 pp |" in imdb_java
    boston_java = next(r for r in rows if "Boston" in r and "| java |" in r)
    assert "0.50x" in boston_java and "+0.100" in boston_java
    # Boston is listed after IMDB: the lecture order, not the input order
    assert text.index("| IMDB") < text.index("| Boston")


def test_the_metric_cell_gives_the_range_over_runs():
    report = _report()
    runs = [_run("imdb_rnn", "java", [3.0], v, 400) for v in (0.84, 0.85, 0.87)]
    row = next(line for line in report.markdown(report.summarise(runs)).splitlines() if line.startswith("| IMDB"))
    assert "| accuracy 85.00% (84.00-87.00) |" in row
    one = report.markdown(report.summarise([_run("boston_mlp", "java", [1.0], 2.5, 1, "mae")]))
    assert "| mae 2.500 |" in one, "a single run has no range"


def test_loss_table_pairs_the_two_sides_of_each_seed():
    report = _report()

    def run(side, seed, losses):
        return dict(_run("imdb_rnn", side, [1.0] * len(losses), 0.8, 1), seed=seed, epoch_losses=losses,
                    same_start=True)

    runs = [run("java", 42, [0.60, 0.40]), run("keras", 42, [0.61, 0.38]),
            run("java", 43, [0.50, 0.30]), run("keras", 43, [0.50, 0.35]),
            run("java", 44, [0.70, 0.20])]  # no Keras run of seed 44: left out
    row = next(line for line in report.loss_table(runs).splitlines() if line.startswith("| IMDB"))
    # medians over the two paired seeds, and the largest gap within a pair
    assert row == "| IMDB SimpleRNN | 2 | 0.5500 | 0.5550 | 0.0100 | 0.3500 | 0.3650 | 0.0500 |"
    assert report.loss_table([_run("imdb_rnn", "java", [1.0], 0.8, 1)]) == "", "no losses, no table"
    # runs with their own initial draws are not paired: their losses differ by the draw
    free = [dict(r, same_start=False) for r in runs]
    assert report.loss_table(free) == ""


def test_a_side_alone_has_no_ratio():
    report = _report()
    text = report.markdown(report.summarise([_run("mnist_cnn", "java", [1.0], 0.5, 100)]))
    row = next(line for line in text.splitlines() if line.startswith("| MNIST CNN"))
    assert row.rstrip().endswith("| n/a | n/a | n/a |")


def test_several_result_files_are_merged_into_one_table(tmp_path):
    report = _report()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"header": "first session", "runs": [_run("mnist_dnn", "java", [2.0], 0.9, 1)]}))
    b.write_text(json.dumps({"header": "second session", "runs": [_run("mnist_dnn", "keras", [4.0], 0.9, 1)]}))
    assert report.main([str(a), str(b), str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "results.md").read_text()
    assert text.startswith("first session\n\nsecond session")
    assert "| 0.50x |" in text


def _runner():
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_host_record_names_the_cpu_and_its_vector_extensions():
    run = _runner()
    avx512 = run.host("model name\t: AMD EPYC 9R14\nflags\t\t: fpu sse2 avx avx2 fma avx512f avx512_vnni\n"
                      "model name\t: AMD EPYC 9R14\n")
    assert avx512["cpu"] == "AMD EPYC 9R14"
    assert avx512["vector_extensions"] == ["AVX2", "FMA", "AVX-512F", "AVX-512 VNNI"]
    avx2 = run.host("model name : Intel Xeon\nflags : sse2 avx avx2 fma\n")
    assert avx2["vector_extensions"] == ["AVX2", "FMA"]
    assert "AVX2, FMA" in run.describe_host(avx2) and "AVX-512" not in run.describe_host(avx2)
    builds = run.side_builds([
        {"side": "keras", "versions": {"tensorflow": "2.21.0", "keras": "3.15.1"}, "onednn": "on"},
        {"side": "java", "versions": {"tensorflow": "2.16.2", "tensorflow_java": "1.0.0"}, "onednn": "off"}])
    assert builds == ("java: TensorFlow 2.16.2 (TensorFlow Java 1.0.0), oneDNN off; "
                      "keras: TensorFlow 2.21.0, Keras 3.15.1, oneDNN on")


def test_results_from_two_different_cpus_are_not_merged(tmp_path):
    report = _report()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    host = {"cpu": "AMD EPYC", "cores": 2, "vector_extensions": ["AVX2", "FMA", "AVX-512F"]}
    a.write_text(json.dumps({"host": host, "runs": [_run("mnist_cnn", "java", [8.0], 0.9, 1)]}))
    b.write_text(json.dumps({"host": dict(host, vector_extensions=["AVX2", "FMA"]),
                             "runs": [_run("mnist_cnn", "keras", [9.0], 0.9, 1)]}))
    with pytest.raises(SystemExit) as e:
        report.main([str(a), str(b), str(tmp_path / "out")])
    assert str(e.value).startswith("These results come from different machines") and "AVX-512F" in str(e.value)
    b.write_text(json.dumps({"host": host, "runs": [_run("mnist_cnn", "keras", [9.0], 0.9, 1)]}))
    assert report.main([str(a), str(b), str(tmp_path / "out")]) == 0


def test_missing_or_malformed_results_are_named_in_the_first_line(tmp_path):
    report = _report()
    with pytest.raises(SystemExit) as e:
        report.load(tmp_path / "nothing.json")
    assert str(e.value).startswith("No results file") and "make bench" in str(e.value)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"runs": [{"model": "mnist_dnn", "side": "java"}]}))
    with pytest.raises(SystemExit) as e:
        report.load(bad)
    assert str(e.value).startswith("Run 0 in") and "epoch_seconds" in str(e.value)
    bad.write_text("[1, 2")
    with pytest.raises(SystemExit) as e:
        report.load(bad)
    assert str(e.value).startswith("Malformed results file")


def test_runner_rejects_an_unknown_model_and_a_zero_epoch_count():
    for args in (["--models", "mnist_rnn"], ["--epochs", "0"]):
        p = subprocess.run([sys.executable, str(BENCH / "run.py"), "--java-only"] + args, capture_output=True, text=True)
        assert p.returncode == 2, p.stderr
        assert "unknown model(s) mnist_rnn" in p.stderr or "at least 1" in p.stderr


@pytest.mark.skipif(os.environ.get("BENCH_SMOKE") != "1",
                    reason="the end-to-end smoke runs in `make test-bench-smoke` (BENCH_SMOKE=1)")
def test_smoke_mode_runs_every_model_and_writes_the_report():
    out = BENCH / "out" / "smoke"
    for f in ("results.json", "results.md", "results.png"):
        (out / f).unlink(missing_ok=True)
    keras = KERAS_PY.is_file()
    python = str(KERAS_PY) if keras else sys.executable
    p = subprocess.run([python, str(BENCH / "run.py"), "--smoke", "--out", str(out)], cwd=ROOT,
                       capture_output=True, text=True, timeout=1800)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    runs = json.loads((out / "results.json").read_text())["runs"]
    sides = ("java", "keras") if keras else ("java",)
    assert sorted((r["model"], r["side"]) for r in runs) == sorted((m, s) for m in MODELS for s in sides)
    for r in runs:
        assert len(r["epoch_seconds"]) == 1 and r["epoch_seconds"][0] > 0, r
        assert r["peak_rss_mib"] > 50, r
        if r["metric"] == "accuracy":
            assert 0.0 <= r["value"] <= 1.0, r
        else:
            assert r["metric"] == "mae" and r["value"] > 0, r
        # smoke sizes: 512 rows (Boston: its 404 training rows)
        assert r["train_rows"] == (404 if r["model"] == "boston_mlp" else 512), r
    table = (out / "results.md").read_text()
    for title in ("MNIST DNN", "MNIST CNN", "IMDB SimpleRNN", "Reuters LSTM", "Boston MLP"):
        assert f"| {title} | java |" in table
        if keras:
            assert f"| {title} | keras |" in table
    if keras:
        assert (out / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        # a ratio for every model when both sides ran
        assert table.count("x |") >= len(MODELS)
    assert "mode: smoke" in table
    # the machine and each side's TensorFlow build are named, so hosts are never mixed
    record = json.loads((out / "results.json").read_text())
    assert record["host"]["cpu"] and record["host"]["cores"] == os.cpu_count()
    assert "java: TensorFlow 2." in table and "(TensorFlow Java 1." in table
    for r in runs:
        assert r["onednn"] in ("on", "off") and r["versions"]["tensorflow"].startswith("2."), r


@pytest.mark.skipif(os.environ.get("BENCH_SMOKE") != "1",
                    reason="the end-to-end smoke runs in `make test-bench-smoke` (BENCH_SMOKE=1)")
def test_same_start_mode_shares_the_initial_weights_and_row_orders():
    out = BENCH / "out" / "smoke-same-start"
    keras = KERAS_PY.is_file()
    python = str(KERAS_PY) if keras else sys.executable
    p = subprocess.run([python, str(BENCH / "run.py"), "--smoke", "--same-start", "--epochs", "2",
                        "--models", "mnist_dnn,imdb_rnn", "--out", str(out)], cwd=ROOT,
                       capture_output=True, text=True, timeout=1800)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    shapes = {"mnist_dnn": [(784, 512), (512,), (512, 10), (10,)],
              "imdb_rnn": [(10_000, 32), (32, 32), (32, 32), (32,), (32, 1), (1,)]}
    for model, expected in shapes.items():
        d = out / "same-start" / f"{model}-seed42"
        weights = [_npy(d / f"w{i}.npy") for i in range(len(expected))]
        assert [shape for shape, _, _ in weights] == expected
        assert all(kind == "<f4" and all(math.isfinite(v) for v in values) for _, kind, values in weights)
        assert not (d / f"w{len(expected)}.npy").exists()
        shape, kind, flat = _npy(d / "order.npy")
        assert (shape, kind) == ((2, 512), "<i4")
        orders = [list(flat[:512]), list(flat[512:])]
        assert all(sorted(o) == list(range(512)) for o in orders)  # each a permutation of the rows
        assert orders[0] != orders[1]  # a new order every epoch
    table = (out / "results.md").read_text()
    assert "same start" in table
    runs = json.loads((out / "results.json").read_text())["runs"]
    assert all(len(r["epoch_losses"]) == 2 and all(v > 0 for v in r["epoch_losses"]) for r in runs), runs
    if keras:
        assert "## Training loss, Java vs Keras" in table
        value = {(r["model"], r["side"]): r["value"] for r in runs}
        # from the same weights and batches the two engines end one tiny epoch pair close together
        for model in shapes:
            assert abs(value[(model, "java")] - value[(model, "keras")]) <= 0.02, value


def _profile_module():
    spec = importlib.util.spec_from_file_location("bench_profile", BENCH / "profile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_profile_table_puts_both_sides_op_times_side_by_side():
    profile = _profile_module()
    java = {"side": "java", "steps": 10, "cpu_ms_per_step": 24.0, "wall_ms_per_step": 13.0,
            "op_ms_per_step": {"Conv2DBackpropFilter": 6.0, "ApplyAdam": 2.0}}
    keras = {"side": "keras", "steps": 10, "cpu_ms_per_step": 30.0, "wall_ms_per_step": 15.0,
             "op_ms_per_step": {"Conv2DBackpropFilter": 9.0, "Sqrt": 1.0}}
    text = profile.table("mnist_cnn", {"java": java, "keras": keras})
    assert "Java/Keras CPU per step: 0.80x" in text
    assert "| Conv2DBackpropFilter | 6.00 | 75.0% | 9.00 | 90.0% |" in text
    assert "| ApplyAdam | 2.00 | 25.0% |  |  |" in text
    assert text.index("Conv2DBackpropFilter") < text.index("ApplyAdam")


@pytest.mark.skipif(os.environ.get("BENCH_SMOKE") != "1",
                    reason="the end-to-end smoke runs in `make test-bench-smoke` (BENCH_SMOKE=1)")
def test_the_profile_traces_the_java_cnn_step_into_op_types(tmp_path):
    p = subprocess.run([sys.executable, str(BENCH / "profile.py"), "--smoke", "--java-only", "--models", "mnist_cnn",
                        "--out", str(tmp_path / "profile")], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    record = json.loads((tmp_path / "profile" / "profile.json").read_text())
    java = record["profiles"]["mnist_cnn"]["java"]
    assert java["steps"] == 6 and java["cpu_ms_per_step"] > 0  # 512 rows in batches of 100
    ops = java["op_ms_per_step"]
    # the convolutions and their gradients are traced as kernels of their own
    assert any("Conv2D" in op for op in ops) and any("Backprop" in op for op in ops), ops
    assert "| op type (traced) |" in (tmp_path / "profile" / "profile.md").read_text()
