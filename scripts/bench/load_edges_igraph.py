#!/usr/bin/env python3
"""Peer for scripts/bench-load: python-igraph reading an edge list through pandas.

    load_edges_igraph.py FILE

pd.read_csv, then igraph.Graph.DataFrame(df, directed=False, use_vids=False), which interns
the string ids into vertex names and keeps weight and type as edge attributes. Prints
`seconds=… nodes=… ties=…`; the time covers the load, not the interpreter's start or imports.
"""
import sys
import time

import igraph
import pandas as pd


def main() -> int:
    path = sys.argv[1]
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    g = igraph.Graph.DataFrame(df, directed=False, use_vids=False)
    elapsed = time.perf_counter() - t0
    print(f"seconds={elapsed:.4f} nodes={g.vcount()} ties={g.ecount()} weight_sum={sum(g.es['weight']):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
