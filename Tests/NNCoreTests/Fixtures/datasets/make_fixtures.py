"""Writes the data-set fixtures of DataGeneratorTests from the reference generators.

Run from the project root: python3 Tests/NNCoreTests/Fixtures/datasets/make_fixtures.py
It imports ../shared/bench/datasets.py (portable stream), writes one CSV per case in the
reference CLI's format (x1,...,label; floats in shortest round-trip form) and manifest.json,
which lists each file with the generator and settings that made it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.environ.get("NNB_BENCH", os.path.join(HERE, "../../../../../shared/bench"))
sys.path.insert(0, os.path.abspath(BENCH))
import datasets as ds  # noqa: E402

MAX = (1 << 64) - 1
CASES = [
    ("moons", dict(count=7, noise=0.0, seed=0)),
    ("moons", dict(count=1, noise=0.2, seed=3)),
    ("moons", dict(count=2, noise=0.3, seed=5)),
    ("moons", dict(count=101, noise=0.2, seed=1)),
    ("moons", dict(count=300, noise=0.1, seed=42)),
    ("moons", dict(count=31, noise=0.2, seed=MAX)),
    ("circles", dict(count=7, noise=0.0, factor=0.5, seed=0)),
    ("circles", dict(count=101, noise=0.1, factor=0.3, seed=3)),
    ("circles", dict(count=200, noise=0.05, factor=0.8, seed=11)),
    ("xor", dict(count=7, noise=0.0, seed=0)),
    ("xor", dict(count=101, noise=0.1, seed=9)),
    ("xor", dict(count=256, noise=0.0, seed=123)),
    ("spiral", dict(count=7, noise=0.0, arms=2, seed=0)),
    ("spiral", dict(count=101, noise=0.1, arms=3, seed=2)),
    ("spiral", dict(count=250, noise=0.05, arms=5, seed=17)),
    ("blobs", dict(count=7, centers=3, std=1.0, seed=0)),
    ("blobs", dict(count=101, centers=4, std=0.5, seed=8)),
    ("blobs", dict(count=200, centers=2, std=0.0, seed=21)),
    ("synthetic", dict(count=23, features=3, classes=10, centerScale=0.15, noise=1.0, seed=0)),
    ("synthetic", dict(count=41, features=20, classes=4, centerScale=0.5, noise=0.0, seed=2)),
    ("synthetic", dict(count=2, features=784, classes=10, centerScale=0.15, noise=1.0, seed=0)),
]


def generate(name, c):
    if name == "moons":
        return ds.make_moons(c["count"], c["noise"], seed=c["seed"])
    if name == "circles":
        return ds.make_circles(c["count"], c["noise"], c["factor"], seed=c["seed"])
    if name == "xor":
        return ds.make_xor(c["count"], c["noise"], seed=c["seed"])
    if name == "spiral":
        return ds.make_spirals(c["count"], c["noise"], n_arms=c["arms"], seed=c["seed"])
    if name == "blobs":
        return ds.make_blobs(c["count"], c["centers"], cluster_std=c["std"], seed=c["seed"])
    return ds.make_synthetic_classes(c["count"], c["features"], c["classes"],
                                     c["centerScale"], c["noise"], seed=c["seed"])


def main():
    manifest = []
    for k, (name, case) in enumerate(CASES):
        X, y = generate(name, case)
        file = f"{name}_{k:02d}.csv"
        with open(os.path.join(HERE, file), "w") as out:
            out.write(",".join([f"x{i + 1}" for i in range(X.shape[1])] + ["label"]) + "\n")
            for row, lab in zip(X, y):
                out.write(",".join(repr(float(v)) for v in row) + f",{int(lab)}\n")
        manifest.append(dict(file=file[:-4], generator=name, **case))
    with open(os.path.join(HERE, "manifest.json"), "w") as out:
        json.dump(manifest, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
