#!/usr/bin/env bash
# Fuzz one nnb input reader with libFuzzer: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
# TARGET: interpreter, csv, model, notebook or markdown. The build goes to .build-fuzz (its own
# scratch path); the corpus grows in .build-fuzz/corpus/TARGET, seeded from fuzz/corpus/TARGET;
# a crashing input is written to .build-fuzz/crashes/ and the script exits non-zero.
# To add a crash as a regression test, copy the input into fuzz/regressions/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh interpreter|csv|model|notebook|markdown SECONDS [libFuzzer options]" >&2
  exit 2
fi
target=$1 seconds=$2
shift 2
case "$target" in
  interpreter|csv|model|notebook|markdown) ;;
  *) echo "fuzz.sh: unknown target '$target' (interpreter, csv, model, notebook, markdown)" >&2; exit 2 ;;
esac
scratch=.build-fuzz
# libFuzzer instruments every module; lld links it (gold stumbles over the instrumented debug info).
flags=(--product nnb-fuzz --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
       -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
swift build "${flags[@]}" >&2
binary=$(swift build "${flags[@]}" --show-bin-path)/nnb-fuzz
corpus=$PWD/$scratch/corpus/$target
mkdir -p "$corpus" "$scratch/crashes"
cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
[ -d fuzz/regressions/"$target" ] && cp -n fuzz/regressions/"$target"/* "$corpus"/ 2>/dev/null || true
cd "$scratch/crashes"
# Swift's own backtracer would catch a trap's SIGILL first and end the process before libFuzzer
# writes the input that caused it; leave the signal to libFuzzer.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "$target" "$corpus" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
  -max_len=4096 -print_final_stats=1 -artifact_prefix="$target-" "$@"
