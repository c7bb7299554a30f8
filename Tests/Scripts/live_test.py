#!/usr/bin/env python3
"""End-to-end test of live training (`set live on`) under an 80x24 pseudo-terminal.

Usage: python3 Tests/Scripts/live_test.py path/to/nnb

Checks the keys (Space pauses and the epoch stays put, `n` trains exactly one more epoch,
`q` stops keeping weights and history, Ctrl-C stops a paused run), that no line of a live frame
is wider than the terminal and the metrics line is shown, and that under TERM=dumb live
training prints plain metrics lines without a single escape byte, and that SIGTERM during live
training restores the terminal's modes before nnb dies of it. Prints `N passed, M failed`
and exits non-zero on failure; exits 0 with a message when pexpect is missing.
"""
import os
import re
import signal
import sys
import tempfile
import time

try:
    import pexpect
except ImportError:
    print("skipped: python3 pexpect is not installed (apt-get install python3-pexpect)")
    sys.exit(0)

PROMPT = "nnb> "
ROWS, COLUMNS = 24, 80
TIMEOUT = 10
METRICS = re.compile(r"epoch (\d+)  loss \d")
ESCAPE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else "  " + detail))


def start(binary, folder, term):
    env = dict(os.environ, NNB_HISTORY=os.path.join(folder, "history"), TERM=term, HOME=folder,
               COLUMNS=str(COLUMNS), LINES=str(ROWS))
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(binary, env=env, cwd=folder, encoding="utf-8", timeout=TIMEOUT,
                          dimensions=(ROWS, COLUMNS))
    child.expect_exact(PROMPT)
    return child


def command(child, line):
    """Runs `line` and returns its output up to the next prompt."""
    child.send(line + "\r")
    child.expect_exact(PROMPT)
    return child.before


class Screen:
    """Everything the child printed since it was made, read as it arrives."""

    def __init__(self, child):
        self.child = child
        self.text = ""

    def read(self, seconds):
        """Reads for `seconds` (or until nothing more comes after that); returns the new text."""
        new = ""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                new += self.child.read_nonblocking(65536, timeout=max(0.01, end - time.monotonic()))
            except pexpect.TIMEOUT:
                break
        self.text += new
        return new

    def wait_for(self, pattern, seconds=TIMEOUT, since=0):
        """Reads until `pattern` matches the plain text from offset `since`; the match or None."""
        end = time.monotonic() + seconds
        while True:
            found = pattern.search(plain(self.text[since:]))
            if found or time.monotonic() >= end:
                return found
            self.read(min(0.1, end - time.monotonic()))

    def epochs(self, since=0):
        return [int(n) for n in METRICS.findall(plain(self.text[since:]))]


def plain(text):
    return ESCAPE.sub("", text)


def screen_lines(text):
    """The pieces of `text` that start at the left margin: split at newlines and carriage
    returns, escapes removed."""
    return [piece for line in plain(text).split("\n") for piece in line.split("\r")]


def prepare(child):
    command(child, "dataset moons 400")
    command(child, "net 2 8 8 1")
    command(child, "set live on")


def check_keys(binary, folder):
    child = start(binary, folder, "xterm-256color")
    prepare(child)
    screen = Screen(child)
    child.send("train 200\r")
    started = screen.wait_for(METRICS)
    check("live training shows the metrics line", started, repr(plain(screen.text)[-300:]))

    child.send(" ")
    mark = len(screen.text)
    paused = screen.wait_for(re.compile(r"paused"), since=mark)
    check("Space shows 'paused'", paused, repr(plain(screen.text[mark:])[-300:]))
    held = None
    if paused:
        screen.read(0.3)
        held = screen.epochs()[-1] if screen.epochs() else None
        mark = len(screen.text)
        screen.read(1.2)
        later = screen.epochs(since=mark)
        check("while paused the epoch stays the same", held is not None and all(e == held for e in later),
              "paused at %s, then %s" % (held, later[:10]))

    for step in (1, 2):
        if held is None:
            check("n trains exactly one more epoch (%d)" % step, False, "not paused")
            continue
        mark = len(screen.text)
        child.send("n")
        moved = screen.wait_for(re.compile(r"epoch %d  loss" % (held + 1)), since=mark)
        screen.read(0.5)
        shown = screen.epochs(since=mark)
        check("n trains exactly one more epoch (%d)" % step,
              moved and shown and max(shown) == held + 1 and "paused" in plain(screen.text[mark:]),
              "from %s: %s" % (held, shown[:10]))
        held += 1

    mark = len(screen.text)
    child.send("q")
    stopped = screen.wait_for(re.compile(r"interrupted after \d+ epochs, \d+ in all: weights and history kept"),
                              since=mark)
    check("q stops, keeping weights and history", stopped, repr(plain(screen.text[mark:])[-300:]))
    back = screen.wait_for(re.compile(re.escape(PROMPT) + r"$"), since=mark)
    check("q returns to the prompt", back)
    table = command(child, "history 1")
    rows = re.findall(r"^\s*(\d+)\s+\d+\.\d{4}", plain(table), re.M)
    check("history keeps the epoch shown when stopped", rows and held is not None and int(rows[-1]) == held,
          "shown %s, history %s" % (held, rows))
    echoed = command(child, "echo typed-after-live")
    check("the terminal is back to line editing", "typed-after-live" in echoed, repr(echoed))

    screen = Screen(child)
    child.send("train 200\r")
    screen.wait_for(METRICS)
    child.send(" ")
    paused = screen.wait_for(re.compile(r"paused"), seconds=3)
    mark = len(screen.text)
    child.sendintr()
    stopped = screen.wait_for(re.compile(r"interrupted after .*weights and history kept"), since=mark)
    check("Ctrl-C stops a paused run", paused and stopped, repr(plain(screen.text[mark:])[-300:]))
    screen.wait_for(re.compile(re.escape(PROMPT) + r"$"), since=mark)

    screen = Screen(child)
    child.send("train 50\r")
    done = screen.wait_for(re.compile(r"trained 50 epochs"))
    screen.wait_for(re.compile(re.escape(PROMPT) + r"$"))
    frames = plain(screen.text)
    frames = frames[frames.find("train 50") + len("train 50"):]
    frames = frames[:frames.find("trained 50 epochs")] if "trained 50 epochs" in frames else frames
    wide = [line for line in screen_lines(frames) if len(line) > COLUMNS]
    check("train 50 at 80x24 ends", done, repr(plain(screen.text)[-300:]))
    check("no line of the live frames is wider than 80 columns", not wide, repr(wide[:3]))
    check("the frames show the metrics line", screen.epochs())
    check("the frames show the key legend", "space pause" in plain(screen.text))
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()


def check_dumb_terminal(binary, folder):
    child = start(binary, folder, "dumb")
    prepare(child)
    output = command(child, "train 30").split("\n", 1)[-1]
    check("TERM=dumb: no escape byte in live training's output", "\x1b" not in output, repr(output[:200]))
    lines = [line.strip("\r") for line in output.split("\n")]
    check("TERM=dumb: plain metrics lines", any(re.match(r"epoch \d+  loss \d", line) for line in lines),
          repr(output[-300:]))
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()


def check_fatal_signal(binary, folder):
    """SIGTERM during live training: nnb dies of the signal and the terminal modes are back
    (canonical input and echo), as `stty -a` run after it by the parent shell shows."""
    env = dict(os.environ, NNB_HISTORY=os.path.join(folder, "history"), TERM="xterm-256color", HOME=folder)
    env.pop("NO_COLOR", None)
    child = pexpect.spawn("/bin/sh", ["-c", '"$0"; echo "status $?"; stty -a', binary], env=env, cwd=folder,
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(ROWS, COLUMNS))
    child.expect_exact(PROMPT)
    prepare(child)
    screen = Screen(child)
    child.send("train 1000\r")
    screen.wait_for(METRICS)
    with open("/proc/%d/task/%d/children" % (child.pid, child.pid)) as handle:
        nnb = int(handle.read().split()[0])
    os.kill(nnb, signal.SIGTERM)
    child.expect(r"status (\d+)")
    status = int(child.match.group(1))
    child.expect(pexpect.EOF)
    modes = child.before
    check("SIGTERM during live training ends nnb by the signal", status == 128 + signal.SIGTERM, "status %d" % status)
    check("SIGTERM during live training restores the terminal modes",
          re.search(r"(?<![-\w])icanon", modes) and re.search(r"(?<![-\w])echo(?!\w)", modes), modes[-300:])


def check_resize(binary, folder):
    child = start(binary, folder, "xterm-256color")
    child.setwinsize(40, 120)
    prepare(child)
    screen = Screen(child)
    child.send("train 200\r")
    screen.wait_for(METRICS)
    screen.read(0.8)
    wide_before = max((len(line) for line in screen_lines(screen.text)), default=0)
    child.setwinsize(ROWS, COLUMNS)
    screen.read(0.6)
    mark = len(screen.text)
    done = screen.wait_for(re.compile(r"trained 200 epochs"), since=mark)
    after = plain(screen.text[mark:])
    after = after[:after.find("trained 200 epochs")] if done else after
    wide = [line for line in screen_lines(after) if len(line) > COLUMNS]
    check("a 120-column terminal gets a wider picture", wide_before > COLUMNS, "widest line %d" % wide_before)
    check("after the window shrinks to 80x24 no frame line is wider than 80", done and not wide, repr(wide[:2]))
    screen.wait_for(re.compile(re.escape(PROMPT) + r"$"), since=mark)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()


def check_forever_and_preview(binary, folder):
    child = start(binary, folder, "xterm-256color")
    command(child, "set live on")
    shown = command(child, "dataset moons 300 noise 0.3")
    check("with live on, dataset draws the data at once", len(screen_lines(shown)) > 12, repr(plain(shown)[-200:]))
    command(child, "net 2 8 1")
    screen = Screen(child)
    child.send("train forever\r")
    running = screen.wait_for(METRICS)
    screen.read(1.5)
    reached = screen.epochs()
    check("train forever keeps training", running and reached and max(reached) >= 5, "epochs %s" % reached[-5:])
    mark = len(screen.text)
    child.send("q")
    stopped = screen.wait_for(re.compile(r"interrupted after \d+ epochs"), since=mark)
    check("q stops train forever", stopped, repr(plain(screen.text[mark:])[-300:]))
    screen.wait_for(re.compile(re.escape(PROMPT) + r"$"), since=mark)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()


def main():
    if len(sys.argv) != 2:
        print("usage: python3 Tests/Scripts/live_test.py path/to/nnb", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    for run in (check_keys, check_dumb_terminal, check_fatal_signal, check_resize, check_forever_and_preview):
        try:
            run(binary, tempfile.mkdtemp(prefix="nnb-live-"))
        except (pexpect.TIMEOUT, pexpect.EOF) as error:
            check("%s ran to the end" % run.__name__, False, type(error).__name__)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
