"""Writes the regression fixtures of RegressionDataTests (plane, multigauss).

Run from the project root: python3 Tests/NNCoreTests/Fixtures/datasets/make_regression_fixtures.py
The uniforms come from the portable SplitMix64 stream of ../shared/bench/datasets.py; the
formulas are those of language.md (TensorFlow Playground's "plane" and "multi gaussian"),
written here independently of nnb's Swift code. Each point draws four uniforms in [-6, 6):
x1, x2, then the two shifts, which times the noise give nx, ny. Output: x1,x2,label with
floats in shortest round-trip form, and regression_manifest.json listing the cases.
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.environ.get("NNB_BENCH", os.path.join(HERE, "../../../../../shared/bench"))
sys.path.insert(0, os.path.abspath(BENCH))
import datasets as ds  # noqa: E402

CENTRES = [(-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0),
           (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0)]


def plane(x, y):
    return (x + y) / 10.0


def multigauss(x, y):
    best = 0.0
    for cx, cy, sign in CENTRES:
        d = math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy))
        score = sign * max(0.0, 1.0 - d / 2.0)
        if abs(score) > abs(best):
            best = score
    return best


CASES = [
    ("plane", dict(count=7, noise=0.0, seed=0)),
    ("plane", dict(count=50, noise=0.5, seed=3)),
    ("multigauss", dict(count=7, noise=0.0, seed=0)),
    ("multigauss", dict(count=200, noise=0.2, seed=11)),
]


def generate(name, count, noise, seed):
    g = ds.make_rng(seed)
    target = plane if name == "plane" else multigauss
    rows = []
    for _ in range(count):
        x, y, sx, sy = (float(v) for v in g.uniform(4, -6.0, 6.0))
        rows.append((x, y, target(x + sx * noise, y + sy * noise)))
    return rows


def main():
    manifest = []
    for k, (name, case) in enumerate(CASES):
        rows = generate(name, case["count"], case["noise"], case["seed"])
        file = f"{name}_{k:02d}.csv"
        with open(os.path.join(HERE, file), "w") as out:
            out.write("x1,x2,label\n")
            for x, y, t in rows:
                out.write(f"{x!r},{y!r},{t!r}\n")
        manifest.append(dict(file=file, generator=name, **case))
    with open(os.path.join(HERE, "regression_manifest.json"), "w") as out:
        json.dump(manifest, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
