#!/bin/sh
# The speed target of issue 15: `spillover fit` on a generated 10^5-firm cluster with 20
# periods (about 2·10^6 firm-periods at risk), hazard and cascade models without bootstrap,
# under 30 s on 2 cores and under 1 GB. Also the default run (1000 permutations, 1000
# simulated cascades) and --by-channel. Wall time and peak RSS from /usr/bin/time.
# Usage: scripts/fit/bench-fit.sh [SPILLOVER_BINARY] [FIRMS]   (results: Benchmarks/fit/RESULTS.md)
set -eu
BIN=${1:-.build/release/spillover}
FIRMS=${2:-100000}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
"$BIN" generate --firms "$FIRMS" --seed 7 --adoption --periods 20 --epsilon 0.004 --p-by-type vertical=0.1,horizontal=0.03,institutional=0.05 --out "$DIR" 2>&1 | sed 's/^/  /'
rows=$("$BIN" fit "$DIR/edges.csv" --nodes "$DIR/nodes.csv" --runs 0 --permutations 0 -f json 2>/dev/null |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["hazard_model"]["rows"])')
echo "firm-periods at risk: $rows"
run() {
  label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" "$BIN" fit "$DIR/edges.csv" --nodes "$DIR/nodes.csv" "$@" --section models > /dev/null 2> "$DIR/err" || true
  tail -n 1 "$DIR/err"
}
run "pooled, no bootstrap, no permutations, no fit check" --runs 0 --permutations 0
run "by channel, no bootstrap, no permutations, no fit check" --by-channel --runs 0 --permutations 0
run "by channel, defaults (1000 permutations, 1000 cascades)" --by-channel
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
