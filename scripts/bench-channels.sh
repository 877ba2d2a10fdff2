#!/usr/bin/env bash
# Issue 14's scale target for `spillover channels` (a benchmark, not a timed test): wall time,
# user time and peak RSS of `channels` with the experiments (IC, 1000 runs) on a generated
# cluster with three channels, next to `metrics` on the same file (the memory yardstick), and
# the parts: without per-channel focal lists (--top 0), and with degree seeds as well (no
# focal ranking at all). Release build. Numbers go into Benchmarks/channels/RESULTS.md.
# Usage: scripts/bench-channels.sh [FIRMS]   (default 100000)
set -euo pipefail
N=${1:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/.build/release/spillover"
DIR=${DIR:-/tmp/spillover-channels-$N}
[ -f "$DIR/edges.csv" ] || "$BIN" generate --firms "$N" --seed 7 --out "$DIR" 2>/dev/null
run() { /usr/bin/time -f "%e,%U,%M" "$BIN" "$@" 2>&1 >/dev/null | tail -1; }
E="$DIR/edges.csv"; V="$DIR/nodes.csv"
echo "firms,command,wall_s,user_s,max_rss_kb"
echo "$N,metrics,$(run metrics "$E" --nodes "$V" -f csv -o "$DIR/metrics.csv")"
echo "$N,channels,$(run channels "$E" --nodes "$V" --runs 1000 -f json -o "$DIR/channels.json")"
echo "$N,channels --top 0,$(run channels "$E" --nodes "$V" --runs 1000 --top 0 -f json -o "$DIR/channels0.json")"
echo "$N,channels --top 0 --seeds degree:5,$(run channels "$E" --nodes "$V" --runs 1000 --top 0 --seeds degree:5 -f json -o "$DIR/channels1.json")"
