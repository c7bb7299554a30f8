#!/usr/bin/env bash
# Regenerates the files made from nnb's command table: docs/commands.md, the COMMANDS section and
# version of the man page docs/nnb.1, and the editors' syntax files. The test suite
# (GeneratedDocsTests) fails while any of them differs from what the table produces.
#
#   scripts/update-docs.sh [NNB]     NNB: an nnb binary to use (default: a debug build of this tree)
set -euo pipefail
cd "$(dirname "$0")/.."

nnb="${1:-}"
if [ -z "$nnb" ]; then
  swift build --product nnb >/dev/null
  nnb="$(swift build --show-bin-path)/nnb"
fi

# write FILE: stdin into FILE through a temporary file, so a failure leaves FILE as it was.
write() {
  local tmp
  tmp="$(mktemp "$1.XXXXXX")"
  cat >"$tmp"
  mv "$tmp" "$1"
}

"$nnb" -e 'help --markdown' | write docs/commands.md
"$nnb" -e 'help --textmate' | write editors/vscode/syntaxes/nnb.tmLanguage.json
"$nnb" -e 'help --vim' | write editors/vim/syntax/nnb.vim

version="$("$nnb" --version)"
commands="$("$nnb" -e 'help --roff')"
COMMANDS="$commands" VERSION="$version" awk '
  /^\.TH NNB 1 / { print ".TH NNB 1 \"\" \"" ENVIRON["VERSION"] "\" \"User Commands\""; next }
  /^\.\\" BEGIN COMMANDS/ { print; print ENVIRON["COMMANDS"]; skipping = 1; next }
  /^\.\\" END COMMANDS/ { skipping = 0 }
  !skipping { print }
' docs/nnb.1 | write docs/nnb.1
chmod 644 docs/commands.md docs/nnb.1 editors/vscode/syntaxes/nnb.tmLanguage.json editors/vim/syntax/nnb.vim
echo "updated docs/commands.md, docs/nnb.1, editors/vscode/syntaxes/nnb.tmLanguage.json, editors/vim/syntax/nnb.vim"
