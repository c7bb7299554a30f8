#!/usr/bin/env bash
# The portable build (NNB_PORTABLE=1: no -march flag, no AVX kernels, only the reference and
# Swift-SIMD kernel families) in its own scratch folder: runs the NNCore tests, so the generic
# paths cannot rot, and checks that no AVX register appears in the code it compiled.
#
#   scripts/test-portable.sh [swift test arguments]    default: --filter NNCoreTests
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-portable
export NNB_PORTABLE=1
swift build --build-tests --scratch-path "$scratch"
if [ $# -eq 0 ]; then set -- --filter NNCoreTests; fi
swift test --skip-build --scratch-path "$scratch" "$@"

bundle="$(swift build --scratch-path "$scratch" --show-bin-path)/nnbPackageTests.xctest"
if [ "$(uname -m)" = x86_64 ] && command -v objdump >/dev/null; then
  avx="$(objdump -d --no-show-raw-insn "$bundle" | grep -cE '%[yz]mm[0-9]' || true)"
  [ "$avx" -eq 0 ] || { echo "test-portable: $avx instructions use AVX registers in $bundle" >&2; exit 1; }
  echo "test-portable: no AVX register in $bundle"
fi
