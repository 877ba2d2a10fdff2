#!/usr/bin/env python3
"""A Barabási–Albert graph (networkx, n = 10^5, m = 5, seed 1: 499,975 ties) as an edge list
for the diffusion benchmark. Usage: python3 scripts/generate-bench-graph.py OUT.csv [n] [m]"""
import sys
import networkx as nx

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
m = int(sys.argv[3]) if len(sys.argv) > 3 else 5
g = nx.barabasi_albert_graph(n, m, seed=1)
with open(out, "w") as f:
    f.write("source,target\n")
    for u, v in g.edges():
        f.write(f"{u},{v}\n")
