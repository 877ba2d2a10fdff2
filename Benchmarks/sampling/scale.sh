#!/usr/bin/env bash
# Issue 17, items 4 and 5: the timings of Benchmarks/scale/sampling.md's "no wasted work" and
# "sampling with guarantees" sections, in one pass.
#   Benchmarks/sampling/scale.sh [SPILLOVER] [OLD_SPILLOVER]
# 1. `metrics --measures constraint` on 10^5 generated firms (edge list only, no node table)
#    against scripts/bench/peers.c's `constraint` (CSV -> igraph_t -> igraph_constraint), and
#    the old binary when given, with hyperfine (whole processes, output to a file).
# 2. The whole default metrics table on 10^6 generated firms, /usr/bin/time -v (wall, CPU,
#    peak RSS) with --timings stage seconds, and the old binary when given.
# Files go to ${SCALE_DIR:-/tmp/spillover-scale}.
set -euo pipefail
bin=$(realpath "${1:-.build/release/spillover}")
old=${2:+$(realpath "$2")}
dir=${SCALE_DIR:-/tmp/spillover-scale}
mkdir -p "$dir"
gcc -O2 -o "$dir/peers" scripts/bench/peers.c $(pkg-config --cflags --libs igraph) -lm
[ -f "$dir/big/edges.csv" ] || "$bin" generate --firms 100000 --seed 1 --out "$dir/big"
[ -f "$dir/mil/edges.csv" ] || "$bin" generate --firms 1000000 --seed 1 --out "$dir/mil"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
cmds=("$dir/peers constraint $dir/big/edges.csv" "$bin metrics $dir/big/edges.csv --measures constraint -f csv -o $dir/c.csv")
[ -n "$old" ] && cmds+=("$old metrics $dir/big/edges.csv --measures constraint -f csv -o $dir/c-old.csv")
hyperfine -N -w 1 -r 5 "${cmds[@]}"
for b in "$bin" $old; do
  /usr/bin/time -v "$b" metrics "$dir/mil/edges.csv" --nodes "$dir/mil/nodes.csv" -f csv -o "$dir/table.csv" --timings 2> "$dir/table.time"
  grep -E "timings|warning: 1000000|Elapsed|User time|System time|Maximum resident" "$dir/table.time"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
