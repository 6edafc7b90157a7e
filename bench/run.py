"""Runs the Java-vs-Keras benchmark and writes results.json, results.md and results.png.

    python bench/run.py [--smoke] [--runs R] [--epochs N] [--models a,b] [--out DIR] [--java-only] [--same-start]

For every model, Java and Keras runs alternate (J, K, J, K, ...), each in a fresh process so that its
peak RSS is its own. The Java side is KerasComparisonBenchmark (lib-course test classes, compiled by
make), the Keras side keras_models.py in bench/.venv. IMDB and Reuters ids are exported once by the
Java side into DIR/data-full (or DIR/data-quick for the smoke) and read by both.

--smoke: 512 training and 512 test rows (Boston: all 404/102), one epoch, one run each: a check that
the harness works, not a measurement. Without bench/.venv (or with --java-only) only Java runs.
--same-start: run r of both sides starts from the same initial weights (the Java side's, seed 42 + r)
and feeds the training rows in the same order each epoch, so that the metric gap measures the
engines rather than two random draws.
Only the standard library is needed here; the chart needs matplotlib (bench/.venv has it).
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import report  # noqa: E402

MODELS = report.MODEL_ORDER
# Reduced from the lecture's 5/10/10/10/80 epochs: the 2 shared cores would take hours otherwise.
FULL_EPOCHS = {"mnist_dnn": 3, "mnist_cnn": 3, "imdb_rnn": 3, "reuters_lstm": 3, "boston_mlp": 20}
JAVA_MAIN = "org.dlcourse.nn.KerasComparisonBenchmark"
KERAS_PY = HERE / ".venv" / "bin" / "python"


def java_command(args):
    lib = ROOT / "lib-course" / "target"
    cp_file = lib / "test-classpath.txt"
    if not (lib / "test-classes" / "org" / "dlcourse" / "nn" / "KerasComparisonBenchmark.class").is_file() or not cp_file.is_file():
        raise SystemExit("The Java benchmark is not compiled: run it through make (make bench / make bench-smoke), "
                         "which compiles lib-course's test classes and writes lib-course/target/test-classpath.txt")
    cp = f"{lib / 'classes'}:{lib / 'test-classes'}:{cp_file.read_text().strip()}"
    java = os.environ.get("JAVA", "java")
    # the same intra-/inter-op pool sizes as keras_models.py's tf.config.threading calls
    threads = f"-DCOURSE_THREADS={os.environ.get('BENCH_THREADS', '2')}"
    return [java, f"-Xmx{os.environ.get('BENCH_JAVA_HEAP', '4g')}", "-Djava.awt.headless=true", threads, "-cp", cp,
            JAVA_MAIN] + args


def run_child(cmd, label, timeout, seed=42, same_start=None):
    """Runs one side; returns its parsed RESULT json (the output tail goes into the error otherwise)."""
    t0 = time.perf_counter()
    # log level 0 keeps TensorFlow's start-up notices, among them whether its oneDNN kernels are on
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="0", BENCH_SEED=str(seed))
    env.pop("BENCH_SAME_START", None)
    if same_start is not None:
        env["BENCH_SAME_START"] = str(same_start)
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
                       env=env)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
            result["process_seconds"] = time.perf_counter() - t0
            # TensorFlow logs this notice when its oneDNN kernels are enabled (TF_ENABLE_ONEDNN_OPTS unset or 1)
            result["onednn"] = "on" if ONEDNN_ON in p.stdout else "off"
            return result
    tail = "\n".join(p.stdout.splitlines()[-25:])
    raise SystemExit(f"{label} failed (exit {p.returncode}) without a RESULT line; last output:\n{tail}")


def export(data_dir, smoke, timeout):
    stamp = data_dir / "exported"
    if stamp.is_file():
        return
    print(f"[bench] exporting IMDB and Reuters ids to {data_dir}", flush=True)
    p = subprocess.run(java_command(["export", str(data_dir), "quick" if smoke else "full"]), cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout)
    if p.returncode != 0:
        raise SystemExit("The IMDB/Reuters export failed:\n" + "\n".join(p.stdout.splitlines()[-25:]))
    stamp.write_text(datetime.datetime.now(datetime.timezone.utc).isoformat() + "\n")


# The vector extensions that decide which oneDNN/Eigen kernels TensorFlow runs (issue: numbers from an
# AVX-512 host and an AVX2 host differ by 10-30% on the CNN, so a report names the one it came from).
VECTOR_FLAGS = (("avx2", "AVX2"), ("fma", "FMA"), ("avx512f", "AVX-512F"), ("avx512_vnni", "AVX-512 VNNI"),
                ("avx512_bf16", "AVX-512 BF16"), ("amx_tile", "AMX"))
ONEDNN_ON = "oneDNN custom operations are on"


def host(cpuinfo=None):
    """The machine a run measured: CPU model, cores, vector extensions, OS, Java and Python versions."""
    text = cpuinfo
    if text is None:
        try:
            text = Path("/proc/cpuinfo").read_text()
        except OSError:
            text = ""
    cpu, flags = "unknown CPU", set()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name" and cpu == "unknown CPU":
            cpu = value.strip()
        elif key.strip() == "flags" and not flags:
            flags = set(value.split())
    java = subprocess.run([os.environ.get("JAVA", "java"), "-version"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True).stdout.splitlines()
    return {"cpu": cpu, "cores": os.cpu_count(),
            "vector_extensions": [name for flag, name in VECTOR_FLAGS if flag in flags],
            "os": f"{platform.system()} {platform.release()}", "java": java[0] if java else "java ?",
            "python": platform.python_version()}


def describe_host(h):
    """One line for the report's header."""
    ext = ", ".join(h["vector_extensions"]) or "no AVX2"
    return f"{h['cores']} cores ({h['cpu']}; {ext}), {h['os']}; {h['java']}"


def side_builds(results):
    """'java: TensorFlow 2.16.2, oneDNN on; keras: ...' from the runs' own reports."""
    seen = {}
    for r in results:
        if r["side"] not in seen:
            v = r.get("versions", {})
            build = (f"TensorFlow {v.get('tensorflow', '?')}"
                     + (f" (TensorFlow Java {v['tensorflow_java']})" if v.get("tensorflow_java") else "")
                     + (f", Keras {v['keras']}" if v.get("keras") else ""))
            seen[r["side"]] = f"{r['side']}: {build}, oneDNN {r.get('onednn', '?')}"
    return "; ".join(seen[s] for s in sorted(seen))


def parse_args(argv):
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--smoke", action="store_true", help="tiny data, one epoch, one run each")
    a.add_argument("--runs", type=int, help="runs per side and model (default 3; smoke 1)")
    a.add_argument("--epochs", type=int, help="epochs for every model (default per model; smoke 1)")
    a.add_argument("--models", default=",".join(MODELS), help="comma-separated subset of " + ",".join(MODELS))
    a.add_argument("--out", default=str(HERE / "out"), help="output folder (default bench/out)")
    a.add_argument("--java-only", action="store_true", help="skip the Keras side")
    a.add_argument("--same-start", action="store_true",
                   help="both sides start from the Java side's initial weights and feed the rows in the same "
                        "per-epoch order (written to OUT/same-start/), so that only the engines differ")
    a.add_argument("--timeout", type=int, default=3600, help="seconds allowed for one process")
    args = a.parse_args(argv)
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    unknown = [m for m in models if m not in MODELS]
    if unknown:
        a.error(f"unknown model(s) {', '.join(unknown)}: use {', '.join(MODELS)}")
    if (args.runs is not None and args.runs < 1) or (args.epochs is not None and args.epochs < 1):
        a.error("--runs and --epochs must be at least 1")
    args.models = models
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    runs = args.runs or (1 if args.smoke else 3)
    keras = not args.java_only and KERAS_PY.is_file()
    if not keras and not args.java_only:
        print(f"[bench] {KERAS_PY} missing: Java side only (make bench-venv creates it)", flush=True)
    data_dir = out / ("data-quick" if args.smoke else "data-full")
    if any(m in ("imdb_rnn", "reuters_lstm") for m in args.models):
        export(data_dir, args.smoke, args.timeout)
    same_start = out / "same-start" if args.same_start else None
    if same_start is not None and same_start.exists():
        shutil.rmtree(same_start)  # a run's orders are for its epoch count: never reuse an older run's
    results = []
    machine = host()
    started = time.perf_counter()
    for model in args.models:
        epochs = args.epochs or (1 if args.smoke else FULL_EPOCHS[model])
        tail = [model, str(epochs), str(data_dir)] + (["smoke"] if args.smoke else [])
        for r in range(runs):
            sides = [("java", java_command(["run"] + tail))]
            if keras:
                sides.append(("keras", [str(KERAS_PY), str(HERE / "keras_models.py")] + tail))
            for side, cmd in sides:  # J, K, J, K...: drift on the shared machine hits both sides alike
                # run r of both sides starts from seed 42 + r: the metric's spread over runs shows how much
                # the initial draw alone moves it (the two sides cannot share one random stream)
                res = run_child(cmd, f"{side} {model} run {r + 1}", args.timeout, seed=42 + r, same_start=same_start)
                res["run"] = r + 1
                res["seed"] = 42 + r
                res["same_start"] = same_start is not None
                results.append(res)
                # kept after every run, so that an interrupted benchmark still leaves its numbers
                (out / "results.json").write_text(json.dumps({"header": "(partial)", "host": machine, "runs": results},
                                                             indent=1))
                print(f"[bench] {model} {side} run {r + 1}: s/epoch {[round(s, 2) for s in res['epoch_seconds']]}, "
                      f"{res['metric']} {res['value']:.4f}, peak RSS {res['peak_rss_mib']:.0f} MiB", flush=True)
    mode = "smoke (512 rows, 1 epoch: checks the harness, not a measurement)" if args.smoke else "full data"
    if args.same_start:
        mode += ", same start (both sides from the Java side's initial weights and row orders)"
    header = (f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {describe_host(machine)}; "
              f"mode: {mode}; {runs} run(s) per side, alternating Java/Keras; builds: {side_builds(results)}"
              + ("" if keras else " (Keras side not run)") + f"; total {time.perf_counter() - started:.0f} s.")
    (out / "results.json").write_text(json.dumps({"header": header, "host": machine, "runs": results}, indent=1))
    return report.main([str(out / "results.json"), str(out)])


if __name__ == "__main__":
    sys.exit(main())
