"""Live-edge enumeration shared by the exact references of the diffusion and seed tests.

Kempe, Kleinberg & Tardos (2003): an independent cascade is equivalent to keeping each
arc (or, for symmetric probabilities on an undirected tie, each tie: bond percolation)
with its probability, and a linear threshold model to letting each firm keep at most one
in-arc, u with probability b_uv. Both generators yield (probability, live arcs) for every
outcome of positive probability.
"""
import itertools


def arcs_of(ties, directed):
    arcs = []
    for (u, v, w) in ties:
        arcs.append((u, v, w))
        if not directed:
            arcs.append((v, u, w))
    return arcs


def ic_outcomes(units):
    """units: [(arc, reverse arc or None, probability)]; a unit's arcs live together."""
    for mask in range(1 << len(units)):
        p, live = 1.0, []
        for k, (a, b, q) in enumerate(units):
            if mask >> k & 1:
                p *= q
                live.append(a)
                if b:
                    live.append(b)
            else:
                p *= 1 - q
        if p > 0:
            yield p, live


def lt_outcomes(nodes, choices):
    """choices[i]: [(in-neighbour or None, probability)] for nodes[i]."""
    for pick in itertools.product(*choices):
        p, live = 1.0, []
        for v, (u, q) in zip(nodes, pick):
            p *= q
            if u is not None:
                live.append((u, v))
        if p > 0:
            yield p, live
