#!/usr/bin/env python3
"""Exact expected spread of every seed set of size 1-3 on small graphs, for the seed
selection tests. Writes Tests/SpilloverKitTests/Fixtures/seeds/exact.json.

Spread is computed by enumerating every live-edge subgraph (Kempe, Kleinberg & Tardos 2003,
KDD, Claims 2.3 and 2.6): IC keeps each arc u->v with probability p_uv (for undirected ties
with symmetric p each tie is one unit, i.e. bond percolation); LT lets each v keep at most one
in-arc, u->v with probability b_uv = w_uv / sum_u w_uv. For each realisation we compute each
node's reachable set once (as a bitmask) and the spread of a set S is the popcount of the OR
of its members' masks, weighted by the realisation's probability.

Per case and k: the optimum value and sets, and the exact greedy sequence (ties to the smaller
id) with its spread. Run: python3 scripts/seeds-reference.py (pure Python, a few seconds).
"""
import itertools, json, os

from live_edges import arcs_of, ic_outcomes, lt_outcomes




def reach_masks(nodes, live):
    idx = {v: i for i, v in enumerate(nodes)}
    adj = [[] for _ in nodes]
    for (u, v) in live:
        adj[idx[u]].append(idx[v])
    masks = []
    for s in range(len(nodes)):
        seen, stack = 1 << s, [s]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if not seen >> v & 1:
                    seen |= 1 << v
                    stack.append(v)
        masks.append(seen)
    return masks


def ic_realisations(nodes, ties, directed, prob):
    if not directed and all(prob(u, v, w) == prob(v, u, w) for (u, v, w) in ties):
        units = [((u, v), (v, u), prob(u, v, w)) for (u, v, w) in ties]
    else:
        units = [((u, v), None, prob(u, v, w)) for (u, v, w) in arcs_of(ties, directed)]
    assert len(units) <= 16
    yield from ic_outcomes(units)


def lt_realisations(nodes, ties, directed):
    arcs = arcs_of(ties, directed)
    strength = {v: 0.0 for v in nodes}
    for (u, v, w) in arcs:
        strength[v] += w
    choices = []
    for v in nodes:
        opts = [(u, w / strength[v]) for (u, x, w) in arcs if x == v]
        rest = 1 - sum(p for _, p in opts)
        choices.append(([(None, rest)] if rest > 1e-12 else []) + opts)
    yield from lt_outcomes(nodes, choices)


def exact_case(name, model, params, nodes, ties, directed, realisations):
    sets = [c for k in (1, 2, 3) for c in itertools.combinations(range(len(nodes)), k)]
    spread = {c: 0.0 for c in sets}
    total = 0.0
    for p, live in realisations:
        total += p
        masks = reach_masks(nodes, live)
        for c in sets:
            m = 0
            for i in c:
                m |= masks[i]
            spread[c] += p * bin(m).count("1")
    assert abs(total - 1) < 1e-9, total
    key = lambda c: ",".join(sorted(nodes[i] for i in c))
    by_k = {}
    for k in (1, 2, 3):
        ks = [c for c in sets if len(c) == k]
        best = max(spread[c] for c in ks)
        # Exact greedy, ties to the smaller id.
        chosen, steps = (), []
        for _ in range(k):
            cands = [i for i in range(len(nodes)) if i not in chosen]
            val = {i: spread[tuple(sorted(chosen + (i,)))] for i in cands}
            ranked = sorted(cands, key=lambda i: (-val[i], nodes[i]))
            gap = val[ranked[0]] - val[ranked[1]] if len(ranked) > 1 else None
            steps.append({"id": nodes[ranked[0]], "spread": val[ranked[0]], "gap_to_next": gap})
            chosen = chosen + (ranked[0],)
        by_k[str(k)] = {
            "optimum": best,
            "optimal_sets": sorted(key(c) for c in ks if spread[c] >= best - 1e-12),
            "greedy": steps,
            "spread": {key(c): spread[c] for c in ks},
        }
    return {"name": name, "model": model, "params": params, "directed": directed, "nodes": nodes,
            "ties": [[u, v, w] for (u, v, w) in ties], "k": by_k}


def main():
    # Two hubs joined through a bridge firm, and a tail: high degree is not all that counts.
    h_nodes = ["a", "a1", "a2", "a3", "b", "b1", "b2", "c", "d", "e"]
    h_ties = [("a", "a1", 1.0), ("a", "a2", 1.0), ("a", "a3", 1.0), ("b", "b1", 1.0), ("b", "b2", 1.0),
              ("a", "c", 1.0), ("b", "c", 1.0), ("c", "d", 1.0), ("d", "e", 1.0), ("a1", "a2", 1.0),
              ("b1", "b2", 1.0), ("d", "b", 1.0), ("e", "a3", 1.0)]  # 13 ties
    d_nodes = ["a", "b", "c", "d", "e", "f", "g"]
    d_ties = [("a", "b", 2.0), ("a", "c", 1.0), ("b", "c", 1.0), ("b", "d", 3.0), ("c", "d", 1.0),
              ("c", "e", 2.0), ("d", "e", 1.0), ("d", "f", 1.0), ("e", "f", 2.0), ("f", "g", 1.0),
              ("g", "d", 1.0), ("e", "a", 1.0)]  # 12 arcs
    u_nodes = ["p", "q", "r", "s", "t", "x", "y"]
    u_ties = [("p", "q", 1.0), ("q", "r", 2.0), ("r", "s", 1.0), ("s", "p", 3.0), ("q", "t", 1.0),
              ("r", "t", 1.0), ("t", "x", 1.0), ("x", "y", 2.0)]
    cases = [
        exact_case("hubs IC p=0.4", "ic-uniform", {"p": 0.4}, h_nodes, h_ties, False,
                   ic_realisations(h_nodes, h_ties, False, lambda u, v, w: 0.4)),
        exact_case("hubs IC p=0.15", "ic-uniform", {"p": 0.15}, h_nodes, h_ties, False,
                   ic_realisations(h_nodes, h_ties, False, lambda u, v, w: 0.15)),
        exact_case("directed IC weight scale 0.3", "ic-weight", {"scale": 0.3}, d_nodes, d_ties, True,
                   ic_realisations(d_nodes, d_ties, True, lambda u, v, w: min(1.0, 0.3 * w))),
        exact_case("directed LT", "lt", {}, d_nodes, d_ties, True, lt_realisations(d_nodes, d_ties, True)),
        exact_case("undirected weighted LT", "lt", {}, u_nodes, u_ties, False, lt_realisations(u_nodes, u_ties, False)),
    ]
    out = os.path.join(os.path.dirname(__file__), "..", "Tests", "SpilloverKitTests", "Fixtures", "seeds", "exact.json")
    with open(out, "w") as f:
        json.dump({"generator": "scripts/seeds-reference.py", "cases": cases}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
