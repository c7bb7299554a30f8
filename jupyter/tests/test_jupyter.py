"""nnb and Jupyter: the report's index.ipynb is valid nbformat with every plot as image/png, the
nnb kernel runs a cell through jupyter_client (text, a picture, completion, interrupt), and an
exported index.ipynb executed on the kernel with nbclient prints what nnb's own replay printed.

Run by scripts/ci-jupyter.sh with NNB_BINARY set; each test skips with a message where nnb or
a Python package is missing."""

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

try:
    import nbformat
except ImportError:
    nbformat = None
try:
    import jupyter_client
    from jupyter_client.manager import start_new_kernel
except ImportError:
    jupyter_client = None
try:
    import nbclient
except ImportError:
    nbclient = None

PNG = b"\x89PNG\r\n\x1a\n"
HERE = os.path.dirname(os.path.abspath(__file__))

LESSON = """%% md
# Moons in a notebook
A **small** network, a table and three pictures.

| net | parameters |
|-----|-----------:|
| 2-8-1 | 33 |
%% Data
seed 3
dataset moons 200
plot data
%%
# commented out
%% Train
net 2 8 1
train 40 lr 0.1 every 10
plot boundary
plot loss
expect epochs >= 40
%% Check
eval
history 2
"""


def binary():
    path = os.environ.get("NNB_BINARY") or shutil.which("nnb")
    return path if path and os.access(path, os.X_OK) else None


def report(folder, text=LESSON, name="lesson.nnb"):
    """Writes `text` as a notebook in `folder`, replays it with --report and returns index.ipynb's path."""
    with open(os.path.join(folder, name), "w") as handle:
        handle.write(text)
    result = subprocess.run([binary(), name, "-q", "--report", "out"], cwd=folder,
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise AssertionError("nnb --report failed: %s" % result.stderr)
    return os.path.join(folder, "out", "index.ipynb")


def stdout_by_cell(notebook):
    """Each code cell's stdout stream text, joined."""
    return ["".join(output["text"] for output in cell.get("outputs", [])
                    if output["output_type"] == "stream" and output["name"] == "stdout")
            for cell in notebook["cells"] if cell["cell_type"] == "code"]


def pictures(notebook):
    return [output["data"]["image/png"] for cell in notebook["cells"] if cell["cell_type"] == "code"
            for output in cell["outputs"] if output["output_type"] == "display_data"]


class KernelHome:
    """The nnb kernelspec installed into a private Jupyter data folder."""

    def __enter__(self):
        self.folder = tempfile.mkdtemp(prefix="nnb-jupyter-")
        self.saved = {key: os.environ.get(key) for key in ("JUPYTER_PATH", "PYTHONPATH")}
        subprocess.run([sys.executable, "-m", "nnb_kernel", "install", "--prefix", self.folder],
                       check=True, capture_output=True, env=self.environment())
        os.environ["JUPYTER_PATH"] = os.path.join(self.folder, "share", "jupyter")
        os.environ["PYTHONPATH"] = self.environment()["PYTHONPATH"]
        return self

    @staticmethod
    def environment():
        env = dict(os.environ)
        package = os.path.dirname(HERE)
        env["PYTHONPATH"] = package + os.pathsep + env.get("PYTHONPATH", "") if env.get("PYTHONPATH") else package
        return env

    def __exit__(self, *_):
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(self.folder, ignore_errors=True)


@unittest.skipIf(binary() is None, "nnb not found: set NNB_BINARY or put nnb on PATH")
class ReportNotebookTests(unittest.TestCase):
    @unittest.skipIf(nbformat is None, "nbformat is missing (pip install nbformat)")
    def test_index_ipynb_is_valid_and_holds_every_plot_as_png(self):
        folder = tempfile.mkdtemp(prefix="nnb-ipynb-")
        path = report(folder)
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        self.assertEqual(notebook.metadata.kernelspec.name, "nnb")
        self.assertEqual(notebook.metadata.language_info.name, "nnb")
        self.assertEqual([cell.cell_type for cell in notebook.cells], ["markdown", "code", "code", "code"],
                         "the commented-out cell is left out")
        plots = sorted(name for name in os.listdir(os.path.join(folder, "out")) if name.startswith("plot-"))
        images = pictures(notebook)
        self.assertEqual(len(images), 3)
        self.assertEqual(len(images), len(plots))
        for index, image in enumerate(images):
            with open(os.path.join(folder, "out", "plot-%d.png" % (index + 1)), "rb") as handle:
                self.assertEqual(base64.b64decode(image), handle.read())
            self.assertTrue(base64.b64decode(image).startswith(PNG))
        self.assertEqual(notebook.cells[2].source, "net 2 8 1\ntrain 40 lr 0.1 every 10\nplot boundary\nplot loss\nexpect epochs >= 40")
        self.assertEqual(notebook.cells[2].metadata.nnb.title, "Train")
        self.assertIn("trained 40 epochs", stdout_by_cell(notebook)[1])
        self.assertIn("| net | parameters |", notebook.cells[0].source)


@unittest.skipIf(binary() is None, "nnb not found: set NNB_BINARY or put nnb on PATH")
@unittest.skipIf(jupyter_client is None, "jupyter_client is missing (pip install jupyter_client ipykernel)")
class KernelTests(unittest.TestCase):
    def setUp(self):
        self.home = KernelHome().__enter__()
        self.folder = tempfile.mkdtemp(prefix="nnb-kernel-")
        self.manager, self.client = start_new_kernel(kernel_name="nnb", cwd=self.folder)

    def tearDown(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)
        self.home.__exit__()

    def execute(self, code, on_output=None):
        """Runs `code`; returns the reply content and the iopub messages of its run."""
        messages = []

        def hear(message):
            messages.append(message)
            if on_output:
                on_output(message)
        reply = self.client.execute_interactive(code, timeout=300, output_hook=hear)
        return reply["content"], messages

    def test_a_cell_gives_text_and_a_picture(self):
        reply, messages = self.execute("dataset moons; net 2 8 1; train 50; plot boundary")
        self.assertEqual(reply["status"], "ok")
        text = "".join(m["content"]["text"] for m in messages if m["msg_type"] == "stream")
        self.assertIn("moons: 500 points", text)
        self.assertIn("trained 50 epochs", text)
        images = [m["content"]["data"]["image/png"] for m in messages if m["msg_type"] == "display_data"]
        self.assertEqual(len(images), 1)
        self.assertTrue(base64.b64decode(images[0]).startswith(PNG))

        reply, messages = self.execute("expect epochs >= 50\nnet 2 8 1 rellu\necho never")
        self.assertEqual(reply["status"], "error")
        self.assertIn("did you mean relu", reply["evalue"])
        self.assertFalse(any("never" in m["content"].get("text", "") for m in messages))

    def test_completion_comes_from_the_command_table(self):
        reply = self.complete("dataset moons\ntra", 17)
        self.assertEqual(reply["matches"], ["train"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (14, 17))
        reply = self.complete("plot bou", 8)
        self.assertEqual((reply["matches"], reply["cursor_start"]), (["boundary"], 5))

    def complete(self, code, cursor):
        request = self.client.complete(code, cursor)
        while True:
            message = self.client.get_shell_msg(timeout=30)
            if message["parent_header"].get("msg_id") == request:
                return message["content"]

    def test_interrupt_stops_train_and_keeps_the_weights(self):
        # Ctrl-C pressed before `train` has started is dropped by it (a stale key press), so the
        # test presses it every half second from when the network exists until the cell ends.
        done = threading.Event()

        def press_ctrl_c():
            while not done.wait(0.5):
                self.manager.interrupt_kernel()

        def start_pressing_once_the_network_exists(message):
            if message["msg_type"] == "stream" and "network 2-8-1" in message["content"]["text"]:
                threading.Thread(target=press_ctrl_c, daemon=True).start()
        try:
            reply, messages = self.execute("dataset moons\nnet 2 8 1\ntrain 1000000 every 1000000",
                                           on_output=start_pressing_once_the_network_exists)
        finally:
            done.set()
        text = "".join(m["content"].get("text", "") for m in messages if m["msg_type"] == "stream")
        self.assertIn("interrupted after", text)
        reply, messages = self.execute("expect epochs < 1000000\nhistory 1\necho kept")
        self.assertEqual(reply["status"], "ok")
        self.assertIn("kept", "".join(m["content"].get("text", "") for m in messages if m["msg_type"] == "stream"))


@unittest.skipIf(binary() is None, "nnb not found: set NNB_BINARY or put nnb on PATH")
@unittest.skipIf(nbformat is None or nbclient is None or jupyter_client is None,
                 "nbformat, nbclient or jupyter_client is missing (pip install nbformat nbclient ipykernel)")
class RoundTripTests(unittest.TestCase):
    def test_exported_notebook_runs_on_the_kernel_as_nnb_replays_it(self):
        folder = tempfile.mkdtemp(prefix="nnb-roundtrip-")
        path = report(folder)
        exported = nbformat.read(path, as_version=4)
        with KernelHome():
            executed = nbclient.NotebookClient(nbformat.read(path, as_version=4), kernel_name="nnb", timeout=300,
                                               resources={"metadata": {"path": folder}}).execute()
        nbformat.validate(executed)
        self.assertEqual(stdout_by_cell(executed), stdout_by_cell(exported))
        self.assertEqual(len(pictures(executed)), len(pictures(exported)))
        self.assertTrue(all(base64.b64decode(image).startswith(PNG) for image in pictures(executed)))


if __name__ == "__main__":
    unittest.main()
