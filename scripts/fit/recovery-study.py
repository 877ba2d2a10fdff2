#!/usr/bin/env python3
"""The full recovery study of spillover's cascade-model fit (issue 15): N cascades simulated
by `spillover generate --adoption` from known ε and per-channel p on one generated 300-firm
cluster (the same as Tests/SpilloverKitTests/Fit/CascadeRecoveryTests.swift uses in the test
suite with 200 cascades and the library's own simulator), each fitted by `spillover fit
--by-channel`; reports per parameter the coverage of the profile-likelihood (and Wald) 95%
intervals and the mean bias.

Usage: scripts/fit/recovery-study.py [SPILLOVER_BINARY] [N]   (default .build/release/spillover, 1000)
Results of a run are in Benchmarks/fit/RESULTS.md.
"""
import json, os, subprocess, sys, tempfile

BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/release/spillover"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
TRUTH = {"epsilon": 0.02, "vertical": 0.3, "horizontal": 0.15, "institutional": 0.25}
P_BY_TYPE = ",".join(f"{k}={v}" for k, v in TRUTH.items() if k != "epsilon")

stats = {k: {"n": 0, "profile": 0, "wald": 0, "wald_n": 0, "sum": 0.0} for k in TRUTH}
failed = 0
with tempfile.TemporaryDirectory() as tmp:
    for k in range(1, N + 1):
        out = os.path.join(tmp, "c")
        subprocess.run([BIN, "generate", "--firms", "300", "--seed", "3", "--adoption", "--adoption-seed", str(k),
                        "--epsilon", str(TRUTH["epsilon"]), "--p-by-type", P_BY_TYPE, "--periods", "12",
                        "--seed-share", "0.033", "--out", out], check=True, capture_output=True)
        r = subprocess.run([BIN, "fit", out + "/edges.csv", "--nodes", out + "/nodes.csv", "--by-channel", "--time", "linear",
                            "--runs", "0", "--permutations", "0", "-f", "json"], capture_output=True, text=True)
        if r.returncode != 0:
            failed += 1
            continue
        cascade = json.loads(r.stdout)["cascade_model"]
        params = [("epsilon", cascade["epsilon"])] + [(p["type"], p) for p in cascade["p"]]
        for name, p in params:
            s = stats[name]
            s["n"] += 1
            s["sum"] += p["estimate"]
            lo, hi = p["ci95"]
            s["profile"] += lo <= TRUTH[name] <= hi
            if p.get("wald_ci95"):
                s["wald_n"] += 1
                lo, hi = p["wald_ci95"]
                s["wald"] += lo <= TRUTH[name] <= hi
print(f"{N} cascades, {failed} not fitted")
print("| parameter | truth | mean estimate | bias (% of truth) | profile coverage | Wald coverage |")
print("|---|---:|---:|---:|---:|---:|")
for name, s in stats.items():
    mean = s["sum"] / s["n"]
    print(f"| {name} | {TRUTH[name]} | {mean:.4f} | {100 * (mean - TRUTH[name]) / TRUTH[name]:+.1f} | "
          f"{s['profile'] / s['n']:.3f} | {s['wald'] / max(1, s['wald_n']):.3f} |")
