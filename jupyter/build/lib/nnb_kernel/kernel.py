"""The nnb wrapper kernel: each cell's lines go to `nnb --kernel` one at a time; text comes back
as `stream`, plots as `display_data` with `image/png`, a failing command as `error`."""

from ipykernel.kernelbase import Kernel

from . import __version__
from .session import NnbError, NnbSession


class NnbKernel(Kernel):
    implementation = "nnb_kernel"
    implementation_version = __version__
    language = "nnb"
    language_version = "1"
    language_info = {
        "name": "nnb",
        "mimetype": "text/x-nnb",
        "file_extension": ".nnb",
        "pygments_lexer": "text",
        "codemirror_mode": "shell",
    }
    banner = "nnb: a neural-network notebook shell (type 'help' for the commands)"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.nnb = None

    def _session(self):
        if self.nnb is None or not self.nnb.alive:
            self.nnb = NnbSession()
            self.language_version = self.nnb.greeting.get("nnb", "1")
        return self.nnb

    def _stream(self, name, text):
        if text and not self.silent:
            self.send_response(self.iopub_socket, "stream", {"name": name, "text": text})

    def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False):
        self.silent = silent
        try:
            nnb = self._session()
        except NnbError as error:
            return self._error("NnbError", str(error), [str(error)])
        try:
            return self._run_lines(nnb, code, silent)
        except KeyboardInterrupt:
            return self._error("KeyboardInterrupt", "interrupted between commands: the rest of the cell did not run", [])

    def _run_lines(self, nnb, code, silent):
        """Sends the cell's lines one at a time, stopping at the first that fails."""
        for line in code.splitlines():
            line = line.rstrip("\r")
            if not line.strip() or line.lstrip().startswith("%%"):
                continue
            try:
                reply = nnb.request(line)
            except NnbError as error:
                self.nnb = None
                return self._error("NnbError", str(error), [str(error)])
            self._stream("stdout", reply.get("output", ""))
            self._stream("stderr", reply.get("stderr", ""))
            for picture in reply.get("pictures", []):
                if not silent:
                    self.send_response(self.iopub_socket, "display_data", {
                        "data": {"image/png": picture, "text/plain": "<picture: %s>" % line.strip()},
                        "metadata": {}})
            failure = reply.get("error")
            if failure:
                return self._error("nnb error", failure["message"], [line] + failure["text"].split("\n"))
            if reply.get("quit"):
                self._stream("stdout", "nnb left: the next cell starts a fresh session\n")
                self.nnb = None
                break
        return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}

    def _error(self, name, value, traceback):
        if not self.silent:
            self.send_response(self.iopub_socket, "error", {"ename": name, "evalue": value, "traceback": traceback})
        return {"status": "error", "execution_count": self.execution_count,
                "ename": name, "evalue": value, "traceback": traceback}

    def do_complete(self, code, cursor_pos):
        before = code[:cursor_pos]
        line_start = before.rfind("\n") + 1
        try:
            matches, start = self._session().complete(before[line_start:])
        except NnbError:
            matches, start = [], cursor_pos - line_start
        return {"status": "ok", "matches": matches, "cursor_start": line_start + start,
                "cursor_end": cursor_pos, "metadata": {}}

    def do_is_complete(self, code):
        return {"status": "complete"}

    def do_shutdown(self, restart):
        if self.nnb is not None:
            self.nnb.close()
            self.nnb = None
        return {"status": "ok", "restart": restart}
