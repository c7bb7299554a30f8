#!/usr/bin/env bash
# The Linux archive works on a machine without Swift: builds it (scripts/package.sh) unless
# given one, unpacks it into an empty folder, checks that the binary needs no library from the
# Swift toolchain, and runs a notebook, --version, --notebooks and the man page with the
# toolchain off PATH and a bare environment.
#
#   scripts/test-package.sh [ARCHIVE.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archive="${1:-}"
if [ -z "$archive" ]; then
  archive="$(OUT="$work/dist" scripts/package.sh | tail -n 1)"
fi
fail() { echo "test-package: $*" >&2; exit 1; }

mkdir "$work/unpacked"
tar -C "$work/unpacked" -xzf "$archive"
root="$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d -name 'nnb-*')"
[ -n "$root" ] || fail "no nnb-VERSION-linux-ARCH folder in $archive"
for file in bin/nnb share/man/man1/nnb.1 share/bash-completion/completions/nnb share/zsh/site-functions/_nnb \
    share/fish/vendor_completions.d/nnb.fish share/nnb/notebooks/from-scratch.nnb README.md; do
  [ -e "$root/$file" ] || fail "$file is missing from $archive"
done

# Only system libraries, all of them found.
libraries="$(ldd "$root/bin/nnb")"
if grep -Eq 'not found|swift|Foundation|dispatch|BlocksRuntime' <<<"$libraries"; then
  fail "bin/nnb needs libraries a machine without Swift lacks:"$'\n'"$libraries"
fi
echo "bin/nnb needs: $(awk '/=>/ { print $1 }' <<<"$libraries" | sort | tr '\n' ' ')"

# A bare environment: no Swift on PATH, no LD_LIBRARY_PATH, a fresh HOME.
bare=(env -i PATH=/usr/bin:/bin HOME="$work/home" TERM=dumb)
mkdir "$work/home"
! "${bare[@]}" sh -c 'command -v swift' >/dev/null || fail "swift is still on PATH=/usr/bin:/bin"
version="$("${bare[@]}" "$root/bin/nnb" --version)"
[[ "$version" == "nnb "* ]] || fail "--version printed '$version'"
notebooks="$("${bare[@]}" "$root/bin/nnb" --notebooks)"
[ "$notebooks" = "$root/share/nnb/notebooks" ] || fail "--notebooks printed '$notebooks', not $root/share/nnb/notebooks"

# As the README says: copy the notebooks, then replay one (it checks itself with expect).
cp -r "$notebooks" "$work/home/nnb-notebooks"
if ! "${bare[@]}" "$root/bin/nnb" -q "$work/home/nnb-notebooks/from-scratch.nnb" >"$work/replay.txt" 2>&1; then
  cat "$work/replay.txt" >&2
  fail "from-scratch.nnb failed"
fi
grep -q "^trained " "$work/replay.txt" || fail "from-scratch.nnb printed no training line"
if command -v man >/dev/null; then
  "${bare[@]}" man -l "$root/share/man/man1/nnb.1" 2>&1 | grep -q "COMMANDS" || fail "the man page does not render"
fi
bash -c "source '$root/share/bash-completion/completions/nnb' && complete -p nnb" >/dev/null \
  || fail "the bash completion script does not define a completion for nnb"
# On an x86-64 processor older than the build's x86-64-v3 (emulated, when qemu-user is there),
# the binary says what is missing and exits 2 instead of dying of an illegal instruction.
if [ "$(uname -m)" = x86_64 ] && command -v qemu-x86_64 >/dev/null; then
  status=0
  qemu-x86_64 -cpu Nehalem "$root/bin/nnb" --version >"$work/old-cpu.txt" 2>&1 || status=$?
  case "$root" in
    *-portable) [ "$status" -eq 0 ] || fail "the portable binary exited $status on a Nehalem (qemu)" ;;
    *) { [ "$status" -eq 2 ] && grep -q "^nnb: this build needs an x86-64-v3 processor" "$work/old-cpu.txt"; } \
         || fail "on a Nehalem (qemu) the binary exited $status: $(cat "$work/old-cpu.txt")" ;;
  esac
fi
echo "test-package: $(basename "$archive") unpacks, needs no Swift and replays from-scratch.nnb ($version)"
