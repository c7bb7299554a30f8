#!/usr/bin/env python3
"""End-to-end test of the interactive nnb shell under a pseudo-terminal.

Usage: python3 Tests/Scripts/interactive_test.py path/to/nnb

Checks tab completion (a command, a dataset name, a file path), history recall with the up
arrow and its persistence across runs, Ctrl-C at the prompt (clears the line) and during a
long `train` (back to the prompt, weights and history kept), the caret under a wrong word,
and Ctrl-D leaving with status 0. Prints `N passed, M failed` and exits non-zero on failure.
"""
import os
import sys
import tempfile

import pexpect

PROMPT = "nnb> "
TIMEOUT = 20
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else "  " + detail))


def start(binary, history, folder):
    env = dict(os.environ, NNB_HISTORY=history, TERM="xterm", HOME=folder)
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(binary, env=env, cwd=folder, encoding="utf-8", timeout=TIMEOUT,
                          dimensions=(40, 200))
    child.expect_exact(PROMPT)
    return child


def expect(child, pattern):
    """Waits for `pattern` (a regular expression); True when it arrives."""
    try:
        child.expect(pattern)
        return True
    except (pexpect.TIMEOUT, pexpect.EOF):
        return False


def run_checks(binary):
    folder = tempfile.mkdtemp(prefix="nnb-interactive-")
    history = os.path.join(folder, "history")
    with open(os.path.join(folder, "model-file.json"), "w") as handle:
        handle.write("{}")

    child = start(binary, history, folder)

    child.send("ech\t")
    child.send("completed-command\r")
    check("tab completes a command name", expect(child, r"\r\ncompleted-command\r\n"))
    child.expect_exact(PROMPT)

    child.send("dataset mo\t")
    child.send("200\r")
    check("tab completes a dataset name", expect(child, r"moons: 200 points, 2 features, 2 classes"))
    child.expect_exact(PROMPT)

    child.send("load model-f\t")
    child.send("\r")
    check("tab completes a file path", expect(child, r"model-file\.json: "))
    child.expect_exact(PROMPT)

    child.send("net 2 8 rellu\r")
    check("an error points at the word with a caret", expect(child, r"\n {13}(\x1b\[32m)?\^~~~~") and
          expect(child, r"unknown activation 'rellu' \(did you mean relu\?\)"))
    child.expect_exact(PROMPT)

    child.send("echo history-marker\r")
    child.expect_exact("history-marker")
    child.expect_exact(PROMPT)
    child.send("\x1b[A\r")
    check("the up arrow recalls the last line", expect(child, r"echo history-marker\r\nhistory-marker"))
    child.expect_exact(PROMPT)

    child.send("echo garbage-text")
    child.send("\x03")
    child.send("echo clean-line\r")
    ok = expect(child, r"\r\nclean-line\r\n")
    check("Ctrl-C at the prompt clears the line", ok and "garbage-textecho" not in child.before)
    child.expect_exact(PROMPT)

    child.send("net 2 64 64 1; train 1000000\r")
    started = expect(child, r"epoch \d+ \(\d+/1000000\)")
    child.send("\x03")
    stopped = expect(child, r"interrupted after \d+ epochs, \d+ in all: weights and history kept")
    check("Ctrl-C stops a long train", started and stopped)
    back = expect(child, PROMPT)
    child.send("expect epochs >= 1; eval\r")
    check("after Ctrl-C the prompt is back, history and weights kept",
          back and expect(child, r"ok: epochs \d+ >= 1") and expect(child, r"confusion matrix"))
    child.expect_exact(PROMPT)

    child.send("echo persisted-marker\r")
    child.expect_exact("persisted-marker")
    child.expect_exact(PROMPT)
    child.send("\x04")
    child.expect(pexpect.EOF)
    child.close()
    check("Ctrl-D leaves with status 0", child.exitstatus == 0, "status %s" % child.exitstatus)

    saved = open(history).read() if os.path.exists(history) else ""
    check("history is written to $NNB_HISTORY", "echo persisted-marker" in saved.replace("\\040", " "), saved[-200:])

    child = start(binary, history, folder)
    child.send("\x1b[A\r")
    check("history persists across runs", expect(child, r"echo persisted-marker\r\npersisted-marker\r\n"))
    child.expect_exact(PROMPT)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    check("quit leaves with status 0", child.exitstatus == 0, "status %s" % child.exitstatus)


def main():
    if len(sys.argv) != 2:
        print("usage: python3 Tests/Scripts/interactive_test.py path/to/nnb", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    try:
        run_checks(binary)
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        check("session ran to the end", False, type(error).__name__)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
