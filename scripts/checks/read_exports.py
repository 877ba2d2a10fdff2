#!/usr/bin/env python3
"""Reads spillover's exports with NetworkX and python-igraph and checks them against the
same cluster exported as CSV (`spillover export --to csv`, itself checked lossless by the
round-trip tests): same firm ids, ties with weights and tie types (a pair tied in two
channels is two ties, so the readers return multigraphs), node attributes.

Usage: read_exports.py EDGES.csv NODES.csv [FILE.graphml] [FILE.gexf] [FILE.gml]
Exit 0 when every file matches; otherwise the differences on stderr and exit 1.
Needs networkx; python-igraph is used when installed (the GraphML and GML checks).
"""
import csv, math, sys
import networkx as nx

edges_csv, nodes_csv, files = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []


def same(a, b):
    # a missing value: absent (NetworkX), NaN (igraph's numeric attributes), empty (CSV)
    a = None if isinstance(a, float) and math.isnan(a) else a
    b = None if isinstance(b, float) and math.isnan(b) else b
    if a is None or b is None:
        return (a in (None, "")) and (b in (None, ""))
    if str(a) == str(b):
        return True
    try:
        x, y = float(a), float(b)
        return x == y or (math.isfinite(x) and abs(x - y) <= 1e-12 * max(1, abs(x)))
    except (TypeError, ValueError):
        return False


with open(edges_csv, newline="") as f:
    rows = list(csv.DictReader(f))
with open(nodes_csv, newline="") as f:
    nodes = {r["id"]: r for r in csv.DictReader(f)}
ids = set(nodes) | {r["source"] for r in rows} | {r["target"] for r in rows}


def key(u, v, directed):
    return (u, v) if directed or u <= v else (v, u)


def check(name, directed, node_ids, node_attr, edges):
    """edges: list of (u, v, weight, type)."""
    if set(node_ids) != ids:
        problems.append("%s: ids differ: %s" % (name, sorted(set(node_ids) ^ ids)[:5]))
        return
    # A pair tied in two channels is two ties (one per type): compare the sorted lists.
    want = sorted((key(r["source"], r["target"], directed), r.get("type", "") or "", r["weight"]) for r in rows)
    got = sorted((key(u, v, directed), t or "", w) for u, v, w, t in edges)
    if [w[:2] for w in want] != [g[:2] for g in got]:
        problems.append("%s: ties differ: %s" % (name, sorted(set(w[:2] for w in want) ^ set(g[:2] for g in got))[:5]))
    else:
        for w, g in zip(want, got):
            if not same(w[2], g[2]):
                problems.append("%s: tie %s weighs %s, expected %s" % (name, w[:2], g[2], w[2]))
    for v, row in nodes.items():
        for c, x in row.items():
            if c == "id":
                continue
            y = node_attr(v, c)
            if not same(x, y):
                problems.append("%s: %s of %r is %r, expected %r" % (name, c, v, y, x))


directed = None
for path in files:
    if path.endswith(".graphml"):
        g = nx.read_graphml(path)
        directed = g.is_directed()
        check("networkx " + path, directed, list(g), lambda v, c: g.nodes[v].get(c),
              [(u, v, d.get("weight"), d.get("type", "")) for u, v, d in g.edges(data=True)])
        try:
            import igraph as ig
        except ImportError:
            continue
        h = ig.Graph.Read_GraphML(path)
        names = h.vs["name"] if "name" in h.vs.attributes() else h.vs["id"]
        index = {n: k for k, n in enumerate(names)}
        check("igraph " + path, h.is_directed(), names,
              lambda v, c: h.vs[index[v]][c] if c in h.vs.attributes() else None,
              [(names[e.source], names[e.target], e["weight"], e["type"] if "type" in h.es.attributes() else "") for e in h.es])
    elif path.endswith(".gexf"):
        g = nx.read_gexf(path)
        check("networkx " + path, g.is_directed(), list(g),
              lambda v, c: g.nodes[v].get(c),
              [(u, v, d.get("weight"), d.get("type", "")) for u, v, d in g.edges(data=True)])
    elif path.endswith(".gml"):
        g = nx.read_gml(path, label="name")
        check("networkx " + path, g.is_directed(), list(g), lambda v, c: g.nodes[v].get(c),
              [(u, v, d.get("weight"), d.get("type", "")) for u, v, d in g.edges(data=True)])
for p in problems[:40]:
    print(p, file=sys.stderr)
sys.exit(1 if problems else 0)
