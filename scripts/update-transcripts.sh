#!/usr/bin/env bash
# Regenerates the golden transcripts: the replay output of every notebook in notebooks/, as
# `nnb NAME.nnb -q --keep-going` prints it (no colour, not a terminal), into
# Tests/Transcripts/NAME.out. NotebookReplayTests compares replays with these byte for byte under
# every kernel family the processor runs. Run it only when the output is meant to change, and
# review `git diff Tests/Transcripts` before committing.
#
# Usage: scripts/update-transcripts.sh [NNB_BINARY]   (default: builds and uses .build/debug/nnb)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-}"
if [ -z "$binary" ]; then
  (cd "$root" && swift build --product nnb >/dev/null)
  binary="$root/.build/debug/nnb"
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
mkdir -p "$root/Tests/Transcripts"
cd "$root/notebooks"
status=0
for notebook in *.nnb; do
  name="${notebook%.nnb}"
  errors="$(mktemp)"
  if NO_COLOR=1 "$binary" "$notebook" -q --keep-going <"/dev/null" >"$root/Tests/Transcripts/$name.out" 2>"$errors" \
      && [ ! -s "$errors" ]; then
    echo "wrote Tests/Transcripts/$name.out"
  else
    echo "$notebook failed or wrote to stderr:" >&2
    cat "$errors" >&2
    status=1
  fi
  rm -f "$errors"
done
exit "$status"
