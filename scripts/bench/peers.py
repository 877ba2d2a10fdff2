#!/usr/bin/env python3
"""The Python side of scripts/bench-peers: one workload in one library, timed in-process.

    peers.py TOOL WORKLOAD EDGES.csv NODES.csv [ARG]

TOOL: igraph (python-igraph), networkx, networkit, ndlib, python (plain-Python cascade loop
over python-igraph's adjacency lists). WORKLOAD as in scripts/bench/peers.c: load, pagerank
(degree + PageRank), betweenness, betweenness-sample (ARG sources, default 100), constraint,
effsize, brokerage, cascade (ARG: comma-separated seed ids; 1000 runs at p = 0.05; ndlib:
`--runs` below caps them and the time is scaled to 1000 runs, saying so).

Prints `load=S compute=S nodes=N ties=M check=X [runs=R]`: load is CSV file to graph (string
ids interned by the library's own way of doing it), compute the workload alone. Weights
enter as spillover uses them: PageRank and constraint weights, betweenness lengths 1/weight.
Exits 3 (printing `n/a REASON`) for a workload the library does not have.
"""
import csv
import os
import random
import sys
import time


def na(reason):
    print(f"n/a {reason}")
    sys.exit(3)


def read_rows(path):
    with open(path, newline="") as f:
        r = csv.reader(f)
        header = next(r)
        s, t, w = header.index("source"), header.index("target"), header.index("weight")
        return [(row[s], row[t], float(row[w])) for row in r]


def main():
    tool, work, edges, nodes = sys.argv[1:5]
    arg = sys.argv[5] if len(sys.argv) > 5 else None
    ndlib_runs = int(os.environ.get("NDLIB_RUNS", "10"))
    t0 = time.perf_counter()
    extra = ""
    if tool in ("igraph", "python"):
        import igraph
        import pandas as pd
        df = pd.read_csv(edges)
        g = igraph.Graph.DataFrame(df, directed=False, use_vids=False)
        t1 = time.perf_counter()
        n, m = g.vcount(), g.ecount()
        if work == "load":
            check = m
        elif work == "pagerank" and tool == "igraph":
            d = g.degree()
            pr = g.pagerank(weights="weight", implementation="prpack")
            check = pr[0] + d[0]
        elif work in ("betweenness", "betweenness-sample") and tool == "igraph":
            g.es["len"] = [1 / x for x in g.es["weight"]]
            if work == "betweenness":
                b = g.betweenness(directed=False, weights="len")
            else:
                rng = random.Random(1)
                b = g.betweenness(directed=False, weights="len", sources=rng.sample(range(n), int(arg or 100)))
            check = sum(b)
        elif work == "constraint" and tool == "igraph":
            check = g.constraint(weights="weight")[0]
        elif work == "cascade" and tool == "python":
            index = {name: i for i, name in enumerate(g.vs["name"])}
            seeds = [index[s] for s in arg.split(",")]
            adj = g.get_adjlist()
            t1 = time.perf_counter()
            check = plain_cascade(adj, seeds, 0.05, 1000)
        else:
            na("not in python-igraph" if tool == "igraph" else "")
    elif tool == "networkx":
        import networkx as nx
        g = nx.Graph()
        for s, t, w in read_rows(edges):
            g.add_edge(s, t, weight=w)
        t1 = time.perf_counter()
        n, m = g.number_of_nodes(), g.number_of_edges()
        if work == "load":
            check = m
        elif work == "pagerank":
            d = dict(g.degree())
            pr = nx.pagerank(g, weight="weight")
            check = sum(pr.values()) + len(d)
        elif work in ("betweenness", "betweenness-sample"):
            for _, _, a in g.edges(data=True):
                a["len"] = 1 / a["weight"]
            k = None if work == "betweenness" else int(arg or 100)
            b = nx.betweenness_centrality(g, k=k, normalized=False, weight="len", seed=1)
            check = sum(b.values())
        elif work == "constraint":
            check = sum(v for v in nx.constraint(g, weight="weight").values() if v == v)
        elif work == "effsize":
            # The documented per-node path (weights given); the unweighted shortcut would compute
            # another quantity than spillover's weighted effective size.
            check = sum(v for v in nx.effective_size(g, weight="weight").values() if v == v)
        else:
            na("not in NetworkX")
    elif tool == "networkit":
        import networkit as nk
        import pandas as pd
        df = pd.read_csv(edges)
        codes, names = pd.factorize(pd.concat([df["source"], df["target"]], ignore_index=True))
        m = len(df)
        g = nk.Graph(len(names), weighted=True)
        import numpy as np
        g.addEdges((df["weight"].to_numpy(dtype=np.float64), (codes[:m].astype(np.uint64), codes[m:].astype(np.uint64))))
        t1 = time.perf_counter()
        n = g.numberOfNodes()
        if work == "load":
            check = g.numberOfEdges()
        elif work == "pagerank":
            deg = nk.centrality.DegreeCentrality(g).run().scores()
            pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-10).run().scores()
            check = pr[0] + deg[0]
        elif work in ("betweenness", "betweenness-sample"):
            # NetworKit reads edge weights as lengths: give it 1/weight.
            h = nk.Graph(n, weighted=True)
            h.addEdges((1 / df["weight"].to_numpy(dtype=np.float64), (codes[:m].astype(np.uint64), codes[m:].astype(np.uint64))))
            t1 = time.perf_counter()
            if work == "betweenness":
                b = nk.centrality.Betweenness(h, normalized=False).run().scores()
            else:
                b = nk.centrality.EstimateBetweenness(h, int(arg or 100), normalized=False, parallel=True).run().scores()
            check = sum(b)
        else:
            na("not in NetworKit")
    elif tool == "ndlib":
        if work != "cascade":
            na("NDlib is for diffusion")
        import networkx as nx
        import ndlib.models.ModelConfig as mc
        import ndlib.models.epidemics as ep
        g = nx.Graph()
        for s, t, w in read_rows(edges):
            g.add_edge(s, t, weight=w)
        t1 = time.perf_counter()
        n, m = g.number_of_nodes(), g.number_of_edges()
        seeds = arg.split(",")
        total = 0
        for r in range(ndlib_runs):
            model = ep.IndependentCascadesModel(g, seed=r)
            config = mc.Configuration()
            config.add_model_initial_configuration("Infected", seeds)
            for e in g.edges():
                config.add_edge_configuration("threshold", e, 0.05)
            model.set_initial_status(config)
            while True:
                it = model.iteration()
                if it["iteration"] > 0 and it["status_delta"].get(1, 0) == 0 and it["node_count"].get(1, 0) == 0:
                    break
            total += it["node_count"].get(2, 0) + it["node_count"].get(1, 0)
        check = total / ndlib_runs
        scale = 1000 / ndlib_runs
        t2 = time.perf_counter()
        print(f"load={t1 - t0:.6f} compute={(t2 - t1) * scale:.6f} nodes={n} ties={m} check={check:.6g} runs={ndlib_runs}")
        return 0
    else:
        na("unknown tool")
    t2 = time.perf_counter()
    print(f"load={t1 - t0:.6f} compute={t2 - t1:.6f} nodes={n} ties={m} check={check:.6g}{extra}")
    return 0


def plain_cascade(adj, seeds, p, runs):
    """Independent cascade in plain Python: the loop a Python programmer would write."""
    rng = random.Random(1)
    rand = rng.random
    total = 0
    n = len(adj)
    for _ in range(runs):
        active = bytearray(n)
        frontier = list(seeds)
        for s in seeds:
            active[s] = 1
        count = len(seeds)
        while frontier:
            nxt = []
            for u in frontier:
                for v in adj[u]:
                    if not active[v] and rand() < p:
                        active[v] = 1
                        nxt.append(v)
            count += len(nxt)
            frontier = nxt
        total += count
    return total / runs


if __name__ == "__main__":
    sys.exit(main())
