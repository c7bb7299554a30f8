#!/usr/bin/env bash
# The Jupyter side of nnb's CI: validates a report's index.ipynb with nbformat, runs a cell on the
# nnb kernel through jupyter_client, and executes an exported index.ipynb end to end with nbclient.
# The Python packages go into a virtual environment under .build/pyenv, made once and reused.
# Usage: scripts/ci-jupyter.sh [NNB_BINARY]   (default: .build/debug/nnb, built by swift build)
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/pyenv
packages=(nbformat ipykernel jupyter_client nbclient)
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import nbformat, ipykernel, jupyter_client, nbclient' 2>/dev/null; then
  python3 -m venv "$venv" || { apt-get install -y -qq python3-venv && python3 -m venv "$venv"; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${packages[@]}"
fi

binary=${1:-.build/debug/nnb}
[ -x "$binary" ] || swift build --product nnb
NNB_BINARY="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")" \
PYTHONPATH="$PWD/jupyter${PYTHONPATH:+:$PYTHONPATH}" \
  "$venv/bin/python" -m unittest discover -s jupyter/tests -t jupyter -v
