"""Where a training step spends its time, on both sides: kernel time per TensorFlow op type.

    python bench/profile.py [--models mnist_cnn,reuters_lstm] [--smoke] [--isa AVX2] [--out DIR]

For each model, in fresh processes: the Java side (KerasComparisonBenchmark profile: one warm-up
epoch, one epoch timed in CPU seconds, one epoch with every step traced through RunOptions
FULL_TRACE / RunMetadata) and the Keras side (the same three epochs, the last one under the
TensorFlow profiler, whose XSpace trace is summed per op type here). Writes DIR/profile.md and
DIR/profile.json (default bench/out/profile).

--isa AVX2 sets ONEDNN_MAX_CPU_ISA for both sides, so that oneDNN (which does most of a CNN's work)
picks the kernels it would pick on a CPU without AVX-512; TensorFlow's own Eigen kernels keep the
instructions they were compiled for. Tracing slows a step down; compare shares and the untraced CPU
time per step, not the traced sums with the untraced times.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def keras_side(model, data_dir, smoke):
    """Runs in bench/.venv: prints a PROFILE line for the Keras side."""
    import keras_models
    tf, keras = keras_models.start_tensorflow()
    x, y, _, _ = keras_models.load(model, data_dir, smoke)
    m, batch = keras_models.build(model, keras)
    steps = -(-len(x) // batch)
    m.fit(x, y, batch_size=batch, epochs=1, verbose=0)
    c0, w0 = time.process_time(), time.perf_counter()
    m.fit(x, y, batch_size=batch, epochs=1, verbose=0)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    from tensorflow.tsl.profiler.protobuf import xplane_pb2
    with tempfile.TemporaryDirectory() as log:
        tf.profiler.experimental.start(log)
        m.fit(x, y, batch_size=batch, epochs=1, verbose=0)
        tf.profiler.experimental.stop()
        space = xplane_pb2.XSpace()
        space.ParseFromString(Path(sorted(glob.glob(f"{log}/**/*.xplane.pb", recursive=True))[-1]).read_bytes())
    ops = collections.Counter()
    for plane in space.planes:
        if plane.name != "/host:CPU":
            continue
        for line in plane.lines:
            if not line.name.startswith("tf_Compute"):  # the executor's kernel threads
                continue
            for event in line.events:
                name = plane.event_metadata[event.metadata_id].name
                kind = name.rsplit(":", 1)[-1] if ":" in name else ""
                # kernels are "scope/name:OpType"; skip the executor's own Run/Process spans and tf.data
                if kind.lstrip("_")[:1].isupper() and " " not in kind and kind not in ("Run", "Process") \
                        and not kind.endswith("Dataset"):
                    ops[kind] += event.duration_ps
    print("PROFILE " + json.dumps({
        "model": model, "side": "keras", "steps": steps, "cpu_ms_per_step": 1e3 * cpu / steps,
        "wall_ms_per_step": 1e3 * wall / steps,
        "op_ms_per_step": {k: v / 1e9 / steps for k, v in ops.most_common()},
        "versions": {"tensorflow": tf.__version__, "keras": keras.__version__}}), flush=True)


def child(cmd, env, label, timeout):
    p = subprocess.run(cmd, cwd=HERE.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                       env=env, timeout=timeout)
    for line in p.stdout.splitlines():
        if line.startswith("PROFILE "):
            return json.loads(line[len("PROFILE "):])
    tail = "\n".join(p.stdout.splitlines()[-25:])
    raise SystemExit(f"{label} failed (exit {p.returncode}) without a PROFILE line; last output:\n{tail}")


def table(model, sides, top=12):
    """Markdown: untraced CPU per step of each side and the kernel time per op type, largest first."""
    java, keras = sides.get("java"), sides.get("keras")
    lines = [f"### {model}", ""]
    for s in (java, keras):
        if s:
            lines.append(f"- {s['side']}: {s['cpu_ms_per_step']:.1f} ms CPU, {s['wall_ms_per_step']:.1f} ms wall "
                         f"per untraced step ({s['steps']} steps)")
    if java and keras and keras["cpu_ms_per_step"] > 0:
        lines.append(f"- Java/Keras CPU per step: {java['cpu_ms_per_step'] / keras['cpu_ms_per_step']:.2f}x")
    lines += ["", "| op type (traced) | java ms/step | java share | keras ms/step | keras share |", "|---|---:|---:|---:|---:|"]
    totals = {k: sum(s["op_ms_per_step"].values()) or 1.0 for k, s in sides.items()}
    ranked = collections.Counter()
    for k, s in sides.items():
        for op, ms in s["op_ms_per_step"].items():
            ranked[op] = max(ranked[op], ms / totals[k])
    for op, _ in ranked.most_common(top):
        cells = []
        for k in ("java", "keras"):
            ms = sides[k]["op_ms_per_step"].get(op) if k in sides else None
            cells += ["" if ms is None else f"{ms:.2f}", "" if ms is None else f"{100 * ms / totals[k]:.1f}%"]
        lines.append(f"| {op} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv):
    if argv[:1] == ["--keras-side"]:
        return keras_side(argv[1], argv[2], len(argv) > 3 and argv[3] == "smoke")
    import run  # the runner's Java command line, host record and data export
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--models", default="mnist_cnn", help="comma-separated, of " + ",".join(run.MODELS))
    a.add_argument("--smoke", action="store_true", help="512 rows: checks the tool, measures nothing")
    a.add_argument("--isa", default="", help="ONEDNN_MAX_CPU_ISA for both sides, e.g. AVX2")
    a.add_argument("--out", default=str(HERE / "out" / "profile"))
    a.add_argument("--java-only", action="store_true")
    a.add_argument("--timeout", type=int, default=1800)
    args = a.parse_args(argv)
    models = [m for m in args.models.split(",") if m]
    unknown = [m for m in models if m not in run.MODELS]
    if unknown:
        a.error(f"unknown model(s) {', '.join(unknown)}: use {', '.join(run.MODELS)}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = out.parent / ("data-quick" if args.smoke else "data-full")
    if any(m in ("imdb_rnn", "reuters_lstm") for m in models):
        run.export(data_dir, args.smoke, args.timeout)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    if args.isa:
        env["ONEDNN_MAX_CPU_ISA"] = args.isa
    keras = not args.java_only and run.KERAS_PY.is_file()
    host = run.host()
    results = {}
    for model in models:
        tail = [model, str(data_dir)] + (["smoke"] if args.smoke else [])
        sides = {"java": child(run.java_command(["profile"] + tail), env, f"java {model}", args.timeout)}
        if keras:
            sides["keras"] = child([str(run.KERAS_PY), str(HERE / "profile.py"), "--keras-side"] + tail, env,
                                   f"keras {model}", args.timeout)
        results[model] = sides
    header = (f"Profiled {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on {run.describe_host(host)}; "
              f"ONEDNN_MAX_CPU_ISA={args.isa or '(unset: the CPU best)'}" + ("; smoke" if args.smoke else ""))
    text = "\n".join([header, ""] + [table(m, s) for m, s in results.items()])
    (out / "profile.md").write_text(text)
    (out / "profile.json").write_text(json.dumps({"header": header, "host": host, "isa": args.isa,
                                                  "profiles": results}, indent=1))
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
