"""One `nnb --kernel` process and its line protocol (docs/kernel-protocol.md)."""

import json
import os
import shutil
import signal
import subprocess


class NnbError(RuntimeError):
    """nnb could not be started, or it left."""


def find_binary():
    """The nnb program: $NNB_BINARY, else `nnb` on PATH."""
    binary = os.environ.get("NNB_BINARY") or shutil.which("nnb")
    if not binary or not os.access(binary, os.X_OK):
        raise NnbError("nnb not found: put it on PATH or set NNB_BINARY to its path")
    return binary


class NnbSession:
    """A running `nnb --kernel`: one request line in, one JSON reply line out."""

    def __init__(self, binary=None, cwd=None):
        self.binary = binary or find_binary()
        # nnb gets its own process group, so a Ctrl-C meant for the kernel reaches nnb only when
        # the kernel forwards it (see interrupt).
        self.process = subprocess.Popen(
            [self.binary, "--kernel"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, cwd=cwd, text=True, encoding="utf-8", bufsize=1,
            start_new_session=True)
        self.greeting = self._read()

    def _read(self):
        line = self.process.stdout.readline()
        if not line:
            raise NnbError("nnb left (exit status %s)" % self.process.poll())
        return json.loads(line)

    def request(self, line, on_interrupt=None):
        """Sends one command line and returns the reply. A KeyboardInterrupt while waiting is
        passed on to nnb as SIGINT (a running `train` stops after its mini-batch, keeping the
        weights), and the reply is still read; `on_interrupt` is called when that happens."""
        self.process.stdin.write(line.replace("\n", " ") + "\n")
        self.process.stdin.flush()
        while True:
            try:
                return self._read()
            except KeyboardInterrupt:
                self.interrupt()
                if on_interrupt:
                    on_interrupt()

    def complete(self, text):
        """Completions for the end of `text`: (matches, start offset)."""
        reply = self.request("%complete " + text.replace("\n", " "))
        return reply.get("matches", []), reply.get("start", len(text))

    def interrupt(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)

    @property
    def alive(self):
        return self.process.poll() is None

    def close(self):
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
