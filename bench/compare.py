"""Side-by-side table of nnb against the peer benchmarks, from their JSON records.

Usage: python3 bench/compare.py PEERS.json NNB.json [--md OUT.md]

PEERS.json is what the peer benchmark script writes with --json (a "results" list of records
with peer, workload, opt, seconds, samples_epochs_per_s, val_acc); NNB.json is what
`nnb-bench --json` writes in the same shape. For every workload and optimizer the table gives
each peer's throughput, the fastest peer, nnb's throughput and the ratio nnb / fastest peer.
"""
import argparse
import json


def load(path):
    with open(path) as f:
        return json.load(f)


def percent(fraction):
    return "–" if fraction is None else f"{100 * fraction:.0f} %"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("peers")
    ap.add_argument("nnb")
    ap.add_argument("--md", default=None)
    a = ap.parse_args()
    peers = [r for r in load(a.peers)["results"] if "workload" in r]
    nnb_doc = load(a.nnb)
    nnb = {(r["workload"], r["opt"]): r for r in nnb_doc["results"] if "samples_epochs_per_s" in r}
    others = [r for r in nnb_doc["results"] if "samples_epochs_per_s" not in r]
    names = sorted({r["peer"] for r in peers})
    rows = []
    header = ("| workload | opt | " + " | ".join(names)
              + " | fastest peer | nnb | nnb / fastest | nnb GFLOP/s | of peak | nnb val acc | peers' val acc |")
    rows.append(header)
    rows.append("|---|---|" + "---:|" * (len(names) + 7))
    for (workload, opt), mine in sorted(nnb.items()):
        theirs = {r["peer"]: r for r in peers if r["workload"] == workload and r["opt"] == opt}
        if not theirs:
            continue
        best = max(theirs.values(), key=lambda r: r["samples_epochs_per_s"])
        cells = [f"{theirs[p]['samples_epochs_per_s']:,.0f}" if p in theirs else "–" for p in names]
        accs = [r["val_acc"] for r in theirs.values()]
        ratio = mine["samples_epochs_per_s"] / best["samples_epochs_per_s"]
        rows.append(f"| {workload} | {opt} | " + " | ".join(cells)
                    + f" | {best['peer']} | {mine['samples_epochs_per_s']:,.0f} | **{ratio:.1f}×**"
                    + f" | {mine.get('gflops', float('nan')):.1f} | {percent(mine.get('fraction_of_peak'))} | {mine['val_acc']:.4f}"
                    + f" | {min(accs):.4f}–{max(accs):.4f} |")
    text = "\n".join(rows)
    print(text)
    if "peak_gflops" in nnb_doc:
        print(f"\nceiling (2048³ sgemm): {nnb_doc['peak_gflops']:.1f} GFLOP/s")
    for r in others:
        if r.get("workload") == "W1-shell":
            print(f"- W1 {r['opt']} through the shell: {r['seconds'] * 1000:.1f} ms, {r['ratio']:.2f}× the bare loop")
        elif r.get("workload") == "CSV":
            print("- CSV: " + ", ".join(f"{k} {v}" for k, v in r.items() if k != "workload"))
    extra = nnb_doc.get("nnb", {})
    if extra:
        print()
        for key, value in sorted(extra.items()):
            print(f"- {key}: {value * 1000:.1f} ms")
    if a.md:
        with open(a.md, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
