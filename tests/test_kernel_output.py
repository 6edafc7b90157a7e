"""In a real kernel a printed line reaches the notebook as one stream message (LineOutput).

JJava flushes System.out after every print fragment; the course's kernel extension buffers a cell's
output per line by reaching into JJava's output stream. A JJava upgrade that moves those fields
would silently bring the fragments back: this test sees it.
"""
import pytest
from jupyter_client.manager import start_new_kernel


@pytest.fixture(scope="module")
def kc():
    km, client = start_new_kernel(kernel_name="java-course", startup_timeout=120)
    try:
        yield client
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)


def streams(kc, code):
    msg_id = kc.execute(code)
    texts = []
    while True:
        msg = kc.get_iopub_msg(timeout=120)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "stream":
            texts.append((msg["content"]["name"], msg["content"]["text"]))
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return texts


def test_a_printf_line_is_one_stream_message(kc):
    assert streams(kc, 'printf("Test accuracy: %.4f%n", 0.98021);') == [("stdout", "Test accuracy: 0.9802\n")]


def test_an_unfinished_line_is_sent_when_the_cell_ends(kc):
    assert streams(kc, 'System.out.print("a"); System.out.print("b");') == [("stdout", "ab")]


def test_stderr_is_line_buffered_too(kc):
    assert streams(kc, 'System.err.print("warn: "); System.err.println("x");') == [("stderr", "warn: x\n")]
