#!/usr/bin/env bash
# The robustness block of .ci/run: each fuzz target for FUZZ_SECONDS seconds (default 60), then
# the test suite under AddressSanitizer in its own scratch path (.build-asan). ASAN_SKIP names the
# suites left out of the ASan run (default: the slowest pure-Swift picture and replay suites,
# which the ordinary run covers; ASAN_SKIP=none runs everything).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
for target in interpreter csv model notebook markdown; do
  log=$(mktemp)
  if ! scripts/fuzz.sh "$target" "$seconds" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz $target: FAILED; the input is in .build-fuzz/crashes/ (add it to fuzz/regressions/$target/)" >&2
    rm -f "$log"
    exit 1
  fi
  echo "fuzz $target: $(grep -E '^Done' "$log" || echo 'no summary')"
  rm -f "$log"
done
# Leak reports are off: libedit's settings and the program's few process-lifetime buffers are
# never freed by design, and a leak report at exit would turn the pseudo-terminal test's exit
# status to 1. Every other AddressSanitizer check (overflows, use after free, ...) stays on.
skip=${ASAN_SKIP:-NotebookReplayTests|PlotCommandTests|GIFEncoderTests}
skip_args=()
[ "$skip" != none ] && skip_args=(--skip "$skip")
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
  swift test --sanitize=address --scratch-path .build-asan "${skip_args[@]}"
