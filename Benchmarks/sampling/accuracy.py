#!/usr/bin/env python3
"""Accuracy of spillover's sampled path measures against exact values (issue 17, item 5).

    Benchmarks/sampling/accuracy.py [--bin .build/release/spillover] [--firms 10000] [--reps 100]
        [--betweenness-epsilon 0.02] [--closeness-epsilon 0.5] [--path-delta 0.1]

Generates `spillover generate --firms N --seed 1`, computes exact betweenness_norm,
closeness and harmonic once (`metrics --exact`), then `--reps` seeded sampled runs with the
given error bounds (the defaults are those of the automatic switch above 50,000 firms), and
reports, over the repetitions:

  * betweenness: the share of runs in which every firm's betweenness_norm is within ε of
    exact (the guarantee says ≥ 1 − δ), the largest error seen, and the overlap of the top 50
    firms with the exact top 50 (mean and worst run);
  * harmonic: the share of runs with every firm within ε / ℓ_min (ℓ_min = 1 / largest weight);
  * closeness: the share of runs with every firm's mean distance (1/closeness) within
    ε × its eccentricity (exact eccentricities from scipy's Dijkstra).

Prints a Markdown block for Benchmarks/scale/sampling.md.
"""
import argparse, csv, io, os, subprocess, sys, tempfile, time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def table(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    def col(name):
        return np.array([float(r[name]) if r[name] != "" else np.nan for r in rows])
    return [r["id"] for r in rows], {k: col(k) for k in ("betweenness_norm", "closeness", "harmonic")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build/release/spillover")
    ap.add_argument("--firms", type=int, default=10000)
    ap.add_argument("--reps", type=int, default=100)
    ap.add_argument("--betweenness-epsilon", type=float, default=0.02)
    ap.add_argument("--closeness-epsilon", type=float, default=0.5)
    ap.add_argument("--path-delta", type=float, default=0.1)
    ap.add_argument("--top", type=int, default=50)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="spillover-sampling-")
    run([a.bin, "generate", "--firms", str(a.firms), "--seed", "1", "--out", work])
    edges = os.path.join(work, "edges.csv")
    measures = ["--measures", "betweenness_norm,closeness,harmonic", "-f", "csv"]
    t = time.time()
    ids, exact = table(run([a.bin, "metrics", edges, "--exact"] + measures))
    exact_seconds = time.time() - t

    # Eccentricities (lengths 1/weight, as spillover's default) for the closeness bound.
    index = {v: i for i, v in enumerate(ids)}
    rows, cols, lengths, wmax = [], [], [], 0.0
    with open(edges) as f:
        for r in csv.DictReader(f):
            w = float(r["weight"])
            wmax = max(wmax, w)
            rows.append(index[r["source"]]); cols.append(index[r["target"]]); lengths.append(1 / w)
    n = len(ids)
    g = csr_matrix((lengths, (rows, cols)), shape=(n, n))
    dist = dijkstra(g, directed=False)
    dist[np.isinf(dist)] = np.nan
    ecc = np.nanmax(dist, axis=1)
    del dist

    eb, ec, d = a.betweenness_epsilon, a.closeness_epsilon, a.path_delta
    top = set(np.argsort(-exact["betweenness_norm"], kind="stable")[: a.top])
    b_ok = h_ok = c_ok = 0
    b_err, h_err, c_ratio, overlaps, seconds = [], [], [], [], []
    for seed in range(1, a.reps + 1):
        t = time.time()
        _, s = table(run([a.bin, "metrics", edges, "--betweenness-epsilon", str(eb), "--closeness-epsilon", str(ec),
                          "--path-delta", str(d), "--seed", str(seed)] + measures))
        seconds.append(time.time() - t)
        e = np.abs(s["betweenness_norm"] - exact["betweenness_norm"])
        b_err.append(e.max()); b_ok += e.max() <= eb
        sampled_top = set(np.argsort(-s["betweenness_norm"], kind="stable")[: a.top])
        overlaps.append(len(top & sampled_top) / a.top)
        e = np.abs(s["harmonic"] - exact["harmonic"])
        h_err.append(e.max()); h_ok += e.max() <= ec * wmax
        mean_s, mean_x = 1 / s["closeness"], 1 / exact["closeness"]
        ratio = np.nanmax(np.abs(mean_s - mean_x) / ecc)
        c_ratio.append(ratio); c_ok += ratio <= ec

    r = a.reps
    print(f"### Accuracy at {n:,} firms ({a.reps} seeded runs)\n")
    print(f"`Benchmarks/sampling/accuracy.py --firms {a.firms} --reps {a.reps} --betweenness-epsilon {eb} "
          f"--closeness-epsilon {ec} --path-delta {d}` (exact table: {exact_seconds:.2f} s; a sampled run: "
          f"median {np.median(seconds):.2f} s, whole process)\n")
    print("| measure | bound (every firm, probability ≥ 1 − δ) | runs within | largest error seen (median run / worst run) | top-50 overlap (mean / worst) |")
    print("|---|---|---|---|---|")
    print(f"| betweenness_norm | ε = {eb} | {b_ok}/{r} | {np.median(b_err):.5f} / {max(b_err):.5f} | {np.mean(overlaps):.3f} / {min(overlaps):.2f} |")
    print(f"| harmonic | ε/ℓ_min = {ec} × {wmax:g} = {ec * wmax:g} | {h_ok}/{r} | {np.median(h_err):.4f} / {max(h_err):.4f} | — |")
    print(f"| 1/closeness | ε × eccentricity, ε = {ec} | {c_ok}/{r} | {np.median(c_ratio):.4f} / {max(c_ratio):.4f} × eccentricity | — |")
    ok = b_ok >= (1 - d) * r and h_ok >= (1 - d) * r and c_ok >= (1 - d) * r and np.mean(overlaps) >= 0.9
    print(f"\nGuarantees and top-50 overlap ≥ 0.9: {'met' if ok else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
