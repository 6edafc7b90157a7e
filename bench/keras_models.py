"""The Keras side of the benchmark: the same five models as
lib-course/src/test/java/org/dlcourse/nn/KerasComparisonBenchmark.java, on the same files.

    python keras_models.py <model> <epochs> <data_dir> [smoke]

prints one line ``RESULT {json}`` (seconds of each epoch, final test metric, peak RSS).
MNIST and Boston are read from datasets/ (the IDX .gz files and the CSV); IMDB and Reuters from the
int32 .npy files that the Java side exported into <data_dir>, so both sides train on the same ids.
Keep the constants and models in step with the Java class.
"""
import csv
import gzip
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

IMDB_LEN, REUTERS_LEN, WORDS, SMOKE_ROWS = 150, 200, 10_000, 512
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
ROOT = Path(__file__).resolve().parent.parent
DATASETS = Path(os.environ.get("COURSE_DATASETS", ROOT / "datasets"))
MODELS = ("mnist_dnn", "mnist_cnn", "imdb_rnn", "reuters_lstm", "boston_mlp")


def _idx(path):
    """An IDX file (MNIST) as a numpy array."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def mnist(smoke):
    d = DATASETS / "mnist"
    x = _idx(d / "train-images-idx3-ubyte.gz").astype("float32") / 255.0
    y = _idx(d / "train-labels-idx1-ubyte.gz").astype("int32")
    xt = _idx(d / "t10k-images-idx3-ubyte.gz").astype("float32") / 255.0
    yt = _idx(d / "t10k-labels-idx1-ubyte.gz").astype("int32")
    if smoke:
        x, y, xt, yt = x[:SMOKE_ROWS], y[:SMOKE_ROWS], xt[:SMOKE_ROWS], yt[:SMOKE_ROWS]
    return x, y, xt, yt


def tokens(data_dir, name, smoke):
    arrays = [np.load(Path(data_dir) / f"{name}_{part}.npy") for part in ("x_train", "y_train", "x_test", "y_test")]
    if smoke:
        arrays = [a[:SMOKE_ROWS] for a in arrays]
    return arrays


def boston():
    """Keras's own split: RandomState(113) shuffles the 506 rows, 404 train, 102 test; 13 features
    standardised with the training mean and (population) standard deviation."""
    with open(DATASETS / "boston_housing" / "BostonHousing.csv", newline="") as f:
        rows = list(csv.reader(f))[1:]
    table = np.array([[float(v) for v in row] for row in rows], dtype="float64")
    x, y = table[:, :13], table[:, 13]
    order = np.arange(len(x))
    np.random.RandomState(113).shuffle(order)
    x, y = x[order], y[order]
    n = int(len(x) * (1 - 0.2))
    mean, std = x[:n].mean(axis=0), x[:n].std(axis=0)
    x = ((x - mean) / std).astype("float32")
    return x[:n], y[:n].astype("float32"), x[n:], y[n:].astype("float32")


def build(model, keras):
    L = keras.layers
    if model == "mnist_dnn":
        m = keras.Sequential([keras.Input((784,)), L.Dense(512, activation="relu"), L.Dense(10, activation="softmax")])
        m.compile(optimizer=keras.optimizers.RMSprop(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return m, 128
    if model == "mnist_cnn":
        m = keras.Sequential([keras.Input((28, 28, 1)), L.Conv2D(32, 3, activation="relu"), L.MaxPooling2D(2),
                              L.Conv2D(64, 3, activation="relu"), L.MaxPooling2D(2), L.Flatten(),
                              L.Dense(256, activation="relu"), L.Dense(10, activation="softmax")])
        m.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return m, 100
    if model == "imdb_rnn":
        m = keras.Sequential([keras.Input((IMDB_LEN,), dtype="int32"), L.Embedding(WORDS, 32), L.SimpleRNN(32),
                              L.Dense(1, activation="sigmoid")])
        m.compile(optimizer=keras.optimizers.RMSprop(1e-3), loss="binary_crossentropy", metrics=["accuracy"])
        return m, 128
    if model == "reuters_lstm":
        m = keras.Sequential([keras.Input((REUTERS_LEN,), dtype="int32"), L.Embedding(WORDS, 64), L.LSTM(64),
                              L.Dense(46, activation="softmax")])
        m.compile(optimizer=keras.optimizers.RMSprop(1e-3), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        return m, 128
    if model == "boston_mlp":
        m = keras.Sequential([keras.Input((13,)), L.Dense(64, activation="relu"), L.Dense(64, activation="relu"),
                              L.Dense(1)])
        m.compile(optimizer=keras.optimizers.RMSprop(1e-3), loss="mse", metrics=["mae"])
        return m, 16
    raise SystemExit(f"Unknown model '{model}': use one of {', '.join(MODELS)}")


def same_start(m, model, epochs, rows):
    """With BENCH_SAME_START=<dir>: the initial weights and per-epoch row orders that the Java side wrote
    into <dir>/<model>-seed<seed>/ (KerasComparisonBenchmark.sameStart); None without it."""
    root = os.environ.get("BENCH_SAME_START", "").strip()
    if not root:
        return None
    d = Path(root) / f"{model}-seed{int(os.environ.get('BENCH_SEED', '42'))}"
    if not (d / "order.npy").is_file():
        raise SystemExit(f"{d / 'order.npy'} missing: in a same-start run the Java side runs first and writes it")
    weights = [np.load(d / f"w{i}.npy") for i in range(len(m.get_weights()))]
    m.set_weights(weights)  # raises on a shape that does not match
    orders = np.atleast_2d(np.load(d / "order.npy"))
    if len(orders) < epochs or orders.shape[1] != rows:
        raise SystemExit(f"{d / 'order.npy'} holds {orders.shape} orders, this run needs {epochs} of {rows} rows")
    return orders


def peak_rss_mib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


class EpochTimer:
    """Wall seconds of each epoch, as the Java side measures them (one fit call per epoch there)."""

    def __init__(self, keras):
        timer = self

        class _Cb(keras.callbacks.Callback):
            def on_epoch_begin(self, epoch, logs=None):
                timer.start = time.perf_counter()

            def on_epoch_end(self, epoch, logs=None):
                timer.seconds.append(time.perf_counter() - timer.start)
                timer.losses.append(float((logs or {}).get("loss", float("nan"))))

        self.seconds, self.losses, self.start, self.callback = [], [], 0.0, _Cb()


def start_tensorflow():
    """TensorFlow with the benchmark's thread pools, Keras seeded from BENCH_SEED."""
    import tensorflow as tf
    tf.config.threading.set_intra_op_parallelism_threads(THREADS)
    tf.config.threading.set_inter_op_parallelism_threads(THREADS)
    import keras
    keras.utils.set_random_seed(int(os.environ.get("BENCH_SEED", "42")))
    return tf, keras


def load(model, data_dir, smoke):
    """x, y, x_test, y_test for a model, shaped as its input wants them."""
    if model.startswith("mnist"):
        x, y, xt, yt = mnist(smoke)
        if model == "mnist_dnn":
            x, xt = x.reshape(-1, 784), xt.reshape(-1, 784)
        else:
            x, xt = x[..., None], xt[..., None]
    elif model == "boston_mlp":
        x, y, xt, yt = boston()
    else:
        x, y, xt, yt = tokens(data_dir, "imdb" if model == "imdb_rnn" else "reuters", smoke)
        if model == "imdb_rnn":
            y, yt = y.astype("float32"), yt.astype("float32")
    return x, y, xt, yt


def main(argv):
    if len(argv) < 3 or argv[0] not in MODELS:
        raise SystemExit(f"Usage: keras_models.py <{'|'.join(MODELS)}> <epochs> <data_dir> [smoke]; got {argv}")
    model, epochs, data_dir, smoke = argv[0], int(argv[1]), argv[2], len(argv) > 3 and argv[3] == "smoke"
    t0 = time.perf_counter()
    tf, keras = start_tensorflow()
    x, y, xt, yt = load(model, data_dir, smoke)
    m, batch = build(model, keras)
    orders = same_start(m, model, epochs, len(x))
    load_seconds = time.perf_counter() - t0
    timer = EpochTimer(keras)
    c0 = time.process_time()
    if orders is None:
        m.fit(x, y, batch_size=batch, epochs=epochs, verbose=0, callbacks=[timer.callback])
    else:
        for order in orders[:epochs]:
            m.fit(x[order], y[order], batch_size=batch, epochs=1, shuffle=False, verbose=0, callbacks=[timer.callback])
    cpu = (time.process_time() - c0) / epochs
    scores = m.evaluate(xt, yt, batch_size=256, verbose=0, return_dict=True)
    metric = "mae" if model == "boston_mlp" else "accuracy"
    print("RESULT " + json.dumps({
        "model": model, "side": "keras", "epochs": epochs, "train_rows": int(len(x)),
        "epoch_seconds": timer.seconds, "epoch_losses": timer.losses, "cpu_seconds_per_epoch": cpu, "load_seconds": load_seconds,
        "metric": metric, "value": float(scores[metric]), "peak_rss_mib": peak_rss_mib(),
        "versions": {"tensorflow": tf.__version__, "keras": keras.__version__}}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
