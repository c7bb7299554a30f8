"""Times a live `train` at the shell under a pseudo-terminal and counts its distinct frames.

    python3 bench/live_pace.py .build/release/nnb [EPOCHS]

The output is read as it comes, as fast as a terminal emulator would. For each of: live off, live on with pace auto, live on with pace off, prints the wall time of
`train EPOCHS` on moons (2-16-16-1) and the number of distinct epochs the live frames showed.
"""
import os
import re
import sys
import tempfile
import time

import pexpect

PROMPT = "nnb> "
METRICS = re.compile(r"epoch (\d+)  loss")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(binary, epochs, setup):
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor", NNB_HISTORY=os.path.join(tempfile.mkdtemp(), "h"))
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(binary, env=env, encoding="utf-8", timeout=60, dimensions=(int(os.environ.get("ROWS", "40")), int(os.environ.get("COLS", "120"))))
    child.expect_exact(PROMPT)
    for line in ["dataset moons 1000 noise 0.2", "net 2 16 16 1 relu"] + setup:
        child.send(line + "\r")
        child.expect_exact(PROMPT)
    started = time.monotonic()
    child.send("train %d\r" % epochs)
    chunks = []
    tail = ""
    while "trained " not in tail:
        chunk = child.read_nonblocking(1 << 20, timeout=60)
        chunks.append(chunk)
        tail = (tail + chunk)[-200:]
    elapsed = time.monotonic() - started
    shown = ANSI.sub("", "".join(chunks))
    frames = len(set(int(m) for m in METRICS.findall(shown)))
    if PROMPT not in shown[shown.rfind("trained "):]:
        child.expect_exact(PROMPT)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    return elapsed, frames


def main():
    binary = os.path.abspath(sys.argv[1])
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    for name, setup in [("live off", []), ("live on, pace auto", ["set live on"]),
                        ("live on, pace off", ["set live on", "set pace off"])]:
        elapsed, frames = run(binary, epochs, setup)
        print("%-20s train %d: %.2f s, %d distinct frames" % (name, epochs, elapsed, frames))


if __name__ == "__main__":
    main()
