#!/usr/bin/env python3
"""Check the bundled data sets under data/ against their sources.

    python3 scripts/data/verify_datasets.py [--data DIR] [--socnetv PATH]

Always checks: CSV headers, weights > 0, node/edge counts recorded in
data/README.md, no self-loops or duplicate rows, every edge endpoint in
nodes.csv, and the Florentine marriage graph against NetworkX's copy.

With --socnetv PATH (the socnetv program, or its Debian .deb): checks that
every row of the matrices transcribed from SocNetV (Florentine business and
marriage, Knoke, Stokman-Ziegler) occurs verbatim among the program's
strings. Get it with `apt-get download socnetv` (no install needed).

With Rscript and r-cran-network installed: checks every EMON edge and its
weight (5 - Frequency) against network::emon.

Exit status 0 when every check passes, 1 otherwise.
"""

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

import networkx as nx

EXPECTED = {
    # dir: (nodes, {type: edges}, directed)
    "florentine": (16, {"marriage": 20, "business": 15}, False),
    "knoke": (10, {"information": 49, "money": 22}, True),
    "interlocks/netherlands": (16, {"interlock": 60}, False),
    "interlocks/west_germany": (15, {"interlock": 67}, False),
    "emon/Cheyenne": (14, {"interaction": 83}, True),
    "emon/HurrFrederic": (21, {"interaction": 118}, True),
    "emon/LakePomona": (20, {"interaction": 148}, True),
    "emon/MtSi": (13, {"interaction": 33}, True),
    "emon/MtStHelens": (27, {"interaction": 123}, True),
    "emon/Texas": (25, {"interaction": 186}, True),
    "emon/Wichita": (20, {"interaction": 149}, True),
}

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load(data, name):
    d = os.path.join(data, name)
    with open(os.path.join(d, "edges.csv"), encoding="utf-8") as f:
        header = f.readline().strip()
    if header != "source,target,weight,type":
        fail(f"{name}/edges.csv header is {header!r}")
    with open(os.path.join(d, "nodes.csv"), encoding="utf-8") as f:
        nheader = f.readline().strip().split(",")
    if nheader[:3] != ["id", "label", "group"]:
        fail(f"{name}/nodes.csv header starts {nheader[:3]!r}")
    return read_csv(os.path.join(d, "nodes.csv")), read_csv(os.path.join(d, "edges.csv"))


def check_basic(data):
    for name, (n_nodes, by_type, directed) in EXPECTED.items():
        nodes, edges = load(data, name)
        ids = [n["id"] for n in nodes]
        if len(ids) != n_nodes or len(set(ids)) != n_nodes:
            fail(f"{name}: {len(ids)} node rows ({len(set(ids))} distinct), expected {n_nodes}")
        counts = {}
        seen = set()
        for e in edges:
            s, t, ty = e["source"], e["target"], e["type"]
            counts[ty] = counts.get(ty, 0) + 1
            if s == t:
                fail(f"{name}: self-loop {s}")
            if s not in ids or t not in ids:
                fail(f"{name}: endpoint not in nodes.csv: {s} -> {t}")
            if not float(e["weight"]) > 0:
                fail(f"{name}: weight {e['weight']} on {s} -> {t}")
            key = (s, t, ty) if directed else (min(s, t), max(s, t), ty)
            if key in seen:
                fail(f"{name}: duplicate row {key}")
            seen.add(key)
        if counts != by_type:
            fail(f"{name}: edge counts {counts}, expected {by_type}")
        if not any(n["group"] for n in nodes):
            fail(f"{name}: empty group column")
        print(f"ok  {name}: {len(ids)} nodes, {counts}")


def check_florentine(data):
    nodes, edges = load(data, "florentine")
    ours = nx.Graph()
    ours.add_edges_from((e["source"], e["target"]) for e in edges if e["type"] == "marriage")
    ref = nx.florentine_families_graph()
    if set(map(frozenset, ours.edges())) != set(map(frozenset, ref.edges())):
        fail("florentine marriage edges differ from networkx.florentine_families_graph()")
    else:
        print("ok  florentine marriage == networkx.florentine_families_graph() (20 edges)")
    isolates = [n["id"] for n in nodes
                if not any(n["id"] in (e["source"], e["target"]) for e in edges)]
    if isolates != ["Pucci"]:
        fail(f"florentine isolates are {isolates}, expected ['Pucci']")


def socnetv_strings(path):
    """Return the set of stripped printable strings of the socnetv binary."""
    blob = None
    if path.endswith(".deb"):
        tmp = tempfile.mkdtemp()
        try:
            subprocess.run(["dpkg-deb", "-x", path, tmp], check=True)
            with open(os.path.join(tmp, "usr", "bin", "socnetv"), "rb") as f:
                blob = f.read()
        finally:
            shutil.rmtree(tmp)
    else:
        with open(path, "rb") as f:
            blob = f.read()
    return {m.decode("ascii").strip() for m in re.findall(rb"[\x20-\x7e\t]{2,}", blob)}


def matrix_rows(ids, edges, types, directed, weighted):
    idx = {v: i for i, v in enumerate(ids)}
    m = [[0] * len(ids) for _ in ids]
    for e in edges:
        if e["type"] not in types:
            continue
        i, j = idx[e["source"]], idx[e["target"]]
        w = int(float(e["weight"])) if weighted else 1
        m[i][j] = w
        if not directed:
            m[j][i] = w
    return [" ".join(map(str, r)) for r in m]


def check_socnetv(data, path):
    strings = socnetv_strings(path)
    cases = [
        ("florentine", {"marriage"}, False, False),
        ("florentine", {"business"}, False, False),
        ("knoke", {"information"}, True, False),
        ("knoke", {"money"}, True, False),
        ("interlocks/netherlands", {"interlock"}, False, True),
        ("interlocks/west_germany", {"interlock"}, False, True),
    ]
    for name, types, directed, weighted in cases:
        nodes, edges = load(data, name)
        ids = [n["id"] for n in nodes]
        # The linker may store a literal as the tail of a longer identical
        # literal (suffix merging), so a row also counts if a string ends with it.
        missing = [r for r in matrix_rows(ids, edges, types, directed, weighted)
                   if r not in strings and not any(x.endswith(r) for x in strings)]
        if missing:
            fail(f"{name} {sorted(types)}: {len(missing)} matrix rows not in socnetv: {missing[:2]}")
        else:
            print(f"ok  {name} {sorted(types)}: every matrix row found in socnetv binary")
    for label in ["COUN", "WEST", "ABN", "NSU", "VAG", "VEBA"]:
        if label not in strings and f'"{label}"' not in " ".join(strings):
            fail(f"label {label} not found in socnetv binary")


R_EMON = r"""
suppressPackageStartupMessages(library(network)); data(emon)
for (nm in names(emon)) {
  x <- emon[[nm]]; f <- as.sociomatrix(x, "Frequency"); v <- x %v% "vertex.names"
  w <- which(f != 0, arr.ind = TRUE)
  write.table(data.frame(nm, v[w[, 1]], v[w[, 2]], f[w]), stdout(), sep = "\t",
              quote = FALSE, row.names = FALSE, col.names = FALSE)
}
"""


def check_emon(data):
    if not shutil.which("Rscript"):
        print("skip emon-vs-R check (no Rscript)")
        return
    r = subprocess.run(["Rscript", "-e", R_EMON], capture_output=True, text=True)
    if r.returncode != 0:
        print("skip emon-vs-R check (R package network missing?)", r.stderr.strip()[:200])
        return
    ref = {}
    for line in r.stdout.splitlines():
        if not line.strip():
            continue
        nm, s, t, f = line.split("\t")
        ref.setdefault(nm, {})[(s, t)] = 5 - float(f)
    for nm, arcs in ref.items():
        _, edges = load(data, f"emon/{nm}")
        ours = {(e["source"], e["target"]): float(e["weight"]) for e in edges}
        if ours != arcs:
            fail(f"emon/{nm}: edges/weights differ from network::emon (5 - Frequency)")
        else:
            print(f"ok  emon/{nm}: {len(ours)} arcs == network::emon, weight = 5 - Frequency")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "data"))
    ap.add_argument("--socnetv", help="path to the socnetv binary or socnetv_*.deb")
    a = ap.parse_args()
    check_basic(a.data)
    check_florentine(a.data)
    check_emon(a.data)
    if a.socnetv:
        check_socnetv(a.data, a.socnetv)
    print(f"{'FAILED' if failures else 'all checks passed'} ({len(failures)} failures)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
