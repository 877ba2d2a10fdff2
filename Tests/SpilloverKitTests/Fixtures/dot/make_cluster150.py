"""Generates cluster150/: a synthetic industrial cluster of 150 firms for the DOT tests and
for looking at pictures. Deterministic (random.Random(7)); run from this folder:
    python3 make_cluster150.py
Groups: 10 anchor manufacturers, 60 suppliers, 45 service firms, 25 logistics firms,
10 institutions. Ties: suppliers and logistics firms sell to manufacturers (vertical),
firms of one group cooperate (horizontal), institutions work with firms (institutional);
preferential attachment makes a few hubs. Weights 1-5."""
import csv, os, random

rng = random.Random(7)
groups = [("manufacturing", 10), ("suppliers", 60), ("services", 45), ("logistics", 25), ("institutions", 10)]
firms = []
for g, k in groups:
    for i in range(k):
        firms.append((f"{g[:3].upper()}{i + 1:02d}", g))
by_group = {}
for fid, g in firms:
    by_group.setdefault(g, []).append(fid)
degree = {fid: 1 for fid, _ in firms}
edges = {}

def pick(pool):
    weights = [degree[f] ** 1.2 for f in pool]
    return rng.choices(pool, weights)[0]

def tie(a, b, t):
    if a == b or (a, b) in edges or (b, a) in edges:
        return
    edges[(a, b)] = (rng.randint(1, 5), t)
    degree[a] += 1
    degree[b] += 1

for fid, g in firms:
    if g in ("suppliers", "logistics"):
        for _ in range(rng.choice([1, 1, 2])):
            tie(fid, pick(by_group["manufacturing"]), "vertical")
    if g == "services":
        tie(fid, pick(by_group["manufacturing"] + by_group["suppliers"]), "vertical")
    if g != "institutions" and rng.random() < 0.45:
        tie(fid, pick(by_group[g]), "horizontal")
    if g == "institutions":
        for _ in range(rng.randint(3, 7)):
            tie(fid, pick([f for f, h in firms if h != "institutions"]), "institutional")

os.makedirs("cluster150", exist_ok=True)
with open("cluster150/edges.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["source", "target", "weight", "type"])
    for (a, b), (wt, t) in edges.items():
        w.writerow([a, b, wt, t])
with open("cluster150/nodes.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "label", "group"])
    for fid, g in firms:
        w.writerow([fid, fid, g])
print(len(firms), "firms,", len(edges), "ties")
