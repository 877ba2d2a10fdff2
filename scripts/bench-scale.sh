#!/usr/bin/env bash
# Wall time, user time and peak RSS of each measure of `spillover metrics` (release build) on
# a cluster from `spillover generate --ties-per-firm 5`, and of the whole default table.
# Each row is a separate run, so it includes loading the CSV and writing the output (the
# "degree" row is about that overhead alone). Not a test; numbers go into the scale note.
# Usage: scripts/bench-scale.sh FIRMS [MEASURES...]   (env WHOLE=0 skips the whole table)
set -euo pipefail
N=${1:-100000}; shift || true
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$ROOT/.build/release/spillover"
DIR=${DIR:-/tmp/spillover-scale-$N}
[ -f "$DIR/edges.csv" ] || "$BIN" generate --firms "$N" --ties-per-firm 5 --seed 1 --out "$DIR" 2>/dev/null
MEASURES=${*:-degree strength betweenness closeness harmonic eigenvector pagerank coreness clustering constraint effective_size brokerage}
run() { /usr/bin/time -f "%e,%U,%M" "$BIN" metrics "$DIR/edges.csv" --nodes "$DIR/nodes.csv" -f csv -o "$DIR/out.csv" "$@" 2>&1 >/dev/null | tail -1; }
echo "firms,measure,wall_s,user_s,max_rss_kb"
for m in $MEASURES; do echo "$N,$m,$(run --measures "$m")"; done
[ "${WHOLE:-1}" = 1 ] && echo "$N,whole table,$(run)"
