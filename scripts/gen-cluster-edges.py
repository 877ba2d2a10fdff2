#!/usr/bin/env python3
"""Writes a synthetic, cluster-like edge list for loader benchmarks.

    scripts/gen-cluster-edges.py --ties 5000000 -o /tmp/edges-5m.csv

Output: `source,target,weight,type` with string firm ids (`firm000123`). The shape
mimics an industrial cluster: every tie starts at a uniformly drawn firm; its other
end is, with probability --pa, drawn by preferential attachment (proportional to the
degree so far, via an urn of past endpoints) and otherwise a "local" firm whose
number is within --window of the first (suppliers next door). Types: vertical 50 %,
horizontal 35 %, institutional 15 %. Weights 1–5, one in five with decimals
(x.5, x.25, x.75). Duplicates and a few self-loops occur, as in real data.

Deterministic: the same --seed and sizes give byte-identical files (only
`random.random()` is used, whose Mersenne Twister stream is stable across Pythons).
"""
import argparse
import random
import sys


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ties", type=int, required=True, help="number of rows M")
    p.add_argument("--nodes", type=int, default=None, help="number of firms N (default M/5)")
    p.add_argument("--seed", type=int, default=20240601)
    p.add_argument("--pa", type=float, default=0.5, help="share of preferential-attachment ties")
    p.add_argument("--window", type=int, default=50, help="reach of local ties")
    p.add_argument("-o", "--output", required=True)
    a = p.parse_args()
    m = a.ties
    n = a.nodes or max(10, m // 5)
    rng = random.Random(a.seed)
    rand = rng.random
    width = max(6, len(str(n - 1)))
    ids = [f"firm{i:0{width}d}" for i in range(n)]
    # Firm numbers are shuffled so that id order says nothing about first appearance.
    for i in range(n - 1, 0, -1):
        j = int(rand() * (i + 1))
        ids[i], ids[j] = ids[j], ids[i]
    types = ("vertical", "horizontal", "institutional")
    decimals = (".5", ".25", ".75")
    urn = []  # endpoints of past ties: drawing from it is degree-proportional
    pa, window = a.pa, a.window
    span = 2 * window + 1
    out = open(a.output, "w", encoding="utf-8", newline="\n")
    w = out.write
    w("source,target,weight,type\n")
    buf = []
    for _ in range(m):
        s = int(rand() * n)
        if urn and rand() < pa:
            t = urn[int(rand() * len(urn))]
        else:
            t = (s + int(rand() * span) - window) % n
        urn.append(s)
        urn.append(t)
        weight = str(1 + int(rand() * 5))
        if rand() < 0.2:
            weight = str(1 + int(rand() * 4)) + decimals[int(rand() * 3)]
        r = rand()
        kind = types[0] if r < 0.5 else types[1] if r < 0.85 else types[2]
        buf.append(f"{ids[s]},{ids[t]},{weight},{kind}\n")
        if len(buf) >= 65536:
            w("".join(buf))
            buf.clear()
    w("".join(buf))
    out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
