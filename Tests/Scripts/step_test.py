#!/usr/bin/env python3
"""End-to-end test of `nnb FILE.nnb --step` under a pseudo-terminal.

Usage: python3 Tests/Scripts/step_test.py path/to/nnb

Checks that a text cell's Markdown is rendered (bold and code styled, no `**` or backticks on
screen, the table's columns aligned), that a command typed at the pause runs in the session,
that `b` goes back to the previous cell with the state it had there, that a failing cell shows
its error and returns to the prompt, and that `q` ends with status 0 (1 after a failure).
Prints `N passed, M failed` and exits non-zero on failure (77, with a message, when pexpect is missing).
"""
import os
import re
import sys
import tempfile

try:
    import pexpect
except ImportError:
    print("SKIP: python3 pexpect is missing (apt-get install python3-pexpect)")
    sys.exit(77)

TIMEOUT = 30
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
results = []

NOTEBOOK = """%% md
# Stepping through
Some **bold words** and `code` here.

| net   | val_acc |
|-------|--------:|
| 2-4-1 |    0.85 |
| 2-16-1 |   0.97 |
%% Data
seed 1
dataset moons 40
%% Network
net 2 4 1
%% Last
echo finished
"""

FAILING = """%% Broken
echo before
expect epochs > 5
echo never
%% After
echo after
"""


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else "  " + repr(detail)[:600]))


def start(binary, folder, name):
    env = dict(os.environ, TERM="xterm", HOME=folder, NNB_HISTORY=os.path.join(folder, "history"))
    env.pop("NO_COLOR", None)
    return pexpect.spawn(binary, [name, "--step"], env=env, cwd=folder, encoding="utf-8",
                         timeout=TIMEOUT, dimensions=(40, 120))


def prompt(child, number, total):
    """Waits for the prompt of cell `number`; returns the screen text before it, or None."""
    try:
        child.expect_exact("step %d/%d> " % (number, total))
        return child.before
    except (pexpect.TIMEOUT, pexpect.EOF):
        return None


def run_checks(binary):
    folder = tempfile.mkdtemp(prefix="nnb-step-")
    with open(os.path.join(folder, "lesson.nnb"), "w") as handle:
        handle.write(NOTEBOOK)
    with open(os.path.join(folder, "broken.nnb"), "w") as handle:
        handle.write(FAILING)

    child = start(binary, folder, "lesson.nnb")
    shown = prompt(child, 1, 4) or ""
    plain = ESCAPE.sub("", shown)
    check("the text cell is rendered: bold is styled, no ** on screen",
          "\x1b[1mbold" in shown and "**" not in shown and "bold words" in plain, shown)
    check("code spans lose their backticks", "`" not in shown and "code" in plain, shown)
    check("the table's columns are aligned",
          re.search(r"net\s+│ val_acc\r\n", plain) and re.search(r"2-4-1\s+│\s+0\.85\r\n", plain)
          and plain.index("0.85") - plain.rindex("\n", 0, plain.index("0.85"))
          == plain.index("0.97") - plain.rindex("\n", 0, plain.index("0.97")), plain)

    child.send("\r")
    shown = prompt(child, 2, 4) or ""
    check("Enter goes on to the next cell, which shows its commands", "dataset moons 40" in shown, shown)
    child.send("\r")
    shown = prompt(child, 3, 4) or ""
    check("Enter runs the cell", "moons: 40 points" in shown, shown)

    child.send("set lr 0.05\r")
    shown = prompt(child, 3, 4) or ""
    check("a command typed at the pause runs at once", "lr 0.05" in shown, shown)
    child.send("\r")
    shown = prompt(child, 4, 4) or ""
    check("the cell runs on top of what the command changed", "network 2-4-1" in shown, shown)
    child.send("show lr\r")
    shown = prompt(child, 4, 4) or ""
    check("the typed setting is still in force", re.search(r"lr\s+0\.05", shown), shown)

    child.send("b\r")
    shown = prompt(child, 3, 4) or ""
    check("b shows the previous cell again", "net 2 4 1" in shown, shown)
    child.send("summary\r")
    shown = prompt(child, 3, 4) or ""
    check("after b the state is the one before that cell: no network yet", "no network yet" in shown, shown)
    child.send("show lr\r")
    shown = prompt(child, 3, 4) or ""
    check("after b the typed command is undone too", re.search(r"lr\s+0\.1\b", shown), shown)
    child.send("dataset\r")
    shown = prompt(child, 3, 4) or ""
    check("the data of the cells before is there", "moons" in shown, shown)

    child.send("l\r")
    shown = prompt(child, 3, 4) or ""
    check("l lists the cells", "1  text: Stepping through" in shown and ">   3  cell: Network" in shown, shown)
    child.send("q\r")
    child.expect(pexpect.EOF)
    child.close()
    check("q ends with status 0", child.exitstatus == 0, child.exitstatus)

    child = start(binary, folder, "broken.nnb")
    prompt(child, 1, 2)
    child.send("\r")
    shown = prompt(child, 2, 2) or ""
    check("a failing cell shows its error and returns to the prompt",
          "broken.nnb:3: error: expect failed" in shown and "never" not in shown.replace("echo never", ""), shown)
    child.send("\r")
    shown = prompt(child, 2, 2)
    try:
        child.expect(pexpect.EOF)
    except pexpect.TIMEOUT:
        pass
    child.close()
    check("the last cell runs and the exit status is 1 after a failure", child.exitstatus == 1, child.exitstatus)


def main():
    if len(sys.argv) != 2:
        print("usage: step_test.py path/to/nnb")
        return 2
    run_checks(os.path.abspath(sys.argv[1]))
    failed = sum(1 for _, ok in results if not ok)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
