"""An OutOfMemoryError in a course call, in a real kernel: the cell's error names the kernel's heap and
how to raise it (make lab JVM_HEAP=..., JJAVA_JVM_OPTS), and the kernel survives to run the next cell.

The course kernel is started from a copy of its kernelspec with a small heap (-Xmx192m), in which loading
the full MNIST training set (60,000 x 784 floats, 188 MB) cannot fit.
"""
import json
import queue
import shutil

import pytest

from conftest import ROOT

KERNELS = ROOT / ".venv" / "share" / "jupyter" / "kernels"
SPEC = KERNELS / "java-course"


def run_cell(client, code, timeout=180):
    """Executes code; returns (stdout text, error or None)."""
    msg_id = client.execute(code)
    out, error = [], None
    while True:
        try:
            msg = client.get_iopub_msg(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no answer from the kernel within {timeout} s to: {code}")
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            out.append(content["text"])
        elif kind in ("execute_result", "display_data"):
            out.append(content["data"].get("text/plain", ""))
        elif kind == "error":
            error = content
        elif kind == "status" and content["execution_state"] == "idle":
            return "".join(out), error


@pytest.mark.skipif(not (SPEC / "kernel.json").is_file(), reason="the course kernel is not installed (make setup)")
def test_out_of_memory_in_a_loader_names_the_heap_and_the_kernel_survives(tmp_path):
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    small = tmp_path / "java-course-small-heap"
    shutil.copytree(SPEC, small)
    spec = json.loads((small / "kernel.json").read_text())
    opts = spec["env"]["JJAVA_JVM_OPTS"].split()
    spec["env"]["JJAVA_JVM_OPTS"] = " ".join(["-Xmx192m"] + [o for o in opts if not o.startswith("-Xmx")])
    (small / "kernel.json").write_text(json.dumps(spec))
    km = KernelManager(kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp_path)]),
                       kernel_name=small.name)
    km.start_kernel(cwd=str(ROOT / "notebooks"))
    client = km.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        out, error = run_cell(client, "var train = Mnist.train(true);")
        assert error is not None, "loading 188 MB into a 192 MB heap should fail; output: " + out
        text = error["evalue"] + "\n" + "\n".join(error["traceback"])
        assert "Out of memory while loading MNIST training images: the kernel's Java heap is 192 MiB" in text, text
        assert "make lab JVM_HEAP=" in text and "JJAVA_JVM_OPTS" in text, text
        # the kernel lives on, and its heap is usable again
        out, error = run_cell(client, 'System.out.println("still here " + (6 * 7));')
        assert error is None and "still here 42" in out, (out, error)
        # 10,000 test images (31 MB) load in the same heap right after: the failed load's memory was freed
        out, error = run_cell(client, "System.out.println(Mnist.test(false).size());")
        assert error is None and out.strip() == "1000", (out, error)
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)
