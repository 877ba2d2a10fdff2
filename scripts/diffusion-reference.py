#!/usr/bin/env python3
"""Exact reach probabilities for the independent cascade (IC) and linear threshold (LT)
models on small graphs, by enumerating every live-edge subgraph (Kempe, Kleinberg & Tardos
2003, KDD, Claims 2.3 and 2.6). Writes Tests/SpilloverKitTests/Fixtures/diffusion/exact.json.

IC: each arc u->v is live independently with probability p_uv; a firm is reached when a
seed reaches it by live arcs; its arrival step is its BFS distance from the seeds in the
live graph. LT: each v keeps at most one in-arc, u->v with probability b_uv = w_uv / sum_u w_uv.
Undirected ties are two arcs (for IC with symmetric p we enumerate ties, i.e. bond
percolation, which is the same distribution of reached sets).

Run: python3 scripts/diffusion-reference.py   (networkx only supplies the Krackhardt kite)
"""
import json, os
from collections import deque
from live_edges import arcs_of, ic_outcomes, lt_outcomes
import networkx as nx




def bfs(nodes, live_arcs, seeds):
    adj = {v: [] for v in nodes}
    for (u, v) in live_arcs:
        adj[u].append(v)
    dist = {s: 0 for s in seeds}
    q = deque(seeds)
    while q:
        u = q.popleft()
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    return dist


def accumulate(nodes, outcomes):
    """outcomes: iterable of (probability, dist). Returns reach probs, spread, curve."""
    reach = {v: 0.0 for v in nodes}
    curve = {}
    total = 0.0
    for prob, dist in outcomes:
        total += prob
        for v, d in dist.items():
            reach[v] += prob
            curve[d] = curve.get(d, 0.0) + prob
    steps = max(curve) if curve else 0
    cumulative, running = [], 0.0
    for t in range(steps + 1):
        running += curve.get(t, 0.0)
        cumulative.append(running)
    assert abs(total - 1) < 1e-9, total
    return reach, sum(reach.values()), cumulative


def ic_exact(nodes, ties, directed, seeds, prob):
    """prob(u, v, w, indeg) -> p_uv."""
    indeg = {v: 0 for v in nodes}
    for (u, v, w) in arcs_of(ties, directed):
        indeg[v] += 1
    if not directed and all(prob(u, v, w, indeg) == prob(v, u, w, indeg) for (u, v, w) in ties):
        units = [((u, v), (v, u), prob(u, v, w, indeg)) for (u, v, w) in ties]  # bond percolation
    else:
        units = [((u, v), None, prob(u, v, w, indeg)) for (u, v, w) in arcs_of(ties, directed)]
    assert len(units) <= 20

    return accumulate(nodes, ((p, bfs(nodes, live, seeds)) for p, live in ic_outcomes(units)))


def lt_exact(nodes, ties, directed, seeds):
    arcs = arcs_of(ties, directed)
    strength = {v: 0.0 for v in nodes}
    for (u, v, w) in arcs:
        strength[v] += w
    choices = []  # per node: list of (in-neighbour or None, probability)
    for v in nodes:
        opts = [(u, w / strength[v]) for (u, x, w) in arcs if x == v]
        rest = 1 - sum(p for _, p in opts)
        choices.append([(None, max(rest, 0.0))] + [(u, p) for u, p in opts])

    return accumulate(nodes, ((p, bfs(nodes, live, seeds)) for p, live in lt_outcomes(nodes, choices)))


def case(name, model, params, nodes, ties, directed, seeds, result):
    reach, spread, curve = result
    return {
        "name": name, "model": model, "params": params, "directed": directed,
        "ties": [[u, v, w] for (u, v, w) in ties], "seeds": seeds,
        "spread": spread, "reach": {v: reach[v] for v in nodes}, "curve": curve,
    }


M64 = (1 << 64) - 1


def splitmix64(state):
    """Steele, Lea & Flood (2014); yields outputs from `state`."""
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        yield z ^ (z >> 31)


def xoshiro256starstar(seed):
    """Blackman & Vigna reference xoshiro256** 1.0, state from four SplitMix64 outputs."""
    sm = splitmix64(seed)
    s = [next(sm) for _ in range(4)]
    rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M64
    while True:
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


def stream_seed(seed, stream):
    """spillover's per-run seeding: seed XOR the first SplitMix64 output from stream * C."""
    return seed ^ next(splitmix64((stream * 0xD1B54A32D192ED03) & M64))


def rng_vectors():
    take = lambda g, k: [str(next(g)) for _ in range(k)]
    return {
        "splitmix64_seed_1234567": take(splitmix64(1234567), 5),
        "xoshiro256starstar_seed_42": take(xoshiro256starstar(42), 5),
        "xoshiro256starstar_seed_7_stream_3": take(xoshiro256starstar(stream_seed(7, 3)), 5),
    }


def main():
    kite = nx.krackhardt_kite_graph()
    kite_nodes = [str(v) for v in kite.nodes()]
    kite_ties = [(str(u), str(v), 1.0) for (u, v) in kite.edges()]  # 18 ties

    d_nodes = ["a", "b", "c", "d", "e", "f", "g"]
    d_ties = [("a", "b", 2.0), ("a", "c", 1.0), ("b", "c", 1.0), ("b", "d", 3.0), ("c", "d", 1.0),
              ("c", "e", 2.0), ("d", "e", 1.0), ("d", "f", 1.0), ("e", "f", 2.0), ("f", "g", 1.0),
              ("g", "d", 1.0), ("e", "a", 1.0)]  # 12 arcs

    u_nodes = ["p", "q", "r", "s", "t"]
    u_ties = [("p", "q", 1.0), ("q", "r", 2.0), ("r", "s", 1.0), ("s", "p", 3.0), ("q", "t", 1.0), ("r", "t", 1.0)]

    cases = [
        case("kite IC p=0.3 from 0", "ic-uniform", {"p": 0.3}, kite_nodes, kite_ties, False, ["0"],
             ic_exact(kite_nodes, kite_ties, False, ["0"], lambda u, v, w, d: 0.3)),
        case("kite IC p=0.5 from 7,9", "ic-uniform", {"p": 0.5}, kite_nodes, kite_ties, False, ["7", "9"],
             ic_exact(kite_nodes, kite_ties, False, ["7", "9"], lambda u, v, w, d: 0.5)),
        case("directed IC weighted cascade from a", "ic-cascade", {}, d_nodes, d_ties, True, ["a"],
             ic_exact(d_nodes, d_ties, True, ["a"], lambda u, v, w, d: 1.0 / d[v])),
        case("directed IC weight scale 0.3 from a", "ic-weight", {"scale": 0.3}, d_nodes, d_ties, True, ["a"],
             ic_exact(d_nodes, d_ties, True, ["a"], lambda u, v, w, d: min(1.0, 0.3 * w))),
        case("undirected IC weighted cascade from p", "ic-cascade", {}, u_nodes, u_ties, False, ["p"],
             ic_exact(u_nodes, u_ties, False, ["p"], lambda u, v, w, d: 1.0 / d[v])),
        case("directed LT from a", "lt", {}, d_nodes, d_ties, True, ["a"], lt_exact(d_nodes, d_ties, True, ["a"])),
        case("kite LT from 0", "lt", {}, kite_nodes, kite_ties, False, ["0"], lt_exact(kite_nodes, kite_ties, False, ["0"])),
        case("undirected weighted LT from p,r", "lt", {}, u_nodes, u_ties, False, ["p", "r"],
             lt_exact(u_nodes, u_ties, False, ["p", "r"])),
    ]
    out = os.path.join(os.path.dirname(__file__), "..", "Tests", "SpilloverKitTests", "Fixtures", "diffusion", "exact.json")
    with open(out, "w") as f:
        json.dump({"generator": "scripts/diffusion-reference.py", "cases": cases, "rng": rng_vectors()},
                  f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
