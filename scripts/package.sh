#!/usr/bin/env bash
# Builds the Linux archive: OUT/nnb-VERSION-linux-ARCH.tar.gz (OUT defaults to dist/), a release
# build with the Swift runtime and Foundation linked in (--static-swift-stdlib), so it runs
# without a Swift toolchain; it needs only the system libraries `ldd bin/nnb` names (OpenBLAS,
# libedit, zlib and the C/C++ runtime). Inside: bin/nnb, the man page, bash/zsh/fish completion,
# the notebooks under share/nnb/notebooks and README.md, laid out as `make install` does.
# With NNB_PORTABLE=1 the build has no -march flag and the archive is named ...-portable.
# Prints the archive's path as its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${OUT:-dist}"
scratch="${NNB_PACKAGE_SCRATCH:-.build-package}"
suffix=""
if [ -n "${NNB_PORTABLE:-}" ] && [ "${NNB_PORTABLE}" != 0 ]; then
  suffix="-portable"
  scratch="$scratch-portable"
fi
build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch")

"${build[@]}" --product nnb >&2
binary="$("${build[@]}" --show-bin-path)/nnb"
version="$("$binary" --version)"
version="${version#nnb }"
name="nnb-$version-linux-$(uname -m)$suffix"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
scripts/install-tree.sh "$binary" "$stage/$name"
install -m 644 README.md "$stage/$name/README.md"

mkdir -p "$out"
tar -C "$stage" -czf "$out/$name.tar.gz.tmp" "$name"
mv "$out/$name.tar.gz.tmp" "$out/$name.tar.gz"
echo "$out/$name.tar.gz"
