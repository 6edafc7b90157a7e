"""The stop button in a real kernel: an interrupted fit stops training, and the next fit works.

JupyterLab's stop button sends an interrupt request (the course kernel's interrupt_mode is
"message"); jupyter_client's KernelManager.interrupt_kernel sends the same.
"""
import time

import pytest
from jupyter_client.manager import start_new_kernel

SETUP = """
float[][] x = new float[4000][20];
int[] y = new int[x.length];
var random = new java.util.SplittableRandom(1);
for (int i = 0; i < x.length; i++) {
    for (int j = 0; j < 20; j++) x[i][j] = (float) random.nextGaussian();
    y[i] = x[i][0] > 0 ? 1 : 0;
}
Sequential model = Sequential.of(Layers.input(20), Layers.dense(32).activation("relu"),
    Layers.dense(2).activation("softmax"));
model.compile(Optimizers.sgd(0.01), Losses.categoricalCrossentropy(), Metrics.accuracy());
"""


def run(kc, code, timeout=120):
    """Executes code; returns (reply status, the text it printed or displayed)."""
    msg_id = kc.execute(code)
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    text = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        content = msg["content"]
        if msg["msg_type"] == "stream":
            text.append(content["text"])
        elif msg["msg_type"] in ("execute_result", "display_data", "update_display_data"):
            text.append(content["data"].get("text/plain", ""))
        elif msg["msg_type"] == "error":
            text.append(f"{content['ename']}: {content['evalue']}")
        elif msg["msg_type"] == "status" and content["execution_state"] == "idle":
            break
    return reply["content"]["status"], "".join(text)


@pytest.fixture
def kernel():
    km, kc = start_new_kernel(kernel_name="java-course", startup_timeout=120)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_interrupting_a_fit_stops_training_and_the_next_fit_runs(kernel):
    km, kc = kernel
    assert run(kc, SETUP)[0] == "ok"
    msg_id = kc.execute("model.fit(x, y, FitOptions.epochs(100000).batchSize(8));")
    progress_id = None
    while progress_id is None:  # the fit is under way once its progress line shows
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "display_data":
            progress_id = msg["content"].get("transient", {}).get("display_id")
    time.sleep(2)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=60)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=60)
    assert reply["content"]["status"] != "ok", "the interrupted cell must not report success"

    status, first = run(kc, "model.steps()")
    assert status == "ok"
    time.sleep(2)
    status, second = run(kc, "model.steps()")
    assert first == second, f"training went on after the interrupt: steps {first} then {second}"
    assert int(second.strip()) > 0
    status, text = run(kc, 'model.history().stopReason() + " after " + model.history().epochs() + " epochs"')
    assert text.strip().strip('"').startswith("interrupted after"), text

    status, text = run(kc, "var h = model.fit(x, y, FitOptions.epochs(2).batchSize(200).verbose(0));\n"
                           "System.out.println(h.stopReason() + \" \" + model.steps());")
    assert status == "ok", text
    assert text.startswith("null "), text
    assert int(text.split()[1]) == int(second.strip()) + 2 * 20
    assert "Epoch" not in text, "epoch lines of the interrupted fit leaked into a later cell"


def test_the_progress_line_of_an_interrupted_fit_says_so(kernel):
    km, kc = kernel
    assert run(kc, SETUP)[0] == "ok"
    msg_id = kc.execute("model.fit(x, y, FitOptions.epochs(100000).batchSize(8));")
    progress_id = None
    while progress_id is None:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "display_data":
            progress_id = msg["content"].get("transient", {}).get("display_id")
    km.interrupt_kernel()
    deadline = time.monotonic() + 60
    last = ""
    while "interrupted" not in last and time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=60)
        if msg["msg_type"] == "update_display_data" and msg["content"].get("transient", {}).get("display_id") == progress_id:
            last = msg["content"]["data"].get("text/plain", "")
    assert last.startswith("Training interrupted in epoch 1 after batch"), last
