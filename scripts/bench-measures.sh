#!/usr/bin/env bash
# Quick timing of each measure of `spillover metrics` (release build) on a generated cluster
# graph, and NetworkX's effective size / constraint where they finish. Not a test; numbers go
# into the measures note. Usage: scripts/bench-measures.sh [NODES] [EDGES_PER_NODE]
set -euo pipefail
N=${1:-100000}
K=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/.build/release/spillover"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$N" "$K" "$DIR" <<'PY'
import random, sys
n, k, d = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(20240601)
groups = 50
# Clustered graph: each firm ties to k others, 80% inside its group (firms i ≡ g mod groups),
# 20% anywhere; weights 1..5.
seen = set()
with open(f"{d}/edges.csv", "w") as f:
    f.write("source,target,weight\n")
    for u in range(n):
        for _ in range(k):
            if rng.random() < 0.8:
                v = rng.randrange(u % groups, n, groups)
            else:
                v = rng.randrange(n)
            a, b = min(u, v), max(u, v)
            if a == b or (a, b) in seen:
                continue
            seen.add((a, b))
            f.write(f"f{a},f{b},{rng.randint(1, 5)}\n")
with open(f"{d}/nodes.csv", "w") as f:
    f.write("id,group\n")
    for u in range(n):
        f.write(f"f{u},g{u % groups}\n")
print(f"graph: {n} nodes, {len(seen)} ties", file=sys.stderr)
PY
t() { local s=$(date +%s.%N); "$@" > /dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
echo "measure,seconds"
echo "load only (degree),$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures degree -f csv)"
for m in ${MEASURES:-strength closeness harmonic eigenvector pagerank coreness clustering constraint effective_size brokerage}; do
  echo "$m,$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures $m -f csv)"
done
echo "dyads,$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures effective_size --dyads -f csv)"
echo "betweenness sample 100,$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures betweenness --betweenness-sample 100 -f csv)"
if [ "${EXACT:-0}" = 1 ]; then
  echo "betweenness exact,$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures betweenness -f csv)"
fi
echo "all but betweenness,$(t "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --measures ${ALL:-degree,strength,closeness,harmonic,eigenvector,pagerank,coreness,clustering,constraint,effective_size,efficiency,hierarchy,brokerage} -f csv)"
if [ "${NX:-1}" = 1 ]; then
python3 - "$DIR" <<'PY'
import csv, sys, time, networkx as nx
d = sys.argv[1]
G = nx.Graph()
with open(f"{d}/edges.csv") as f:
    for r in csv.DictReader(f):
        G.add_edge(r["source"], r["target"], weight=float(r["weight"]))
for name, fn in [("networkx effective_size (nodes=, weighted)", lambda: nx.effective_size(G, nodes=list(G), weight="weight")),
                 ("networkx constraint (weighted)", lambda: nx.constraint(G, weight="weight"))]:
    s = time.time(); fn(); print(f"{name},{time.time() - s:.2f}")
PY
fi
