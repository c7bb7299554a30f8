#!/usr/bin/env bash
# Writes every kind of picture nnb draws into DIR, to look at after changing NNPlot:
# PNG and SVG files of each figure, the boundary animation as GIF, and each figure as terminal
# text in plain, 256-colour and truecolor form.
#   scripts/samples.sh DIR [NNB]      (NNB defaults to .build/release/nnb, then .build/debug/nnb)
set -euo pipefail
out=${1:?usage: scripts/samples.sh DIR [NNB]}
nnb=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "$nnb" ]; then
  for candidate in "$root/.build/release/nnb" "$root/.build/debug/nnb"; do
    [ -x "$candidate" ] && nnb=$candidate && break
  done
fi
[ -n "$nnb" ] && nnb=$(cd "$(dirname "$nnb")" && pwd)/$(basename "$nnb")
[ -n "$nnb" ] || { echo "samples.sh: build nnb first (swift build)" >&2; exit 2; }
mkdir -p "$out"
script=$(mktemp "$out/samples.XXXXXX.nnb")
trap 'rm -f "$script"' EXIT
{
  echo "seed 1; dataset moons 400 noise 0.15; net 2 8 8 1 tanh; train 150 lr 0.1"
  for kind in boundary data loss accuracy history neurons; do
    echo "plot $kind $kind.png; plot $kind $kind.svg"
  done
  echo "plot boundary training.gif"
  echo "set size 320 240; plot boundary boundary-small.png"
  echo "seed 2; dataset spiral 600 classes 3 noise 0.05; net 2 32 32 3; optimizer adam lr 0.01; train 200"
  echo "set size 640 480; plot boundary spiral.png; plot neurons 2 spiral-neurons.png"
} > "$script"
(cd "$out" && "$nnb" -q "$(basename "$script")")
for kind in boundary data loss accuracy history neurons; do
  for color in off on; do
    (cd "$out" && COLORTERM=truecolor "$nnb" -e "seed 1; dataset moons 400 noise 0.15; net 2 8 8 1 tanh; train 150 lr 0.1; set color $color; plot $kind" > "$kind-color-$color.txt")
  done
  (cd "$out" && TERM=xterm-256color "$nnb" -e "seed 1; dataset moons 400 noise 0.15; net 2 8 8 1 tanh; train 150 lr 0.1; set color on; plot $kind" > "$kind-256.txt")
done
echo "samples in $out"
